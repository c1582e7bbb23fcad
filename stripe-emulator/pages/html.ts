// Shared frame for the emulator's hosted pages: plain HTML, inline CSS, no scripts, readable
// on a phone (16px inputs so iOS does not zoom, 44px touch targets, one column).

export function esc(value: unknown): string {
  return String(value ?? "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

const CSS = `
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1f36;background:#f6f8fa}
main{max-width:30rem;margin:0 auto;padding:1.25rem 1rem 3rem}
.badge{display:inline-block;margin:0 0 .75rem;padding:.15rem .6rem;border-radius:1rem;background:#ffe8b3;color:#5c3b00;font-size:.8rem;font-weight:600}
h1{font-size:1.35rem;margin:.25rem 0 1rem}
h2{font-size:1.1rem;margin:0 0 .5rem}
.card{background:#fff;border:1px solid #d8dee4;border-radius:.5rem;padding:1rem;margin:0 0 1rem}
.amount{font-size:2rem;font-weight:700;margin:.25rem 0}
.items{list-style:none;margin:0;padding:0}
.items li{display:flex;justify-content:space-between;gap:1rem;padding:.35rem 0;border-bottom:1px solid #eef1f4}
.total{display:flex;justify-content:space-between;font-weight:700;padding-top:.5rem}
label{display:block;font-weight:600;margin:.75rem 0 .25rem}
input[type=text],input[type=email]{width:100%;min-height:44px;padding:.55rem .7rem;font-size:16px;border:1px solid #8792a2;border-radius:.375rem;background:#fff}
input[aria-invalid=true]{border-color:#c0123c;outline-color:#c0123c}
input:focus,button:focus,a:focus{outline:3px solid #635bff;outline-offset:2px}
.row{display:flex;gap:.75rem}.row>div{flex:1}
.hint{color:#545969;font-size:.9rem;margin:.25rem 0 0}
.field-error{color:#c0123c;font-size:.9rem;margin:.25rem 0 0}
.alert{border:2px solid #c0123c;background:#fff0f3;color:#7a0b26;border-radius:.5rem;padding:.75rem 1rem;margin:0 0 1rem;font-weight:600}
.notice{border:2px solid #0a7d45;background:#edfbf3;color:#064d2b;border-radius:.5rem;padding:.75rem 1rem;margin:0 0 1rem}
fieldset{border:1px solid #d8dee4;border-radius:.5rem;margin:1rem 0;padding:.5rem .75rem}
legend{font-weight:600;padding:0 .25rem}
.test-card{display:flex;align-items:flex-start;gap:.6rem;min-height:44px;padding:.35rem 0;font-weight:400;margin:0}
.test-card input{width:1.25rem;height:1.25rem;margin-top:.15rem;flex:none}
.test-card code{font-size:.95rem}
.test-card span span{display:block;color:#545969;font-size:.85rem}
button{display:block;width:100%;min-height:48px;margin:1rem 0 .5rem;border:0;border-radius:.375rem;background:#635bff;color:#fff;font-size:1.05rem;font-weight:600;cursor:pointer}
button.secondary{background:#fff;color:#1a1f36;border:1px solid #8792a2}
a{color:#3d35c9}
.back{display:inline-block;min-height:44px;padding:.6rem 0}
`;

export function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${esc(title)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
<p class="badge">Test mode · Stripe emulator</p>
${body}
</main>
</body>
</html>`;
}

export function messagePage(title: string, message: string, link?: { href: string; label: string }): string {
  return page(
    title,
    `<h1>${esc(title)}</h1>
<div class="card"><p>${esc(message)}</p></div>
${link ? `<a class="back" href="${esc(link.href)}">${esc(link.label)}</a>` : ""}`,
  );
}
