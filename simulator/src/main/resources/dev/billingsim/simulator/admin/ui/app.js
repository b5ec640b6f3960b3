// The billing simulator's page. It reads and steers the world only through the admin API
// (/__admin/billing/...), polling every two seconds; nothing here holds state the server does not.
"use strict";

const ADMIN = "/__admin/billing";
const POLL_MS = 2000;
const TOKEN_KEY = "billing-simulator-admin-token";

const page = {
  token: sessionStorage.getItem(TOKEN_KEY),
  tokenPrompt: null,
  catalogue: [],
  knownOrders: null,
  knownRequests: null,
  polling: null,
};

// ---------- small DOM helpers ----------

function $(id) {
  return document.getElementById(id);
}

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name === "class") node.className = value;
    else if (name === "text") node.textContent = value;
    else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? "" : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function pill(text, kind) {
  return el("span", { class: "pill" + (kind ? " " + kind : ""), text });
}

function sub(text) {
  return el("span", { class: "sub", text });
}

/** 2026-12-01T00:00:00Z as 2026-12-01 00:00 (UTC, the simulator's zone). */
function when(instant) {
  if (!instant) return "—";
  const text = String(instant).replace("T", " ").replace(/:00(\.0+)?Z$/, "").replace(/Z$/, "");
  return text.endsWith(" 00:00") ? text.slice(0, -6) : text;
}

// ---------- the admin API, with the token ----------

/** Calls the admin API; on 401 asks for the token and tries again. Resolves {status, body}. */
async function api(method, path, body, raw) {
  for (;;) {
    const headers = {};
    if (page.token) headers["Authorization"] = "Token " + page.token;
    if (body !== undefined) headers["Content-Type"] = "application/json";
    let response;
    try {
      response = await fetch(ADMIN + path, {
        method,
        headers,
        body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
        cache: "no-store",
      });
    } catch (e) {
      setStatus("cannot reach the simulator", true);
      throw e;
    }
    if (response.status === 401) {
      await askForToken(page.token ? "That token was refused: check it and try again." : "");
      continue;
    }
    const text = await response.text();
    if (raw) return { status: response.status, body: text };
    let json = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch (e) {
      json = { error: text.trim() || "HTTP " + response.status, problems: [] };
    }
    return { status: response.status, body: json };
  }
}

/** Shows the token dialog once, however many calls are waiting for it. */
function askForToken(problem) {
  if (!page.tokenPrompt) {
    page.tokenPrompt = new Promise((resolve) => {
      const dialog = $("token-dialog");
      $("token-problem").textContent = problem || "";
      $("token-input").value = "";
      const done = (event) => {
        event.preventDefault();
        const token = $("token-input").value.trim();
        if (!token) return;
        page.token = token;
        sessionStorage.setItem(TOKEN_KEY, token);
        $("token-form").removeEventListener("submit", done);
        dialog.close();
        page.tokenPrompt = null;
        resolve();
      };
      $("token-form").addEventListener("submit", done);
      setStatus("waiting for the admin token", true);
      if (!dialog.open) dialog.showModal();
      $("token-input").focus();
    });
  }
  return page.tokenPrompt;
}

function setStatus(text, isError) {
  const status = $("status");
  status.textContent = text;
  status.classList.toggle("error", !!isError);
}

// ---------- problems next to their fields ----------

/** Clears the problems shown in `scope`. */
function clearProblems(scope) {
  scope.querySelectorAll(".problem").forEach((node) => (node.textContent = ""));
  scope.querySelectorAll(".invalid").forEach((node) => node.classList.remove("invalid"));
}

/**
 * Puts each of the admin API's problems ("delay.medianMs: must be ...") next to the field it names
 * (the element with data-for equal to its first word), the rest in `fallback`.
 */
