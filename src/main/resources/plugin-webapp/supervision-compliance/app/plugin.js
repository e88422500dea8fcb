// Supervision compliance in Cockpit (issue 7; seed 002: "The frequency of supervision will be
// monitored ... visible by the Heads of Service for their Service and the Assistant Director for all
// service areas"). Plain JavaScript, Cockpit's plugin API (7.14+). Everything is drawn here - the
// chart is inline SVG - and nothing is fetched from outside the application.
const PLUGIN_ID = "supervision-compliance";
const ROUTE = "/supervision-compliance";

function pluginApi(api) {
  return `${api.cockpitApi}/plugin/${PLUGIN_ID}/${api.engine}`;
}

// The application's own root ("/api/cockpit" -> ""), for the record PDFs of the supervision file.
function appRoot(api) {
  return api.cockpitApi.replace(/\/api\/cockpit$/, "");
}

async function getJson(api, path) {
  const response = await fetch(pluginApi(api) + path, {
    credentials: "same-origin",
    headers: { Accept: "application/json", "X-XSRF-TOKEN": api.CSRFToken || "" }
  });
  if (!response.ok) {
    const error = new Error(`HTTP ${response.status}`);
    error.status = response.status;
    throw error;
  }
  return response.json();
}

function esc(value) {
  return String(value === null || value === undefined ? "" : value)
    .replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

function day(value) {
  return value ? esc(String(value).substring(0, 10)) : "-";
}

function when(value) {
  return value ? esc(String(value).replace("T", " ").substring(0, 16)) : "-";
}

function rag(value) {
  return `<span class="sc-rag sc-rag-${esc(value)}" data-rag="${esc(value)}">${esc(value)}</span>`;
}

function scopeQuery(scope) {
  return `scope=${encodeURIComponent(scope.kind)}&code=${encodeURIComponent(scope.code || "")}`;
}

// Share of people supervised in each of the last 12 months, as bars with the percentage above them.
function trendChart(months) {
  const width = 720;
  const height = 200;
  const top = 20;
  const bottom = 30;
  const slot = (width - 40) / Math.max(months.length, 1);
  const bars = months.map((m, i) => {
    // A month in which nobody was due supervision has no share: no bar, "n/a".
    const known = m.percent !== null && m.percent !== undefined;
    const h = known ? ((height - top - bottom) * m.percent) / 100 : 0;
    const x = 40 + i * slot + slot * 0.15;
    const y = height - bottom - h;
    const colour = !known ? "#999" : m.percent >= 90 ? "#2e7d32" : m.percent >= 70 ? "#c97c00" : "#b5152b";
    return `<g class="sc-month" data-month="${esc(m.month)}" data-percent="${known ? m.percent : ""}">
      <title>${esc(m.month)}: ${m.supervised} of ${m.expected} supervised</title>
      <rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${(slot * 0.7).toFixed(1)}" height="${h.toFixed(1)}" fill="${colour}"></rect>
      <text x="${(x + slot * 0.35).toFixed(1)}" y="${(y - 4).toFixed(1)}" text-anchor="middle">${known ? m.percent + "%" : "n/a"}</text>
      <text x="${(x + slot * 0.35).toFixed(1)}" y="${height - bottom + 15}" text-anchor="middle">${esc(m.month.substring(2))}</text>
    </g>`;
  }).join("");
  const axis = [0, 50, 100].map(p => {
    const y = height - bottom - ((height - top - bottom) * p) / 100;
    return `<line x1="36" x2="${width}" y1="${y}" y2="${y}" stroke="#ddd"></line>
      <text x="32" y="${y + 4}" text-anchor="end">${p}%</text>`;
  }).join("");
  return `<svg class="sc-chart" role="img" aria-label="Supervised in each of the last 12 months" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${axis}${bars}</svg>`;
}

function peopleTable(people) {
  const rows = people.map(p => `<tr data-user="${esc(p.person.userId)}">
      <td><a href="" class="sc-person" data-user="${esc(p.person.userId)}">${esc(p.person.name)}</a><br><small>${esc(p.person.jobTitle)}</small></td>
      <td>${esc(p.person.teamName || p.person.serviceName || "")}</td>
      <td>${rag(p.rag)}</td>
      <td>${day(p.lastHeldOn)}</td>
      <td>${when(p.nextBookedAt)}</td>
      <td>${p.sessionsHeld} / ${p.expectedSessions}</td>
      <td>${p.qualifyingSessions} (min. ${p.minimumSessions})</td>
      <td>${Number(p.hoursHeld).toFixed(1)}</td>
      <td>${p.consecutiveMissedMonths}</td>
      <td>${p.asye ? `${p.asye.periodsMet} / ${p.asye.periodsDue} (${esc(p.asye.currentFrequency)})` : "-"}</td>
      <td>${p.openActions} / ${p.overdueActions}</td>
      <td>${p.overdueCases.length} of ${p.casesHeld}</td>
      <td>${p.contract ? day(p.contract.reviewDate) : "none"}</td>
      <td>${p.lastAudit ? `${day(p.lastAudit.auditedOn)} ${esc(p.lastAudit.judgement)}` : "-"}</td>
      <td><ul class="sc-reasons">${p.reasons.map(r => `<li>${esc(r)}</li>`).join("")}</ul></td>
    </tr>`).join("");
  return `<table class="sc-table sc-people"><thead><tr>
      <th>Name</th><th>Team</th><th>RAG</th><th>Last supervision</th><th>Next booked</th>
      <th>Held / contract asks (12 months)</th><th>Of 1.5 hours</th><th>Hours</th><th>Months missed</th>
      <th>ASYE periods met</th><th>Actions open / overdue</th><th>Cases overdue</th><th>Contract review</th>
      <th>Last audit</th><th>Why</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function table(headings, rows) {
  if (!rows.length) {
    return "<p>None.</p>";
  }
  return `<table class="sc-table"><thead><tr>${headings.map(h => `<th>${esc(h)}</th>`).join("")}</tr></thead>
    <tbody>${rows.map(r => `<tr>${r.map(c => `<td>${c}</td>`).join("")}</tr>`).join("")}</tbody></table>`;
}

async function showPerson(node, api, userId, back) {
  node.innerHTML = "<p>Loading...</p>";
  let data;
  try {
    data = await getJson(api, `/people/${encodeURIComponent(userId)}`);
  } catch (error) {
    node.innerHTML = `<p class="sc-error">This person's supervision file is not available to you (${esc(error.message)}).</p>`;
    return;
  }
  const h = data.history;
  const c = h.compliance;
  node.innerHTML = `<div class="sc-view sc-person-view">
    <p><a href="" class="sc-back">&larr; Back to the list</a></p>
    <h1>${esc(c.person.name)} ${rag(c.rag)}</h1>
    <p>${esc(c.person.jobTitle)}, ${esc(c.person.teamName || c.person.serviceName || "")}; supervisor ${esc(c.person.supervisorName)}.
      Contract: ${c.contract ? `${esc(c.contract.frequency)}, in force from ${day(c.contract.inForceFrom)}, review ${day(c.contract.reviewDate)}` : "none in force"}.
      Policy: ${esc(c.policyRule)}.</p>
    <ul class="sc-reasons">${c.reasons.map(r => `<li>${esc(r)}</li>`).join("") || "<li>Meets the policy.</li>"}</ul>
    <h2>Running processes</h2>
    ${table(["Process", "Instance"], data.processes.map(p => [esc(p.processKey), `<a href="${esc(p.cockpit)}">${esc(p.id)}</a>`]))}
    <h2>Supervision records</h2>
    ${table(["Held on", "Minutes", "Supervisor", "Status", "Record"], h.records.map(r => [day(r.heldOn), r.durationMinutes,
      esc(r.supervisorName), esc(r.status) + (r.correction ? " (correction)" : ""),
      `<a href="${esc(appRoot(api))}/api/records/${r.id}/pdf" target="_blank">PDF</a>`]))}
    <h2>Group supervision attended (12 months)</h2>
    <p>${h.groupSessions.length ? h.groupSessions.map(day).join(", ") : "None."}</p>
    <h2>Booked sessions</h2>
    ${table(["When", "Kind", "Status"], h.sessions.map(s => [when(s.scheduledAt), esc(s.kind), esc(s.status)]))}
    <h2>Months missed</h2>
    ${table(["Month", "In a row", "Escalated to", "On file"], h.missedMonths.map(m => [day(m.monthStart).substring(0, 7),
      m.consecutiveMonths, esc(m.escalatedToName), m.flaggedOnFile ? "yes" : "no"]))}
    <h2>Agreed actions</h2>
    ${table(["Action", "By whom", "By when", "Status", "Done on"], h.actions.map(a => [esc(a.description), esc(a.ownerName),
      day(a.dueOn), esc(a.status), day(a.completedOn)]))}
    <h2>Children's cases</h2>
    ${table(["Case", "Nature of involvement", "Last discussed", "Due", ""], h.cases.map(k => [esc(k.reference),
      esc(k.natureOfInvolvement), day(k.lastDiscussedOn), day(k.dueOn), k.overdue ? rag("RED").replace(">RED<", ">OVERDUE<") : ""]))}
  </div>`;
  node.querySelector(".sc-back").addEventListener("click", event => {
    event.preventDefault();
    back();
  });
}

