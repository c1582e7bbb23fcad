// Side-by-side lanes for overlapping blocks in one column (a cancelled booking and the one that
// took its time, or the owner's week view of several therapists): each block gets a lane, and
// every block of a cluster of overlapping blocks shares the cluster's lane count.

export type Span = { start: number; end: number };
export type Laned<T> = T & { lane: number; lanes: number };

export function assignLanes<T extends Span>(items: readonly T[]): Laned<T>[] {
  const sorted = [...items].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Laned<T>[] = [];
  let cluster: Laned<T>[] = [];
  let clusterEnd = -Infinity;
  let laneEnds: number[] = [];
  const close = () => {
    for (const item of cluster) item.lanes = laneEnds.length;
    out.push(...cluster);
    cluster = [];
    laneEnds = [];
  };
  for (const item of sorted) {
    if (item.start >= clusterEnd) {
      close();
      clusterEnd = -Infinity;
    }
    // The first lane free at this start, else a new one.
    let lane = laneEnds.findIndex((end) => end <= item.start);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = item.end;
    cluster.push({ ...item, lane, lanes: 0 });
    clusterEnd = Math.max(clusterEnd, item.end);
  }
  close();
  return out;
}