function showProblems(scope, answer, fallback) {
  const problems = answer.problems && answer.problems.length ? answer.problems : [answer.error];
  for (const problem of problems) {
    const field = problem.includes(":") ? problem.split(":")[0].split(/[.\[]/)[0] : "";
    const target = (field && scope.querySelector(`.problem[data-for="${field}"]`)) || fallback;
    target.textContent = target.textContent ? target.textContent + " · " + problem : problem;
    const input = target.closest(".field, form");
    if (input) {
      const first = input.querySelector("input, select");
      if (first) first.classList.add("invalid");
    }
  }
}

// ---------- rendering the world ----------

/** A coupon or card: "cp-1 50.00", its expiry in small print. */
function moneyItem(id, amount, expiresAt) {
  return el("div", { class: "money-item", title: "expires " + when(expiresAt) }, id + " " + amount + " ",
    el("span", { class: "exp", text: "until " + when(expiresAt) }));
}

function renderAccounts(accounts) {
  const body = $("accounts").tBodies[0];
  body.replaceChildren(
    ...accounts.map((a) => {
      const keys = (a.accessKeys || []).map((k) => k.id);
      (a.ramUsers || []).forEach((u) => (u.accessKeys || []).forEach((k) => keys.push(k.id + " (RAM " + u.name + ")")));
      const statusKind = a.status === "ACTIVE" ? "ok" : "bad";
      const flags = [];
      if (a.realNameVerified === false) flags.push("no real name");
      if (a.custody) flags.push("reseller custody");
      const credit = a.custody
        ? [a.custody.quotaUsed + " / " + a.custody.quota, sub("partner quota")]
        : [(a.creditUsed || "0.00") + " / " + (a.creditLimit || "0.00")];
      return el(
        "tr",
        { "data-uid": a.uid },
        el("td", {}, a.uid, sub(keys.join(", "))),
        el("td", {}, pill(a.status, statusKind), flags.map((f) => sub(f))),
        el("td", { class: "num" }, a.cash + " " + (a.currency || "")),
        el("td", { class: "num" }, credit),
        el("td", {},
          (a.coupons || []).map((c) => moneyItem("coupon " + c.id, c.amount, c.expiresAt)),
          (a.storedValueCards || []).map((c) => moneyItem("card " + c.id, c.balance, c.expiresAt)))
      );
    })
  );
}

function statusKind(status) {
  if (status === "Running") return "ok";
  if (status === "Expired" || status === "Released" || status === "Locked") return "bad";
  return "warn";
}

function renderInstances(instances) {
  const body = $("instances").tBodies[0];
  body.replaceChildren(
    ...instances.map((i) =>
      el(
        "tr",
        { "data-instance": i.id },
        el("td", {}, i.id, sub(i.product + " · " + i.chargeType)),
        el("td", {}, i.ownerUid),
        el("td", {}, pill(i.status, statusKind(i.status))),
        el("td", { class: "expires" }, when(i.expiresAt)),
        el("td", { class: "auto-renew" }, i.autoRenew ? pill("on · " + (i.autoRenewPeriod || 1) + " mo", "ok") : pill("off")),
        el("td", { class: "num" }, i.monthlyPrice)
      )
    )
  );
}

function renderOrders(orders) {
  $("orders-count").textContent = orders.length ? "(" + orders.length + ")" : "";
  const seen = page.knownOrders;
  page.knownOrders = new Set(orders.map((o) => o.orderId));
  const newest = orders.slice().reverse().slice(0, 200);
  const body = $("orders").tBodies[0];
  if (!newest.length) {
    body.replaceChildren(el("tr", {}, el("td", { colspan: 6, class: "empty", text: "No orders yet: renew an instance or move the clock." })));
    return;
  }
  body.replaceChildren(
    ...newest.map((o) => {
      const kind = o.status === "PAID" ? "ok" : o.status === "FAILED" ? "bad" : "warn";
      return el(
        "tr",
        { "data-order": o.orderId, class: seen && !seen.has(o.orderId) ? "fresh" : null },
        el("td", {}, o.orderId, sub(o.uid + " · " + when(o.createdAt))),
        el("td", {}, o.type),
        el("td", {}, pill(o.status, kind), o.errorCode ? sub(o.errorCode) : null),
        el("td", { class: "nowrap" }, (o.lines || []).map((l) => el("div", {}, l.instanceId + " × " + l.months + " mo"))),
        el("td", { class: "num" }, o.amount),
        el("td", { class: "nowrap" }, (o.payments || []).map((p) => el("div", {}, (SOURCES[p.source] || p.source) + (p.id ? " " + p.id : "") + " " + p.amount)))
      );
    })
  );
}

/** Payment sources as the page names them. */
const SOURCES = { coupon: "coupon", storedValueCard: "card", cash: "cash", credit: "credit", resellerQuota: "quota" };

function describeEvent(e) {
  switch (e.type) {
    case "InstanceRenewed":
      return `${e.instanceId} renewed${e.automatic ? " automatically" : ""} for ${e.months} mo, now expires ${when(e.expiresAt)} (order ${e.orderId})`;
    case "AutoRenewalFailed":
      return `${e.instanceId} auto-renewal failed: ${e.code}`;
    case "InstanceExpired":
      return `${e.instanceId} expired`;
    case "InstanceReleased":
      return `${e.instanceId} released` + (e.refundOrderId ? ` (refund order ${e.refundOrderId})` : "");
    case "CouponExpired":
      return `coupon ${e.couponId} of ${e.uid} expired`;
    case "StoredValueCardExpired":
      return `card ${e.cardId} of ${e.uid} expired`;
    default:
      return e.type;
  }
}

function renderEvents(move) {
  const box = $("events");
  const heading = el("p", {}, "Moved to ", el("strong", { text: when(move.now) }), ": ",
    move.events.length ? move.events.length + (move.events.length === 1 ? " event" : " events") : "nothing was due");
  const kind = (e) => (e.type === "AutoRenewalFailed" ? "bad" : e.type === "InstanceRenewed" ? "ok" : "warn");
  box.replaceChildren(
    heading,
    el("ul", {}, move.events.map((e) =>
      el("li", { "data-event": e.type }, el("span", { class: "when", text: when(e.at) }), pill(e.type, kind(e)), " ", describeEvent(e),
        e.message ? sub(e.message) : null)))
  );
}

function describeRule(rule) {
  if (rule.subsystem) return [pill(rule.error, "bad"), sub("inside " + rule.subsystem)];
  const parts = [];
  if (rule.error) parts.push(pill(rule.error, "bad"));
  if (rule.fault) parts.push(pill(rule.fault, "bad"));
  if (rule.delay) {
    const d = rule.delay;
    parts.push(sub(d.distribution === "lognormal" ? `delay log-normal, median ${d.medianMs} ms, sigma ${d.sigma}` : `delay ${d.lowerMs}–${d.upperMs} ms`));
  } else if (rule.delayMs) {
    parts.push(sub("delay " + rule.delayMs + " ms"));
  }
  return parts;
}

/** How often a rule still fires: "2 left", "∞", with its chance ("∞ · 50%"). */
function fires(rule) {
  const times = rule.times === null || rule.times === undefined ? "∞" : rule.times + " left";
  const chance = rule.probability === undefined || rule.probability === null || rule.probability === 1 ? "" : " · " + Math.round(rule.probability * 100) + "%";
  return times + chance;
}

function renderFaults(faults) {
  const body = $("faults").tBodies[0];
  if (!faults.length) {
    body.replaceChildren(el("tr", {}, el("td", { colspan: 5, class: "empty", text: "No fault rules: every call is answered by billing." })));
    return;
  }
  body.replaceChildren(
    ...faults.map((rule) => {
      const selects = [rule.action, rule.accessKeyId, rule.instanceId, rule.uid].filter(Boolean);
      return el(
        "tr",
        { "data-fault": rule.id },
        el("td", { class: "nowrap" }, rule.id),
        el("td", {}, describeRule(rule)),
        el("td", {}, selects.length ? selects.join(" · ") : "every call"),
        el("td", { class: "nowrap" }, fires(rule)),
        el("td", {}, el("button", { type: "button", class: "small", onclick: () => removeFault(rule.id), text: "Remove" }))
      );
    })
  );
}

function renderRequests(journal) {
  const off = !journal.journal;
  $("journal-off").hidden = !off;
  $("requests").hidden = off;
  const seen = page.knownRequests;
  const key = (r) => r.at + r.action + r.code + r.latencyMs;
  page.knownRequests = new Set(journal.requests.map(key));
  if (!journal.requests.length) {
    $("requests").tBodies[0].replaceChildren(
      el("tr", {}, el("td", { colspan: 4, class: "empty", text: "No requests yet: point an SDK at " + location.host + "." })));
    return;
  }
  $("requests").tBodies[0].replaceChildren(
    ...journal.requests.map((r) => {
      const ok = r.code === "OK";
      return el(
        "tr",
        { "data-action": r.action || "", "data-code": r.code || "", class: seen && !seen.has(key(r)) ? "fresh" : null },
        el("td", {}, r.at ? new Date(r.at).toISOString().slice(11, 19) : "—"),
        el("td", {}, r.action || r.method + " " + r.path, sub([r.accessKeyId, r.instanceId].filter(Boolean).join(" · "))),
        el("td", {}, pill((r.status || "…") + " " + (r.code || ""), ok ? "ok" : "bad")),
        el("td", { class: "num" }, r.latencyMs === null || r.latencyMs === undefined ? "" : String(r.latencyMs))
      );
    })
  );
}

// ---------- polling ----------

async function refresh() {
  try {
    const [state, faults, journal] = await Promise.all([
      api("GET", "/state"),
      api("GET", "/faults"),
      api("GET", "/requests?limit=40"),
    ]);
    if (state.status !== 200) throw new Error(state.body.error);
    $("clock-now").textContent = when(state.body.now) + " UTC";
    $("clock-now").dataset.now = state.body.now;
    renderAccounts(state.body.accounts);
    renderInstances(state.body.instances);
    renderOrders(state.body.orders);
    if (faults.status === 200) renderFaults(faults.body.faults);
    if (journal.status === 200) renderRequests(journal.body);
    setStatus("updated " + new Date().toLocaleTimeString(), false);
    if (!page.catalogue.length) await loadCatalogue();
  } catch (e) {
    setStatus("cannot reach the simulator", true);
  }
}

function startPolling() {
  refresh();
  page.polling = setInterval(() => {
    if (!page.tokenPrompt) refresh();
  }, POLL_MS);
}

// ---------- the clock ----------

async function advance(body, problemScope) {
  clearProblems(problemScope);
  const answer = await api("POST", "/clock/advance", body);
  if (answer.status === 200) {
    renderEvents(answer.body);
    await refresh();
  } else {
    showProblems(problemScope, answer.body, $("advance-to-problem"));
  }
}

function wireClock() {
  const form = $("advance-to-form");
  $("advance-day").addEventListener("click", () => advance({ by: "P1D" }, form));
  $("advance-month").addEventListener("click", () => advance({ by: "P1M" }, form));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    let to = $("advance-to").value.trim();
    // A plain date means its midnight, UTC.
    if (/^\d{4}-\d{2}-\d{2}$/.test(to)) to += "T00:00:00Z";
    advance({ to }, form);
  });
}

