// The Steady console page: renders the state the server pushes (GET /console/state, then
// server-sent events from /console/events) and posts the visitor's actions. Plain DOM, no
// framework; message text is only ever set as textContent, never parsed as markup.
"use strict";

(() => {
  const $ = (id) => document.getElementById(id);
  const KIND_LABELS = {
    prompt: "check-in",
    nudge: "nudge",
    reminder: "reminder",
    group_reminder: "reminder",
    crisis: "crisis reply",
    alert: "alert",
  };

  let current = null;
  /** Server clock minus this browser's clock, so "Now" keeps running between pushes. */
  let clockDelta = 0;
  let busy = false;

  /** Creates an element: h("p", { class: "x" }, "text", child). */
  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") el.className = v;
      else if (k === "text") el.textContent = v;
      else if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
      else el.setAttribute(k, v === true ? "" : String(v));
    }
    for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(c);
    return el;
  }

  function formatTime(iso, timeZone, withDate) {
    const options = { timeZone, weekday: "short", hour: "numeric", minute: "2-digit" };
    if (withDate) Object.assign(options, { month: "short", day: "numeric", timeZoneName: "short" });
    return new Intl.DateTimeFormat("en-US", options).format(new Date(iso));
  }

  function say(text) {
    $("status").textContent = text;
  }

  // ---- the clock -------------------------------------------------------------------------

  function renderClock() {
    if (!current) return;
    const tz = current.program.timeZone;
    const now = new Date(Date.now() + clockDelta).toISOString();
    $("clock-now").textContent = formatTime(now, tz, true);
    $("clock-now").setAttribute("datetime", now);
    const next = current.nextDueAt;
    $("clock-next").textContent = next ? formatTime(next, tz, true) : "nothing scheduled";
    if (next) $("clock-next").setAttribute("datetime", next);
    else $("clock-next").removeAttribute("datetime");
  }

  // ---- keyed lists: nodes that did not change are kept, so focus and typed text survive ----

  /**
   * Makes `container`'s children match `items`: a child is rebuilt only when its signature
   * changed. If the focused element was inside a rebuilt child, focus moves to the element with
   * the same data-focus-key in the new child, or to its data-focus-fallback.
   */
  function reconcile(container, items, keyOf, signatureOf, build) {
    const old = new Map();
    for (const child of Array.from(container.children)) old.set(child.dataset.key, child);
    let before = null;
    const active = document.activeElement;
    const wanted = [];
    for (const item of items) {
      const key = keyOf(item);
      const sig = signatureOf(item);
      let node = old.get(key);
      if (!node || node.dataset.sig !== sig) {
        const fresh = build(item, node);
        fresh.dataset.key = key;
        fresh.dataset.sig = sig;
        if (node && active && node.contains(active)) {
          node.replaceWith(fresh);
          const focusKey = active.dataset ? active.dataset.focusKey : undefined;
          const target = (focusKey && fresh.querySelector(`[data-focus-key="${CSS.escape(focusKey)}"]`)) || fresh.querySelector("[data-focus-fallback]");
          if (target) target.focus();
        } else if (node) {
          node.replaceWith(fresh);
        }
        node = fresh;
      }
      wanted.push(node);
      old.delete(key);
    }
    for (const gone of old.values()) gone.remove();
    for (const node of wanted) {
      const expected = before ? before.nextElementSibling : container.firstElementChild;
      if (node !== expected) {
        if (before) before.after(node);
        else container.prepend(node);
      }
      before = node;
    }
  }

  function messageItem(m, thread, role) {
    // As on a phone: what this person sent sits on the right, what Steady sent on the left.
    const mine = role !== "group" && m.dir === "in";
    const label = KIND_LABELS[m.kind] || "";
    const meta = [formatTime(m.at, thread.timeZone, false)];
    if (label) meta.push(label);
    if (m.channel !== "local") meta.push(`via ${m.channel}`);
    // An alert shown as the counselor's own first channel gets it (the server applies the rule).
    if (m.receivedAs && m.receivedAs.channel !== m.channel) meta.push(`as by ${m.receivedAs.channel}`);
    const li = h(
      "li",
      { class: `msg ${mine ? "mine" : "theirs"} kind-${m.kind}` },
      h("span", { class: "visually-hidden", text: mine ? `${thread.name}: ` : "Steady: " }),
      h("p", { class: "text", text: m.text }),
      h("p", { class: "meta" }, h("time", { datetime: m.at, text: meta.join(" · ") })),
    );
    if (m.escalation) li.append(alertControls(m.escalation, thread));
    return li;
  }

  /** "Dana Rivera" for c-rivera; alerts can be acknowledged by anyone the alert reached. */
  /**
   * "Acknowledged by Dana Rivera" (an inactive counselor by id). Older versions' command line
   * stored "cli" instead of a counselor: such a row says no one was recorded.
   */
  function actedBy(verb, id) {
    const c = current.counselors.find((x) => x.id === id);
    if (c) return `${verb} by ${c.name}`;
    return id && id !== "cli" ? `${verb} by ${id}` : `${verb} (no counselor recorded)`;
  }

  function alertControls(e, counselor) {
    const status =
      e.status === "open"
        ? "Open: nobody has acknowledged it yet"
        : e.status === "acknowledged"
          ? actedBy("Acknowledged", e.acknowledgedBy)
          : actedBy("Resolved", e.resolvedBy);
    const box = h(
      "div",
      { class: `alert-state state-${e.status}` },
      h("p", { class: "alert-status", tabindex: "-1", "data-focus-fallback": true }, h("strong", { text: `${e.level} · ${e.code}` }), ` ${status}`),
    );
    if (current.mode !== "interactive") return box;
    const actions = h("div", { class: "alert-actions" });
    if (e.status === "open") {
      actions.append(
        h("button", {
          type: "button",
          class: "primary",
          "data-focus-key": `ack-${e.code}`,
          "aria-label": `Acknowledge alert ${e.code} as ${counselor.name}`,
          text: "Acknowledge",
          onclick: () => alertAction("ack", e.code, counselor),
        }),
      );
    }
    if (e.status !== "resolved") {
      actions.append(
        h("button", {
          type: "button",
          "data-focus-key": `resolve-${e.code}`,
          "aria-label": `Resolve alert ${e.code} as ${counselor.name}`,
          text: "Resolve",
          onclick: () => alertAction("resolve", e.code, counselor),
        }),
      );
    }
    if (actions.children.length) box.append(actions);
    return box;
  }

  /** A phone, an inbox or a channel: built once, its thread kept up to date. */
  function threadCard(thread, role) {
    const titleId = `${role}-${thread.id}-title`;
    const title =
      role === "group"
        ? h("h3", { id: titleId }, `# ${thread.id}`)
        : h("h3", { id: titleId }, thread.name, " ", h("span", { class: "person-id", text: thread.id }));
    const subtitle = role === "group" ? thread.name : role === "phone" ? thread.timeZone : thread.role;
    const list = h("ol", { class: "thread", tabindex: "0", "aria-label": `Messages ${role === "group" ? "in" : "with"} ${role === "group" ? `# ${thread.id}` : thread.name}` });
    // A thread scrolled to its newest message stays there as messages arrive or the window
    // resizes; one scrolled back to read older messages is left alone.
    list.dataset.pinned = "1";
    list.addEventListener("scroll", () => {
      list.dataset.pinned = list.scrollTop + list.clientHeight >= list.scrollHeight - 16 ? "1" : "";
    });
    const empty = h("p", { class: "empty", text: role === "inbox" ? "No alerts yet." : "Nothing yet." });
    const card = h(
      "article",
      { class: `card ${role}`, "aria-labelledby": titleId },
      h("div", { class: "card-head" }, title, h("p", { class: "subtitle", text: subtitle }), h("p", { class: "badge", hidden: true, text: "opted out" }), h("p", { class: "badge unreachable", hidden: true })),
      role === "inbox" ? h("p", { class: "alert-form", text: alertFormNote(thread.alertForm) }) : null,
      list,
      empty,
    );
    if (role === "phone" && current.mode === "interactive") card.append(replyForm(thread, "/console/reply", { participantId: thread.id }, "Type a reply"));
    // A counselor answers the way they would by text: READ, REPLY <code> <answer>, ACK <code>.
    if (role === "inbox" && current.mode === "interactive") card.append(replyForm(thread, "/console/staff", { counselorId: thread.id }, "READ, or REPLY <code> <answer>"));
    return card;
  }

  /** How this counselor's alerts read, in the form the server says their first channel gets. */
  function alertFormNote(form) {
    if (!form) return "No channel of theirs takes alerts.";
    const via = form.channel === "local" ? "here" : `by ${form.channel}`;
    return form.detail === "full"
      ? `Alerts ${via} show the first name and the reason.`
      : `Alerts ${via} show the participant id and code only (lock-screen safe).`;
  }

  function replyForm(thread, path, who, placeholder) {
    const inputId = `reply-${thread.id}`;
    const input = h("input", { id: inputId, name: "text", type: "text", autocomplete: "off", maxlength: "1600", required: true, placeholder });
    const form = h(
      "form",
      { class: "reply" },
      h("label", { for: inputId, text: `Reply as ${thread.name}` }),
      h("div", { class: "reply-row" }, input, h("button", { type: "submit", class: "primary", text: "Send" })),
    );
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const text = input.value.trim();
      if (!text) return;
      const ok = await post(path, { ...who, text }, () => `Sent as ${thread.name}.`);
      if (ok) input.value = "";
      input.focus();
    });
    return form;
  }

  function updateThread(card, thread, role) {
    const list = card.querySelector(".thread");
    reconcile(
      list,
      thread.messages,
      (m) => m.id,
      (m) => JSON.stringify(m),
      (m) => messageItem(m, thread, role),
    );
    card.querySelector(".empty").hidden = thread.messages.length > 0;
    list.hidden = thread.messages.length === 0;
    card.querySelector(".badge").hidden = !thread.optedOut;
    // Who no running channel reaches: the badge says so, its title says why.
    const unreachable = card.querySelector(".badge.unreachable");
    unreachable.hidden = !thread.unreachable;
    unreachable.textContent = thread.unreachable ? thread.unreachable.badge : "";
    unreachable.title = thread.unreachable ? thread.unreachable.reason : "";
    if (list.dataset.pinned) list.scrollTop = list.scrollHeight;
  }

  window.addEventListener("resize", () => {
    for (const list of document.querySelectorAll(".thread")) if (list.dataset.pinned) list.scrollTop = list.scrollHeight;
  });

  function renderPane(containerId, threads, role) {
    const container = $(containerId);
    reconcile(
      container,
      threads,
      (t) => t.id,
      // The card itself changes only with the person's name or role; its thread updates in place.
      (t) => JSON.stringify([t.name, t.timeZone, t.role, t.alertForm]),
      (t) => threadCard(t, role),
    );
    for (const t of threads) updateThread(container.querySelector(`[data-key="${CSS.escape(t.id)}"]`), t, role);
  }

  function render(state) {
    const first = current === null;
    current = state;
    clockDelta = Date.parse(state.now) - Date.now();
    if (first) {
      document.title = `Steady console: ${state.program.name}`;
      $("program-name").textContent = state.program.name;
      $("intro").hidden = state.mode !== "interactive";
      $("read-only").hidden = state.mode === "interactive";
      if (state.mode === "interactive") $("clock-controls").hidden = false;
      else $("clock-controls").remove();
    }
    renderClock();
    renderPane("phone-list", state.phones, "phone");
    renderPane("counselor-list", state.counselors, "inbox");
    renderPane("group-list", state.groups, "group");
  }

  // ---- actions ---------------------------------------------------------------------------

  /** Posts an action; renders the state that comes back and says what happened. */
  async function post(url, body, success) {
    if (busy) {
      say("Still working on the last action…");
      return false;
    }
    busy = true;
    document.body.setAttribute("aria-busy", "true");
    try {
      const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body), credentials: "same-origin" });
      const answer = await res.json().catch(() => ({}));
      if (answer.state) render(answer.state);
      if (res.ok) say(success(answer));
      else say(`That did not work: ${answer.message || answer.outcome || answer.error || res.status}${answer.by ? ` (already acknowledged by ${answer.by})` : ""}.`);
      return res.ok;
    } catch {
      say("The console server did not answer. Is npm start still running?");
      return false;
    } finally {
      busy = false;
      document.body.removeAttribute("aria-busy");
    }
  }

  function alertAction(kind, code, counselor) {
    const verb = kind === "ack" ? "Acknowledged" : "Resolved";
    return post(`/console/${kind}`, { code, counselorId: counselor.id }, () => `${verb} alert ${code} as ${counselor.name}.`);
  }

  function clockAction(action) {
    return post("/console/clock", { action }, (answer) =>
      answer.outcome === "moved" ? `Clock moved to ${formatTime(answer.to, current.program.timeZone, true)}.` : "Nothing is scheduled.",
    );
  }

  for (const button of document.querySelectorAll("[data-clock]")) {
    button.addEventListener("click", () => clockAction(button.dataset.clock));
  }

  // ---- live updates ----------------------------------------------------------------------

  function setConnection(state, text) {
    const el = $("connection");
    el.dataset.state = state;
    el.textContent = text;
  }

  const events = new EventSource("/console/events");
  events.addEventListener("open", () => setConnection("live", "Live"));
  events.addEventListener("state", (e) => render(JSON.parse(e.data)));
  events.addEventListener("error", () => {
    if (events.readyState === EventSource.CLOSED) setConnection("closed", "Disconnected: reload the page");
    else setConnection("connecting", "Reconnecting…");
  });
  setInterval(renderClock, 1000);
})();
