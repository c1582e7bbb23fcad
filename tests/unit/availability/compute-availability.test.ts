import { describe, expect, it } from "vitest";
import { computeAvailability } from "@/lib/availability";
import { at, buffered, query, rule, span, therapist, times, type Overrides } from "./engine-fixtures";

describe("computeAvailability (single therapist)", () => {
  it.each<[string, Overrides, string[]]>([
    ["basic day", { therapists: [therapist("t1", [rule("09:00", "12:00")])] }, ["09:00", "10:00", "11:00"]],
    ["no rule on that weekday", { therapists: [therapist("t1", [rule("09:00", "12:00", 2)])] }, []],
    ["lunch break", { therapists: [therapist("t1", [rule("13:00", "15:00"), rule("09:00", "12:00")])] }, ["09:00", "10:00", "11:00", "13:00", "14:00"]],
    ["15-minute step", { stepMinutes: 15, therapists: [therapist("t1", [rule("09:00", "10:30")])] }, ["09:00", "09:15", "09:30"]],
    ["grid is the local clock, not the block start", {
      stepMinutes: 30, service: { durationMinutes: 30, bufferBeforeMinutes: 0, bufferAfterMinutes: 0 },
      therapists: [therapist("t1", [rule("09:10", "11:00")])],
    }, ["09:30", "10:00", "10:30"]],
    ["a step that doesn't divide the hour restarts at midnight", {
      stepMinutes: 25, service: { durationMinutes: 30, bufferBeforeMinutes: 0, bufferAfterMinutes: 0 },
      therapists: [therapist("t1", [rule("09:00", "12:00")])],
    }, ["09:10", "09:35", "10:00", "10:25", "10:50", "11:15"]],
    ["buffers keep clear of an existing booking", {
      stepMinutes: 15, service: buffered,
      therapists: [therapist("t1", [rule("08:00", "14:00")], { busy: [span("10:00", "11:00")] })],
    }, ["08:00", "08:15", "08:30", "08:45", "11:15", "11:30", "11:45", "12:00", "12:15", "12:30", "12:45", "13:00"]],
    ["buffers may run outside working hours", { service: buffered, therapists: [therapist("t1", [rule("09:00", "10:00")])] }, ["09:00"]],
    ["a booking touching the buffer is fine", {
      service: buffered, therapists: [therapist("t1", [rule("09:00", "10:00")], { busy: [span("08:00", "08:45"), span("10:15", "11:00")] })],
    }, ["09:00"]],
    ["a booking reaching into the buffer blocks", {
      service: buffered, therapists: [therapist("t1", [rule("09:00", "10:00")], { busy: [span("08:00", "08:46")] })],
    }, []],
    ["one millisecond of overlap blocks", {
      therapists: [therapist("t1", [rule("09:00", "12:00")], { busy: [{ start: at("08:00"), end: at("09:00") + 1 }] })],
    }, ["10:00", "11:00"]],
    ["time off", { therapists: [therapist("t1", [rule("09:00", "14:00")], { timeOff: [span("10:00", "12:00")] })] }, ["09:00", "12:00", "13:00"]],
    ["time off covering the day", {
      therapists: [therapist("t1", [rule("09:00", "14:00")], { timeOff: [{ start: at("00:00"), end: at("00:00", "2026-06-02") }] })],
    }, []],
    ["minimum notice", {
      stepMinutes: 15, minNoticeMinutes: 60, now: at("09:20"), therapists: [therapist("t1", [rule("09:00", "12:00")])],
    }, ["10:30", "10:45", "11:00"]],
    ["notice ending exactly on a start keeps it", {
      minNoticeMinutes: 60, now: at("09:00"), therapists: [therapist("t1", [rule("09:00", "12:00")])],
    }, ["10:00", "11:00"]],
    ["horizon is exclusive", {
      horizonDays: 3, now: at("12:00", "2026-05-29"), therapists: [therapist("t1", [rule("09:00", "14:00")])],
    }, ["09:00", "10:00", "11:00"]],
    ["zero horizon", { horizonDays: 0, therapists: [therapist("t1", [rule("09:00", "12:00")])] }, []],
    ["service longer than the block", {
      service: { durationMinutes: 90, bufferBeforeMinutes: 0, bufferAfterMinutes: 0 }, therapists: [therapist("t1", [rule("09:00", "10:00")])],
    }, []],
    ["a session never straddles two adjacent blocks", {
      stepMinutes: 30, service: { durationMinutes: 90, bufferBeforeMinutes: 0, bufferAfterMinutes: 0 },
      therapists: [therapist("t1", [rule("09:00", "10:00"), rule("10:00", "12:00")])],
    }, ["10:00", "10:30"]],
    ["overlapping rules give one start each", {
      stepMinutes: 30, service: { durationMinutes: 90, bufferBeforeMinutes: 0, bufferAfterMinutes: 0 },
      therapists: [therapist("t1", [rule("09:00", "11:00"), rule("10:00", "12:00")])],
    }, ["09:00", "09:30", "10:00", "10:30"]],
    ["block running to midnight", { therapists: [therapist("t1", [rule("21:00", "24:00")])] }, ["21:00", "22:00", "23:00"]],
    ["fromDate after toDate", { fromDate: "2026-06-02", toDate: "2026-06-01", therapists: [therapist("t1", [rule("09:00", "12:00")])] }, []],
    ["no therapists", { therapists: [] }, []],
  ])("%s", (_, overrides, expected) => {
    expect(times(computeAvailability(query(overrides)))).toEqual(expected);
  });
});