// ---------- fault rules ----------

/** The subsystem whose fault produces this entry ("fault pricing: ..."), if any. */
function subsystemOf(entry) {
  const match = /^fault (\w+):/.exec(entry.trigger || "");
  return match ? match[1] : null;
}

async function loadCatalogue() {
  const answer = await api("GET", "/catalogue");
  if (answer.status !== 200) return;
  const byCode = new Map();
  for (const entry of answer.body.entries) {
    if (entry.code.includes("%")) continue;
    const known = byCode.get(entry.code);
    if (known) known.apis.push(entry.api);
    else byCode.set(entry.code, { ...entry, apis: [entry.api], subsystem: subsystemOf(entry) });
  }
  page.catalogue = [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code));
  filterCodes();
}

function filterCodes() {
  const words = $("code-search").value.toLowerCase().split(/\s+/).filter(Boolean);
  const list = $("code-list");
  const selected = list.value;
  const matching = page.catalogue.filter((e) => {
    const text = (e.code + " " + e.trigger + " " + e.apis.join(" ") + " " + (e.subsystem || "")).toLowerCase();
    return words.every((w) => text.includes(w));
  });
  list.replaceChildren(
    el("option", { value: "" }, "(no error: a network fault or a delay only)"),
    ...matching.map((e) =>
      el("option", { value: e.code, title: e.trigger }, e.code + " — " + (e.subsystem ? "[" + e.subsystem + "] " : "") + e.trigger)
    )
  );
  if (matching.some((e) => e.code === selected)) list.value = selected;
  if (matching.length === 1 && words.length) list.value = matching[0].code;
  showCode();
}