async function showScope(node, api, access, scope) {
  node.innerHTML = "<p>Loading...</p>";
  let report;
  try {
    report = await getJson(api, `/report?${scopeQuery(scope)}`);
  } catch (error) {
    node.innerHTML = `<p class="sc-error">Supervision compliance is not available to you (${esc(error.message)}).</p>`;
    return;
  }
  const options = access.scopes.map((s, i) => `<option value="${i}" ${s.kind === scope.kind && s.code === scope.code ? "selected" : ""}>${esc(s.name)}</option>`).join("");
  const lastMonth = report.months.length ? report.months[report.months.length - 1].month : "";
  const pdf = scope.kind === "SERVICE"
    ? `<a class="sc-pdf" href="${esc(pluginApi(api))}/monthly-report.pdf?service=${encodeURIComponent(scope.code)}&month=${encodeURIComponent(lastMonth)}" target="_blank">Monthly report ${esc(lastMonth)} (PDF)</a>`
    : "";
  node.innerHTML = `<div class="sc-view">
    <h1>Supervision compliance</h1>
    <div class="sc-toolbar">
      <label>Show <select class="sc-scope">${options}</select></label>
      <a class="sc-csv" href="${esc(pluginApi(api))}/report.csv?${scopeQuery(scope)}">Download CSV</a>
      ${pdf}
      <span>As on ${day(report.asOf)}</span>
    </div>
    <div class="sc-counts"><span>${rag("RED")} ${report.counts.RED}</span><span>${rag("AMBER")} ${report.counts.AMBER}</span><span>${rag("GREEN")} ${report.counts.GREEN}</span></div>
    <h2>Supervised in each of the last 12 months</h2>
    ${trendChart(report.months)}
    <h2>People</h2>
    <div class="sc-detail"></div>
    ${peopleTable(report.people)}
  </div>`;
  node.querySelector(".sc-scope").addEventListener("change", event => {
    showScope(node, api, access, access.scopes[Number(event.target.value)]);
  });
  node.querySelectorAll(".sc-person").forEach(link => link.addEventListener("click", event => {
    event.preventDefault();
    showPerson(node, api, link.getAttribute("data-user"), () => showScope(node, api, access, scope));
  }));
}

async function showView(node, api) {
  node.innerHTML = "<p>Loading...</p>";
  let access;
  try {
    access = await getJson(api, "/access");
  } catch (error) {
    node.innerHTML = `<div class="sc-view"><h1>Supervision compliance</h1>
      <p class="sc-error">Only team managers, service managers, assistant directors and the director see supervision compliance.</p></div>`;
    return;
  }
  showScope(node, api, access, access.scopes[0]);
}

export default [
  {
    id: "supervision-compliance-navigation",
    pluginPoint: "cockpit.navigation",
    priority: 5,
    properties: { path: ROUTE },
    render: (node, { api }) => {
      // The menu entry shows only to those who may see the view.
      getJson(api, "/access")
        .then(() => { node.innerHTML = `<a href="#${ROUTE}">Supervision compliance</a>`; })
        .catch(() => { node.innerHTML = ""; });
    }
  },
  {
    id: "supervision-compliance-route",
    pluginPoint: "cockpit.route",
    priority: 5,
    properties: { path: ROUTE, label: "Supervision compliance" },
    render: (node, { api }) => {
      showView(node, api);
    }
  }
];