function showCode() {
  const entry = page.catalogue.find((e) => e.code === $("code-list").value);
  $("code-detail").textContent = entry
    ? `${entry.code} · HTTP ${entry.httpStatus} · ${entry.apis.join(", ")} · ${entry.trigger}`
    : "";
  $("subsystem-row").hidden = !(entry && entry.subsystem);
  $("subsystem-name").textContent = entry && entry.subsystem ? entry.subsystem : "";
  if (!entry || !entry.subsystem) $("in-subsystem").checked = false;
}

function numberOrText(value) {
  if (value === "") return undefined;
  const number = Number(value);
  return Number.isFinite(number) ? number : value;
}

function faultFromForm() {
  const code = $("code-list").value;
  const text = (id) => $(id).value.trim() || undefined;
  if ($("in-subsystem").checked) {
    return { subsystem: $("subsystem-name").textContent, error: code, instanceId: text("fault-instance"), times: numberOrText($("fault-times").value) };
  }
  const rule = {
    action: $("fault-action").value || undefined,
    accessKeyId: text("fault-key"),
    instanceId: text("fault-instance"),
    error: code || undefined,
    fault: $("network-fault").value || undefined,
    probability: numberOrText($("fault-probability").value),
    times: numberOrText($("fault-times").value),
  };
  const kind = $("delay-kind").value;
  if (kind === "fixed") rule.delayMs = numberOrText($("delay-ms").value);
  if (kind === "lognormal") {
    rule.delay = { distribution: "lognormal", medianMs: numberOrText($("delay-median").value), sigma: numberOrText($("delay-sigma").value) };
  }
  if (kind === "uniform") {
    rule.delay = { distribution: "uniform", lowerMs: numberOrText($("delay-lower").value), upperMs: numberOrText($("delay-upper").value) };
  }
  return JSON.parse(JSON.stringify(rule));
}

async function addFault(event) {
  event.preventDefault();
  const form = $("fault-form");
  clearProblems(form);
  const answer = await api("POST", "/faults", faultFromForm());
  if (answer.status === 200) {
    setStatus("added rule " + answer.body.id, false);
    await refresh();
  } else {
    showProblems(form, answer.body, $("fault-form-problem"));
  }
}

async function removeFault(id) {
  const answer = await api("DELETE", "/faults/" + encodeURIComponent(id));
  await refresh();
  // A rule can run out between a refresh and the click: the API then answers 404.
  if (answer.status !== 200) setStatus(answer.body.error, true);
}

function wireFaults() {
  $("code-search").addEventListener("input", filterCodes);
  $("code-list").addEventListener("change", showCode);
  $("delay-kind").addEventListener("change", () => {
    document.querySelectorAll(".delay-params").forEach((span) => (span.hidden = span.dataset.kind !== $("delay-kind").value));
  });
  $("fault-form").addEventListener("submit", addFault);
  $("clear-faults").addEventListener("click", async () => {
    await api("DELETE", "/faults");
    await refresh();
  });
  const actions = [
    "RenewARMServerInstance", "DescribeARMServerInstances", "CreateARMServerInstances", "ReleaseARMServerInstance",
    "RenewElasticityAssurances", "DescribeElasticityAssurances", "CreateElasticityAssurance",
    "QueryAccountBalance", "QueryCashCoupons", "QueryPrepaidCards", "QueryOrders", "GetOrderDetail", "QueryAvailableInstances",
  ];
  $("fault-action").append(...actions.map((a) => el("option", { value: a }, a)));
}

// ---------- reset, export, import ----------

function wireState() {
  let armed = null;
  $("reset").addEventListener("click", async () => {
    const button = $("reset");
    if (!armed) {
      button.textContent = "Click again to reset";
      armed = setTimeout(() => {
        button.textContent = "Reset";
        armed = null;
      }, 4000);
      return;
    }
    clearTimeout(armed);
    armed = null;
    button.textContent = "Reset";
    await api("POST", "/reset");
    $("events").replaceChildren(el("p", { class: "empty", text: "Reset to the starting state." }));
    await refresh();
  });

  $("export-state").addEventListener("click", async () => {
    const answer = await api("GET", "/state", undefined, true);
    const now = ($("clock-now").dataset.now || "state").replace(/[:]/g, "");
    const link = el("a", { href: URL.createObjectURL(new Blob([answer.body], { type: "application/json" })), download: "billing-state-" + now + ".json" });
    document.body.append(link);
    link.click();
    link.remove();
  });

  $("import-state").addEventListener("change", async (event) => {
    const file = event.target.files[0];
    event.target.value = "";
    if (!file) return;
    const banner = $("import-problems");
    const answer = await api("PUT", "/state", await file.text());
    if (answer.status === 200) {
      banner.hidden = true;
      setStatus("imported " + file.name, false);
      await refresh();
    } else {
      banner.replaceChildren(
        el("strong", { text: "Import of " + file.name + " refused: " + answer.body.error }),
        el("ul", {}, (answer.body.problems || []).map((p) => el("li", { text: p })))
      );
      banner.hidden = false;
    }
  });
}

document.addEventListener("DOMContentLoaded", () => {
  wireClock();
  wireFaults();
  wireState();
  startPolling();
});
