export const id = 24;
export const ids = [24];
export const modules = {

/***/ 4024:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loopCommand: () => (/* binding */ loopCommand)
});

// UNUSED EXPORTS: worldOf

// EXTERNAL MODULE: ./src/input.ts
var input = __webpack_require__(3599);
// EXTERNAL MODULE: ./src/notify/notifier.ts + 3 modules
var notifier = __webpack_require__(7603);
;// CONCATENATED MODULE: ./src/plan/intents.ts
/** One line per intent, for logs, dry-run and tests: what, on what, and the gist. */
function describeIntent(i) {
    switch (i.type) {
        case 'commit-records':
            return `commit ${i.files.length} window record file(s)${i.appends.length ? ` and the run's log (${i.appends.map((a) => a.path).join(', ')})` : ''} to ${i.branch ?? 'the default branch'}`;
        case 'append-runbook':
            return `append ${i.append.entries.length} entr${i.append.entries.length === 1 ? 'y' : 'ies'} to ${i.append.path} on ${i.branch ?? 'the default branch'}`;
        case 'open-proposal':
            return `open a PR from ${i.branch}: ${i.title}`;
        case 'update-proposal':
            return `update #${i.pr}${i.change ? ` and re-point ${i.branch} at the live phase` : ''}: ${i.title}`;
        case 'close-proposal':
            return `close #${i.pr}: ${i.reason}`;
        case 'set-gate':
            return `set phasegate/verdict=${i.state} on #${i.pr} (${i.sha.slice(0, 7)}): ${i.description}`;
        case 'upsert-verdict':
            return `${i.comment === null ? 'post' : 'update'} the verdict comment on #${i.pr}`;
        case 'merge':
            return `merge #${i.pr}: ${i.title}`;
        case 'lock-notice':
            return `send ${i.notice.event} (${i.notice.from} → ${i.notice.phase}) to the lock webhook`;
        case 'open-rca':
            return `open the RCA issue "${i.title}"${i.assignees.length ? ` for @${i.assignees.join(', @')}` : ''}`;
        case 'send-slack':
            return `post the ${i.kind} message to Slack (${i.template})`;
        case 'add-label':
            return `label #${i.pr} ${i.label}`;
        case 'upsert-dashboard':
            return i.issue === null ? `open and pin "${i.title}"` : `update the dashboard issue #${i.issue}`;
        case 'post-daily-note':
            return `post the daily note for ${i.date} on #${i.issue}`;
    }
}

// EXTERNAL MODULE: ./src/extent.ts
var extent = __webpack_require__(7517);
;// CONCATENATED MODULE: ./src/notify/recording.ts
class RecordingNotifier {
    sent = [];
    async slack(message) {
        this.sent.push({ slack: message });
        return { line: `Slack message (${message.kind}):\n${message.text}` };
    }
    async lock(notice) {
        this.sent.push({ lock: notice });
        return { line: `lock notice: ${notice.event} ${notice.from} → ${notice.phase}: ${notice.reason}` };
    }
}

// EXTERNAL MODULE: ./src/policy/model.ts
var model = __webpack_require__(2575);
// EXTERNAL MODULE: ./src/render/markers.ts
var markers = __webpack_require__(6327);
;// CONCATENATED MODULE: ./src/plan/change.ts
/**
 * What a pull request proposes, read from what it changes, never from its text: a marker or a
 * title is words anyone can paste into a PR by hand, and a push to phasegate's branch changes
 * what merging does without touching the body. The same reading serves the gate event and the
 * scheduled run's gate, so the two never disagree about one PR. Rules:
 *
 * 1. A PR that leaves current.yaml alone is not a phase change (its gate passes, so the required
 *    check never blocks ordinary work), unless phasegate opened it: then its change was undone.
 *    GitHub lists a PR's first 3000 files only: a PR that fills the list may hide current.yaml,
 *    so it is judged as a phase change, and red.
 * 2. A phase change edits current.yaml alone. One that also changes the policy, CODEOWNERS, the
 *    checklist or anything else is red: rules changed in the PR that they judge are not rules.
 * 3. current.yaml at the head must name a phase of the rollout other than the live one.
 * 4. A phasegate proposal made from a phase that is no longer live is stale.
 * 5. After a rollback, the phase the recovery watch restarts from is a restart (back only once the
 *    watch is met); else an earlier phase is a rollback, and any later phase an advance, which
 *    goes to the next phase only.
 */


/** "Responses include a maximum of 3000 files" (REST: List pull requests files). */
const GITHUB_FILES_LISTED = 3000;
/** What `pull` proposes; null when it is not a phase change (rule 1). */
function changeOf(f, ev, pull) {
    const { policy, live } = f;
    const ours = ourProposal(f, pull);
    const from = live.phase;
    const to = pull.headPhase;
    const ids = (0,model/* phaseIds */.ab)(policy);
    // With no phase at the head, phasegate's own proposal still says what it was.
    const kind = to ? kindOfMove(policy, from, to, restarts(ev, ids, from, to)) : (ours?.kind ?? 'advance');
    const change = (problem) => ({
        kind,
        from: ours?.from ?? from,
        to: to ?? ours?.to ?? '?',
        problem,
    });
    if (pull.files.length >= GITHUB_FILES_LISTED)
        return change(`GitHub lists only the first ${GITHUB_FILES_LISTED} files of a pull request, so whether this one changes ${live.file} cannot be seen: split it`);
    if (!pull.files.includes(live.file)) {
        if (!ours)
            return null;
        return change(`this proposal no longer changes ${live.file}; its branch was changed after phasegate opened it`);
    }
    if (ours && ours.from !== from)
        return change(`this PR changes ${ours.from}, but the live phase is ${from}; it is stale`);
    const others = pull.files.filter((p) => p !== live.file);
    if (others.length)
        return change(`a phase change edits ${live.file} alone; this PR also changes ${list(others)}: move those to a PR of their own`);
    if (!to)
        return change(`${live.file} at the head is missing or names no phase of this rollout; it must name one of ${ids.join(', ')}`);
    if (to === from)
        return change(`${live.file} at the head still names the live phase ${from}: nothing to change`);
    if (kind === 'advance') {
        const next = ids[ids.indexOf(from) + 1];
        if (to !== next)
            return change(`${from} → ${to} skips ${ids.slice(ids.indexOf(from) + 1, ids.indexOf(to)).join(', ')}; a phase advances to the next one (${next ?? 'none: this is the last phase'})`);
    }
    return change(null);
}
/**
 * A move to the recovery watch's restart phase is a restart: forward always (A-0 → A-1), back only
 * once the watch is met (B-0 → A-1 after B-1 → B-0); before that a move back is a rollback, which
 * never waits.
 */
function restarts(ev, ids, from, to) {
    if (ev.recovery?.restart !== to)
        return false;
    return ev.recovery.met || ids.indexOf(to) > ids.indexOf(from);
}
/** A move from `from` to `to`: a restart when `restarts`; else back is a rollback, forward an advance. */
function kindOfMove(policy, from, to, restarts) {
    const ids = (0,model/* phaseIds */.ab)(policy);
    return restarts ? 'restart' : ids.indexOf(to) < ids.indexOf(from) ? 'rollback' : 'advance';
}
/** phasegate's marker, in a PR the run's own identity opened; anyone can paste a marker. */
function ourProposal(f, pull) {
    if (pull.author.toLowerCase() !== f.identity.toLowerCase())
        return null;
    const marker = (0,markers/* parseProposalMarker */.aW)(pull.body);
    return marker?.rollout === f.policy.rollout ? marker : null;
}
function list(paths) {
    const shown = paths.slice(0, 5).join(', ');
    return paths.length > 5 ? `${shown} and ${paths.length - 5} more` : shown;
}

// EXTERNAL MODULE: ./src/plan/names.ts
var names = __webpack_require__(2471);
;// CONCATENATED MODULE: ./src/render/append.ts
/**
 * Appending to a file kept in git (the Runbook, the run log), as plain data an intent carries and
 * a pure function every interpreter applies to the file as the branch holds it just before the
 * commit (src/github/forge.ts reads it again when a ref race makes it rebuild the commit), so a
 * person's edit pushed in between is kept, never overwritten.
 *
 * Rules:
 * 1. An entry whose marker the file already holds is there: it is not added again, so a re-run of
 *    the same step (or a run after a failed one) changes nothing.
 * 2. A missing file starts as `initial`; a section a person deleted comes back, at the end.
 * 3. An entry goes at the end of its section: a row (a table row, a list item) right after the
 *    section's last line of its kind (a blank line apart when there is none yet), a block after
 *    the section's last line, a blank line apart. Text outside phasegate's entries (a person's
 *    notes) stays where it is.
 */
function applyAppend(text, a) {
    let out = text ?? a.initial;
    for (const e of a.entries) {
        if (out.includes(e.marker))
            continue;
        out = e.section === null ? appendLine(out, e.text) : intoSection(out, e.section, e);
    }
    return out.endsWith('\n') ? out : `${out}\n`;
}
/** The entries of `a` the file does not hold yet (what applyAppend would add). */
function missingEntries(text, a) {
    const base = text ?? a.initial;
    return a.entries.filter((e) => !base.includes(e.marker));
}
function appendLine(text, line) {
    return `${text}${text === '' || text.endsWith('\n') ? '' : '\n'}${line}\n`;
}
function intoSection(text, heading, e) {
    let lines = text.replace(/\n+$/, '').split('\n');
    let start = lines.findIndex((l) => l.trimEnd() === heading);
    if (start < 0) {
        lines = [...lines, '', ...(e.sectionText ?? heading).replace(/\n+$/, '').split('\n')];
        start = lines.findIndex((l) => l.trimEnd() === heading);
    }
    let end = lines.length;
    for (let k = start + 1; k < lines.length; k++) {
        if (/^#{1,2} /.test(lines[k])) {
            end = k;
            break;
        }
    }
    let last = end - 1;
    const head = e.text.trimStart();
    const kind = head.startsWith('|') ? '|' : head.slice(0, 2); // a table row, or a list item's "- "
    const same = e.row ? lines.slice(start + 1, end).findLastIndex((l) => l.trimStart().startsWith(kind)) : -1;
    if (same >= 0)
        last = start + 1 + same;
    while (last > start && lines[last].trim() === '')
        last--;
    const added = same >= 0 ? [e.text] : ['', ...e.text.replace(/\n+$/, '').split('\n')];
    const after = lines.slice(last + 1);
    const next = after[0]?.trim() ?? '';
    const gap = next !== '' && (same < 0 || next.startsWith('#')) ? [''] : [];
    return [...lines.slice(0, last + 1), ...added, ...gap, ...after].join('\n');
}

// EXTERNAL MODULE: ./src/rollout/confirmation.ts
var confirmation = __webpack_require__(7516);
// EXTERNAL MODULE: ./src/render/chart.ts
var chart = __webpack_require__(2556);
// EXTERNAL MODULE: ./src/render/format.ts
var format = __webpack_require__(1509);
// EXTERNAL MODULE: ./src/render/limits.ts
var limits = __webpack_require__(9142);
// EXTERNAL MODULE: ./src/render/verdict.ts
var verdict = __webpack_require__(1165);
;// CONCATENATED MODULE: ./src/render/proposal.ts







const BODY_LIMIT = "GitHub's 65,536-character limit";
function proposalBranch(rollout, kind, to) {
    return `phasegate/${rollout}/${kind}-${to}`;
}
function proposalTitle(rollout, kind, from, to) {
    const what = kind === 'advance'
        ? `advance ${from} → ${to}`
        : kind === 'rollback'
            ? `roll back ${from} → ${to}`
            : `restart from ${to}`;
    return `phasegate(${rollout}): ${what}`;
}
function proposalLabels(policy, kind) {
    return [...new Set(['phasegate', `phasegate:${kind}`, ...policy.github.labels])];
}
function renderProposal(input) {
    const { policy, kind, from, to, evaluation: ev } = input;
    const fromSpec = requirePhase(policy, from);
    const toSpec = requirePhase(policy, to);
    const file = input.currentFile ?? 'phases/current.yaml';
    const charts = input.charts?.length
        ? `### ${CHART_HEADING[kind]}\n\n${(0,chart/* renderChartsMarkdown */.Rm)(input.charts, { timezone: policy.timezone })}`
        : '';
    const parts = [
        { text: (0,markers/* proposalMarker */.VC)({ rollout: policy.rollout, kind, from, to }) },
        { text: summary(policy, kind, fromSpec, toSpec, file) },
        ...(kind === 'rollback' ? [{ text: causeSection(ev, input.cause), cut: true }] : []),
        { text: (0,verdict/* renderVerdictMarkdown */.d1)(policy, ev, input.records).trimEnd(), cut: true },
        ...(charts
            ? [{ text: charts, drop: { order: 0, note: `_Charts left out to stay under ${BODY_LIMIT}._` } }]
            : []),
        { text: checklistSection(toSpec, input.checklistMarkdown, input.previousBody, policy.github.checklist) },
        { text: approvalSection(policy, kind, fromSpec, file, input.reviewers ?? policy.github.reviewers) },
        {
            text: `---\n<sub>Proposed by phasegate from the verdict at ${(0,format/* formatInstant */.r4)(ev.at)}. The live verdict is in phasegate's comment below, updated every run; this description stays as proposed, so ticked boxes stay ticked. Close the pull request to dismiss the proposal.</sub>\n\n${PROPOSAL_END}`,
        },
    ];
    return {
        branch: proposalBranch(policy.rollout, kind, to),
        title: proposalTitle(policy.rollout, kind, from, to),
        body: `${(0,limits/* fitParts */.u5)(parts, { max: limits/* BODY_MAX_CHARS */.sU, limitText: BODY_LIMIT })}\n`,
        labels: proposalLabels(policy, kind),
    };
}
const CHART_HEADING = {
    advance: 'The soak period',
    rollback: 'The breach',
    restart: 'The recovery watch',
};
function requirePhase(policy, id) {
    const spec = (0,model/* phaseById */.K6)(policy, id);
    if (!spec)
        throw new Error(`unknown phase "${id}"; valid phases: ${policy.phases.map((p) => p.id).join(', ')}`);
    return spec;
}
function summary(policy, kind, from, to, file) {
    const verb = { advance: 'advances', rollback: 'rolls back', restart: 'restarts' }[kind];
    const keys = [...new Set([...Object.keys(from.flags), ...Object.keys(to.flags)])].sort();
    const changed = keys.filter((k) => from.flags[k] !== to.flags[k]);
    const same = keys.filter((k) => from.flags[k] === to.flags[k]);
    const show = (v) => `\`${v === undefined ? 'unset' : JSON.stringify(v)}\``;
    const edits = changed.length
        ? `setting ${changed.map((k) => `\`${k}\` from ${show(from.flags[k])} to ${show(to.flags[k])}`).join(', ')}`
        : 'with no flag value changing';
    const kept = same.length
        ? ` (${same.map((k) => `\`${k}\``).join(', ')} stay${same.length === 1 ? 's' : ''} ${same.length === 1 ? show(from.flags[same[0]]) : 'as they are'})`
        : '';
    let text = `Merging this pull request ${verb} the **${policy.rollout}** rollout from **${from.id}** (${from.name}) to **${to.id}** (${to.name}${to.audience ? `, ${to.audience}` : ''}): it edits \`${file}\`, ${edits}${kept}.`;
    if (kind === 'rollback') {
        const after = [
            policy.notify.slack ? 'posts the rollback notice to Slack' : undefined,
            policy.notify.lock ? `sends \`${policy.notify.lock.event}\` to the UI` : undefined,
            `opens the root-cause issue${policy.github.reporter ? ` for @${policy.github.reporter}` : ''}`,
        ].filter((x) => x !== undefined);
        text += ` After the merge phasegate ${joinList(after, 'and')}.`;
        if (policy.github.reporter && from.rollback.approval === 'none')
            text += ` @${policy.github.reporter}: for your record; the rollback does not wait for a review.`;
    }
    return text;
}
function causeSection(ev, cause) {
    const fired = ev.rules.filter((r) => r.fired).map((r) => `- ${r.detail}`);
    if (fired.length && ev.confirmation)
        fired.push(`- ${(0,confirmation/* confirmationText */.xR)(ev.confirmation)}`);
    const body = cause ?? (fired.length ? fired.join('\n') : ev.decision.reasons.map((r) => `- ${r}`).join('\n'));
    return `### Cause\n\n${body}`;
}
const TASK = /^(\s*[-*+] \[)([ xX])(\] )(.*)$/;
/** Where phasegate's part of a PR description ends; what people write below it is theirs. */
const PROPOSAL_END = "<!-- phasegate: the text above is phasegate's; write yours below, it is kept -->";
/**
 * A redone proposal's description over the one on GitHub now: phasegate's part anew, boxes ticked
 * in the current text still ticked, and whatever people wrote below PROPOSAL_END kept as it is.
 */
function updatedProposalBody(rendered, current) {
    const end = current.indexOf(PROPOSAL_END);
    const theirs = end < 0 ? '' : current.slice(end + PROPOSAL_END.length).replace(/^\n/, '');
    const ours = keepTicks(rendered.trimEnd(), current.slice(0, end < 0 ? undefined : end));
    return theirs.trim() ? `${ours}\n${theirs}` : `${ours}\n`;
}
function checklistSection(to, checklist, previous, file) {
    const head = `### QA checklist for ${to.id} (${to.name})`;
    if (!checklist?.trim())
        return `${head}\n\nNo checklist items for ${to.id} in \`${file}\`.`;
    return `${head}\n\nTick every item; the \`phasegate/verdict\` check stays red until all are ticked.\n\n${keepTicks(checklist.trim(), previous)}`;
}
/** Items ticked in the previous body (same text) stay ticked. */
function keepTicks(checklist, previous) {
    const ticked = new Set();
    for (const line of (previous ?? '').split(/\r?\n/)) {
        const m = TASK.exec(line);
        if (m && m[2] !== ' ')
            ticked.add(m[4].trim());
    }
    return checklist
        .split('\n')
        .map((line) => {
        const m = TASK.exec(line);
        return m && m[2] === ' ' && ticked.has(m[4].trim()) ? `${m[1]}x${m[3]}${m[4]}` : line;
    })
        .join('\n');
}
function approvalSection(policy, kind, from, file, reviewers) {
    const lines = ['### Approval'];
    if (kind === 'rollback' && from.rollback.approval === 'none') {
        lines.push('', `No approval needed: \`${from.file}\` sets \`rollback.approval: none\`, so phasegate merges this at once.`);
    }
    else {
        const who = policy.github.approvers[kind === 'rollback' ? 'rollback' : 'advance'].map((a) => a === 'codeowners' ? `a code owner of \`${file}\`` : `@${a}`);
        const n = policy.github.approvals;
        lines.push('', `Needs ${n} approving review${n === 1 ? '' : 's'} of the head commit from ${who.length ? joinList(who, 'or') : 'nobody (github.approvers is empty)'}. The author's own review, reviews of earlier commits and reviews from others do not count.`);
    }
    if (reviewers.length)
        lines.push('', `Review requested from ${reviewers.map((r) => `@${r}`).join(', ')}.`);
    return lines.join('\n');
}
function joinList(items, word) {
    if (items.length <= 1)
        return items[0] ?? '';
    return `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1]}`;
}

// EXTERNAL MODULE: ./src/rollout/current.ts
var rollout_current = __webpack_require__(7236);
// EXTERNAL MODULE: ./src/rollout/lookback.ts
var lookback = __webpack_require__(981);
;// CONCATENATED MODULE: ./src/rollout/approvals.ts
/**
 * Approvals of a phase PR, counted from its reviews (the GitHub REST shape of
 * `GET /repos/{owner}/{repo}/pulls/{n}/reviews`). Pure: the caller fetches the reviews and
 * resolves `org/team` and `codeowners` entries into logins first (teamsToResolve →
 * resolveAllowedReviewers), so the rules below can be tested without GitHub.
 *
 * - The latest review per reviewer decides. A COMMENTED review does not replace an earlier
 *   approval or change request (GitHub's behaviour); a dismissed review does (GitHub turns the
 *   dismissed review's state into DISMISSED). PENDING reviews are unsubmitted drafts.
 * - Only allowed reviewers count, only approvals of the head commit, never the author's own,
 *   and nothing on a PR from a fork.
 * - Every reviewer whose decisive review does not count is listed with why, so the gate can
 *   say what to do about it.
 */
const DECISIVE = new Set(['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED']);
function countApprovals(input) {
    const author = input.author.toLowerCase();
    const head = input.headSha.toLowerCase();
    const latest = new Map();
    for (const review of chronological(input.reviews)) {
        if (!review.user || !DECISIVE.has(review.state))
            continue;
        latest.set(review.user.login.toLowerCase(), review);
    }
    const approvedBy = [];
    const ignored = [];
    const changesRequested = [];
    for (const [key, review] of latest) {
        const login = review.user.login;
        const state = review.state;
        const ignore = (why) => ignored.push({ login, why, state, commit: review.commit_id, reviewId: review.id });
        if (input.fromFork)
            ignore('fork');
        else if (key === author)
            ignore('author');
        else if (!input.allowed.users.has(key))
            ignore('not allowed');
        else if (state === 'DISMISSED')
            ignore('dismissed');
        else if (state === 'CHANGES_REQUESTED') {
            ignore('changes requested');
            changesRequested.push(login);
        }
        else if ((review.commit_id ?? '').toLowerCase() !== head)
            ignore('stale');
        else
            approvedBy.push(login);
    }
    const byLogin = (a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1);
    return {
        approvedBy: approvedBy.sort(byLogin),
        ignored: ignored.sort((a, b) => byLogin(a.login, b.login)),
        changesRequested: changesRequested.sort(byLogin),
        fromFork: input.fromFork,
        headSha: input.headSha,
    };
}
/**
 * Who approved a merged PR, for the record (the Runbook's 判定 entry): reviewers whose latest
 * decisive review is an approval, sorted. What counted for the gate was judged before the merge.
 */
function latestApprovers(reviews) {
    const latest = new Map();
    for (const review of chronological(reviews)) {
        if (!review.user || !DECISIVE.has(review.state))
            continue;
        latest.set(review.user.login.toLowerCase(), review);
    }
    return [...latest.values()]
        .filter((r) => r.state === 'APPROVED')
        .map((r) => r.user.login)
        .sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1));
}
/** Submitted reviews oldest first: by submitted_at, then id (GitHub's ids grow with time). */
function chronological(reviews) {
    const time = (r) => {
        const t = r.submitted_at ? Date.parse(r.submitted_at) : Number.NaN;
        return Number.isFinite(t) ? t : Number.NEGATIVE_INFINITY;
    };
    return [...reviews]
        .filter((r) => r.state !== 'PENDING')
        .sort((a, b) => {
        const ta = time(a);
        const tb = time(b);
        return ta === tb ? a.id - b.id : ta < tb ? -1 : 1;
    });
}
function shortSha(sha) {
    return sha ? sha.slice(0, 7) : 'unknown';
}
/** One sentence a reviewer can act on. */
function explainIgnored(entry) {
    const { login } = entry;
    const what = entry.state === 'APPROVED' ? 'approval' : 'review';
    switch (entry.why) {
        case 'fork':
            return `${login}'s ${what} does not count: this PR comes from a fork; open it from a branch of this repository`;
        case 'author':
            return `${login} opened this PR; the author's own ${what} does not count`;
        case 'not allowed':
            return `${login} is not an allowed approver for this PR (policy github.approvers); their ${what} does not count`;
        case 'stale':
            return `${login}'s approval is on an older commit (${shortSha(entry.commit)}); re-approve`;
        case 'changes requested':
            return `${login} requested changes; they must approve, or the review must be dismissed`;
        case 'dismissed':
            return `${login}'s review was dismissed; ask for a new review`;
    }
}
/**
 * `org/team` slugs the caller must look up (lowercased, deduplicated): those in the policy's
 * approvers and, when it names `codeowners`, those among the code owners.
 */
function teamsToResolve(entries, codeowners = []) {
    const expanded = entries.flatMap((e) => (isCodeowners(e) ? codeowners : [e]));
    return [...new Set(expanded.map(clean).filter((e) => e.includes('/')))];
}
/** Expand the policy's approvers (logins, `org/team`, `codeowners`) into logins. */
function resolveAllowedReviewers(entries, ctx) {
    const users = new Set();
    const unresolved = [];
    const addEntry = (entry) => {
        const e = clean(entry);
        if (!e)
            return false;
        if (!e.includes('/')) {
            users.add(e);
            return true;
        }
        const members = ctx.teams.get(e);
        for (const m of members ?? [])
            users.add(clean(m));
        return (members?.length ?? 0) > 0;
    };
    for (const entry of entries) {
        if (isCodeowners(entry)) {
            const owners = ctx.codeowners ?? [];
            if (owners.length === 0)
                unresolved.push('codeowners');
            for (const owner of owners)
                if (!addEntry(owner))
                    unresolved.push(`codeowners: ${owner}`);
        }
        else if (!addEntry(entry))
            unresolved.push(entry);
    }
    return { allowed: { users }, unresolved };
}
function isCodeowners(entry) {
    return entry.trim().toLowerCase() === 'codeowners';
}
function clean(entry) {
    return entry.trim().replace(/^@/, '').toLowerCase();
}

;// CONCATENATED MODULE: ./src/interpreters/book-pulls.ts


function mergedView(p) {
    return {
        number: p.number,
        url: p.url,
        body: p.body,
        author: p.author,
        labels: [...p.labels],
        mergedAt: p.mergedAt,
        approvedBy: latestApprovers(p.reviews),
    };
}
/** What a pull request is in both shapes, the book's and the planner's. */
function common(p) {
    const { number, url, title, body, author, headRef, headSha } = p;
    return { number, url, title, body, author, headRef, headSha, labels: [...p.labels] };
}
function bookPullOf(p, at, identity) {
    return {
        ...common(p),
        state: 'open',
        proposal: (0,markers/* parseProposalMarker */.aW)(p.body),
        change: null,
        files: [...p.files],
        headPhase: p.headPhase,
        openedAt: at,
        closedAt: null,
        closedBecause: null,
        mergedAt: null,
        reviews: [...p.reviews],
        statuses: p.status ? [{ sha: p.headSha, ...p.status }] : [],
        comments: p.verdictComment
            ? [{ id: p.verdictComment.id, author: identity, body: p.verdictComment.body }]
            : [],
    };
}

;// CONCATENATED MODULE: ./src/interpreters/book.ts
/**
 * The in-memory PR book: a repository's pull requests, issues, comments and statuses, and its
 * live phase, kept in memory. It is a world like GitHub: `simulate` replays a rollout on it, a
 * dry run plays a run forward on it from facts gathered on GitHub. It numbers PRs and issues
 * from one sequence, as GitHub does, so the two worlds give the same numbers for the same acts.
 * People act on it through review(), tick() and merge().
 */











class PrBook {
    o;
    pulls = [];
    /** Changed through the book only (carryOut), which keeps the views gather gives of them. */
    issues = [];
    issueViews = new Map();
    /** Files phasegate committed (the run log, the Runbook) by path, as they read after its appends. */
    files = new Map();
    notifier;
    live;
    /** The merged PR behind the live phase, and the phase before it. */
    behindLive = null;
    previousPhase = null;
    nextNumber = 1;
    nextComment = 1;
    nextSha = 1;
    identity;
    repoUrl;
    constructor(o) {
        this.o = o;
        this.live = o.live;
        this.identity = o.identity ?? 'phasegate[bot]';
        this.repoUrl = o.repoUrl ?? 'https://github.com/acme/app';
        this.notifier = o.notifier ?? new RecordingNotifier();
    }
    /** A book holding what a run gathered elsewhere (a dry run plays the run forward on it). */
    static fromFacts(f, notifier) {
        const book = new PrBook({
            policy: f.policy,
            templates: f.templates,
            live: f.live,
            records: () => f.records,
            now: () => f.now,
            checklist: f.checklist,
            codeowners: f.codeowners,
            teams: f.teams,
            identity: f.identity,
            notifier,
            recordsAt: f.recordsAt,
        });
        for (const p of f.pulls)
            book.pulls.push(bookPullOf(p, f.now, book.identity));
        if (f.merged) {
            const m = f.merged;
            const seen = {
                title: '',
                headRef: '',
                headSha: '',
                fromFork: false,
                reviews: (m.approvedBy ?? []).map((login, k) => ({
                    id: k + 1,
                    user: { login },
                    state: 'APPROVED',
                    commit_id: null,
                })),
                files: [],
                headPhase: null,
            };
            const pull = bookPullOf({ ...m, ...seen, status: null, verdictComment: null }, m.mergedAt, book.identity);
            book.behindLive = { ...pull, state: 'merged', mergedAt: m.mergedAt };
            book.pulls.push(book.behindLive);
        }
        for (const i of [...f.rcaIssues, ...(f.dashboard ? [f.dashboard] : [])]) {
            const labels = f.dashboard?.number === i.number ? [names/* DASHBOARD_LABEL */.up] : [names/* RCA_LABEL */.y4];
            book.issues.push({ ...i, labels, author: book.identity, assignees: [], comments: [] });
        }
        const numbers = [...book.pulls, ...book.issues].map((x) => x.number);
        book.nextNumber = (0,extent/* maxOf */._)(numbers, 0) + 1;
        return book;
    }
    async gather(trigger, memory) {
        const { policy } = this.o;
        const now = this.o.now();
        const phase = (0,model/* phaseById */.K6)(policy, this.live.phase);
        const at = Math.max(now, this.live.since);
        const ours = (p) => p.state === 'open' && ourProposal({ policy, identity: this.identity }, p) !== null;
        const pulls = trigger.command === 'gate'
            ? this.pulls.filter((p) => p.number === trigger.pr).map((p) => this.view(p))
            : ['propose', 'rollback', 'status'].includes(trigger.command)
                ? this.pulls.filter(ours).map((p) => this.view(p))
                : [];
        const merged = trigger.command === 'apply' ? this.pulls.find((p) => p.headSha === trigger.sha) : this.behindLive;
        const issues = (label) => this.issuesLabelled(label);
        return {
            trigger,
            now,
            policy,
            templates: this.o.templates ?? {},
            live: this.live,
            previousPhase: trigger.command === 'apply' ? this.previousPhase : null,
            records: this.o.records((0,lookback/* lookbackStart */.fe)(policy, phase, this.live.since, at, this.live.started), at),
            checklist: this.o.checklist ?? null,
            codeowners: this.o.codeowners ?? null,
            teams: this.o.teams ?? {},
            pulls,
            merged: merged?.mergedAt != null ? mergedView(merged) : null,
            rcaIssues: issues(names/* RCA_LABEL */.y4),
            dashboard: trigger.command === 'status' ? (issues(names/* DASHBOARD_LABEL */.up)[0] ?? null) : null,
            identity: this.identity,
            recordsAt: this.o.recordsAt ?? { branch: null, dir: 'reports/monitoring' },
            memory,
        };
    }
    async carryOut(i) {
        const now = this.o.now();
        switch (i.type) {
            case 'commit-records':
            case 'append-runbook':
                return this.commit(i);
            case 'open-proposal': {
                const number = this.nextNumber++;
                this.pulls.push({
                    number,
                    url: `${this.repoUrl}/pull/${number}`,
                    title: i.title,
                    body: i.body,
                    author: this.identity,
                    headRef: i.branch,
                    headSha: this.sha(),
                    labels: [...i.labels],
                    state: 'open',
                    proposal: i.proposal,
                    change: i.change,
                    files: [i.change.path],
                    headPhase: i.proposal.to,
                    openedAt: now,
                    closedAt: null,
                    closedBecause: null,
                    mergedAt: null,
                    reviews: [],
                    statuses: [],
                    comments: [],
                });
                return { status: 'done', line: `opened #${number}: ${i.title}`, number };
            }
            case 'update-proposal': {
                const p = this.pull(i.pr);
                const body = updatedProposalBody(i.body, p.body);
                Object.assign(p, { title: i.title, body, proposal: (0,markers/* parseProposalMarker */.aW)(body) });
                if (i.change)
                    Object.assign(p, {
                        change: i.change,
                        headSha: this.sha(),
                        files: [i.change.path],
                        headPhase: (0,rollout_current/* parseCurrent */.BG)(i.change.path, i.change.content ?? '', this.o.policy).phase,
                    });
                return done(`updated #${i.pr}: ${i.title}`);
            }
            case 'close-proposal': {
                const p = this.pull(i.pr);
                p.comments.push(this.comment(i.comment));
                Object.assign(p, { state: 'closed', closedAt: now, closedBecause: i.reason });
                return done(`closed #${i.pr}: ${i.reason}`);
            }
            case 'set-gate':
                this.pull(i.pr).statuses.push({ sha: i.sha, state: i.state, description: i.description });
                return done(`#${i.pr}: phasegate/verdict ${i.state}: ${i.description}`);
            case 'upsert-verdict': {
                const p = this.pull(i.pr);
                const found = p.comments.find((c) => c.id === i.comment || c.body.includes(i.marker));
                if (found)
                    found.body = i.body;
                else
                    p.comments.push(this.comment(i.body));
                return done(`#${i.pr}: verdict comment ${found ? 'updated' : 'posted'}`);
            }
            case 'merge':
                this.merge(i.pr);
                return done(`merged #${i.pr}: ${i.title}`);
            case 'lock-notice':
                return done((await this.notifier.lock(i.notice)).line);
            case 'send-slack':
                return done((await this.notifier.slack(i)).line);
            case 'open-rca':
            case 'upsert-dashboard':
                return this.upsertIssue(i);
            case 'add-label':
                this.pull(i.pr).labels.push(i.label);
                return done(`#${i.pr} labelled ${i.label}`);
            case 'post-daily-note':
                this.issue(i.issue).comments.push(this.comment(i.body));
                return done(`posted the daily note for ${i.date} on #${i.issue}`);
        }
    }
    /** Window records leave no trace in the book; the run log and the Runbook are kept in `files`. */
    commit(i) {
        const appends = i.type === 'append-runbook' ? [i.append] : i.appends;
        for (const a of appends)
            this.files.set(a.path, applyAppend(this.files.get(a.path) ?? null, a));
        if (i.type === 'commit-records')
            for (const path of i.removes ?? [])
                this.files.delete(path);
        if (i.type === 'append-runbook')
            return done(`appended to ${i.append.path}`);
        return done(`committed ${i.files.length} window record file(s)${appends.length ? ' and the run log' : ''}`);
    }
    /** A person reviews the head commit. */
    review(number, login, state = 'APPROVED') {
        const p = this.pull(number);
        p.reviews.push({
            id: p.reviews.length + 1,
            user: { login },
            state,
            commit_id: p.headSha,
            submitted_at: new Date(this.o.now()).toISOString(),
        });
    }
    /** A person ticks every box of the PR body (the QA checklist). */
    tick(number) {
        const p = this.pull(number);
        p.body = p.body.replace(/^(\s*[-*+] )\[ \]/gm, '$1[x]');
    }
    /** The newest phasegate/verdict status of a PR's head. */
    gateOf(number) {
        const p = this.pull(number);
        return p.statuses.filter((s) => s.sha === p.headSha).at(-1)?.state ?? null;
    }
    /** Merge a PR (phasegate's intent, or a person's button): its current.yaml becomes live. */
    merge(number) {
        const p = this.pull(number);
        const now = this.o.now();
        const before = this.live.phase;
        Object.assign(p, { state: 'merged', mergedAt: now, closedAt: now });
        if (p.change?.content) {
            const c = (0,rollout_current/* parseCurrent */.BG)(p.change.path, p.change.content, this.o.policy);
            this.live = {
                phase: c.phase,
                since: now,
                entered: c.entered,
                started: c.started,
                reason: c.reason,
                file: this.live.file,
            };
        }
        else if (p.headPhase) {
            // A PR gathered from GitHub (a dry run): its head's current.yaml says where it goes.
            const entered = p.proposal ? { by: p.proposal.kind, from: before } : undefined;
            const started = (0,rollout_current/* startedAfter */.oT)(this.o.policy, this.live, p.headPhase, now);
            this.live = { phase: p.headPhase, since: now, entered, started, file: this.live.file };
        }
        this.previousPhase = before;
        this.behindLive = p;
        return { sha: p.headSha };
    }
    pull(number) {
        const p = this.pulls.find((x) => x.number === number);
        if (!p)
            throw new Error(`the PR book has no pull request #${number}`);
        return p;
    }
    issue(number) {
        const i = this.issues.find((x) => x.number === number);
        if (!i)
            throw new Error(`the PR book has no issue #${number}`);
        return i;
    }
    /**
     * The issues with a label as a run gathers them, made once until an issue changes: every run of a
     * replay gathers the RCA issues, one more after each rollback.
     */
    issuesLabelled(label) {
        let views = this.issueViews.get(label);
        if (!views) {
            views = this.issues
                .filter((i) => i.labels.includes(label))
                .map(({ number, url, title, body }) => ({ number, url, title, body }));
            this.issueViews.set(label, views);
        }
        return views;
    }
    upsertIssue(i) {
        this.issueViews.clear();
        const existing = i.type === 'upsert-dashboard' && i.issue !== null
            ? this.issue(i.issue)
            : this.issues.find((x) => x.body.includes(i.marker));
        if (existing) {
            if (i.type === 'upsert-dashboard')
                existing.body = i.body;
            return done(`${i.type === 'open-rca' ? 'the RCA issue' : 'the dashboard issue'} #${existing.number} updated`);
        }
        const number = this.nextNumber++;
        this.issues.push({
            number,
            url: `${this.repoUrl}/issues/${number}`,
            title: i.title,
            body: i.body,
            labels: [...i.labels],
            author: this.identity,
            assignees: i.type === 'open-rca' ? [...i.assignees] : [],
            comments: [],
        });
        return done(`opened ${i.type === 'open-rca' ? 'the RCA issue' : 'the dashboard issue'} #${number}: ${i.title}`);
    }
    view(p) {
        const mine = p.comments.find((c) => c.author === this.identity && c.body.includes('<!-- phasegate:verdict '));
        const status = p.statuses.filter((s) => s.sha === p.headSha).at(-1);
        return {
            ...common(p),
            fromFork: false,
            reviews: [...p.reviews],
            status: status ? { state: status.state, description: status.description } : null,
            verdictComment: mine ? { id: mine.id, body: mine.body } : null,
            files: [...p.files],
            headPhase: p.headPhase,
        };
    }
    comment(body) {
        return { id: this.nextComment++, author: this.identity, body };
    }
    /** A made-up commit id, unique in the book even shortened to 7 (40 hex digits, like git's). */
    sha() {
        return (this.nextSha++).toString(16).padStart(7, '0').padEnd(40, 'b');
    }
}
function done(line) {
    return { status: 'done', line };
}

;// CONCATENATED MODULE: ./src/interpreters/dry-run.ts
/**
 * The dry-run interpreter: reads where the run really is (GitHub), then plays the run forward on
 * an in-memory PR book seeded with what it read, printing every intent and writing nothing. So a
 * dry run shows the whole run (the rollback PR, its merge, the lock notice, the RCA issue, Slack),
 * with made-up numbers for what it would create.
 */



class DryRunWorld {
    real;
    book;
    constructor(real) {
        this.real = real;
    }
    async gather(trigger, memory) {
        if (this.book)
            return this.book.gather(trigger, memory);
        const facts = await this.real.gather(trigger, memory);
        this.book = PrBook.fromFacts(facts, new notifier/* DryRunNotifier */.x());
        return facts;
    }
    async carryOut(intent) {
        if (!this.book)
            throw new Error('dry run: carryOut before gather');
        const outcome = await this.book.carryOut(intent);
        // The notifier's own line has what would be sent (the Slack text, the lock notice).
        const notice = intent.type === 'send-slack' || intent.type === 'lock-notice';
        return {
            status: outcome.status,
            line: notice ? outcome.line : `dry run: would ${describeIntent(intent)}`,
        };
    }
}

// EXTERNAL MODULE: ./src/github/client.ts
var client = __webpack_require__(6584);
// EXTERNAL MODULE: ./src/retry.ts
var retry = __webpack_require__(9809);
// EXTERNAL MODULE: ./src/rollout/codeowners.ts
var rollout_codeowners = __webpack_require__(9028);
;// CONCATENATED MODULE: ./src/interpreters/github/pulls.ts
/**
 * The open phase PRs of a run, with what the gate reads: the files each changes and the phase its
 * current.yaml names at the head (what it proposes comes from the diff, never from a marker
 * anyone can paste), its reviews, its status and phasegate's verdict comment.
 */




async function gatherPulls(ctx, trigger, policy, file, read) {
    const me = (await ctx.forge.identity()).toLowerCase();
    if (trigger.command === 'gate')
        return [await details(ctx, await ctx.forge.getPull(trigger.pr), me, policy, file)];
    // phasegate's own proposals: its marker, in a PR it opened (anyone can paste a marker).
    const open = (read?.pulls ?? (await ctx.forge.openPulls(names/* PHASEGATE_LABEL */.eH))).filter((p) => ourProposal({ policy, identity: me }, p) !== null);
    if (trigger.command === 'status')
        return open.map((p) => ({
            ...withoutDetails(p),
            reviews: [],
            status: null,
            verdictComment: null,
            files: [],
            headPhase: null,
        }));
    const out = [];
    for (const pr of open) {
        const read = pr.details;
        out.push(read ? opened(pr, read, me, policy, file) : await details(ctx, pr, me, policy, file));
    }
    return out;
}
function withoutDetails(p) {
    const { details: _, ...pull } = p;
    return pull;
}
/** The gate's reads of one PR, however they were fetched. */
function opened(pr, d, me, policy, file) {
    // Anyone can paste a marker: only the token's own comment is the sticky one.
    const mine = d.comments.find((c) => c.author.toLowerCase() === me && (0,markers/* hasVerdictMarker */.O7)(c.body, policy.rollout));
    return {
        number: pr.number,
        url: pr.url,
        title: pr.title,
        body: pr.body,
        author: pr.author,
        headRef: pr.headRef,
        headSha: pr.headSha,
        labels: pr.labels,
        fromFork: pr.fromFork,
        reviews: d.reviews,
        status: d.status,
        verdictComment: mine ? { id: mine.id, body: mine.body } : null,
        files: d.files,
        // The gate says in red when it names none.
        headPhase: (0,rollout_current/* namedPhase */.dM)(d.files.includes(file) ? d.headFile : null, policy),
    };
}
async function details(ctx, pr, me, policy, file) {
    const { forge } = ctx;
    const files = await forge.pullFiles(pr.number);
    return opened(pr, {
        files,
        headFile: files.includes(file) ? await forge.readFile(file, pr.headSha) : null,
        comments: await forge.comments(pr.number),
        reviews: await forge.reviews(pr.number),
        status: await forge.getStatus(pr.headSha, names/* STATUS_CONTEXT */.j),
    }, me, policy, file);
}

// EXTERNAL MODULE: ./src/interpreters/github/trusted.ts + 1 modules
var trusted = __webpack_require__(4071);
;// CONCATENATED MODULE: ./src/interpreters/github/gather.ts
/**
 * What a run knows, read from GitHub (through the forge port) and the checkout (the workspace
 * port). Only what the trigger's rules read is fetched: a propose run reads the open phase PRs
 * with their reviews, status and verdict comment; a status run the dashboard; an apply run the
 * pushed commit's PR. A scheduled command (collect, evaluate, propose, rollback, status) asks for
 * all of it at once (forge.readRun: one GraphQL query on GitHub); the gate and apply, which read
 * another branch or commit, ask piece by piece.
 */










async function gatherFromGithub(ctx, trigger, memory) {
    const rules = await (0,trusted/* trustedRules */.F)(ctx, trigger);
    const { policy, file } = rules;
    const now = ctx.clock.now();
    const { forge } = ctx;
    const apply = trigger.command === 'apply';
    const needsPulls = ['propose', 'rollback', 'gate', 'status'].includes(trigger.command);
    const needsIssues = apply || trigger.command === 'status' || memory.merged.length > 0;
    // The gate and apply read another branch or commit: piece by piece, below.
    const read = apply || trigger.command === 'gate'
        ? null
        : await forge.readRun(runReadRequest(trigger, policy, file, needsPulls, needsIssues));
    const { current, since, merged, before } = await livePhase(ctx, trigger, policy, file, now, read);
    const phase = (0,model/* phaseById */.K6)(policy, current.phase);
    const at = Math.max(now, since);
    // Who approved the merged change, for the Runbook's 判定 entry: only when it is announced.
    const announced = merged && (apply || memory.merged.includes(merged.number));
    return {
        trigger,
        now,
        policy,
        templates: rules.templates,
        live: {
            phase: current.phase,
            since,
            entered: current.entered,
            started: current.started,
            reason: current.reason,
            file,
        },
        previousPhase: before,
        records: await ctx.workspace.records(ctx.records, (0,lookback/* lookbackStart */.fe)(policy, phase, since, at, current.started), at),
        checklist: rules.checklist,
        codeowners: rules.codeowners,
        teams: needsPulls && trigger.command !== 'status' ? await readTeams(ctx, policy, rules.codeowners, file) : {},
        pulls: needsPulls ? await gatherPulls(ctx, trigger, policy, file, read) : [],
        merged: merged && {
            number: merged.number,
            url: merged.url,
            body: merged.body,
            author: merged.author,
            labels: merged.labels,
            mergedAt: merged.mergedAt ?? now,
            ...(announced && !merged.labels.includes(names/* APPLIED_LABEL */.tl)
                ? { approvedBy: latestApprovers(await forge.reviews(merged.number)) }
                : {}),
        },
        rcaIssues: needsIssues
            ? await ourIssues(ctx, read, names/* RCA_LABEL */.y4, (b) => (0,markers/* parseRcaMarker */.KC)(b)?.rollout === policy.rollout)
            : [],
        dashboard: trigger.command === 'status'
            ? ((await ourIssues(ctx, read, names/* DASHBOARD_LABEL */.up, (b) => (0,markers/* parseDashboardMarker */.Ao)(b, policy.rollout) !== null))[0] ?? null)
            : null,
        identity: await forge.identity(),
        runUrl: ctx.runUrl,
        recordsAt: { branch: ctx.recordsBranch || null, dir: ctx.workspace.repoPath(ctx.records) },
        memory,
    };
}
/** What a scheduled command reads at once: only what its rules read. */
function runReadRequest(trigger, policy, file, needsPulls, needsIssues) {
    const status = trigger.command === 'status';
    const details = { file, statusContext: names/* STATUS_CONTEXT */.j, commentMarker: (0,markers/* verdictMarker */.eG)(policy.rollout) };
    return {
        files: [file],
        changed: file,
        ...(needsPulls ? { pulls: { label: names/* PHASEGATE_LABEL */.eH, ...(status ? {} : { details }) } } : {}),
        issueLabels: [...(needsIssues ? [names/* RCA_LABEL */.y4] : []), ...(status ? [names/* DASHBOARD_LABEL */.up] : [])],
    };
}
/**
 * The live phase: the default branch's current.yaml (a run that merged a change sees it), or for
 * a push, the pushed commit's (the checkout); since when (the merge that made it live, not when it
 * was proposed) and by which PR; for a push, the PR it merged and the phase before it.
 */
async function livePhase(ctx, trigger, policy, file, now, read) {
    const { forge } = ctx;
    const base = read?.defaultBranch ?? (await forge.defaultBranch());
    const apply = trigger.command === 'apply';
    const text = apply ? ctx.workspace.read(file) : read ? read.files[file] : await forge.readFile(file, base);
    if (text === undefined || text === null)
        throw new input/* InputError */.dz(`${ctx.config}/current.yaml is missing; create it with the first phase`);
    const current = (0,rollout_current/* parseCurrent */.BG)(apply ? file : `${file}@${base}`, text, policy);
    const change = read ? read.lastChange : await forge.lastChange(file, apply ? trigger.sha : base);
    const pullsOfChange = read?.lastChange?.pulls ?? (change ? await forge.pullsForCommit(change.sha) : []);
    const behind = pullsOfChange.find((p) => p.mergedAt !== null);
    const changedAt = behind?.mergedAt ?? change?.at;
    const since = changedAt !== undefined && changedAt > current.since && changedAt <= now ? changedAt : current.since;
    const merged = apply
        ? ((await forge.pullsForCommit(trigger.sha)).find((p) => p.merged) ?? null)
        : (behind ?? null);
    const before = apply && trigger.before ? (0,rollout_current/* namedPhase */.dM)(await forge.readFile(file, trigger.before), policy) : null;
    return { current, since, merged, before };
}
/**
 * Members of the teams the approvers name. A team GitHub will not show (GITHUB_TOKEN cannot read
 * team membership; an App needs "Members: read") is left out with a warning, so it counts nobody.
 */
async function readTeams(ctx, policy, codeowners, file) {
    const { approvers } = policy.github;
    const entries = [...approvers.advance, ...approvers.rollback];
    const owners = codeowners && entries.some((e) => e.toLowerCase() === 'codeowners')
        ? (0,rollout_codeowners/* ownersOfAll */.ju)((0,rollout_codeowners/* parseCodeowners */.BW)(codeowners.text, codeowners.path), [file])
        : [];
    const teams = {};
    for (const team of teamsToResolve(entries, owners)) {
        try {
            teams[team] = await ctx.forge.teamMembers(team);
        }
        catch (err) {
            ctx.log.warn(`could not read the members of team ${team} (${err instanceof Error ? err.message : String(err)}); its approvals do not count. GITHUB_TOKEN cannot read teams: use an App token with "Members: read" (docs/setup.md)`);
        }
    }
    return teams;
}
/** Open issues with `label` whose body is ours (`mine`) and that the token wrote. */
async function ourIssues(ctx, read, label, mine) {
    const me = (await ctx.forge.identity()).toLowerCase();
    return (read?.issues[label] ?? (await ctx.forge.findIssues(label)))
        .filter((i) => mine(i.body) && i.author.toLowerCase() === me)
        .map((i) => ({ number: i.number, url: i.url, title: i.title, body: i.body }));
}

;// CONCATENATED MODULE: ./src/interpreters/github/world.ts
/**
 * The GitHub interpreter: carries out intents through the forge port and the notifier port,
 * deciding nothing. Every create goes through createOnce, which looks first, and looks again
 * after a create whose answer was lost: a run racing this one, or a POST that landed unseen, is
 * found instead of made twice.
 */






class GitHubWorld {
    ctx;
    constructor(ctx) {
        this.ctx = ctx;
    }
    gather(trigger, memory) {
        return gatherFromGithub(this.ctx, trigger, memory);
    }
    async carryOut(i) {
        const { forge, notifier } = this.ctx;
        switch (i.type) {
            case 'commit-records': {
                // Idempotent by itself: the same files on the branch make the same tree, and no commit;
                // an append whose marker the file holds changes nothing.
                const branch = i.branch ?? (await forge.defaultBranch());
                const removes = (i.removes ?? []).map((path) => ({ path, edit: () => null }));
                const commit = await forge.commitFiles(branch, i.files, i.message, [
                    ...i.appends.map(edit),
                    ...removes,
                ]);
                const log = i.appends.length ? ' and the run log' : '';
                return world_done(commit
                    ? `committed ${i.files.length} window record file(s)${log} to ${branch} as ${commit.sha.slice(0, 7)}`
                    : `${branch} already holds these window records${log}`);
            }
            case 'append-runbook': {
                const branch = i.branch ?? (await forge.defaultBranch());
                const commit = await forge.commitFiles(branch, [], i.message, [edit(i.append)]);
                return world_done(commit
                    ? `appended to ${i.append.path} on ${branch} as ${commit.sha.slice(0, 7)}`
                    : `${i.append.path} on ${branch} already holds these entries`);
            }
            case 'open-proposal':
                return this.openProposal(i);
            case 'update-proposal':
                return this.updateProposal(i);
            case 'close-proposal':
                await this.comment(i.pr, i.comment, (body) => body === i.comment);
                await forge.updatePull(i.pr, { state: 'closed' });
                return world_done(`closed #${i.pr}: ${i.reason}`);
            case 'set-gate':
                await forge.setStatus(i.sha, {
                    context: names/* STATUS_CONTEXT */.j,
                    state: i.state,
                    description: i.description,
                    url: this.ctx.runUrl,
                });
                return world_done(`#${i.pr}: ${names/* STATUS_CONTEXT */.j} ${i.state}: ${i.description}`);
            case 'upsert-verdict':
                return this.upsertVerdict(i);
            case 'merge':
                return this.merge(i);
            case 'lock-notice':
                return delivered(await notifier.lock(i.notice));
            case 'open-rca':
                return this.openRca(i);
            case 'send-slack':
                return delivered(await notifier.slack(i));
            case 'add-label':
                await forge.addLabels(i.pr, [i.label]);
                return world_done(`#${i.pr} labelled ${i.label}`);
            case 'upsert-dashboard':
                return this.upsertDashboard(i);
            case 'post-daily-note': {
                const { made } = await this.comment(i.issue, i.body, (body) => body.includes(i.marker));
                return world_done(made
                    ? `posted the daily note for ${i.date} on #${i.issue}`
                    : `the daily note for ${i.date} is already on #${i.issue}`);
            }
        }
    }
    /**
     * The one way this interpreter creates anything: look for it first; when a create fails without
     * saying whether it happened (no answer, a 5xx), look again before trying again, on the plan's
     * back-off. The client never retries such a create by itself (src/github/client.ts).
     */
    async createOnce(look, create) {
        const found = await look();
        if (found !== null && found !== undefined)
            return { made: false, value: found };
        for (let attempt = 0;; attempt++) {
            try {
                return { made: true, value: await create() };
            }
            catch (err) {
                if (!(0,client/* isAmbiguousFailure */.Jh)(err) || attempt >= retry/* PLAN_BACKOFF_MS */.C1.length)
                    throw err;
                const landed = await look();
                if (landed !== null && landed !== undefined) {
                    this.ctx.log.warn(`a create's answer was lost (${(0,client/* messageOf */.bD)(err)}), but it landed: kept it`);
                    return { made: true, value: landed };
                }
                await this.ctx.clock.sleep(retry/* PLAN_BACKOFF_MS */.C1[attempt]);
            }
        }
    }
    async openProposal(i) {
        const { forge } = this.ctx;
        let refused = null;
        const { made, value: pr } = await this.createOnce(() => forge.findOpenPull(i.branch), async () => {
            const base = await forge.defaultBranch();
            await forge.proposalBranch(i.branch, base, [i.change], i.title);
            const opened = await forge.createPull({ branch: i.branch, base, title: i.title, body: i.body });
            await forge.addLabels(opened.number, i.labels);
            refused = await forge.requestReviewers(opened.number, i.reviewers);
            return opened;
        });
        return {
            status: 'done',
            number: pr.number,
            line: made
                ? `opened #${pr.number}: ${i.title}`
                : `#${pr.number} was already open for ${i.branch}: ${i.title}`,
            warning: refused
                ? `#${pr.number}: could not request reviewers ${i.reviewers.join(', ')}: ${refused}`
                : undefined,
        };
    }
    /**
     * The description is read again just before the write, so a box ticked since the run gathered
     * stays ticked, and it is written only when it changes (every edit fires pull_request.edited).
     */
    async updateProposal(i) {
        const { forge } = this.ctx;
        if (i.change)
            await forge.proposalBranch(i.branch, await forge.defaultBranch(), [i.change], i.title);
        const now = await forge.getPull(i.pr);
        const body = updatedProposalBody(i.body, now.body);
        const edit = {
            ...(body !== now.body ? { body } : {}),
            ...(i.title !== now.title ? { title: i.title } : {}),
        };
        const repointed = i.change ? ' (re-pointed at the live phase)' : '';
        if (!Object.keys(edit).length)
            return world_done(`#${i.pr}${repointed}: the description is already current`);
        await forge.updatePull(i.pr, edit);
        return world_done(`updated #${i.pr}${repointed}: ${i.title}`);
    }
    async upsertVerdict(i) {
        const { forge } = this.ctx;
        const { made, value: id } = await this.createOnce(async () => i.comment ?? (await this.findComment(i.pr, (body) => body.includes(i.marker))), async () => (await forge.createComment(i.pr, i.body)).id);
        if (!made)
            await forge.updateComment(id, i.body);
        return world_done(`#${i.pr}: verdict comment ${made ? 'posted' : 'updated'}`);
    }
    /** GitHub refuses merges that break branch protection (405) or race a push (409): a warning. */
    async merge(i) {
        try {
            await this.ctx.forge.mergePull(i.pr, i.sha, i.title);
            return world_done(`merged #${i.pr}: ${i.title}`);
        }
        catch (err) {
            const status = (0,client/* statusOf */.c2)(err);
            if (status !== 405 && status !== 409 && status !== 422)
                throw err;
            return {
                status: 'refused',
                protection: status === 405,
                line: `#${i.pr} was not merged`,
                warning: status === 405
                    ? `#${i.pr}: GitHub refused the merge (405: ${(0,client/* messageOf */.bD)(err)}); a person must merge it. To let phasegate merge rollbacks, run it with a GitHub App token that the ruleset lists as a bypass actor (docs/setup.md, "Rollbacks under protection")`
                    : `#${i.pr}: GitHub refused the merge (${status}: ${(0,client/* messageOf */.bD)(err)}); it waits for a merge by hand`,
            };
        }
    }
    /**
     * The RCA issue, assigned to the Reporter. GitHub refuses (422) an assignee without access to
     * the repository; the issue is then opened unassigned with a comment naming who to assign, so
     * a typo in the policy never costs the RCA.
     */
    async openRca(i) {
        const { forge } = this.ctx;
        let refused = null;
        const { made, value: issue } = await this.createOnce(() => this.ourIssue(names/* RCA_LABEL */.y4, i.marker), async () => {
            const issue = { title: i.title, body: i.body, labels: i.labels, assignees: i.assignees };
            try {
                return await forge.createIssue(issue);
            }
            catch (err) {
                if (!i.assignees.length || !(0,client/* isInvalidField */.GE)(err, ['assignees', 'assignee']))
                    throw err;
                refused = (0,client/* messageOf */.bD)(err);
                return await forge.createIssue({ ...issue, assignees: [] });
            }
        });
        if (!made)
            return world_done(`the RCA issue #${issue.number} is already open`);
        if (refused) {
            const who = `@${i.assignees.join(', @')}`;
            await this.comment(issue.number, `GitHub would not assign this issue to ${who} (${refused}). Assign the owner by hand; if ${who} should own RCAs, give them access to the repository or fix \`github.reporter\` in the policy.`, (body) => body.startsWith('GitHub would not assign this issue'));
            return {
                status: 'done',
                line: `opened the RCA issue #${issue.number} unassigned: ${i.title}`,
                warning: `#${issue.number}: GitHub refused the assignee ${who} (${refused}); opened it unassigned and said so on the issue`,
            };
        }
        const who = i.assignees.length ? `, assigned to @${i.assignees.join(', @')}` : '';
        return world_done(`opened the RCA issue #${issue.number}${who}: ${i.title}`);
    }
    async upsertDashboard(i) {
        const { forge } = this.ctx;
        const { made, value: issue } = await this.createOnce(async () => (i.issue !== null ? { number: i.issue } : await this.ourIssue(names/* DASHBOARD_LABEL */.up, i.marker)), () => forge.createIssue({ title: i.title, body: i.body, labels: i.labels, assignees: [] }));
        if (!made) {
            await forge.updateIssue(issue.number, { body: i.body });
            return world_done(`updated the dashboard issue #${issue.number}`);
        }
        if (this.ctx.pinDashboard === false)
            return world_done(`opened the dashboard issue #${issue.number}`);
        // Pinned so it heads the issue list; a repository pins at most 3 issues, so this may fail.
        try {
            await forge.pinIssue(issue.number);
        }
        catch (err) {
            return {
                status: 'done',
                line: `opened the dashboard issue #${issue.number}`,
                warning: `could not pin the dashboard issue #${issue.number}: ${err instanceof Error ? err.message : String(err)}`,
            };
        }
        return world_done(`opened and pinned the dashboard issue #${issue.number}`);
    }
    /** An open issue with `label` that the token wrote and that carries `marker`, or null. */
    async ourIssue(label, marker) {
        const me = (await this.ctx.forge.identity()).toLowerCase();
        return ((await this.ctx.forge.findIssues(label)).find((x) => x.author.toLowerCase() === me && x.body.includes(marker)) ?? null);
    }
    /** Post `body` on an issue unless a comment of ours already matches. */
    comment(issue, body, same) {
        return this.createOnce(() => this.findComment(issue, same), async () => (await this.ctx.forge.createComment(issue, body)).id);
    }
    async findComment(issue, match) {
        const me = (await this.ctx.forge.identity()).toLowerCase();
        const found = (await this.ctx.forge.comments(issue)).find((c) => c.author.toLowerCase() === me && match(c.body));
        return found?.id ?? null;
    }
}
/** An append as a forge edit: applied to the file as the branch holds it just before the commit. */
function edit(a) {
    return { path: a.path, edit: (text) => applyAppend(text, a) };
}
function world_done(line) {
    return { status: 'done', line };
}
/** A delivery the adapter skipped (not configured) is a warning; a dry run's is not. */
function delivered(d) {
    return {
        status: 'done',
        line: d.line,
        warning: d.skipped && d.skipped !== 'dry run' ? d.skipped : undefined,
    };
}

;// CONCATENATED MODULE: ./src/plan/facts.ts
function emptyMemory() {
    return { done: [], refused: [], merged: [], protected: [] };
}

// EXTERNAL MODULE: ./src/rollout/decide.ts + 5 modules
var decide = __webpack_require__(7414);
// EXTERNAL MODULE: ./src/notify/compose.ts + 1 modules
var compose = __webpack_require__(7861);
// EXTERNAL MODULE: ./src/notify/messages.ts
var messages = __webpack_require__(8301);
// EXTERNAL MODULE: ./src/policy/holidays.ts + 1 modules
var holidays = __webpack_require__(7298);
// EXTERNAL MODULE: ./src/rollout/business-days.ts
var business_days = __webpack_require__(6299);
// EXTERNAL MODULE: ./src/plan/runbook.ts + 2 modules
var plan_runbook = __webpack_require__(2612);
;// CONCATENATED MODULE: ./src/plan/announce.ts
/**
 * Rules after a phase change merged (the `apply` run on the push, or the run that merged a
 * rollback itself): tell people and systems, once. In order:
 *
 * 1. A change already labelled `phasegate:applied` is announced: nothing to do.
 * 2. Rollback: the UI's read-only lock notice first, since it stops users writing into a
 *    rolled-back feature (when the policy sets `notify.lock`).
 * 3. The Slack message from the policy's template. The plan's order is lock, Slack, RCA (SPEC
 *    "Roll back"), so nothing GitHub may refuse (an RCA assignee's 422) can hold people's news
 *    back; the message says the RCA issue follows, or links it when a re-run finds it open.
 * 4. Rollback: the root-cause-analysis issue, assigned to the Reporter and due one business day
 *    later, unless one is open for this rollback.
 * 5. The Runbook: the change's 判定 entry and, for a rollback, its ロールバック entry with the RCA
 *    issue (runbook.ts rule 2), once that issue exists.
 * 6. The label `phasegate:applied`, so no later run announces it again.
 *
 * Notifications leave no trace on GitHub until the label: within a run, the run's memory keeps
 * them from going out twice; across runs, the lock notice keeps its delivery id (receivers drop
 * the duplicate).
 */








function planAnnounce(f, change, out) {
    const { policy, live } = f;
    const { pull } = change;
    if (pull?.labels.includes(names/* APPLIED_LABEL */.tl)) {
        out.notes.push(`#${pull.number} was already announced: nothing to send`);
        return;
    }
    const mergedAt = pull?.mergedAt ?? live.since;
    // Names this rollback in keys and the RCA marker: the PR, or from, to and when.
    const id = pull ? String(pull.number) : `${change.from}.${change.to}.${compactInstant(mergedAt)}`;
    const phaseChange = {
        kind: change.kind,
        from: change.from,
        to: change.to,
        mergedAt,
        cause: live.entered?.cause ?? live.reason,
        pr: pull ? { number: pull.number, url: pull.url } : undefined,
    };
    const done = (key) => f.memory.done.includes(key);
    const rca = change.kind === 'rollback'
        ? f.rcaIssues.find((i) => {
            const m = (0,markers/* parseRcaMarker */.KC)(i.body);
            return m?.rollout === policy.rollout && m.id === id;
        })
        : undefined;
    if (change.kind === 'rollback') {
        const notice = (0,messages/* lockNotice */.GX)(policy, phaseChange);
        const lockKey = `lock:${policy.rollout}:${id}`;
        if (notice && !done(lockKey))
            out.intents.push({ type: 'lock-notice', key: lockKey, notice });
    }
    const slackKey = `slack:${policy.rollout}:${id}`;
    if (!done(slackKey)) {
        const facts = { ...phaseChange, rcaUrl: rca?.url, rcaNext: change.kind === 'rollback' && !rca };
        const n = (0,compose/* composeNotification */.Mv)(policy, facts, f.templates);
        out.intents.push({ type: 'send-slack', key: slackKey, kind: n.kind, text: n.text, template: n.template });
    }
    if (change.kind === 'rollback' && !rca) {
        // Labelled next pass, once the issue exists: a run that dies before it tries again.
        out.intents.push(rcaIntent(policy, phaseChange, id));
        return;
    }
    const runbook = (0,plan_runbook/* runbookOfChange */.e1)(f, phaseChange, id, rca);
    if (runbook)
        out.intents.push(runbook);
    if (pull)
        out.intents.push({
            type: 'add-label',
            key: `applied:#${pull.number}`,
            pr: pull.number,
            label: names/* APPLIED_LABEL */.tl,
        });
}
/** 2026-11-17T11:07:00.000Z → 20261117T1107Z (a marker token). */
function compactInstant(t) {
    return new Date(t)
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\d\d\.\d{3}Z$/, 'Z');
}
function rcaIntent(policy, change, id) {
    const due = (0,business_days/* dueAfterBusinessDays */.c9)(change.mergedAt, 1, policy.timezone, policy.holidays);
    const phase = (0,model/* phaseById */.K6)(policy, change.from);
    const reporter = policy.github.reporter;
    const body = [
        (0,markers/* rcaMarker */.TM)(policy.rollout, id),
        `The **${policy.rollout}** rollout was rolled back from **${change.from}**${phase ? ` (${phase.name})` : ''} to **${change.to}** at ${new Date(change.mergedAt).toISOString()}${change.pr ? ` by #${change.pr.number}` : ''}.`,
        '',
        `**Due: ${due.date}** (one business day after the rollback, ${policy.timezone}; ${(0,holidays/* skippedDays */.gV)(policy.holidays)} skipped).${reporter ? ` Owner: @${reporter}.` : ''}`,
        '',
        '### Cause',
        '',
        change.cause ? change.cause : '_See the rollback pull request for the rules that fired._',
        '',
        '### To share',
        '',
        '- [ ] Timeline: first bad window, detection, rollback',
        '- [ ] Root cause',
        '- [ ] Fix and how it was verified',
        "- [ ] Conditions to resume (the recovery watch restarts from the policy's restart phase)",
        phase?.rollback.note ? `\n> ${phase.rollback.note}` : '',
    ].join('\n');
    return {
        type: 'open-rca',
        key: `rca:${policy.rollout}:${id}`,
        marker: (0,markers/* rcaMarker */.TM)(policy.rollout, id),
        title: `RCA: ${policy.rollout} rolled back ${change.from} → ${change.to} (due ${due.date})`,
        body,
        labels: [names/* RCA_LABEL */.y4, names/* PHASEGATE_LABEL */.eH],
        assignees: reporter ? [reporter] : [],
    };
}

// EXTERNAL MODULE: ./src/render/time.ts
var time = __webpack_require__(2891);
;// CONCATENATED MODULE: ./src/render/comment.ts





const GATE_HEAD = {
    success: '✅ gate passed: this pull request may be merged',
    failure: '❌ gate failed: do not merge yet',
    pending: '⏳ gate pending',
};
const LIMIT = "GitHub's 65,536-character limit";
function renderVerdictComment(input) {
    const { policy, evaluation: ev, gate } = input;
    const tz = policy.timezone;
    const local = `${(0,time/* localStamp */.t)(input.at, tz)} ${tz}`;
    const parts = [
        { text: (0,markers/* verdictMarker */.eG)(policy.rollout) },
        {
            text: `Updated ${(0,format/* formatInstant */.r4)(input.at)} (${local}) for commit \`${input.sha.slice(0, 7)}\`.`,
        },
        ...(gate
            ? [
                {
                    text: [`#### ${GATE_HEAD[gate.state]}`, '', ...gate.reasons.map((r) => `- ${oneLine(r)}`)].join('\n'),
                    cut: true,
                },
            ]
            : []),
        { text: (0,verdict/* renderVerdictMarkdown */.d1)(policy, ev, input.records).trimEnd(), cut: true },
        {
            text: '<sub>phasegate keeps this comment up to date on every push, review and scheduled run.</sub>',
        },
    ];
    return `${(0,limits/* fitParts */.u5)(parts, { max: limits/* BODY_MAX_CHARS */.sU, limitText: LIMIT })}\n`;
}
function oneLine(text) {
    return text.replace(/\s*\n\s*/g, ' ');
}

// EXTERNAL MODULE: ./src/rollout/checklist.ts
var checklist = __webpack_require__(8985);
;// CONCATENATED MODULE: ./src/rollout/gate.ts
/**
 * The phase gate: the `phasegate/verdict` commit status of a phase PR, from the SLO evaluation,
 * the counted approvals and the QA checklist ticks. Pure; the caller gathers the inputs.
 *
 * - advance and restart: the evaluation must agree with the change, `required` approvals must
 *   count, and every checklist item of the target phase must be ticked.
 * - rollback: only approvals, and only when the policy requires some (required > 0); a rollback
 *   never waits on SLOs or the checklist, since it is how a failing phase is left.
 * - A change request by an allowed reviewer blocks while approvals are required, as on GitHub.
 * - A PR from a fork never passes: phase changes come from branches of the repository.
 * - Anything missing is red (failure), not pending: the check must block the merge button.
 *   `pending` is for the caller to post while it works (pendingVerdict).
 */

/** GitHub refuses commit status descriptions longer than this. */
const STATUS_DESCRIPTION_LIMIT = 140;
function gateVerdict(input) {
    const { required, approvals, checklist } = input;
    if (!Number.isInteger(required) || required < 0) {
        throw new RangeError(`required approvals must be a whole number ≥ 0, got ${required}`);
    }
    const strict = input.kind !== 'rollback';
    const results = [
        sloCheck(input, strict),
        ...(approvals.fromFork ? [forkCheck()] : []),
        approvalsCheck(input),
        ...(strict || checklist.ticked.length + checklist.unticked.length > 0
            ? [checklistCheck(input, strict)]
            : []),
    ];
    const checks = results.map((r) => r.check);
    const failing = checks.filter((c) => c.required && !c.ok);
    if (failing.length === 0) {
        const passed = results.flatMap((r) => (r.passed ? [r.passed] : []));
        return {
            state: 'success',
            description: fitDescription(`Ready to merge: ${passed.join(', ')}`),
            reasons: checks.map((c) => c.detail),
            checks,
        };
    }
    const reasons = [];
    for (const check of failing) {
        reasons.push(check.detail);
        if (check.name === 'approvals') {
            for (const entry of approvals.ignored)
                if (entry.why !== 'fork')
                    reasons.push(explainIgnored(entry));
        }
        if (check.name === 'checklist')
            reasons.push(...checklist.unticked.map((t) => `not ticked: "${t}"`));
    }
    const blocked = results.flatMap((r) => r.blocked ?? []);
    return { state: 'failure', description: fitDescription(`Blocked: ${blocked.join('; ')}`), reasons, checks };
}
/** Advance and restart need the SLOs to agree; a rollback shows them for information only. */
function sloCheck(input, strict) {
    const { kind, evaluationAgrees: ok, evaluationDetail: detail } = input;
    if (!strict) {
        return {
            check: {
                name: 'slo',
                ok,
                required: false,
                detail: `SLO evaluation (a rollback does not wait for it): ${detail}`,
            },
        };
    }
    return {
        check: {
            name: 'slo',
            ok,
            required: true,
            detail: ok ? `SLOs support this ${kind}: ${detail}` : `SLOs do not support this ${kind}: ${detail}`,
        },
        ...(ok ? { passed: 'SLOs agree' } : { blocked: ['SLOs do not agree'] }),
    };
}
function forkCheck() {
    return {
        check: {
            name: 'source',
            ok: false,
            required: true,
            detail: 'this PR comes from a fork; phase changes must come from a branch of this repository',
        },
        blocked: ['PR from a fork'],
    };
}
function approvalsCheck(input) {
    const { kind, approvals, required } = input;
    const count = approvals.approvedBy.length;
    const who = count > 0 ? ` (${approvals.approvedBy.join(', ')})` : '';
    if (required === 0) {
        return {
            check: { name: 'approvals', ok: true, required: false, detail: `no approval required${who}` },
            passed: kind === 'rollback' ? 'rollback needs no approval' : 'no approval needed',
        };
    }
    const changes = approvals.changesRequested;
    const enough = count >= required;
    const ok = enough && changes.length === 0 && !approvals.fromFork;
    const detail = enough
        ? `approvals ${count}/${required}${who}`
        : `needs ${required} ${plural(required, 'approval')} from an allowed reviewer on the head commit ` +
            `(${approvals.headSha.slice(0, 7)}); has ${count}${who}`;
    const blocked = [
        ...(enough ? [] : [`approvals ${count}/${required}`]),
        ...(changes.length > 0 ? [`changes requested by ${changes.join(', ')}`] : []),
    ];
    return {
        check: { name: 'approvals', ok, required: true, detail },
        ...(ok ? { passed: `${count}/${required} ${plural(required, 'approval')}` } : { blocked }),
    };
}
function checklistCheck(input, strict) {
    const total = input.checklist.ticked.length + input.checklist.unticked.length;
    const unticked = input.checklist.unticked.length;
    const ok = unticked === 0;
    const detail = total === 0
        ? 'QA checklist: no items for this phase'
        : ok
            ? `QA checklist: ${total}/${total} items ticked`
            : `QA checklist: ${unticked} of ${total} ${plural(total, 'item')} not ticked in the PR body`;
    if (!strict) {
        return {
            check: {
                name: 'checklist',
                ok,
                required: false,
                detail: `${detail} (a rollback does not wait for it)`,
            },
        };
    }
    return {
        check: { name: 'checklist', ok, required: true, detail },
        ...(ok
            ? { passed: total === 0 ? 'no checklist items' : `checklist ${total}/${total}` }
            : { blocked: [`${unticked} checklist ${plural(unticked, 'item')} unticked`] }),
    };
}
/** What the caller posts while it evaluates, so a stale green never lingers. */
function pendingVerdict(why) {
    return { state: 'pending', description: fitDescription(why), reasons: [why], checks: [] };
}
/** Cut to GitHub's status description limit on a code point boundary, marking the cut. */
function fitDescription(text, limit = STATUS_DESCRIPTION_LIMIT) {
    const points = [...text.replace(/\s+/g, ' ').trim()];
    return points.length <= limit ? points.join('') : `${points.slice(0, limit - 1).join('')}…`;
}
function plural(n, word) {
    return n === 1 ? word : `${word}s`;
}

;// CONCATENATED MODULE: ./src/plan/gate.ts
/**
 * Rules of the gate: the `phasegate/verdict` status and the sticky verdict comment of one phase
 * PR. Red while the SLOs do not support the change, approvals are missing, or the target phase's
 * QA checklist is not ticked in the PR body (rollout/gate.ts decides; here are the inputs and the
 * writes). A status is posted only when it would say something new (statuses are append-only on
 * GitHub); the comment is written only when its text changed.
 */







/** Gate one open phase PR, on what it changes (change.ts); returns the verdict (a merge waits for success). */
function planGate(f, ev, pull, change, out) {
    const { policy } = f;
    const { kind } = change;
    const d = ev.decision;
    let agrees;
    let detail;
    if (change.problem) {
        agrees = false;
        detail = change.problem;
    }
    else if (kind === 'rollback') {
        agrees = true;
        detail = 'a rollback needs no SLO verdict';
    }
    else {
        agrees = d.action === kind && d.to === change.to;
        detail = agrees ? d.reasons[0] : `the verdict is ${d.reasons[0]}`;
    }
    const fromPhase = (0,model/* phaseById */.K6)(policy, change.from);
    const required = kind === 'rollback' && fromPhase?.rollback.approval === 'none' ? 0 : policy.github.approvals;
    const entries = kind === 'rollback' ? policy.github.approvers.rollback : policy.github.approvers.advance;
    const codeowners = entries.some((e) => e.toLowerCase() === 'codeowners') ? ownersOfLive(f, out) : [];
    const teams = new Map(Object.entries(f.teams).map(([k, v]) => [k.toLowerCase(), v]));
    const resolved = resolveAllowedReviewers(entries, { codeowners, teams });
    const approvals = countApprovals({
        reviews: pull.reviews,
        author: pull.author,
        headSha: pull.headSha,
        fromFork: pull.fromFork,
        allowed: resolved.allowed,
    });
    const checklist = kind === 'rollback' ? { ticked: [], unticked: [] } : ticks(f, pull, change.to, out);
    const verdict = gateVerdict({
        kind,
        evaluationAgrees: agrees,
        evaluationDetail: detail,
        approvals,
        required,
        checklist,
    });
    // Every review that does not count is shown with why, even when enough others do.
    const allReasons = [
        ...new Set([
            ...verdict.reasons,
            ...approvals.ignored.map(explainIgnored),
            ...resolved.unresolved.map((u) => `approver "${u}" resolves to nobody`),
        ]),
    ];
    setStatus(pull, verdict.state, verdict.description, out);
    const body = renderVerdictComment({
        policy,
        evaluation: ev,
        sha: pull.headSha,
        at: f.now,
        gate: { state: verdict.state, reasons: allReasons },
        records: f.records,
    });
    if (pull.verdictComment?.body !== body) {
        out.intents.push({
            type: 'upsert-verdict',
            key: `verdict:#${pull.number}`,
            pr: pull.number,
            comment: pull.verdictComment?.id ?? null,
            marker: (0,markers/* verdictMarker */.eG)(policy.rollout),
            body,
        });
    }
    return { ...verdict, allReasons };
}
/** A PR that does not change the phase passes: the required check must not block ordinary PRs. */
function planNotAPhaseChange(f, pull, out) {
    setStatus(pull, 'success', 'not a phase change', out);
    out.notes.push(`#${pull.number} does not change ${f.live.file}: not a phase change`);
}
function setStatus(pull, state, description, out) {
    if (pull.status?.state === state && pull.status.description === description)
        return;
    out.intents.push({
        type: 'set-gate',
        key: `gate:#${pull.number}@${pull.headSha}`,
        pr: pull.number,
        sha: pull.headSha,
        state,
        description,
    });
}
/** Owners of the current-phase file by the repository's CODEOWNERS, as logins and org/team. */
function ownersOfLive(f, out) {
    if (!f.codeowners) {
        out.warnings.push('approvers name "codeowners" but the repository has no CODEOWNERS file');
        return [];
    }
    return (0,rollout_codeowners/* ownersOfAll */.ju)((0,rollout_codeowners/* parseCodeowners */.BW)(f.codeowners.text, f.codeowners.path), [f.live.file]);
}
function ticks(f, pull, to, out) {
    const file = f.policy.github.checklist;
    if (!f.checklist) {
        out.warnings.push(`${file} not found: no QA checklist items are required`);
        return { ticked: [], unticked: [] };
    }
    const parsed = (0,checklist/* parseChecklist */.W2)(f.checklist.text, { file, phases: (0,model/* phaseIds */.ab)(f.policy) });
    return (0,checklist/* checkTicked */.Zl)(pull.body, (0,checklist/* itemsFor */.gK)(parsed, to));
}

;// CONCATENATED MODULE: ./src/plan/out.ts
function newOut() {
    return { intents: [], notes: [], warnings: [] };
}

// EXTERNAL MODULE: ./src/plan/charts.ts
var charts = __webpack_require__(3862);
// EXTERNAL MODULE: ./src/plan/trigger-error.ts
var trigger_error = __webpack_require__(5888);
;// CONCATENATED MODULE: ./src/plan/proposals.ts
/**
 * Rules of the scheduled run (and of a rollback asked for by hand): which phase-change PR to open
 * or bring up to date, which open ones are stale, the gate of every open one, and the merge of a
 * rollback that needs no approval. Rules, in the order their intents happen:
 *
 * 1. The decision (or the manual rollback) wants a PR: open it. An open one keeps its text as
 *    proposed (the live verdict is the sticky comment's; rewriting the body would race a person
 *    ticking a box and fire pull_request.edited every run), unless it was made from another phase:
 *    then its branch and text are redone on the live phase, ticked boxes kept. A new PR is gated
 *    in the next pass, once it exists.
 * 2. A proposal made from a phase that is no longer live is closed with a comment.
 * 3. While a rollback from the live phase is open, every other proposal is closed; while one is
 *    about to be opened, the others wait for it (they are closed next pass, naming it).
 * 4. Every other open proposal is gated (gate.ts): SLOs move without any PR event.
 * 5. A rollback from a phase with `rollback.approval: none` is merged once its gate is green,
 *    unless GitHub refused that merge earlier in this run. When branch protection refused it (405:
 *    rules the token cannot bypass, e.g. GITHUB_TOKEN's; not a race's 409), Slack says once that a person must merge it, and
 *    the PR is labelled so later runs (which try the merge again) do not say it again.
 * 6. The change this run merged is announced (announce.ts).
 */












const HOUR = 3_600_000;
function planProposals(f, ev, out) {
    const ours = f.pulls
        .map((pull) => ({ pull, proposal: ourProposal(f, pull) }))
        .filter((o) => o.proposal !== null);
    const want = wanted(f, ev, out);
    const branch = want && proposalBranch(f.policy.rollout, want.kind, want.to);
    const existing = ours.find((o) => o.pull.headRef === branch);
    const redone = want ? planWanted(f, ev, want, existing, out) : false;
    const open = planStale(f, ours, { existing, redone, rollbackComing: want?.kind === 'rollback' && !existing }, out);
    for (const o of open)
        planGateAndMerge(f, ev, o, out);
    // Rule 6: announce what this run merged.
    if (f.merged && f.memory.merged.includes(f.merged.number)) {
        const proposal = (0,markers/* parseProposalMarker */.aW)(f.merged.body);
        if (proposal?.rollout === f.policy.rollout)
            planAnnounce(f, { ...proposal, pull: f.merged }, out);
    }
}
/** Rule 1: open the wanted proposal, or redo the open one made from another phase. True when redone. */
function planWanted(f, ev, want, existing, out) {
    const { policy, live } = f;
    const branch = proposalBranch(policy.rollout, want.kind, want.to);
    const key = `proposal:${branch}`;
    if (existing && existing.proposal.from === live.phase) {
        out.notes.push(`#${existing.pull.number} is open: ${existing.pull.title}`);
        return false;
    }
    const text = proposalText(f, ev, want, existing?.pull.body);
    if (!existing) {
        out.intents.push({
            type: 'open-proposal',
            key,
            proposal: { rollout: policy.rollout, kind: want.kind, from: live.phase, to: want.to },
            branch,
            ...text,
            reviewers: policy.github.reviewers,
        });
        return false;
    }
    const { title, body, change } = text;
    out.intents.push({ type: 'update-proposal', key, pr: existing.pull.number, branch, title, body, change });
    return true;
}
/**
 * Rules 2 and 3: close the proposals made stale; returns those left to gate. A redone proposal
 * has a new head, gated next pass on that commit; while a rollback is about to open, the others
 * wait for it (next pass closes them, naming it).
 */
function planStale(f, ours, o, out) {
    const { live } = f;
    const rollback = ours.find((x) => x.proposal.kind === 'rollback' && x.proposal.from === live.phase);
    const open = [];
    for (const x of ours) {
        if (x === o.existing) {
            if (!o.redone)
                open.push(x);
            continue;
        }
        const stale = x.proposal.from !== live.phase
            ? `the live phase is now ${live.phase}`
            : rollback && x !== rollback && x.proposal.kind !== 'rollback'
                ? `a rollback was proposed in #${rollback.pull.number}`
                : null;
        if (stale) {
            out.intents.push({
                type: 'close-proposal',
                key: `close:#${x.pull.number}`,
                pr: x.pull.number,
                reason: stale,
                comment: `phasegate closed this proposal: ${stale}.`,
            });
        }
        else if (!(o.rollbackComing && x.proposal.kind !== 'rollback'))
            open.push(x);
    }
    return open;
}
/**
 * Rules 4 and 5: gate an open proposal on what its branch changes (change.ts), as its gate event
 * does; merge it when that is a rollback that needs no approval.
 */
function planGateAndMerge(f, ev, o, out) {
    const { pull } = o;
    const change = changeOf(f, ev, pull);
    const verdict = planGate(f, ev, pull, change, out);
    const key = `merge:#${pull.number}`;
    if (change.kind === 'rollback' &&
        change.problem === null &&
        (0,model/* phaseById */.K6)(f.policy, change.from)?.rollback.approval === 'none' &&
        verdict.state === 'success' &&
        !f.memory.refused.includes(key)) {
        out.intents.push({ type: 'merge', key, pr: pull.number, sha: pull.headSha, title: pull.title });
        out.notes.push(`#${pull.number}: ${change.from}'s rollback needs no approval: merging at once`);
    }
    else if (f.memory.protected.includes(pull.number) && !pull.labels.includes(names/* NEEDS_MERGE_LABEL */.WQ)) {
        out.intents.push({
            type: 'send-slack',
            key: `slack:needs-merge:#${pull.number}`,
            kind: 'needs-merge',
            text: needsMergeText(f, change.from, change.to, pull),
            template: 'built-in (needs-merge)',
        });
        out.intents.push({
            type: 'add-label',
            key: `label:#${pull.number}:${names/* NEEDS_MERGE_LABEL */.WQ}`,
            pr: pull.number,
            label: names/* NEEDS_MERGE_LABEL */.WQ,
        });
    }
}
/** Slack, when GitHub would not let phasegate merge a rollback: who must act, and where. */
function needsMergeText(f, from, to, pull) {
    const link = `<${pull.url}|#${pull.number}>`;
    return `:warning: *${(0,compose/* slackEscape */._U)(f.policy.rollout)}: the rollback ${(0,compose/* slackEscape */._U)(from)} → ${(0,compose/* slackEscape */._U)(to)} needs a person to merge it.* GitHub refused phasegate's merge of ${link} (branch protection its token cannot bypass), so the feature stays at ${(0,compose/* slackEscape */._U)(from)} until someone with merge rights merges it. To let phasegate merge rollbacks itself, see docs/setup.md, "Rollbacks under protection".`;
}
/** A proposal's title, body and labels, and the current.yaml its branch carries. */
function proposalText(f, ev, want, previousBody) {
    const { policy, live } = f;
    const rendered = renderProposal({
        policy,
        kind: want.kind,
        from: live.phase,
        to: want.to,
        evaluation: ev,
        charts: chartsFor(f, ev, want.kind),
        checklistMarkdown: want.kind === 'rollback' ? undefined : checklistFor(f, want.to),
        cause: want.cause,
        at: f.now,
        currentFile: live.file,
        previousBody,
        records: f.records,
    });
    const entered = {
        by: want.kind,
        from: live.phase,
        ...(want.kind === 'rollback' ? { cause: want.why } : {}),
    };
    return {
        title: rendered.title,
        body: rendered.body,
        labels: rendered.labels,
        change: {
            path: live.file,
            content: (0,rollout_current/* renderCurrent */.YM)(policy, want.to, f.now, {
                reason: want.why,
                entered,
                started: (0,rollout_current/* startedAfter */.oT)(policy, live, want.to, f.now),
            }),
        },
    };
}
/** What this run proposes: the manual rollback, else the decision's change, else nothing. */
function wanted(f, ev, out) {
    const t = f.trigger;
    const d = ev.decision;
    if (t.command === 'rollback') {
        // Already there: this run merged it, or another did (a dispatch run twice). Nothing to do.
        if (t.to === f.live.phase) {
            out.notes.push(`${t.to} is the live phase: nothing to roll back`);
            return null;
        }
        const problem = rollbackTargetProblem(f, t.to);
        if (problem)
            throw new trigger_error/* TriggerError */.d('phase', problem);
        if (!t.reason.trim())
            throw new trigger_error/* TriggerError */.d('reason', 'required: say why, for the PR, Slack and the RCA issue');
        const cause = `rolled back by hand by @${t.actor}: ${t.reason.trim()}`;
        return { kind: 'rollback', to: t.to, why: cause, cause };
    }
    if ((d.action === 'advance' || d.action === 'rollback' || d.action === 'restart') && d.to) {
        return { kind: d.action, to: d.to, why: d.action === 'rollback' ? causeOf(ev) : d.reasons[0] };
    }
    out.notes.push(`${d.action}: no proposal (${d.reasons[0]})`);
    return null;
}
/** Why the evaluation rolls back: the details of the rules that fired. */
function causeOf(ev) {
    const fired = ev.rules.filter((r) => r.fired).map((r) => r.detail);
    return fired.length ? fired.join('; ') : ev.decision.reasons.join('; ');
}
/** A rollback goes to a phase before the live one; null when `target` is one. */
function rollbackTargetProblem(f, target) {
    const ids = (0,model/* phaseIds */.ab)(f.policy);
    if (!(0,model/* phaseById */.K6)(f.policy, target))
        return `unknown phase "${target}"; valid phases: ${ids.join(', ')}`;
    const earlier = ids.slice(0, ids.indexOf(f.live.phase));
    if (!earlier.includes(target)) {
        return `${target} is not before the live phase ${f.live.phase}; a rollback can go to: ${earlier.join(', ') || 'none (this is the first phase)'}`;
    }
    return null;
}
/** The soak period (advance), the breach (rollback), the recovery watch (restart). */
function chartsFor(f, ev, kind) {
    const { policy } = f;
    const phase = (0,model/* phaseById */.K6)(policy, ev.phase);
    const source = { policy, phase, evaluation: ev, records: f.records };
    if (kind === 'restart' && policy.recovery)
        return (0,charts/* recentSeries */.t)(source, 2 * policy.recovery.forMs, policy.recovery.watch);
    if (kind === 'rollback')
        return (0,charts/* recentSeries */.t)(source, 6 * HOUR);
    const soak = phase.advance?.rule === 'soak' ? phase.advance.forMs : 5 * 24 * HOUR;
    return (0,charts/* recentSeries */.t)(source, soak);
}
function checklistFor(f, to) {
    if (!f.checklist)
        return undefined;
    const file = f.policy.github.checklist;
    const items = (0,checklist/* itemsFor */.gK)((0,checklist/* parseChecklist */.W2)(f.checklist.text, { file, phases: (0,model/* phaseIds */.ab)(f.policy) }), to);
    return items.length ? (0,checklist/* renderTaskList */.ao)(items) : undefined;
}

// EXTERNAL MODULE: ./src/plan/status.ts
var plan_status = __webpack_require__(7357);
;// CONCATENATED MODULE: ./src/plan/run.ts
/**
 * The planner: from what one run knows (facts.ts) to what it must do (intents.ts), in order.
 * Pure: no I/O, no clock; the same facts always give the same plan. Every rule of the loop lives
 * here or in the modules it calls, each with its rules listed in its header:
 *
 *   collect  → runbook.ts     window records, the run log line and the 観測 row in one commit
 *   propose  → proposals.ts   open, update, close, gate, merge; then announce.ts
 *   rollback → proposals.ts   the same, for a rollback asked for by hand
 *   gate     → gate.ts        the status and verdict comment of one PR
 *   apply    → announce.ts    lock notice, RCA issue, Slack, the Runbook, the applied label
 *   status   → status.ts      the dashboard issue, the daily note and the Runbook's daily record
 *   evaluate                   nothing: the evaluation alone
 *
 * A run may plan more than once: after it opens a PR, merges one or opens an issue, a second pass
 * plans what depends on it (gate the new PR, announce the merge, link the RCA issue), with the
 * run's memory saying what the earlier passes did.
 */








/** Intents after which the run looks again: what they create, later rules act on. */
const CREATES = new Set(['open-proposal', 'merge', 'open-rca']);
function planRun(f) {
    const ev = (0,decide/* evaluate */._)({
        policy: f.policy,
        phase: f.live.phase,
        since: f.live.since,
        records: f.records,
        at: Math.max(f.now, f.live.since),
        entered: f.live.entered,
        started: f.live.started,
    });
    const out = newOut();
    const t = f.trigger;
    switch (t.command) {
        case 'collect':
            (0,plan_runbook/* planCollect */.qk)(f, ev, t, out);
            break;
        case 'propose':
        case 'rollback':
            planProposals(f, ev, out);
            break;
        case 'gate':
            planGateOf(f, ev, t.pr, out);
            break;
        case 'apply':
            planApply(f, out);
            break;
        case 'status':
            (0,plan_status/* planStatus */.w)(f, ev, out);
            break;
        case 'evaluate':
            break;
    }
    const again = out.intents.some((i) => CREATES.has(i.type)) ||
        out.intents.some((i) => i.type === 'upsert-dashboard' && i.issue === null) ||
        out.intents.some((i) => i.type === 'update-proposal' && i.change !== null);
    return {
        evaluation: ev,
        intents: out.intents,
        notes: out.notes,
        warnings: [...new Set(out.warnings)],
        again,
    };
}
/** The gate of one PR, on what it changes (change.ts). */
function planGateOf(f, ev, number, out) {
    const pull = f.pulls.find((p) => p.number === number);
    if (!pull)
        throw new Error(`pull request #${number} was not gathered`);
    const change = changeOf(f, ev, pull);
    if (change)
        planGate(f, ev, pull, change, out);
    else
        planNotAPhaseChange(f, pull, out);
}
/**
 * The push that changed the phase: from the phase before the push to the one it made live,
 * whoever wrote the change (phasegate's PR, a person's PR, a push with no PR at all: a phase
 * change nobody hears about is the one that hurts). A push that left the phase alone is not.
 */
function planApply(f, out) {
    const { live } = f;
    const from = f.previousPhase;
    if (!from || from === live.phase) {
        out.notes.push(from
            ? `the push left ${live.file} at ${live.phase}: nothing to announce`
            : `the phase before the push is unknown (a new branch, or ${live.file} named none): nothing to announce`);
        return;
    }
    const kind = kindOfMove(f.policy, from, live.phase, live.entered?.by === 'restart');
    planAnnounce(f, { kind, from, to: live.phase, pull: f.merged ?? undefined }, out);
}

;// CONCATENATED MODULE: ./src/interpreters/run-loop.ts
/**
 * One run: gather → plan → carry out, again while the plan says what it created is acted on
 * next (a new PR is gated, a merge announced), until a pass plans nothing more. The first
 * failure stops the run: everything is planned again from what exists by the next run.
 */


/** A run that keeps planning more than this is a bug in the rules, not a busy day. */
const MAX_PASSES = 6;
async function runLoop(world, trigger, log) {
    const memory = emptyMemory();
    const passes = [];
    const lines = [];
    const said = new Set();
    const say = (line, warn = false) => {
        if (said.has(line))
            return;
        said.add(line);
        lines.push(line);
        if (warn)
            log.warn(line);
        else
            log.info(line);
    };
    for (let pass = 1; pass <= MAX_PASSES; pass++) {
        const facts = await world.gather(trigger, memory);
        const plan = planRun(facts);
        const outcomes = [];
        passes.push({ facts, plan, outcomes });
        for (const note of plan.notes)
            say(note);
        for (const warning of plan.warnings)
            say(warning, true);
        for (const intent of plan.intents) {
            const outcome = await world.carryOut(intent);
            outcomes.push(outcome);
            say(outcome.line);
            if (outcome.warning)
                say(outcome.warning, true);
            if (outcome.status === 'refused') {
                memory.refused.push(intent.key);
                if (intent.type === 'merge' && outcome.protection)
                    memory.protected.push(intent.pr);
                continue;
            }
            memory.done.push(intent.key);
            if (intent.type === 'merge')
                memory.merged.push(intent.pr);
        }
        if (!plan.again)
            return result(passes, lines);
    }
    const last = passes.at(-1).plan.intents.map((i) => i.key);
    throw new Error(`the run did not settle after ${MAX_PASSES} passes (still planning ${last.join(', ')}); this is a phasegate bug`);
}
function result(passes, lines) {
    const first = passes[0];
    return {
        facts: first.facts,
        plan: first.plan,
        passes,
        intents: passes.flatMap((p) => p.plan.intents.filter((_, i) => i < p.outcomes.length)),
        lines,
    };
}

;// CONCATENATED MODULE: ./src/commands/loop.ts
/**
 * The loop's commands (propose, gate, apply, rollback, status, evaluate): one run of
 * gather → plan → carry out, on GitHub, or played forward in memory for a dry run.
 */





function worldOf(ctx) {
    const github = new GitHubWorld(ctx);
    return ctx.dryRun ? new DryRunWorld(github) : github;
}
async function loopCommand(ctx, trigger) {
    try {
        return await runLoop(worldOf(ctx), trigger, ctx.log);
    }
    catch (err) {
        if (err instanceof trigger_error/* TriggerError */.d)
            throw new input/* InputError */.dz(`input "${err.field}": ${err.message}`);
        throw err;
    }
}


/***/ }),

/***/ 4071:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  I: () => (/* binding */ loadRunPolicy),
  F: () => (/* binding */ trustedRules)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/holidays/date-holidays.ts
var date_holidays = __webpack_require__(7999);
// EXTERNAL MODULE: ./src/input.ts
var input = __webpack_require__(3599);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/render/runbook-daily.ts
var runbook_daily = __webpack_require__(1380);
// EXTERNAL MODULE: ./src/worktree/policy-dir.ts
var policy_dir = __webpack_require__(6737);
// EXTERNAL MODULE: ./src/notify/template.ts
var template = __webpack_require__(3971);
;// CONCATENATED MODULE: ./src/notify/load.ts
/**
 * Reading the Slack templates rollout.yaml names (`notify.slack.templates`, paths relative to the
 * policy folder). Every named template is read and checked up front, so `validate` and the
 * first run both catch a typo in a placeholder, not the first rollback.
 */





const KINDS = ['rollback', 'advance', 'complete'];
/**
 * Read and parse the policy's templates. Throws naming the rollout.yaml field or the template's
 * line. Files are named from `shownDir` (the policy folder as messages show it; default: relative
 * to the working directory).
 */
function loadTemplates(policyDir, notify, shownDir = (0,policy_dir/* displayPath */.Gt)(policyDir)) {
    const out = {};
    const named = notify.slack?.templates ?? {};
    for (const kind of KINDS) {
        const path = named[kind];
        if (!path)
            continue;
        const field = `${(0,external_node_path_.join)(shownDir, 'rollout.yaml')}: notify.slack.templates.${kind}`;
        const file = readTemplateFile(policyDir, path, shownDir, field, `templates/slack-${kind}.md`);
        out[kind] = (0,template/* parseTemplate */.QC)(file.shown, file.text);
    }
    return out;
}
/**
 * The Runbook's daily record template rollout.yaml names (`runbook.template`), read and checked
 * like the Slack ones; undefined when it names none (the built-in English one applies).
 */
function loadRunbookTemplate(policyDir, runbook, shownDir = (0,policy_dir/* displayPath */.Gt)(policyDir)) {
    if (!runbook.template)
        return undefined;
    const field = `${(0,external_node_path_.join)(shownDir, 'rollout.yaml')}: runbook.template`;
    const file = readTemplateFile(policyDir, runbook.template, shownDir, field, 'templates/runbook-daily.md');
    return (0,template/* parseTemplate */.QC)(file.shown, file.text, runbook_daily/* RUNBOOK_DAILY_VARIABLES */.TK);
}
/** A template file inside the policy folder, or an error naming the rollout.yaml field. */
function readTemplateFile(policyDir, path, shownDir, field, example) {
    const full = (0,external_node_path_.resolve)(policyDir, path);
    const inside = (0,external_node_path_.relative)((0,external_node_path_.resolve)(policyDir), full);
    if ((0,external_node_path_.isAbsolute)(path) || inside.startsWith('..') || (0,external_node_path_.isAbsolute)(inside)) {
        throw new Error(`${field}: "${path}" is outside the policy folder; write a path relative to it, e.g. ${example}`);
    }
    if (!(0,external_node_fs_.existsSync)(full) || !(0,external_node_fs_.statSync)(full).isFile()) {
        throw new Error(`${field}: template "${path}" not found (looked for ${(0,external_node_path_.join)(shownDir, inside)}); create it, or remove the entry to use the built-in English template`);
    }
    return {
        shown: (0,external_node_path_.join)(shownDir, inside).split('\\').join('/'),
        text: (0,external_node_fs_.readFileSync)(full, 'utf8').replace(/^\uFEFF/, ''),
    };
}

// EXTERNAL MODULE: ./src/policy/compile.ts + 3 modules
var compile = __webpack_require__(381);
// EXTERNAL MODULE: ./src/rollout/codeowners.ts
var rollout_codeowners = __webpack_require__(9028);
;// CONCATENATED MODULE: ./src/interpreters/github/trusted.ts
/**
 * Where a run takes its rules from: the policy, CODEOWNERS, the QA checklist and the Slack
 * templates. A scheduled run, an apply on a push and a manual rollback check out the default
 * branch, so the checkout is trusted. The gate is different: on pull_request events the checkout
 * is the PR's merge, written by whoever opened it, so a PR that relaxes the policy (approvals: 0,
 * an empty checklist) in the same change would judge itself. The gate reads them from the base
 * branch through the API instead, whatever the checkout holds.
 */







/** The policy folder of the checkout, with the time-zone setting applied. */
function loadRunPolicy(ctx) {
    const loaded = ctx.workspace.policy(ctx.config);
    return { ...loaded, policy: withTimezone(ctx, loaded.policy) };
}
async function trustedRules(ctx, trigger) {
    if (trigger.command === 'gate')
        return fromBranch(ctx, await ctx.forge.defaultBranch());
    const loaded = loadRunPolicy(ctx);
    const { policy } = loaded;
    const read = (path) => {
        const text = ctx.workspace.read(path);
        return text === undefined ? null : { path, text };
    };
    return {
        policy,
        file: (0,external_node_path_.relative)(ctx.workspace.root, loaded.currentPath).split('\\').join('/'),
        codeowners: rollout_codeowners/* CODEOWNERS_LOCATIONS */.B$.map(read).find((f) => f !== null) ?? null,
        checklist: read(policy.github.checklist),
        // Read and checked on every run, so a broken template fails the first run, not the first rollback.
        templates: {
            ...loadTemplates(loaded.dir, policy.notify, ctx.config),
            ...runbookTemplate(loadRunbookTemplate(loaded.dir, policy.runbook, ctx.config)),
        },
    };
}
/** The rules as the branch `ref` holds them, read through the API. */
async function fromBranch(ctx, ref) {
    const read = async (path) => {
        const text = await ctx.forge.readFile(path, ref);
        return text === null ? null : { path, text };
    };
    const dir = ctx.config.replace(/\/+$/, '');
    const rollout = await read((0,external_node_path_.join)(dir, compile/* ROLLOUT_FILE */.fz));
    if (!rollout)
        throw new input/* InputError */.dz(`${dir}/${compile/* ROLLOUT_FILE */.fz} is missing on ${ref}; the gate judges with the policy of the branch a PR merges into`);
    const files = { [compile/* ROLLOUT_FILE */.fz]: rollout.text };
    const phases = (0,dist/* parse */.qg)(rollout.text)?.phases;
    for (const id of Array.isArray(phases) ? phases : []) {
        if (typeof id !== 'string')
            continue;
        const phase = await read((0,external_node_path_.join)(dir, `${id}.yaml`));
        if (phase)
            files[`${id}.yaml`] = phase.text;
    }
    const policy = withTimezone(ctx, (0,date_holidays/* withPublicHolidays */.NI)((0,compile/* compilePolicy */.C_)({ dir, files })));
    let codeowners = null;
    for (const path of rollout_codeowners/* CODEOWNERS_LOCATIONS */.B$) {
        codeowners = await read(path);
        if (codeowners)
            break;
    }
    return {
        policy,
        file: (0,external_node_path_.join)(dir, compile/* CURRENT_FILE */.di),
        codeowners,
        checklist: await read(policy.github.checklist),
        templates: {},
    };
}
function runbookTemplate(t) {
    return t ? { runbookDaily: t } : {};
}
function withTimezone(ctx, policy) {
    const tz = ctx.timezone?.trim();
    if (!tz)
        return policy;
    try {
        new Intl.DateTimeFormat('en', { timeZone: tz });
    }
    catch {
        throw new input/* InputError */.dz(`input "timezone": "${tz}" is not an IANA time zone such as Asia/Tokyo or UTC`);
    }
    return { ...policy, timezone: tz };
}


/***/ }),

/***/ 7861:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Mv: () => (/* binding */ composeNotification),
  _U: () => (/* binding */ slackEscape)
});

// UNUSED EXPORTS: templateFor

;// CONCATENATED MODULE: ./src/notify/defaults.ts
const DEFAULT_ROLLBACK_TEMPLATE = `:rotating_light: *{{rollout}} rolled back: {{from}} → {{to}} ({{phase_name}})*
• Rolled back at: {{time}}
• Cause: {{cause}}
• To resume: {{resume}}
• Next canary: {{next_canary}}
• Pull request: {{pr_url}}
• Root-cause analysis: {{rca_url}}, owner {{reporter}}, due within 1 business day
`;
const DEFAULT_ADVANCE_TEMPLATE = `:arrow_forward: *{{rollout}} advanced: {{from}} → {{to}} ({{phase_name}})*
• Merged at: {{time}}
• Why: {{cause}}
• Pull request: {{pr_url}}
`;
const DEFAULT_RESTART_TEMPLATE = `:repeat: *{{rollout}} restarted from {{to}} ({{phase_name}}) after the rollback to {{from}}*
• Merged at: {{time}}
• Why: {{cause}}
• Pull request: {{pr_url}}
`;
const DEFAULT_COMPLETE_TEMPLATE = `:tada: *{{rollout}} is complete: {{to}} ({{phase_name}}) met its goal*
• At: {{time}}
• Why: {{cause}}
• Pull request: {{pr_url}}
`;
const DEFAULT_TEMPLATES = {
    rollback: DEFAULT_ROLLBACK_TEMPLATE,
    advance: DEFAULT_ADVANCE_TEMPLATE,
    restart: DEFAULT_RESTART_TEMPLATE,
    complete: DEFAULT_COMPLETE_TEMPLATE,
};

// EXTERNAL MODULE: ./src/notify/messages.ts
var messages = __webpack_require__(8301);
// EXTERNAL MODULE: ./src/notify/template.ts
var notify_template = __webpack_require__(3971);
;// CONCATENATED MODULE: ./src/notify/compose.ts



const defaults = new Map();
/** The template for a kind: the policy's, else the built-in English one. */
function templateFor(kind, templates) {
    const own = kind === 'restart' ? templates.advance : templates[kind];
    if (own)
        return own;
    let t = defaults.get(kind);
    if (!t) {
        t = (0,notify_template/* parseTemplate */.QC)(`built-in ${kind} template`, DEFAULT_TEMPLATES[kind]);
        defaults.set(kind, t);
    }
    return t;
}
function composeNotification(policy, change, templates = {}) {
    const vars = (0,messages/* messageVars */.wq)(policy, change);
    const template = templateFor(change.kind, templates);
    const lock = (0,messages/* lockNotice */.GX)(policy, change);
    return {
        kind: change.kind,
        rollout: policy.rollout,
        text: (0,notify_template/* renderTemplate */.Xm)(template, vars, { escape: escapeValue }),
        template: template.file,
        vars,
        ...(lock ? { lock } : {}),
    };
}
/** Values are escaped, except a reporter given as a Slack mention (`<@U024BE7LH>`) from the policy. */
function escapeValue(value, name) {
    return name === 'reporter' && /^<@[A-Z0-9]+>$/.test(value) ? value : slackEscape(value);
}
/** Slack's three control characters in text (https://api.slack.com/reference/surfaces/formatting). */
function slackEscape(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}


/***/ }),

/***/ 8301:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DU: () => (/* binding */ formatMergeTime),
/* harmony export */   E9: () => (/* binding */ resumeConditions),
/* harmony export */   GX: () => (/* binding */ lockNotice),
/* harmony export */   SU: () => (/* binding */ nextCanary),
/* harmony export */   wq: () => (/* binding */ messageVars)
/* harmony export */ });
/* unused harmony exports CHANGE_KINDS, RCA_NEXT, zoneAbbreviation */
/* harmony import */ var _judge_calendar_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8937);
/* harmony import */ var _judge_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3260);
/* harmony import */ var _policy_model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2575);
/* harmony import */ var _rollout_business_days_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6299);
/**
 * The variables of a phase-change message (Slack) and the lock notice (UI), built from the
 * policy and the merged change. Pure: no file, network or clock; the merge time comes in.
 *
 * Every variable always has a non-empty value. A fact that does not apply or is not known is an
 * explicit note in parentheses ("(no RCA issue opened)"), so a template never shows a blank.
 */




const CHANGE_KINDS = (/* unused pure expression or super */ null && (['advance', 'rollback', 'restart', 'complete']));
/** What a rollback's Slack message says of the RCA issue it is sent just before. */
const RCA_NEXT = 'opened on GitHub right after this message (label phasegate:rca)';
/** The template variables for a merged change. Throws for a phase the policy does not know. */
function messageVars(policy, change) {
    for (const [field, id] of [
        ['from', change.from],
        ['to', change.to],
    ]) {
        if (!(0,_policy_model_js__WEBPACK_IMPORTED_MODULE_2__/* .phaseById */ .K6)(policy, id)) {
            throw new Error(`phase change ${field}: unknown phase "${id}"; valid phases: ${(0,_policy_model_js__WEBPACK_IMPORTED_MODULE_2__/* .phaseIds */ .ab)(policy).join(', ')}`);
        }
    }
    const to = (0,_policy_model_js__WEBPACK_IMPORTED_MODULE_2__/* .phaseById */ .K6)(policy, change.to);
    const rollback = change.kind === 'rollback';
    const notRollback = '(not a rollback)';
    return {
        rollout: policy.rollout,
        from: change.from,
        to: change.to,
        kind: change.kind,
        time: formatMergeTime(change.mergedAt, policy.timezone),
        cause: nonEmpty(change.cause) ?? (rollback ? '(no cause recorded)' : '(no reason recorded)'),
        resume: rollback ? resumeConditions(policy, change.to) : notRollback,
        next_canary: rollback ? nextCanary(policy, change.to, change.mergedAt).text : notRollback,
        pr_url: change.pr?.url ?? '(no pull request)',
        pr_number: change.pr ? `#${change.pr.number}` : '(no pull request)',
        rca_url: nonEmpty(change.rcaUrl) ??
            (!rollback ? notRollback : change.rcaNext ? RCA_NEXT : '(no RCA issue opened)'),
        reporter: mention(nonEmpty(change.reporter) ?? policy.github.reporter),
        channel: nonEmpty(policy.notify.slack?.channel) ?? '(no channel set)',
        phase_name: to.name,
    };
}
/** The lock notice for a rollback when the policy configures `notify.lock`; otherwise undefined. */
function lockNotice(policy, change) {
    const event = policy.notify.lock?.event;
    if (change.kind !== 'rollback' || !event)
        return undefined;
    return {
        event,
        rollout: policy.rollout,
        phase: change.to,
        from: change.from,
        at: new Date(change.mergedAt).toISOString(),
        reason: nonEmpty(change.cause) ?? '(no cause recorded)',
        pr: change.pr?.number ?? null,
    };
}
/**
 * What must hold before the rollout moves on after a rollback into `to`: the recovery watch, which
 * runs after every rollback (SPEC.md section 3.5; rollout/recovery.ts), else `to`'s own advance rule.
 */
function resumeConditions(policy, to) {
    const recovery = policy.recovery;
    if (recovery) {
        const watched = listing(recovery.watch.map((s) => s.id));
        const then = recovery.restart === to
            ? `then ${to} restarts in place and its own advance rule applies`
            : `then restart from ${recovery.restart}`;
        return `${watched} healthy for ${(0,_judge_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatSpan */ .QA)(recovery.forMs)} (a watched SLO with no data in ${to} is not judged), ${then}`;
    }
    const phase = (0,_policy_model_js__WEBPACK_IMPORTED_MODULE_2__/* .phaseById */ .K6)(policy, to);
    const next = (0,_policy_model_js__WEBPACK_IMPORTED_MODULE_2__/* .nextPhase */ .ll)(policy, to);
    if (!phase?.advance || !next)
        return `${to} has no advance rule: resume by hand with a phase-change PR`;
    const slos = phase.slos.length ? listing(phase.slos.map((s) => s.id)) : `${to}'s SLOs`;
    const held = phase.advance.rule === 'soak'
        ? `healthy for ${(0,_judge_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatSpan */ .QA)(phase.advance.forMs)}`
        : `met ${phase.advance.days} days in a row`;
    return `${slos} ${held}, then advance to ${next.id}`;
}
/**
 * The next canary after a rollback into `to`, as the recovery rule allows it (SPEC.md section
 * 3.5; the plan: ロールバック後の保存遅延/マージ率を 2h 監視し、改善を確認したら Phase A-1 から再開).
 *
 * - With `recovery:`, nothing moves before the watch confirms improvement, and the watch needs
 *   `recovery.for` of passing windows counted from the rollback: the earliest restart is the
 *   merge plus `for`, from the restart phase (in place when the rollback landed on it). "At the
 *   earliest": a failing or missing window pushes it back.
 * - phasegate has no business hours (the watch and the restart PR run at any hour), but a person
 *   approves the restart PR: when the earliest instant falls on a weekend or holiday, it moves to
 *   the start of the next business day.
 * - Without `recovery:`, `to` resumes by its own advance rule: the next business day.
 */
function nextCanary(policy, to, mergedAt) {
    const tz = policy.timezone;
    const recovery = policy.recovery;
    if (!recovery) {
        const day = (0,_rollout_business_days_js__WEBPACK_IMPORTED_MODULE_3__/* .nextBusinessDay */ .EB)(mergedAt, tz, policy.holidays);
        const text = `${day.date} (the next business day; ${to} resumes by its own advance rule)`;
        return { phase: to, earliest: day.startsAt, date: day.date, text };
    }
    const watchEnds = mergedAt + recovery.forMs;
    const day = (0,_rollout_business_days_js__WEBPACK_IMPORTED_MODULE_3__/* .dueAfterBusinessDays */ .c9)(watchEnds, 0, tz, policy.holidays);
    const moved = day.date !== (0,_judge_calendar_js__WEBPACK_IMPORTED_MODULE_0__/* .localDate */ .gD)(watchEnds, tz);
    const from = moved
        ? `${day.date} (the first business day after the watch can end, ${formatMergeTime(watchEnds, tz)})`
        : formatMergeTime(watchEnds, tz);
    const what = recovery.restart === to ? `${to} restarts in place` : recovery.restart;
    return {
        phase: recovery.restart,
        earliest: moved ? day.startsAt : watchEnds,
        date: day.date,
        text: `${what} from ${from} at the earliest, once the recovery watch confirms improvement`,
    };
}
/** "2026-11-20 14:05 JST (05:05 UTC)"; the UTC part carries its date when that differs. */
function formatMergeTime(at, timeZone) {
    const utcDate = new Date(at).toISOString().slice(0, 10);
    const utcTime = new Date(at).toISOString().slice(11, 16);
    const abbr = zoneAbbreviation(at, timeZone);
    if (abbr === 'UTC')
        return `${utcDate} ${utcTime} UTC`;
    const date = (0,_judge_calendar_js__WEBPACK_IMPORTED_MODULE_0__/* .localDate */ .gD)(at, timeZone);
    const utc = date === utcDate ? utcTime : `${utcDate} ${utcTime}`;
    return `${date} ${(0,_judge_calendar_js__WEBPACK_IMPORTED_MODULE_0__/* .localTime */ .HJ)(at, timeZone)} ${abbr} (${utc} UTC)`;
}
/**
 * The zone's usual abbreviation at `at`. ICU knows abbreviations per locale (JST only in ja-JP,
 * CET in en-GB, IST in en-IN), so the locales of the common zones are asked in turn; without a
 * letters-only answer the offset is shown as "UTC+9".
 */
function zoneAbbreviation(at, timeZone) {
    let offset = '';
    for (const locale of ABBREVIATION_LOCALES) {
        const name = zoneNamer(locale, timeZone)
            .formatToParts(at)
            .find((p) => p.type === 'timeZoneName')?.value;
        if (!name)
            continue;
        if (/^[A-Z]{2,5}$/.test(name))
            return name;
        offset ||= name.replace(/^GMT/, 'UTC');
    }
    return offset || timeZone;
}
const ABBREVIATION_LOCALES = ['en-US', 'en-GB', 'ja-JP', 'en-IN', 'en-AU'];
/** Making an Intl.DateTimeFormat costs far more than using one: simulate names the zone thousands of times. */
const zoneNamers = new Map();
function zoneNamer(locale, timeZone) {
    const key = `${locale} ${timeZone}`;
    let f = zoneNamers.get(key);
    if (!f) {
        f = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' });
        zoneNamers.set(key, f);
    }
    return f;
}
/** A GitHub login becomes "@login"; a Slack mention or a name with spaces is kept as given. */
function mention(who) {
    if (!who)
        return '(no reporter: set github.reporter in rollout.yaml)';
    return who.startsWith('<@') || who.startsWith('@') || /\s/.test(who) ? who : `@${who}`;
}
function nonEmpty(text) {
    const t = text?.trim();
    return t ? t : undefined;
}
function listing(items) {
    return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}


/***/ }),

/***/ 3971:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QC: () => (/* binding */ parseTemplate),
/* harmony export */   Xm: () => (/* binding */ renderTemplate)
/* harmony export */ });
/* unused harmony exports TEMPLATE_VARIABLES, TemplateError */
/**
 * The message templates: plain text with `{{name}}` placeholders, nothing else (no logic, no
 * filters), so a template in the repository reads like the message it sends. No dependency: a
 * template language with conditionals would only move decisions out of code and tests.
 * The same engine fills the Slack messages (the names below) and the Runbook's daily record
 * (src/render/runbook-daily.ts names its own): a caller passes the names its templates may use.
 *
 * Rules:
 * - `{{ name }}` (spaces allowed) is a placeholder; an unknown name is an error at load time,
 *   naming the file, line and column, and listing the valid names.
 * - `<!-- ... -->` comments are documentation for whoever edits the file: they are not sent and
 *   their placeholders are not checked. A `{{` that never closes is an error.
 * - Nothing renders empty: every variable must have a non-empty value when rendering (the
 *   message builder writes an explicit note such as "(no RCA issue)" for facts that do not
 *   apply); an empty or missing value is a TemplateError naming the placeholder's line, never a
 *   silent blank.
 */
/** Every placeholder a template may use; see messages.ts for what each holds. */
const TEMPLATE_VARIABLES = [
    'rollout',
    'from',
    'to',
    'kind',
    'time',
    'cause',
    'resume',
    'next_canary',
    'pr_url',
    'pr_number',
    'rca_url',
    'reporter',
    'channel',
    'phase_name',
];
class TemplateError extends Error {
    file;
    line;
    column;
    name = 'TemplateError';
    constructor(file, line, column, message) {
        super(`${file}:${line}:${column}: ${message}`);
        this.file = file;
        this.line = line;
        this.column = column;
    }
}
const TOKEN = /<!--[\s\S]*?-->|\{\{\s*([^{}]*?)\s*\}\}|\{\{|<!--/g;
/**
 * Parse a template, checking every placeholder against `variables` (default: the Slack
 * messages'). Throws TemplateError at the first problem.
 */
function parseTemplate(file, text, variables = TEMPLATE_VARIABLES) {
    const lines = lineStarts(text);
    const at = (offset) => position(lines, offset);
    const parts = [];
    const names = [];
    let last = 0;
    for (const m of text.matchAll(TOKEN)) {
        const offset = m.index;
        const { line, column } = at(offset);
        const comment = m[0] !== '<!--' && m[0].startsWith('<!--');
        let before = text.slice(last, offset);
        last = offset + m[0].length;
        if (comment) {
            // A comment on lines of its own takes those lines with it: no blank gap in the message.
            const lineHead = text.slice(lines[line - 1], offset);
            const rest = /^[ \t]*(?:\r?\n|$)/.exec(text.slice(last));
            if (/^[ \t]*$/.test(lineHead) && rest) {
                before = before.slice(0, before.length - lineHead.length);
                last += rest[0].length;
            }
        }
        if (before)
            parts.push({ text: before });
        if (comment)
            continue;
        if (m[0] === '<!--') {
            throw new TemplateError(file, line, column, 'a comment "<!--" is never closed with "-->"');
        }
        if (m[0] === '{{') {
            throw new TemplateError(file, line, column, `a placeholder "{{" is never closed with "}}"; write {{name}} with one of: ${variables.join(', ')}`);
        }
        const name = m[1] ?? '';
        if (!isVariable(name, variables)) {
            throw new TemplateError(file, line, column, `unknown placeholder {{${name}}}; valid names: ${variables.join(', ')}`);
        }
        parts.push({ name, line, column });
        if (!names.includes(name))
            names.push(name);
    }
    if (last < text.length)
        parts.push({ text: text.slice(last) });
    return { file, parts: joinText(parts), names };
}
/** Fill in the placeholders; the result is trimmed (templates usually end with a newline). */
function renderTemplate(template, vars, options = {}) {
    const escapeValue = options.escape ?? ((v) => v);
    let out = '';
    for (const part of template.parts) {
        if ('text' in part) {
            out += part.text;
            continue;
        }
        const value = vars[part.name];
        if (typeof value !== 'string' || value.trim() === '') {
            throw new TemplateError(template.file, part.line, part.column, `{{${part.name}}} has no value; this is a phasegate bug (every variable always has a value), please report it`);
        }
        out += escapeValue(value, part.name);
    }
    return out.trim();
}
function isVariable(name, variables) {
    return variables.includes(name);
}
function joinText(parts) {
    const out = [];
    for (const p of parts) {
        const prev = out[out.length - 1];
        if ('text' in p && prev && 'text' in prev)
            out[out.length - 1] = { text: prev.text + p.text };
        else
            out.push(p);
    }
    return out;
}
function lineStarts(text) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
        starts.push(i + 1);
    return starts;
}
function position(starts, offset) {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= offset)
            lo = mid;
        else
            hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
}


/***/ }),

/***/ 473:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ planArchive)
/* harmony export */ });
/* harmony import */ var _rollout_retention_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4019);
/* harmony import */ var _telemetry_archive_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2889);
/* harmony import */ var _telemetry_window_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(135);



function planArchive(o) {
    const spans = (0,_rollout_retention_js__WEBPACK_IMPORTED_MODULE_0__/* .keptSpans */ .kE)(o.policy, o.live, o.now, o.backfillMs);
    const at = (p) => (o.dir === '.' || o.dir === '' ? p : `${o.dir.replace(/\/+$/, '')}/${p}`);
    const days = new Map();
    for (const w of o.candidates.windows) {
        const day = (0,_telemetry_archive_js__WEBPACK_IMPORTED_MODULE_2__/* .utcDayStart */ .lZ)(w.end - o.policy.windowMs);
        if ((0,_rollout_retention_js__WEBPACK_IMPORTED_MODULE_0__/* .isKept */ .t8)(day, day + _telemetry_archive_js__WEBPACK_IMPORTED_MODULE_2__/* .DAY_MS */ .sO, spans))
            continue;
        days.set(day, [...(days.get(day) ?? []), w]);
    }
    const deletes = [];
    const appends = [];
    for (const [day, windows] of [...days].sort((a, b) => a[0] - b[0])) {
        windows.sort((a, b) => a.end - b.end);
        appends.push(appendOf(at((0,_telemetry_archive_js__WEBPACK_IMPORTED_MODULE_2__/* .archiveDayPath */ .iZ)(day)), windows.map((w) => w.text)));
        for (const w of windows)
            deletes.push(at((0,_telemetry_window_js__WEBPACK_IMPORTED_MODULE_1__/* .windowFileName */ .gp)(w.end)));
    }
    for (const log of [...o.candidates.runLogs].sort((a, b) => (a.name < b.name ? -1 : 1))) {
        const date = (0,_telemetry_archive_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDayName */ .pq)(log.name);
        // A run log is named by the local date: its runs lie within a day either side in UTC.
        if (date === undefined || (0,_rollout_retention_js__WEBPACK_IMPORTED_MODULE_0__/* .isKept */ .t8)(date - _telemetry_archive_js__WEBPACK_IMPORTED_MODULE_2__/* .DAY_MS */ .sO, date + 2 * _telemetry_archive_js__WEBPACK_IMPORTED_MODULE_2__/* .DAY_MS */ .sO, spans))
            continue;
        const lines = log.text.split('\n').filter((l) => l !== '');
        appends.push(appendOf(at((0,_telemetry_archive_js__WEBPACK_IMPORTED_MODULE_2__/* .archiveRunLogPath */ .DK)(log.name)), lines));
        deletes.push(at(`runs/${log.name}`));
    }
    return { deletes, appends, days: days.size };
}
/** Each text appended unless the file already holds it byte for byte (its own marker). */
function appendOf(path, texts) {
    return {
        path,
        initial: '',
        entries: texts.map((t) => ({ section: null, marker: t, text: t.replace(/\n$/, '') })),
    };
}


/***/ }),

/***/ 2471:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WQ: () => (/* binding */ NEEDS_MERGE_LABEL),
/* harmony export */   eH: () => (/* binding */ PHASEGATE_LABEL),
/* harmony export */   j: () => (/* binding */ STATUS_CONTEXT),
/* harmony export */   tl: () => (/* binding */ APPLIED_LABEL),
/* harmony export */   up: () => (/* binding */ DASHBOARD_LABEL),
/* harmony export */   y4: () => (/* binding */ RCA_LABEL)
/* harmony export */ });
/** The names phasegate leaves on GitHub, found again by the next run. */
/** Every PR and issue phasegate opens carries this label. */
const PHASEGATE_LABEL = 'phasegate';
/** A merged phase change whose notifications went out. */
const APPLIED_LABEL = 'phasegate:applied';
/** A rollback GitHub would not let phasegate merge (branch protection): people were told once. */
const NEEDS_MERGE_LABEL = 'phasegate:needs-merge';
/** Root-cause-analysis issues opened after a rollback. */
const RCA_LABEL = 'phasegate:rca';
/** The rollout's dashboard issue. */
const DASHBOARD_LABEL = 'phasegate:dashboard';
/** The commit status of the gate: the required check on phase PRs. */
const STATUS_CONTEXT = 'phasegate/verdict';


/***/ }),

/***/ 2612:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  qk: () => (/* binding */ planCollect),
  _e: () => (/* binding */ runbookDaily),
  e1: () => (/* binding */ runbookOfChange)
});

// UNUSED EXPORTS: runId, runbookPaths

// EXTERNAL MODULE: ./src/judge/calendar.ts
var calendar = __webpack_require__(8937);
// EXTERNAL MODULE: ./src/judge/recollect.ts
var judge_recollect = __webpack_require__(6110);
// EXTERNAL MODULE: ./src/notify/messages.ts
var messages = __webpack_require__(8301);
// EXTERNAL MODULE: ./src/policy/model.ts
var model = __webpack_require__(2575);
;// CONCATENATED MODULE: ./src/render/run-log.ts
/**
 * The run log (the plan: 実行ログは reports/monitoring/ に保存): one JSON line per scheduled run,
 * committed by `collect` in the same commit as that run's window records, to
 * `<records>/runs/YYYYMMDD.jsonl` (the local day in the policy's time zone, the day the Runbook's
 * daily record covers). It sits in a subfolder whose file names are 8 digits, so no reader of
 * window records (YYYYMMDDHHMM.jsonl, top level only) takes it for one.
 *
 * A line says what was collected, the verdict per SLO of the live phase on the fresh records,
 * whether windows need collecting again, and the decision. Keys are stable; a reader ignores keys
 * it does not know. `recheck` is there when a rule fired on the fresh records and collect read its
 * windows again before acting (SPEC.md section 3.3, commands/confirm.ts).
 */

const iso = (t) => (t === null ? null : new Date(t).toISOString());
function runLogLine(o) {
    const ev = o.evaluation;
    const c = o.collected;
    return {
        v: 1,
        id: o.id,
        at: new Date(o.at).toISOString(),
        url: o.url ?? null,
        rollout: o.rollout,
        phase: ev.phase,
        collected: {
            windows: c.windows,
            from: iso(c.from),
            to: iso(c.to),
            events: c.events,
            malformed: c.malformed,
            invalid: c.invalid,
            unknown: c.unknown,
            missing: c.missing,
            retries: c.retries,
            failed: c.failed,
            files: o.files,
        },
        slos: ev.slos.map((s) => ({
            id: s.id,
            status: s.status,
            value: s.value,
            threshold: s.threshold,
            op: s.op,
            unit: s.unit,
        })),
        recollect: { needed: o.recollect.needed, text: (0,judge_recollect/* formatRecollect */.n)(o.recollect) },
        decision: {
            action: ev.decision.action,
            to: ev.decision.to,
            reason: ev.decision.reasons[0] ?? null,
        },
        ...(c.recheck && { recheck: c.recheck }),
    };
}
/** The text of a line: one JSON object. */
function runLogText(line) {
    return JSON.stringify(line);
}
/** What makes a run's line findable in its file: its id, as runLogText writes it. */
function runLogKey(id) {
    return `"id":${JSON.stringify(id)}`;
}
/** The lines of a run log file; a line that is not one (a person's edit, a torn write) is skipped. */
function parseRunLog(text) {
    const out = [];
    for (const raw of text.split('\n')) {
        if (!raw.trim())
            continue;
        try {
            const x = JSON.parse(raw);
            if (x && x.v === 1 && typeof x.id === 'string' && typeof x.at === 'string')
                out.push(x);
        }
        catch {
            // not a run log line
        }
    }
    return out;
}

// EXTERNAL MODULE: ./src/render/format.ts
var format = __webpack_require__(1509);
// EXTERNAL MODULE: ./src/render/time.ts
var time = __webpack_require__(2891);
// EXTERNAL MODULE: ./src/render/verdict.ts
var verdict = __webpack_require__(1165);
;// CONCATENATED MODULE: ./src/render/runbook.ts
/**
 * The Runbook: one Markdown file a month, `<records>/../runbook/YYYY-MM.md` (beside the window
 * records, on the branch they are committed to), in the plan's sections. phasegate appends to it
 * (render/append.ts); people may write anywhere in it, since each entry is found again by its
 * hidden marker, never by its place.
 *
 *   ## 日次記録 (daily record)   the status run's record of each local day (進捗と未解決課題)
 *   ## 判定 (verdicts)           each merged phase change: its verdict, who approved it, the PR
 *   ## ロールバック (rollbacks)  each rollback: time, cause, conditions to resume, next canary
 *   ## 観測 (observations)       one row per scheduled run, beside its run log line
 *
 * The observations table comes last: it grows by ~96 rows a day, and the sections people read
 * first should not sit below it. A file's month is the local month (the policy's time zone) of
 * what an entry records: the run, the merge, or the day.
 */




const RUNBOOK_SECTIONS = {
    daily: '## 日次記録 (daily record)',
    verdicts: '## 判定 (verdicts)',
    rollbacks: '## ロールバック (rollbacks)',
    observations: '## 観測 (observations)',
};
const ORDER = ['daily', 'verdicts', 'rollbacks', 'observations'];
const TOKEN = /^[A-Za-z0-9._-]+$/;
/** `<!-- phasegate:runbook autosave run 9000000001 -->`: one per run, day, or merged change. */
function runbookMarker(rollout, kind, id) {
    for (const [name, value] of [
        ['rollout', rollout],
        ['id', id],
    ]) {
        if (!TOKEN.test(value))
            throw new Error(`runbook marker ${name} "${value}" must be letters, digits, ".", "_" or "-"`);
    }
    return `<!-- phasegate:runbook ${rollout} ${kind} ${id} -->`;
}
function sectionText(policy, section, runLogDir) {
    const tz = policy.timezone;
    const intro = {
        daily: `The record of each local day (${tz}), progress and open problems (進捗と未解決課題), written by the first status run after midnight, as the dashboard issue's daily note.`,
        verdicts: 'Each merged phase change: the verdict behind it, who approved it (判定結果は Reporter が承認し Runbook に記録), and its pull request.',
        rollbacks: 'Each rollback: when, why, what must hold to resume, and the next canary.',
        observations: `One row per scheduled run (各実行ログを「観測」へ追記); its full line is in \`${runLogDir}/YYYYMMDD.jsonl\`. Times in ${tz}.`,
    };
    const table = section === 'observations'
        ? [
            '',
            '| run | windows | events | malformed / invalid | SLOs | re-collect | decision |',
            '|---|---|---|---|---|---|---|',
        ]
        : [];
    return [RUNBOOK_SECTIONS[section], '', intro[section], ...table].join('\n');
}
/** A new month's file: its title and the four sections, empty. */
function runbookInitial(policy, month, runLogDir) {
    return [
        `# Runbook: ${policy.rollout}, ${month}`,
        '',
        `Written by phasegate (times in ${policy.timezone}); add your notes anywhere: entries are found again by their hidden markers, so text around them is kept.`,
        ...ORDER.flatMap((s) => ['', sectionText(policy, s, runLogDir)]),
        '',
    ].join('\n');
}
/** The Runbook file of `month` with these entries, for an intent. */
function runbookAppend(policy, o, entries) {
    return {
        path: o.path,
        initial: runbookInitial(policy, o.month, o.runLogDir),
        entries: entries.map((e) => ({
            section: RUNBOOK_SECTIONS[e.section],
            sectionText: sectionText(policy, e.section, o.runLogDir),
            marker: e.marker,
            text: e.text,
            ...(e.row ? { row: true } : {}),
        })),
    };
}
/** One row of 観測: when (linking the run), what was collected, the SLOs, re-collect, the decision. */
function observationRow(o) {
    const { evaluation: ev, collected: c } = o;
    const when = (0,time/* localStamp */.t)(o.at, o.policy.timezone);
    const run = `${o.marker}${o.url ? `[${when}](${o.url})` : when}`;
    const failed = c.failed ? ` (${cell(c.failed)})` : '';
    const d = ev.decision;
    const reread = c.recheck
        ? ` (breach ${c.recheck.breach === 'stands' ? 'confirmed' : 'gone'} on reading ${c.recheck.windows} window(s) again)`
        : '';
    const decision = `${verdict/* ACTION_TEXT */.pr[d.action]}${d.to ? ` → ${d.to}` : ''}${reread}`;
    const recollect = (0,judge_recollect/* formatRecollect */.n)(o.recollect).replace(/^re-collect needed: /, '');
    return `| ${run} | ${c.windows}${failed} | ${count(c.events)} | ${count(c.malformed)} / ${count(c.invalid)} | ${sloSummary(ev)} | ${cell(recollect)} | ${decision} |`;
}
/**
 * "✅ all 3 pass", or the SLOs that do not: "❌ save-latency-p95 3.753s; ⚪ restore-success; ✅ 1
 * other passes".
 */
function sloSummary(ev) {
    const n = ev.slos.length;
    if (!n)
        return '—';
    const off = ev.slos.filter((s) => s.status !== 'pass');
    if (!off.length)
        return n === 1 ? '✅ passes' : `✅ all ${n} pass`;
    const shown = off.map((s) => s.status === 'fail' ? `❌ ${s.id} ${(0,format/* formatValue */.Fl)(s.value, s.unit)}` : `⚪ ${s.id}`);
    const passing = n - off.length;
    const others = passing === 1 ? '✅ 1 other passes' : `✅ ${passing} others pass`;
    return `${shown.join('; ')}${passing ? `; ${others}` : ''}`;
}
/** One item of 判定: when, what, the PR, who approved it, and the verdict behind it. */
function verdictEntry(o) {
    const pr = o.pr ? ` ([#${o.pr.number}](${o.pr.url}))` : ' (pushed without a pull request)';
    const approved = o.approvedBy.length
        ? `approved by ${o.approvedBy.map((l) => `@${l}`).join(', ')}`
        : o.approvalNeeded
            ? 'no approving review'
            : 'no approval needed (rollback.approval: none)';
    return `- ${o.marker}**${(0,time/* localStamp */.t)(o.at, o.policy.timezone)}** ${o.kind} ${o.from} → ${o.to}${pr}, ${approved}. Verdict: ${oneLine(o.verdict)}`;
}
/** One block of ロールバック: the plan's fields (the Slack template's), and the RCA issue. */
function rollbackEntry(o) {
    const pr = o.pr ? ` ([#${o.pr.number}](${o.pr.url}))` : '';
    const reporter = o.policy.github.reporter ? `, owner @${o.policy.github.reporter}` : '';
    return [
        `### ${o.from} → ${o.to}, ${o.time}${pr}`,
        o.marker,
        '',
        `- ロールバック時刻 (rolled back at): ${o.time}`,
        `- 原因 (cause): ${oneLine(o.cause)}`,
        `- 再開条件 (to resume): ${oneLine(o.resume)}`,
        `- 次回 Canary 日程 (next canary): ${oneLine(o.nextCanary)}`,
        `- RCA: ${o.rca ? `[#${o.rca.number}](${o.rca.url})${reporter}` : '(no RCA issue)'}`,
    ].join('\n');
}
function count(n) {
    return n.toLocaleString('en-US');
}
function oneLine(text) {
    return text.replace(/\s*\n\s*/g, ' ').trim();
}
function cell(text) {
    return oneLine(text).replace(/\|/g, '\\|');
}

// EXTERNAL MODULE: ./src/render/runbook-daily.ts
var runbook_daily = __webpack_require__(1380);
// EXTERNAL MODULE: ./src/plan/archive.ts
var plan_archive = __webpack_require__(473);
;// CONCATENATED MODULE: ./src/plan/runbook.ts
/**
 * Rules of the run log and the Runbook (render/run-log.ts, render/runbook.ts), kept in git beside
 * the window records: on their branch (the records branch under branch protection), the run log
 * in `<records>/runs/YYYYMMDD.jsonl`, the Runbook in `<records>/../runbook/YYYY-MM.md`, days and
 * months local to the policy's time zone.
 *
 * 1. collect: the window records, the run's line in the run log and its row in 観測 go in one
 *    commit. A run that collected nothing new still commits its line and row; a re-run of the
 *    same run (same run id, or with none the same instant) finds them there and commits nothing.
 * 2. A merged phase change (announce.ts): its 判定 entry (the verdict, who approved it, the PR)
 *    and for a rollback its ロールバック entry (time, cause, conditions to resume, next canary,
 *    the RCA issue), once per change.
 * 3. status: the day's 日次記録 entry from the policy's template, when the dashboard's daily note
 *    is due (status.ts rule 2), once per day.
 *
 * Every entry carries a marker (one per run, day or change): appending is idempotent.
 */








/** Where the run log and the Runbook of an instant (or a local date) live. */
function runbookPaths(f, date) {
    const dir = f.recordsAt.dir.replace(/\/+$/, '') || '.';
    const parent = dir.includes('/') ? dir.slice(0, dir.lastIndexOf('/')) : '.';
    const runLogDir = `${dir === '.' ? '' : `${dir}/`}runs`;
    const runbookDir = `${parent === '.' ? '' : `${parent}/`}runbook`;
    return {
        runLogDir,
        runLog: `${runLogDir}/${date.replace(/-/g, '')}.jsonl`,
        month: date.slice(0, 7),
        runbook: `${runbookDir}/${date.slice(0, 7)}.md`,
    };
}
/**
 * What names this run in its log line and its 観測 row: GitHub's run id (from the run's URL), or
 * the run's instant when there is none (the CLI, the tests' steps).
 */
function runId(f) {
    const m = f.runUrl ? /\/actions\/runs\/(\d+)/.exec(f.runUrl) : null;
    return m
        ? m[1]
        : new Date(f.now)
            .toISOString()
            .replace(/[-:]/g, '')
            .replace(/\.\d{3}Z$/, 'Z');
}
/** Rule 1: the window records, the run log line and the 観測 row, in one commit. */
function planCollect(f, ev, t, out) {
    const { policy } = f;
    const upTo = new Date(t.upTo).toISOString();
    const appends = t.run ? runAppends(f, ev, t) : [];
    const archive = t.archive
        ? (0,plan_archive/* planArchive */.e)({
            policy,
            live: f.live,
            now: f.now,
            backfillMs: t.archive.backfillMs,
            dir: f.recordsAt.dir,
            candidates: t.archive,
        })
        : { deletes: [], appends: [], days: 0 };
    if (!t.files.length && !appends.length && !archive.days) {
        out.notes.push('no new or changed window records: nothing to commit');
        return;
    }
    const archived = archive.days ? `; ${archive.days} day(s) of window records moved into the archive` : '';
    out.intents.push({
        type: 'commit-records',
        key: `records:${t.branch ?? 'default'}@${upTo}`,
        branch: t.branch,
        files: t.files,
        appends: [...appends, ...archive.appends],
        ...(archive.deletes.length && { removes: archive.deletes }),
        message: t.files.length
            ? `phasegate(${policy.rollout}): ${t.files.length} window record(s) up to ${upTo}${appends.length ? ', and the run log' : ''}${archived}`
            : `phasegate(${policy.rollout}): run log of ${new Date(f.now).toISOString()} (nothing new collected)${archived}`,
    });
}
function runAppends(f, ev, t) {
    const { policy } = f;
    const id = runId(f);
    const paths = runbookPaths(f, (0,calendar/* localDate */.gD)(f.now, policy.timezone));
    const collected = t.run;
    const recollect = (0,judge_recollect/* recollectNeed */.o)(ev.slos, policy.windowMs, f.records);
    const line = runLogLine({
        id,
        at: f.now,
        url: f.runUrl,
        rollout: policy.rollout,
        evaluation: ev,
        collected,
        files: t.files.length,
        recollect,
    });
    const marker = runbookMarker(policy.rollout, 'run', id);
    const row = observationRow({
        policy,
        marker,
        at: f.now,
        url: f.runUrl,
        evaluation: ev,
        collected,
        recollect,
    });
    return [
        {
            path: paths.runLog,
            initial: '',
            entries: [{ section: null, marker: runLogKey(id), text: runLogText(line) }],
        },
        runbookAppend(policy, { path: paths.runbook, month: paths.month, runLogDir: paths.runLogDir }, [
            { section: 'observations', marker, text: row, row: true },
        ]),
    ];
}
/**
 * Rule 2: the 判定 entry of a merged change and, for a rollback, its ロールバック entry; null
 * when this run already appended them.
 */
function runbookOfChange(f, change, id, rca) {
    const { policy } = f;
    const key = `runbook:${policy.rollout}:${id}`;
    if (f.memory.done.includes(key))
        return null;
    const date = (0,calendar/* localDate */.gD)(change.mergedAt, policy.timezone);
    const paths = runbookPaths(f, date);
    const from = (0,model/* phaseById */.K6)(policy, change.from);
    const approvalNeeded = change.kind !== 'rollback' || from?.rollback.approval !== 'none';
    const entries = [];
    const verdictMarker = runbookMarker(policy.rollout, 'verdict', id);
    entries.push({
        section: 'verdicts',
        row: true,
        marker: verdictMarker,
        text: verdictEntry({
            policy,
            marker: verdictMarker,
            at: change.mergedAt,
            kind: change.kind,
            from: change.from,
            to: change.to,
            pr: change.pr,
            approvedBy: f.merged?.number === change.pr?.number ? (f.merged?.approvedBy ?? []) : [],
            approvalNeeded,
            verdict: change.cause?.trim() || '(no verdict recorded in current.yaml)',
        }),
    });
    if (change.kind === 'rollback') {
        const marker = runbookMarker(policy.rollout, 'rollback', id);
        entries.push({
            section: 'rollbacks',
            marker,
            text: rollbackEntry({
                policy,
                marker,
                from: change.from,
                to: change.to,
                pr: change.pr,
                time: (0,messages/* formatMergeTime */.DU)(change.mergedAt, policy.timezone),
                cause: change.cause?.trim() || '(no cause recorded)',
                resume: (0,messages/* resumeConditions */.E9)(policy, change.to),
                nextCanary: (0,messages/* nextCanary */.SU)(policy, change.to, change.mergedAt).text,
                rca: rca ? { number: rca.number, url: rca.url } : null,
            }),
        });
    }
    return {
        type: 'append-runbook',
        key,
        branch: f.recordsAt.branch,
        append: runbookAppend(policy, { path: paths.runbook, month: paths.month, runLogDir: paths.runLogDir }, entries),
        message: `phasegate(${policy.rollout}): Runbook: ${change.kind} ${change.from} → ${change.to}${change.pr ? ` (#${change.pr.number})` : ''}`,
    };
}
/** Rule 3: the day's 日次記録 entry, from the policy's template (or the built-in one). */
function runbookDaily(f, input) {
    const { policy } = f;
    const paths = runbookPaths(f, input.date);
    const marker = runbookMarker(policy.rollout, 'daily', input.date);
    const text = `${marker}\n${(0,runbook_daily/* renderRunbookDaily */.Cu)(input, paths.runLog, f.templates.runbookDaily)}`;
    return {
        type: 'append-runbook',
        key: `runbook-daily:${policy.rollout}:${input.date}`,
        branch: f.recordsAt.branch,
        append: runbookAppend(policy, { path: paths.runbook, month: paths.month, runLogDir: paths.runLogDir }, [
            { section: 'daily', marker, text },
        ]),
        message: `phasegate(${policy.rollout}): Runbook: daily record of ${input.date}`,
    };
}


/***/ }),

/***/ 7357:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ liveDecisions),
/* harmony export */   w: () => (/* binding */ planStatus)
/* harmony export */ });
/* harmony import */ var _judge_calendar_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8937);
/* harmony import */ var _judge_series_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3126);
/* harmony import */ var _notify_compose_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7861);
/* harmony import */ var _policy_model_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2575);
/* harmony import */ var _render_dashboard_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8780);
/* harmony import */ var _render_markers_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6327);
/* harmony import */ var _rollout_confirmation_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7516);
/* harmony import */ var _charts_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3862);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(2471);
/* harmony import */ var _runbook_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2612);
/**
 * Rules of the `status` run: the rollout's dashboard issue and the plan's daily record.
 *
 * 1. No dashboard issue yet: open one (and pin it). Its daily note follows in the next pass,
 *    once the issue has a number.
 * 2. The first run after local midnight posts the note for the day that ended (progress and
 *    open problems), then records that day in the dashboard's marker: the note comes first, so a
 *    failed note is posted again by the next run rather than lost.
 *    The same day goes to the Runbook's 日次記録 (runbook.ts rule 3), between the two: a failed
 *    append leaves the day unrecorded on the dashboard, so the next run appends it again.
 * 3. A fired rollback rule with nowhere to roll back (A-0: "保存遅延 > 2.5s が 1 日 3 回以上")
 *    alerts Slack once per local day, then records that day in the marker: Slack first, so a
 *    failed message is sent again by the next run rather than lost.
 * 4. The dashboard body is updated in place when it changed.
 */










const HOUR = 3_600_000;
function planStatus(f, ev, out) {
    const { policy } = f;
    const phase = (0,_policy_model_js__WEBPACK_IMPORTED_MODULE_3__/* .phaseById */ .K6)(policy, ev.phase);
    const decisions = liveDecisions(f, ev);
    const intent = (issue, state) => ({
        type: 'upsert-dashboard',
        key: `dashboard:${policy.rollout}`,
        issue,
        marker: (0,_render_markers_js__WEBPACK_IMPORTED_MODULE_8__/* .dashboardMarkerPrefix */ .Xb)(policy.rollout),
        title: (0,_render_dashboard_js__WEBPACK_IMPORTED_MODULE_4__/* .dashboardTitle */ .Jf)(policy.rollout),
        body: (0,_render_dashboard_js__WEBPACK_IMPORTED_MODULE_4__/* .renderDashboard */ .pF)({
            policy,
            evaluation: ev,
            series: (0,_charts_js__WEBPACK_IMPORTED_MODULE_6__/* .recentSeries */ .t)({ policy, phase, evaluation: ev, records: f.records }, 6 * HOUR),
            proposals: f.pulls
                .filter((p) => (0,_render_markers_js__WEBPACK_IMPORTED_MODULE_8__/* .parseProposalMarker */ .aW)(p.body)?.rollout === policy.rollout)
                .map((p) => ({ number: p.number, title: p.title, url: p.url })),
            decisions,
            state,
            at: f.now,
        }),
        labels: [_names_js__WEBPACK_IMPORTED_MODULE_9__/* .DASHBOARD_LABEL */ .up, _names_js__WEBPACK_IMPORTED_MODULE_9__/* .PHASEGATE_LABEL */ .eH],
    });
    // Rule 1.
    if (!f.dashboard) {
        out.intents.push(intent(null, { lastDaily: null }));
        return;
    }
    // Rule 2.
    const previous = (0,_render_markers_js__WEBPACK_IMPORTED_MODULE_8__/* .parseDashboardMarker */ .Ao)(f.dashboard.body, policy.rollout);
    const yesterday = (0,_judge_calendar_js__WEBPACK_IMPORTED_MODULE_0__/* .localDate */ .gD)((0,_judge_calendar_js__WEBPACK_IMPORTED_MODULE_0__/* .localDayStart */ .E4)(ev.at, policy.timezone) - 1, policy.timezone);
    const noteDue = !previous?.lastDaily || previous.lastDaily < yesterday;
    if (noteDue) {
        const day = dailyInput(f, ev, yesterday, decisions);
        out.intents.push(dailyNote(f, f.dashboard.number, day), (0,_runbook_js__WEBPACK_IMPORTED_MODULE_7__/* .runbookDaily */ ._e)(f, day));
    }
    // Rule 3.
    const today = (0,_judge_calendar_js__WEBPACK_IMPORTED_MODULE_0__/* .localDate */ .gD)(ev.at - 1, policy.timezone);
    const alertDue = ev.decision.action === 'hold' && ev.decision.alert && previous?.lastAlert !== today;
    if (alertDue)
        out.intents.push(alertMessage(f, ev, f.dashboard, today));
    // Rule 4.
    const dashboard = intent(f.dashboard.number, {
        lastDaily: noteDue ? yesterday : (previous?.lastDaily ?? null),
        lastAlert: alertDue ? today : previous?.lastAlert,
    });
    if (dashboard.body !== f.dashboard.body)
        out.intents.push(dashboard);
}
/** Slack, when a rule fired and there is no earlier phase: who should look, and why. */
function alertMessage(f, ev, dashboard, date) {
    const { rollout } = f.policy;
    const [head, ...details] = ev.decision.reasons;
    const text = [
        `:rotating_light: *${(0,_notify_compose_js__WEBPACK_IMPORTED_MODULE_2__/* .slackEscape */ ._U)(rollout)}: ${(0,_notify_compose_js__WEBPACK_IMPORTED_MODULE_2__/* .slackEscape */ ._U)(head)}* (${date}, ${(0,_notify_compose_js__WEBPACK_IMPORTED_MODULE_2__/* .slackEscape */ ._U)(f.policy.timezone)})`,
        ...details.map((d) => `• ${(0,_notify_compose_js__WEBPACK_IMPORTED_MODULE_2__/* .slackEscape */ ._U)(d)}`),
        ...(ev.confirmation ? [`• ${(0,_notify_compose_js__WEBPACK_IMPORTED_MODULE_2__/* .slackEscape */ ._U)((0,_rollout_confirmation_js__WEBPACK_IMPORTED_MODULE_5__/* .confirmationText */ .xR)(ev.confirmation))}`] : []),
        `Dashboard: <${dashboard.url}|#${dashboard.number}>. One alert a day; the dashboard follows it every run.`,
    ].join('\n');
    return {
        type: 'send-slack',
        key: `slack:alert:${rollout}:${date}`,
        kind: 'alert',
        text,
        template: 'built-in (alert)',
    };
}
/** The local day that ended: its SLOs hour by hour, decisions and open problems. */
function dailyInput(f, ev, date, decisions) {
    const { policy } = f;
    const tz = policy.timezone;
    const phase = (0,_policy_model_js__WEBPACK_IMPORTED_MODULE_3__/* .phaseById */ .K6)(policy, ev.phase);
    const dayEnd = (0,_judge_calendar_js__WEBPACK_IMPORTED_MODULE_0__/* .localDayStart */ .E4)(ev.at, tz);
    const from = Math.max((0,_judge_calendar_js__WEBPACK_IMPORTED_MODULE_0__/* .localDayStart */ .E4)(dayEnd - 1, tz), ev.since);
    const series = from < dayEnd
        ? (0,_judge_series_js__WEBPACK_IMPORTED_MODULE_1__/* .sloSeries */ .U)({ policy, phase, records: f.records, since: ev.since, from, to: dayEnd, stepMs: HOUR })
        : [];
    return {
        policy,
        date,
        phase: ev.phase,
        since: ev.since,
        series,
        decisions,
        openProblems: f.rcaIssues
            .filter((i) => (0,_render_markers_js__WEBPACK_IMPORTED_MODULE_8__/* .parseRcaMarker */ .KC)(i.body)?.rollout === policy.rollout)
            .map((i) => `RCA open: #${i.number} ${i.title}`),
    };
}
/** The dashboard's daily note of that day. */
function dailyNote(f, issue, day) {
    const { policy } = f;
    return {
        type: 'post-daily-note',
        key: `daily:${policy.rollout}:${day.date}`,
        issue,
        date: day.date,
        marker: (0,_render_markers_js__WEBPACK_IMPORTED_MODULE_8__/* .dailyMarker */ .iU)(policy.rollout, day.date),
        body: (0,_render_dashboard_js__WEBPACK_IMPORTED_MODULE_4__/* .renderDailySummary */ .Mi)(day),
    };
}
/** How the live phase was entered, as the dashboard's decision history (one entry for now). */
function liveDecisions(f, ev) {
    const { entered, reason, phase } = f.live;
    if (!entered)
        return [];
    return [
        {
            at: ev.since,
            action: entered.by === 'manual' ? 'advance' : entered.by,
            from: entered.from ?? '?',
            to: phase,
            reason: entered.cause ?? reason,
        },
    ];
}


/***/ }),

/***/ 8780:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jf: () => (/* binding */ dashboardTitle),
/* harmony export */   Mi: () => (/* binding */ renderDailySummary),
/* harmony export */   Pw: () => (/* binding */ dailyRecordParts),
/* harmony export */   pF: () => (/* binding */ renderDashboard)
/* harmony export */ });
/* unused harmony exports TREND_LOOKBACK_MS, trend */
/* harmony import */ var _extent_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7517);
/* harmony import */ var _judge_calendar_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8937);
/* harmony import */ var _policy_model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2575);
/* harmony import */ var _chart_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2556);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1509);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9142);
/* harmony import */ var _markers_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6327);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2891);
/* harmony import */ var _verdict_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1165);
/**
 * The pinned dashboard issue of a rollout (updated in place every run) and its daily comment,
 * the plan's daily record of progress and open problems (進捗と未解決課題). The issue body
 * carries the dashboard state (`lastDaily`) in its marker, so the next run knows whether the
 * day's comment is still due.
 */









/** The trend compares the value now with the value this long before. */
const TREND_LOOKBACK_MS = 3_600_000;
const LIMIT = "GitHub's 65,536-character limit";
function dashboardTitle(rollout) {
    return `phasegate dashboard: ${rollout}`;
}
function renderDashboard(input) {
    const { policy, evaluation: ev } = input;
    const tz = policy.timezone;
    const phase = (0,_policy_model_js__WEBPACK_IMPORTED_MODULE_1__/* .phaseById */ .K6)(policy, ev.phase);
    const d = ev.decision;
    const rows = ev.slos.map((v) => {
        const objective = `${v.op === '<=' || v.op === '<' ? '≤' : '≥'} ${v.thresholdText}`;
        const series = input.series?.find((s) => s.id === v.id);
        return `| ${v.id} | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatValue */ .Fl)(v.value, v.unit)} | ${trend(v.value, series, ev.at, v.op)} | ${objective} | ${_verdict_js__WEBPACK_IMPORTED_MODULE_6__/* .STATUS_ICON */ .tW[v.status]} |`;
    });
    const proposals = input.proposals.length
        ? input.proposals.map((p) => `- [#${p.number} ${escapeLink(p.title)}](${p.url})`).join('\n')
        : 'None.';
    const decisions = [...input.decisions].sort((a, b) => b.at - a.at).slice(0, input.lastDecisions ?? 10);
    const decisionTable = decisions.length
        ? [
            `| when (${tz}) | decision | pull request | why |`,
            '|---|---|---|---|',
            ...decisions.map((r) => `| ${(0,_time_js__WEBPACK_IMPORTED_MODULE_5__/* .localStamp */ .t)(r.at, tz)} | ${decisionText(r)} | ${r.pr ? `[#${r.pr.number}](${r.pr.url})` : ''} | ${cell(r.reason ?? '')} |`),
        ].join('\n')
        : 'None yet.';
    const charts = input.series?.length ? (0,_chart_js__WEBPACK_IMPORTED_MODULE_2__/* .renderChartsMarkdown */ .Rm)(input.series, { timezone: tz }) : '';
    const parts = [
        { text: (0,_markers_js__WEBPACK_IMPORTED_MODULE_7__/* .dashboardMarker */ .XN)(policy.rollout, input.state) },
        {
            text: [
                `## ${policy.rollout}: phase ${ev.phase}${phase ? ` (${phase.name})` : ''}`,
                '',
                `In ${ev.phase} since ${(0,_time_js__WEBPACK_IMPORTED_MODULE_5__/* .localStamp */ .t)(ev.since, tz)} (${tz}). Verdict at ${(0,_time_js__WEBPACK_IMPORTED_MODULE_5__/* .localStamp */ .t)(ev.at, tz)}: **${_verdict_js__WEBPACK_IMPORTED_MODULE_6__/* .ACTION_TEXT */ .pr[d.action]}${d.to ? ` → ${d.to}` : ''}**${d.alert ? ' ⚠️ alert' : ''}.`,
            ].join('\n'),
        },
        {
            text: [
                '### SLOs',
                '',
                '| SLO | value | trend (1h) | objective | status |',
                '|---|---|---|---|---|',
                ...rows,
                '',
                '_Trend: the value now against the value one hour earlier; → when they print the same._',
            ].join('\n'),
            cut: true,
        },
        { text: `### Open proposals\n\n${proposals}`, cut: true },
        { text: `### Last decisions\n\n${decisionTable}`, cut: true },
        ...(charts
            ? [
                {
                    text: `### Charts\n\n${charts}`,
                    drop: { order: 0, note: `_Charts left out to stay under ${LIMIT}._` },
                },
            ]
            : []),
        {
            text: `<sub>Updated by phasegate at ${(0,_time_js__WEBPACK_IMPORTED_MODULE_5__/* .localStamp */ .t)(input.at, tz)} (${tz}) on every scheduled run.</sub>`,
        },
    ];
    return `${(0,_limits_js__WEBPACK_IMPORTED_MODULE_4__/* .fitParts */ .u5)(parts, { max: _limits_js__WEBPACK_IMPORTED_MODULE_4__/* .BODY_MAX_CHARS */ .sU, limitText: LIMIT })}\n`;
}
/** "↑ worse", "↓ better", "→" or "·" (no earlier value to compare with). */
function trend(now, series, at, op) {
    const before = series?.points.find((p) => p.at === at - TREND_LOOKBACK_MS)?.value ?? null;
    if (now === null || before === null || !series)
        return '·';
    if ((0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatValue */ .Fl)(now, series.unit) === (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatValue */ .Fl)(before, series.unit))
        return '→';
    const up = now > before;
    const worse = up === (op === '<' || op === '<=');
    return `${up ? '↑' : '↓'} ${worse ? 'worse' : 'better'}`;
}
function decisionText(r) {
    return `${_verdict_js__WEBPACK_IMPORTED_MODULE_6__/* .ACTION_TEXT */ .pr[r.action]} ${r.from}${r.to ? ` → ${r.to}` : ''}`;
}
function cell(text) {
    return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}
function escapeLink(text) {
    return text.replace(/([[\]])/g, '\\$1');
}
function dailyRecordParts(input) {
    const { policy, date } = input;
    const tz = policy.timezone;
    const inDay = input.series.map((s) => ({
        ...s,
        points: s.points.filter((p) => (0,_judge_calendar_js__WEBPACK_IMPORTED_MODULE_0__/* .localDate */ .gD)(p.at - 1, tz) === date),
    }));
    const decisions = input.decisions
        .filter((r) => (0,_judge_calendar_js__WEBPACK_IMPORTED_MODULE_0__/* .localDate */ .gD)(r.at, tz) === date)
        .sort((a, b) => a.at - b.at)
        .map((r) => `- ${(0,_time_js__WEBPACK_IMPORTED_MODULE_5__/* .localStamp */ .t)(r.at, tz).slice(11)} ${decisionText(r)}${r.pr ? ` ([#${r.pr.number}](${r.pr.url}))` : ''}${r.reason ? `: ${r.reason}` : ''}`);
    const rows = inDay.map((s) => {
        const count = (status) => s.points.filter((p) => p.status === status).length;
        const higherIsWorse = s.objective.op === '<=' || s.objective.op === '<';
        const values = s.points.flatMap((p) => (p.value === null ? [] : [p.value]));
        const worst = values.length ? (higherIsWorse ? (0,_extent_js__WEBPACK_IMPORTED_MODULE_8__/* .maxOf */ ._)(values) : (0,_extent_js__WEBPACK_IMPORTED_MODULE_8__/* .minOf */ .H)(values)) : null;
        const last = s.points[s.points.length - 1];
        const end = last ? `${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatValue */ .Fl)(last.value, s.unit)} ${_verdict_js__WEBPACK_IMPORTED_MODULE_6__/* .STATUS_ICON */ .tW[last.status]}` : '—';
        const objective = `${higherIsWorse ? '≤' : '≥'} ${s.objective.text}`;
        return `| ${s.id} | ${objective} | ${end} | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatValue */ .Fl)(worst, s.unit)} | ${count('pass')} | ${count('fail')} | ${count('no_data')} |`;
    });
    const failing = inDay.flatMap((s) => {
        const failed = s.points.filter((p) => p.status === 'fail');
        if (!failed.length)
            return [];
        return [
            `${s.id} failed at ${failed.length} step${failed.length === 1 ? '' : 's'} (first at ${(0,_time_js__WEBPACK_IMPORTED_MODULE_5__/* .localStamp */ .t)(failed[0].at, tz).slice(11)})`,
        ];
    });
    const problems = [...input.openProblems, ...failing];
    return {
        decisions: decisions.length ? decisions.join('\n') : 'None.',
        steps: `evaluation steps of ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatSpan */ .QA)(stepOf(inDay, policy.windowMs))}`,
        slos: [
            '| SLO | objective | end of day | worst | passing | failing | no data |',
            '|---|---|---|---|---|---|---|',
            ...rows,
        ].join('\n'),
        problems: problems.length ? problems.map((p) => `- ${p}`).join('\n') : 'None.',
        series: inDay,
    };
}
function renderDailySummary(input) {
    const { policy, date } = input;
    const tz = policy.timezone;
    const spec = (0,_policy_model_js__WEBPACK_IMPORTED_MODULE_1__/* .phaseById */ .K6)(policy, input.phase);
    const day = dailyRecordParts(input);
    const inDay = day.series;
    const charts = input.charts !== false && inDay.length ? (0,_chart_js__WEBPACK_IMPORTED_MODULE_2__/* .renderChartsMarkdown */ .Rm)(inDay, { timezone: tz }) : '';
    const parts = [
        { text: (0,_markers_js__WEBPACK_IMPORTED_MODULE_7__/* .dailyMarker */ .iU)(policy.rollout, date) },
        {
            text: [
                `### Daily record ${date} (${tz}): progress and open problems`,
                '',
                `**Phase:** ${input.phase}${spec ? ` (${spec.name})` : ''}, since ${(0,_time_js__WEBPACK_IMPORTED_MODULE_5__/* .localStamp */ .t)(input.since, tz)}.`,
            ].join('\n'),
        },
        { text: `**Decisions**\n\n${day.decisions}`, cut: true },
        { text: `**SLOs over the day** (counts are ${day.steps})\n\n${day.slos}`, cut: true },
        { text: `**Open problems**\n\n${day.problems}`, cut: true },
        ...(charts
            ? [{ text: charts, drop: { order: 0, note: `_Charts left out to stay under ${LIMIT}._` } }]
            : []),
    ];
    return `${(0,_limits_js__WEBPACK_IMPORTED_MODULE_4__/* .fitParts */ .u5)(parts, { max: _limits_js__WEBPACK_IMPORTED_MODULE_4__/* .BODY_MAX_CHARS */ .sU, limitText: LIMIT })}\n`;
}
function stepOf(series, fallback) {
    const p = series.find((s) => s.points.length > 1)?.points;
    return p ? p[1].at - p[0].at : fallback;
}


/***/ }),

/***/ 6327:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ao: () => (/* binding */ parseDashboardMarker),
/* harmony export */   KC: () => (/* binding */ parseRcaMarker),
/* harmony export */   O7: () => (/* binding */ hasVerdictMarker),
/* harmony export */   TM: () => (/* binding */ rcaMarker),
/* harmony export */   VC: () => (/* binding */ proposalMarker),
/* harmony export */   XN: () => (/* binding */ dashboardMarker),
/* harmony export */   Xb: () => (/* binding */ dashboardMarkerPrefix),
/* harmony export */   aW: () => (/* binding */ parseProposalMarker),
/* harmony export */   eG: () => (/* binding */ verdictMarker),
/* harmony export */   iU: () => (/* binding */ dailyMarker)
/* harmony export */ });
/* unused harmony exports PROPOSAL_KINDS, parseDailyMarker */
/**
 * Hidden markers (HTML comments) that let phasegate find what it posted and read its state back
 * from the text itself, as release-please does with its PR bodies: no database, the forge is the
 * state. Anyone can paste a marker, so callers also check the author; parsers here only read,
 * and return null for anything they do not recognise instead of throwing.
 *
 *   <!-- phasegate:proposal {"rollout":"autosave","kind":"advance","from":"A-0","to":"A-1"} -->
 *   <!-- phasegate:verdict autosave -->
 *   <!-- phasegate:dashboard autosave {"lastDaily":"2026-11-20"} -->
 *   <!-- phasegate:daily autosave 2026-11-20 -->
 *   <!-- phasegate:rca autosave 42 -->          (or a token for a rollback pushed without a PR)
 */
const PROPOSAL_KINDS = ['advance', 'rollback', 'restart'];
const TOKEN = /^[A-Za-z0-9._-]+$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** JSON that cannot end the comment early: `<` and `>` as \u escapes (JSON.parse reads them back). */
function commentJson(value) {
    return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
}
function token(name, value) {
    if (!TOKEN.test(value))
        throw new Error(`marker ${name} "${value}" must be letters, digits, ".", "_" or "-"`);
    return value;
}
function escapeRe(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
function parseJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
function isRecord(x) {
    return typeof x === 'object' && x !== null && !Array.isArray(x);
}
function proposalMarker(state) {
    const { rollout, kind, from, to } = state;
    return `<!-- phasegate:proposal ${commentJson({ rollout, kind, from, to })} -->`;
}
/** The first proposal marker in a body, or null (no marker, bad JSON, missing or odd fields). */
function parseProposalMarker(body) {
    for (const m of (body ?? '').matchAll(/<!-- phasegate:proposal (\{[^\n]*?\}) -->/g)) {
        const data = parseJson(m[1]);
        if (!isRecord(data))
            continue;
        const { rollout, kind, from, to } = data;
        const fields = [rollout, from, to];
        if (!fields.every((f) => typeof f === 'string' && TOKEN.test(f)))
            continue;
        if (!PROPOSAL_KINDS.includes(kind))
            continue;
        return { rollout, kind, from, to };
    }
    return null;
}
function verdictMarker(rollout) {
    return `<!-- phasegate:verdict ${token('rollout', rollout)} -->`;
}
/** Whether a comment body carries the sticky verdict marker of this rollout. */
function hasVerdictMarker(body, rollout) {
    return (body ?? '').includes(verdictMarker(rollout));
}
/** The start of the dashboard marker of a rollout: what finds the issue, whatever its state. */
function dashboardMarkerPrefix(rollout) {
    return `<!-- phasegate:dashboard ${token('rollout', rollout)} `;
}
function dashboardMarker(rollout, state) {
    const json = { lastDaily: state.lastDaily, ...(state.lastAlert && { lastAlert: state.lastAlert }) };
    return `<!-- phasegate:dashboard ${token('rollout', rollout)} ${commentJson(json)} -->`;
}
/**
 * The dashboard state of this rollout: null when the body has no dashboard marker for it; a
 * marker whose JSON is unreadable yields `{ lastDaily: null }` (the issue is still ours, and
 * posting a daily comment again is better than never posting one).
 */
function parseDashboardMarker(body, rollout) {
    const re = new RegExp(`<!-- phasegate:dashboard ${escapeRe(rollout)}(?: ([^\\n]*?))? -->`);
    const m = re.exec(body ?? '');
    if (!m)
        return null;
    const data = parseJson(m[1] ?? '');
    const date = (key) => {
        const value = isRecord(data) ? data[key] : undefined;
        return typeof value === 'string' && DATE.test(value) ? value : null;
    };
    return { lastDaily: date('lastDaily'), lastAlert: date('lastAlert') };
}
function dailyMarker(rollout, date) {
    if (!DATE.test(date))
        throw new Error(`daily marker date "${date}" must be YYYY-MM-DD`);
    return `<!-- phasegate:daily ${token('rollout', rollout)} ${date} -->`;
}
function parseDailyMarker(body) {
    const m = /<!-- phasegate:daily ([A-Za-z0-9._-]+) (\d{4}-\d{2}-\d{2}) -->/.exec(body ?? '');
    return m ? { rollout: m[1], date: m[2] } : null;
}
/**
 * The RCA issue of one rollback: `id` is the rollback PR's number, or for a rollback pushed
 * without a PR a token naming it (from, to and when: "A-1.A-0.20261117T1107Z").
 */
function rcaMarker(rollout, id) {
    if (typeof id === 'number' && (!Number.isSafeInteger(id) || id <= 0))
        throw new Error(`RCA marker PR number ${id} must be a positive integer`);
    return `<!-- phasegate:rca ${token('rollout', rollout)} ${token('id', String(id))} -->`;
}
/** The rollout and rollback id of an RCA marker ("17" for PR #17), or null. */
function parseRcaMarker(body) {
    const m = /<!-- phasegate:rca ([A-Za-z0-9._-]+) ([A-Za-z0-9._-]{1,80}) -->/.exec(body ?? '');
    if (!m || m[2] === '0' || /^0\d*$/.test(m[2]))
        return null;
    return { rollout: m[1], id: m[2] };
}


/***/ }),

/***/ 1380:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cu: () => (/* binding */ renderRunbookDaily),
/* harmony export */   TK: () => (/* binding */ RUNBOOK_DAILY_VARIABLES)
/* harmony export */ });
/* unused harmony exports DEFAULT_RUNBOOK_DAILY_TEMPLATE, defaultRunbookDailyTemplate, runbookDailyVars */
/* harmony import */ var _notify_template_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3971);
/* harmony import */ var _dashboard_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8780);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2891);
/**
 * The Runbook's daily record (the plan: Runbook 日次記録フォーム, 進捗と未解決課題), from a template
 * the policy can set (rollout.yaml `runbook.template`, read like the Slack templates by
 * src/notify/load.ts, filled by the same engine, src/notify/template.ts, with these names). The
 * content is the dashboard's daily note's (render/dashboard.ts `dailyRecordParts`), for the same
 * local day, written by the same status run.
 */



/** Every placeholder a daily record template may use. */
const RUNBOOK_DAILY_VARIABLES = [
    'rollout',
    'date',
    'timezone',
    'phase',
    'phase_name',
    'since',
    'decisions',
    'slos',
    'open_problems',
    'run_log',
    'reporter',
];
const DEFAULT_RUNBOOK_DAILY_TEMPLATE = `### {{date}} ({{timezone}})

**Phase:** {{phase}} ({{phase_name}}), since {{since}}. Owner: {{reporter}}.

**Progress: decisions of the day**

{{decisions}}

**SLOs over the day**

{{slos}}

**Open problems**

{{open_problems}}

The day's runs: \`{{run_log}}\`.
`;
let builtIn;
function defaultRunbookDailyTemplate() {
    builtIn ??= (0,_notify_template_js__WEBPACK_IMPORTED_MODULE_0__/* .parseTemplate */ .QC)('built-in runbook daily template', DEFAULT_RUNBOOK_DAILY_TEMPLATE, RUNBOOK_DAILY_VARIABLES);
    return builtIn;
}
/** The variables for the day `input.date`; every one has a value (the template engine's rule). */
function runbookDailyVars(input, runLog) {
    const { policy } = input;
    const tz = policy.timezone;
    const day = (0,_dashboard_js__WEBPACK_IMPORTED_MODULE_1__/* .dailyRecordParts */ .Pw)(input);
    return {
        rollout: policy.rollout,
        date: input.date,
        timezone: tz,
        phase: input.phase,
        phase_name: policy.phases.find((p) => p.id === input.phase)?.name ?? '(unknown phase)',
        since: (0,_time_js__WEBPACK_IMPORTED_MODULE_2__/* .localStamp */ .t)(input.since, tz),
        decisions: day.decisions,
        slos: `Counts are ${day.steps}.\n\n${day.slos}`,
        open_problems: day.problems,
        run_log: runLog,
        reporter: reporterOf(policy),
    };
}
function renderRunbookDaily(input, runLog, template = defaultRunbookDailyTemplate()) {
    return (0,_notify_template_js__WEBPACK_IMPORTED_MODULE_0__/* .renderTemplate */ .Xm)(template, runbookDailyVars(input, runLog));
}
function reporterOf(policy) {
    const who = policy.github.reporter;
    return who ? `@${who}` : '(no reporter: set github.reporter in rollout.yaml)';
}


/***/ }),

/***/ 2891:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ localStamp)
/* harmony export */ });
/* harmony import */ var _judge_calendar_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8937);
/** Instants as people in the rollout's time zone read them. */

/** "2026-11-20 19:00" in the zone (no zone name; say it once in the surrounding text). */
function localStamp(t, tz) {
    return `${(0,_judge_calendar_js__WEBPACK_IMPORTED_MODULE_0__/* .localDate */ .gD)(t, tz)} ${(0,_judge_calendar_js__WEBPACK_IMPORTED_MODULE_0__/* .localTime */ .HJ)(t, tz)}`;
}


/***/ }),

/***/ 6299:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EB: () => (/* binding */ nextBusinessDay),
/* harmony export */   c9: () => (/* binding */ dueAfterBusinessDays)
/* harmony export */ });
/* unused harmony export isBusinessDay */
/* harmony import */ var _judge_calendar_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8937);
/**
 * Business days in the policy's time zone: the RCA issue is due one business day after a
 * rollback (SPEC.md section 1, B-1), weekends and the policy's holidays skipped: a country's
 * public holidays (rollout.yaml `holidays.country`) and the company's own days (`extra`, or the
 * list form).
 *
 * Counting starts from the local calendar date of the instant: a rollback on Friday evening in
 * Tokyo is due Monday; one on Saturday is due Monday too (the first business day after it).
 * Dates are calendar arithmetic on 'YYYY-MM-DD'; only turning a date back into instants needs
 * the zone, which src/judge/calendar.ts provides. A country's holidays are calendar dates too,
 * taken as dates in the policy's zone; they are looked up one year at a time, only for the years
 * a count reaches (policy.holidays.publicHolidays, which loads date-holidays on first use).
 */

const DAY = 86_400_000;
/**
 * The date `days` business days after the local date of `at`. With `days` = 0: that date itself
 * when it is a business day, else the next one.
 */
function dueAfterBusinessDays(at, days, timeZone, holidays) {
    if (!Number.isInteger(days) || days < 0) {
        throw new RangeError(`business days must be a whole number ≥ 0, got ${days}`);
    }
    const off = dayOff(holidays);
    const start = (0,_judge_calendar_js__WEBPACK_IMPORTED_MODULE_0__/* .localDay */ .u7)(at, timeZone);
    let n = dayNumber(start.date);
    if (days === 0) {
        while (!isBusinessDayNumber(n, off))
            n++;
    }
    else {
        for (let left = days; left > 0;) {
            n++;
            if (isBusinessDayNumber(n, off))
                left--;
        }
    }
    return toBusinessDay(dayOn(start, n, timeZone));
}
/** The first business day after the local date of `at`. */
function nextBusinessDay(at, timeZone, holidays) {
    return dueAfterBusinessDays(at, 1, timeZone, holidays);
}
/** Whether a YYYY-MM-DD date is a business day: not Saturday, Sunday or a holiday. */
function isBusinessDay(date, holidays) {
    return isBusinessDayNumber(dayNumber(date), dayOff(holidays));
}
/**
 * Per holiday list or spec, whether a day is off: kept, so that a country's holidays are looked
 * up once per year reached, not once per count (a replay counts business days at every run).
 */
const daysOff = new WeakMap();
/** Whether day number n is a holiday. A country's holidays are looked up once per year reached. */
function dayOff(holidays) {
    let off = daysOff.get(holidays);
    if (!off) {
        off = makeDayOff(holidays);
        daysOff.set(holidays, off);
    }
    return off;
}
function makeDayOff(holidays) {
    const spec = isDateList(holidays) ? { extra: [...holidays] } : holidays;
    const extra = new Set(spec.extra.map((h) => dayNumber(h, 'holiday')));
    const { country, publicHolidays } = spec;
    if (!country)
        return (n) => extra.has(n);
    if (!publicHolidays) {
        throw new Error(`holidays.country is ${country.code}, but the policy was loaded without a public-holiday lookup; attach one with withPublicHolidays (src/holidays/)`);
    }
    const years = new Map();
    return (n) => {
        if (extra.has(n))
            return true;
        const year = new Date(n * DAY).getUTCFullYear();
        let dates = years.get(year);
        if (!dates) {
            const what = `public holiday of ${country.code}`;
            dates = new Set(publicHolidays(country, year).map((d) => dayNumber(d, what)));
            years.set(year, dates);
        }
        return dates.has(n);
    };
}
function isDateList(holidays) {
    return Array.isArray(holidays);
}
function isBusinessDayNumber(n, off) {
    const weekday = (((n + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday; 0 = Sunday
    return weekday !== 0 && weekday !== 6 && !off(n);
}
/** Days since 1970-01-01 of a YYYY-MM-DD date. */
function dayNumber(date, what = 'date') {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
    const n = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY : Number.NaN;
    if (!m || !Number.isInteger(n) || dateOf(n) !== date) {
        throw new RangeError(`${what} "${date}" is not a calendar date; write YYYY-MM-DD, e.g. 2026-12-31`);
    }
    return n;
}
function dateOf(n) {
    return new Date(n * DAY).toISOString().slice(0, 10);
}
/** The local day with day number n, found by stepping from a known local day. */
function dayOn(from, n, timeZone) {
    const target = dateOf(n);
    // Local days are 23–25 h long, so a guess at noon-ish lands within a day of the target.
    let day = (0,_judge_calendar_js__WEBPACK_IMPORTED_MODULE_0__/* .localDay */ .u7)(from.start + (n - dayNumber(from.date)) * DAY + 12 * 3_600_000, timeZone);
    while (day.date < target)
        day = (0,_judge_calendar_js__WEBPACK_IMPORTED_MODULE_0__/* .localDay */ .u7)(day.end, timeZone);
    while (day.date > target)
        day = (0,_judge_calendar_js__WEBPACK_IMPORTED_MODULE_0__/* .localDay */ .u7)(day.start - 1, timeZone);
    // A date the zone skipped (Pacific/Apia, 2011-12-30): the day after it.
    return day.date < target ? (0,_judge_calendar_js__WEBPACK_IMPORTED_MODULE_0__/* .localDay */ .u7)(day.end, timeZone) : day;
}
function toBusinessDay(day) {
    return { date: day.date, startsAt: day.start, endsAt: day.end - 1 };
}


/***/ }),

/***/ 8985:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W2: () => (/* binding */ parseChecklist),
/* harmony export */   Zl: () => (/* binding */ checkTicked),
/* harmony export */   ao: () => (/* binding */ renderTaskList),
/* harmony export */   gK: () => (/* binding */ itemsFor)
/* harmony export */ });
/**
 * The QA checklist (`docs/CHECKLIST.md`): one `## <phase id> …` section per phase holding
 * `- [ ] item` lines. phasegate copies the target phase's items into the phase PR as task boxes;
 * QA ticks them in the PR body, and the gate reads the ticks back.
 *
 * Items are matched by text, ignoring case and runs of whitespace, so an edited PR body still
 * matches. A phase with no section has no items. An item missing from the PR body is unticked,
 * and so is one that appears both ticked and unticked (a pasted second copy left unticked).
 * Lines in code fences and HTML comments are not task boxes (GitHub does not render them as
 * such), so a box cannot be ticked invisibly.
 */
const TASK = /^\s*[-*+]\s+\[([ xX])\]\s+(.*?)\s*$/;
const SECTION = /^##\s+(.*?)\s*#*\s*$/;
const TOP_HEADING = /^#{1,2}(?:\s|$)/;
function parseChecklist(text, options = {}) {
    const file = options.file ?? 'docs/CHECKLIST.md';
    const known = options.phases ? new Set(options.phases) : undefined;
    const sections = new Map();
    const problems = [];
    let current;
    for (const { line, text: raw } of visibleLines(text)) {
        if (TOP_HEADING.test(raw)) {
            current = undefined;
            const heading = SECTION.exec(raw)?.[1];
            if (heading === undefined)
                continue; // a `#` title ends any section
            const phase = phaseIdOf(heading);
            const section = { phase, heading, line, items: [] };
            const earlier = sections.get(phase);
            if (earlier) {
                problems.push(`${file}:${line}: a second section for ${phase} (the first is on line ${earlier.line}); merge them`);
                current = earlier;
            }
            else {
                sections.set(phase, section);
                current = section;
            }
            continue;
        }
        const task = TASK.exec(raw);
        if (!task || !current)
            continue;
        const itemText = task[2].replace(/\s+/g, ' ');
        if (!itemText)
            continue;
        if (current.items.some((i) => normalize(i.text) === normalize(itemText))) {
            problems.push(`${file}:${line}: "${itemText}" is listed twice for ${current.phase}; remove one`);
            continue;
        }
        current.items.push({ phase: current.phase, text: itemText, line });
    }
    if (known) {
        for (const s of sections.values()) {
            if (s.items.length > 0 && !known.has(s.phase)) {
                problems.push(`${file}:${s.line}: section "## ${s.heading}" has items but ${s.phase} is not a phase; ` +
                    `start the heading with one of: ${[...known].join(', ')}`);
            }
        }
    }
    // Sections without items (an intro, "## How to use this") are not phases.
    for (const [phase, s] of sections)
        if (s.items.length === 0)
            sections.delete(phase);
    return { file, sections, problems };
}
/** The items of a phase, in file order; [] when the phase has no section. */
function itemsFor(checklist, phase) {
    return checklist.sections.get(phase)?.items ?? [];
}
/**
 * Task boxes for a PR body, one per item. Items in `ticked` (texts, e.g. checkTicked's result
 * on the body being replaced) stay ticked, so re-rendering a PR body keeps QA's ticks.
 */
function renderTaskList(items, options = {}) {
    const ticked = new Set((options.ticked ?? []).map(normalize));
    return items
        .map(textOf)
        .map((t) => `- [${ticked.has(normalize(t)) ? 'x' : ' '}] ${t.trim().replace(/\s+/g, ' ')}`)
        .join('\n');
}
/** Which items the PR body has ticked (GitHub gives a null body when empty). Absent = unticked. */
function checkTicked(prBody, items) {
    const seen = new Map();
    for (const { text } of visibleLines(prBody ?? '')) {
        const task = TASK.exec(text);
        if (!task)
            continue;
        const key = normalize(task[2]);
        const mark = seen.get(key) ?? { ticked: false, unticked: false };
        if (task[1] === ' ')
            mark.unticked = true;
        else
            mark.ticked = true;
        seen.set(key, mark);
    }
    const result = { ticked: [], unticked: [] };
    for (const item of items) {
        const t = textOf(item);
        const mark = seen.get(normalize(t));
        (mark?.ticked && !mark.unticked ? result.ticked : result.unticked).push(t);
    }
    return result;
}
function textOf(item) {
    return typeof item === 'string' ? item : item.text;
}
function normalize(text) {
    return text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}
/** Heading text up to the first space, without trailing punctuation: "A-1: QA canary" → "A-1". */
function phaseIdOf(heading) {
    const first = heading.split(/\s+/)[0] ?? '';
    return first.replace(/[:.,;)—–]+$/, '') || heading;
}
/** Lines outside fenced code blocks and HTML comments, with their 1-based numbers. */
function visibleLines(text) {
    const out = [];
    let fence;
    let inComment = false;
    text.split(/\r?\n/).forEach((raw, i) => {
        let rest = raw;
        if (inComment) {
            const end = rest.indexOf('-->');
            if (end < 0)
                return;
            rest = rest.slice(end + 3);
            inComment = false;
        }
        if (fence) {
            if (rest.trim().startsWith(fence))
                fence = undefined;
            return;
        }
        const open = /^\s{0,3}(`{3,}|~{3,})/.exec(rest);
        if (open) {
            fence = open[1];
            return;
        }
        // Drop complete comments on the line, then note one left open.
        rest = rest.replace(/<!--[\s\S]*?-->/g, '');
        const start = rest.indexOf('<!--');
        if (start >= 0) {
            rest = rest.slice(0, start);
            inComment = true;
        }
        out.push({ line: i + 1, text: rest });
    });
    return out;
}


/***/ }),

/***/ 9028:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B$: () => (/* binding */ CODEOWNERS_LOCATIONS),
/* harmony export */   BW: () => (/* binding */ parseCodeowners),
/* harmony export */   ju: () => (/* binding */ ownersOfAll)
/* harmony export */ });
/* unused harmony exports matchingRule, ownersOf, compilePattern */
/**
 * CODEOWNERS, read the way GitHub reads it, so `approvers: [codeowners]` means the same people
 * GitHub would request for review of the phase files.
 *
 * GitHub's rules (docs: "About code owners"): the last matching pattern wins; patterns follow
 * gitignore (`*`, `?`, `**`, a leading or middle `/` anchors to the root, a trailing `/` matches
 * directories) except that `!` negation, `[ ]` ranges and `\#` escapes do not work; `docs/*`
 * matches files directly in docs/ only; paths are case-sensitive; a pattern with no owners
 * clears ownership; a line with invalid syntax is skipped. Owners are `@user`, `@org/team` or
 * email addresses; emails cannot be turned into logins here, so they own nothing we can count.
 */
/** Where GitHub looks for the file, in its order of preference. */
const CODEOWNERS_LOCATIONS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'];
const USER = /^@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/;
const TEAM = /^@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\/[A-Za-z0-9._-]+$/;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
function parseCodeowners(text, file = CODEOWNERS_LOCATIONS[0]) {
    const rules = [];
    const problems = [];
    text.split(/\r?\n/).forEach((raw, i) => {
        const line = i + 1;
        const tokens = tokenize(raw);
        const pattern = tokens[0];
        if (pattern === undefined || pattern.startsWith('#'))
            return;
        const problem = patternProblem(pattern);
        if (problem) {
            problems.push({ line, message: `${file}:${line}: pattern "${pattern}": ${problem}` });
            return;
        }
        const owners = [];
        const emails = [];
        for (const token of tokens.slice(1)) {
            if (token.startsWith('#'))
                break; // an inline comment runs to the end of the line
            if (USER.test(token) || TEAM.test(token))
                owners.push(token.slice(1));
            else if (EMAIL.test(token))
                emails.push(token);
            else {
                problems.push({
                    line,
                    message: `${file}:${line}: invalid owner "${token}"; write @user, @org/team or an email address (GitHub skips this line)`,
                });
                return;
            }
        }
        rules.push({ line, pattern, owners, emails, regex: compilePattern(pattern) });
    });
    return { file, rules, problems };
}
/** The rule that decides a path's owners (the last one matching), if any. */
function matchingRule(codeowners, path) {
    const p = path.replace(/^\/+/, '');
    for (let i = codeowners.rules.length - 1; i >= 0; i--) {
        const rule = codeowners.rules[i];
        if (rule.regex.test(p))
            return rule;
    }
    return undefined;
}
/** Logins and `org/team` slugs owning a repo-relative path; [] when unowned or unmatched. */
function ownersOf(codeowners, path) {
    return matchingRule(codeowners, path)?.owners ?? [];
}
/** Everyone owning any of the paths (a phase PR's files), deduplicated ignoring case. */
function ownersOfAll(codeowners, paths) {
    const seen = new Map();
    for (const path of paths) {
        for (const owner of ownersOf(codeowners, path)) {
            if (!seen.has(owner.toLowerCase()))
                seen.set(owner.toLowerCase(), owner);
        }
    }
    return [...seen.values()];
}
/** Whitespace-separated tokens; `\ ` keeps a space inside a pattern. */
function tokenize(line) {
    return line.trim().match(/(?:\\.|\S)+/g) ?? [];
}
function patternProblem(pattern) {
    if (pattern.startsWith('!'))
        return 'negation (!) does not work in CODEOWNERS; list the owners you want instead';
    if (pattern.startsWith('\\#'))
        return 'escaping a leading # does not work in CODEOWNERS';
    if (/[[\]]/.test(pattern))
        return 'character ranges ([ ]) do not work in CODEOWNERS; write one pattern per name';
    if (/^\/+$/.test(pattern))
        return 'never matches anything; did you mean * ?';
    return undefined;
}
/**
 * A pattern as a regex over repo-relative paths (no leading slash). A pattern matches a path
 * when it matches the path or one of its directories, except `dir/` (directories only) and a
 * trailing `/*` (direct children only).
 */
function compilePattern(pattern) {
    const dirOnly = pattern.endsWith('/');
    let p = pattern.replace(/\/+$/, '');
    const anchored = p.includes('/');
    p = p.replace(/^\/+/, '');
    const childrenOnly = p.endsWith('/*');
    const segments = p.split('/');
    let re = anchored ? '^' : '^(?:.*/)?';
    segments.forEach((seg, i) => {
        const last = i === segments.length - 1;
        if (seg === '**') {
            re += last ? '.*' : '(?:.*/)?';
            return;
        }
        re += segmentRegex(seg);
        if (!last)
            re += '/';
    });
    if (dirOnly)
        re += '/';
    else if (childrenOnly)
        re += '$';
    else
        re += '(?:/|$)';
    return new RegExp(re);
}
function segmentRegex(seg) {
    let out = '';
    for (let i = 0; i < seg.length; i++) {
        const c = seg[i];
        if (c === '\\' && i + 1 < seg.length)
            out += escapeRegex(seg[++i]);
        else if (c === '*')
            out += '[^/]*';
        else if (c === '?')
            out += '[^/]';
        else
            out += escapeRegex(c);
    }
    return out;
}
function escapeRegex(c) {
    return c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}


/***/ }),

/***/ 7414:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _: () => (/* binding */ evaluate)
});

// EXTERNAL MODULE: ./src/judge/calendar.ts
var calendar = __webpack_require__(8937);
;// CONCATENATED MODULE: ./src/judge/first-failure.ts
/** The first failing verdict of `slos` at steps first, first + windowMs, …, last; undefined when none fails. */
function firstFailing(judge, slos, first, last) {
    const kept = keptScans(judge, slos, first, last);
    if (!kept)
        return scan(judge, slos, first, last) ?? undefined;
    const w = judge.windowMs;
    const flags = flagsOf(judge, slos);
    const same = (s) => s.flags === flags && s.slos.length === slos.length && s.slos.every((x, i) => x === slos[i]);
    const earlier = kept.find((s) => same(s) && s.first <= first && first <= s.through + w);
    if (earlier?.failure && earlier.failure.step >= first) {
        // No step before the failure failed: it is the first in [first, last] too, if it lies there.
        return earlier.failure.step <= last ? earlier.failure : undefined;
    }
    if (earlier && !earlier.failure) {
        // Steps up to `through` did not fail: go on from there.
        if (earlier.through >= last)
            return undefined;
        const failure = scan(judge, slos, earlier.through + w, last);
        earlier.through = failure?.step ?? last;
        earlier.failure = failure;
        return failure ?? undefined;
    }
    // None kept, or its failure lies before `first` and the scan stopped there: scan anew.
    if (earlier)
        kept.splice(kept.indexOf(earlier), 1);
    const failure = scan(judge, slos, first, last);
    kept.push({ slos, flags, first, through: failure?.step ?? last, failure });
    return failure ?? undefined;
}
function scan(judge, slos, first, last) {
    for (let step = first; step <= last; step += judge.windowMs) {
        for (const slo of slos) {
            const verdict = judge.verdict(slo, step);
            if (verdict.status === 'fail')
                return { step, verdict };
        }
    }
    return null;
}
/** The scans kept for `slos`, when this judge sees every window their verdicts over [first, last] read. */
function keptScans(judge, slos, first, last) {
    const shared = judge.sharing;
    if (!shared || !slos.length || !(first <= last))
        return undefined;
    // Spans only move later with the step: the first step's starts earliest.
    if (!slos.every((slo) => judge.sees(slo, judge.spanStart(slo, first), last)))
        return undefined;
    return shared.scans(slos[0]);
}
function flagsOf(judge, slos) {
    return slos.map((slo) => judge.series(slo.sli).flags).join(' ');
}

// EXTERNAL MODULE: ./src/judge/format.ts
var format = __webpack_require__(3260);
// EXTERNAL MODULE: ./src/judge/span.ts + 1 modules
var span = __webpack_require__(6894);
;// CONCATENATED MODULE: ./src/judge/rules.ts



/** Whether the SLO is breached at a step: the trigger's own breach condition, else a failing SLO. */
function stepState(judge, slo, breach, step) {
    const verdict = judge.verdict(slo, step);
    if (verdict.status === 'no_data' || verdict.value === null)
        return { state: 'no_data', verdict };
    const breached = breach ? judge.conditionHolds(verdict, slo, breach) : verdict.status === 'fail';
    return { state: breached ? 'breach' : 'ok', verdict };
}
/** The first step at which any window of the phase exists. */
function firstStep(judge) {
    const w = judge.windowMs;
    return Number.isFinite(judge.since) ? (0,span/* alignUp */.DQ)(judge.since, w) + w : Number.NEGATIVE_INFINITY;
}
/** Evaluate one rollback trigger at step `at` (aligned). */
function evaluateTrigger(judge, phase, trigger, index, at) {
    const slos = trigger.slo === 'any' ? phase.slos : phase.slos.filter((s) => s.id === trigger.slo);
    return slos.map((slo) => ({
        rule: trigger.rule,
        slo: slo.id,
        trigger: index,
        ...outcome(judge, slo, trigger, at),
    }));
}
function outcome(judge, slo, trigger, at) {
    if (trigger.rule === 'immediate')
        return immediate(judge, slo, trigger.breach, at);
    if (trigger.rule === 'breaches_per_day') {
        return breachesPerDay(judge, slo, trigger.breach, trigger.count, at);
    }
    return sustained(judge, slo, trigger.breach, trigger.forMs, at);
}
function breachText(verdict, breach, breached) {
    const value = (0,format/* formatAgainst */.L$)(verdict.value, breach.threshold, verdict.unit, verdict.stat === 'increase');
    return `${verdict.id}: ${value} ${(0,format/* sign */._S)(breach.op, breached)} ${breach.text} (breach condition)`;
}
function immediate(judge, slo, breach, at) {
    const { state, verdict } = stepState(judge, slo, breach, at);
    if (state === 'no_data')
        return { fired: false, detail: `immediate: not judged, ${verdict.reason}` };
    const fired = state === 'breach';
    const head = fired ? 'immediate: breached now' : 'immediate: not breached';
    const detail = breach ? `${breachText(verdict, breach, fired)}; ${verdict.reason}` : verdict.reason;
    return { fired, detail: `${head}: ${detail}`, ...(fired && { span: verdict.window }) };
}
function breachesPerDay(judge, slo, breach, count, at) {
    const tz = judge.policy.timezone;
    const w = judge.windowMs;
    const dayStart = (0,calendar/* localDayStart */.E4)(at - 1, tz);
    const own = perWindow(slo, w);
    const times = [];
    for (let s = Math.max((0,span/* alignDown */.uf)(dayStart, w) + w, firstStep(judge)); s <= at; s += w) {
        const verdict = judge.verdict(own, s);
        if (verdict.status === 'no_data' || verdict.value === null)
            continue;
        if (breach ? judge.conditionHolds(verdict, own, breach) : verdict.status === 'fail')
            times.push(s);
    }
    const fired = times.length >= count;
    const shown = times.map((s) => (0,calendar/* localTime */.HJ)(s, tz));
    if (shown.length > 6)
        shown.splice(3, shown.length - 5, '…');
    const list = shown.length ? ` (windows ending ${shown.join(', ')})` : '';
    const n = times.length === 1 ? '1 breaching window' : `${times.length} breaching windows`;
    return {
        fired,
        detail: `breaches_per_day: ${slo.id} ${n} on ${(0,calendar/* localDate */.gD)(at - 1, tz)} (${tz})${list} ${fired ? '>=' : '<'} ${count}`,
        ...(fired && { span: { from: times[0] - w, to: times.at(-1) } }),
    };
}
const perWindowSpecs = new WeakMap();
/** The SLO judged over one window: min_samples scaled from the SLO's window to the window's. */
function perWindow(slo, windowMs) {
    let own = perWindowSpecs.get(slo);
    if (!own) {
        const span = slo.window === 'day' ? 24 * 3_600_000 : slo.window;
        const minSamples = slo.sliKind === 'count' ? 1 : Math.ceil((slo.minSamples * windowMs) / span);
        own = { ...slo, window: windowMs, minSamples };
        perWindowSpecs.set(slo, own);
    }
    return own;
}
function sustained(judge, slo, breach, forMs, at) {
    const w = judge.windowMs;
    const needed = Math.ceil(forMs / w);
    const first = firstStep(judge);
    const judged = rolling(slo);
    let breached = 0;
    let quiet = 0;
    let pending = 0;
    let last = 'ok';
    let earliest = at;
    // Back from now over the run: breaching steps, and quiet (no-data) steps between them, which
    // neither break the run nor end it; the clock keeps running through them. It must be breached
    // now, and a quiet step before the run's first breach is not part of it.
    for (let s = at; breached + quiet < needed && s >= first; s -= w) {
        last = stepState(judge, judged, breach, s).state;
        if (last === 'ok' || (last === 'no_data' && s === at))
            break;
        if (last === 'no_data') {
            // No data for as long as the rule's period is no continuation: the run ends there.
            if (++pending >= needed)
                break;
            continue;
        }
        breached++;
        quiet += pending;
        pending = 0;
        earliest = s - w;
    }
    const fired = breached + quiet >= needed;
    const forText = (0,format/* formatSpan */.QA)(forMs);
    if (fired) {
        const how = quiet
            ? `breached at every judged evaluation for ${forText} (${breached} of ${needed} evaluations, ${quiet} without data between)`
            : `breached at every evaluation for ${forText} (${breached} of ${needed} evaluations)`;
        return { fired, detail: `sustained: ${slo.id} ${how}`, span: { from: earliest, to: at } };
    }
    if (breached === 0) {
        const now = judge.verdict(judged, at);
        return { fired, detail: `sustained: ${slo.id} not breached now (${now.reason}); needs ${forText}` };
    }
    const ended = last === 'ok'
        ? 'not breached before that'
        : pending >= needed
            ? `no data for ${forText} before that`
            : 'the phase began before that';
    return {
        fired,
        detail: `sustained: ${slo.id} breached for the last ${(0,format/* formatSpan */.QA)((breached + quiet) * w)} (${ended}); needs ${forText}`,
    };
}
const rollingSpecs = new WeakMap();
/**
 * The SLO as a "24 h continuously" rule judges it: a per-day SLO ("≤ 3 critical bugs a day") over
 * the trailing 24 h at each step, not the calendar day so far, which resets at local midnight so
 * that 5 bugs every day would never be unmet for 24 h.
 */
function rolling(slo) {
    if (slo.window !== 'day')
        return slo;
    let r = rollingSpecs.get(slo);
    if (!r) {
        r = { ...slo, window: 24 * 3_600_000 };
        rollingSpecs.set(slo, r);
    }
    return r;
}

;// CONCATENATED MODULE: ./src/judge/advance.ts





function evaluateAdvance(judge, phase, spec, at) {
    return spec.rule === 'soak'
        ? { rule: 'soak', ...soak(judge, phase, spec.forMs, at) }
        : { rule: 'consecutive_days', ...consecutiveDays(judge, phase, spec.days, at) };
}
/** The first failing step of the phase's SLOs in (from, to], as a message, or undefined. */
function firstFailure(judge, phase, from, to) {
    const w = judge.windowMs;
    const tz = judge.policy.timezone;
    const first = Math.max((0,span/* alignDown */.uf)(from, w) + w, firstStep(judge));
    const failure = firstFailing(judge, phase.slos, first, (0,span/* alignDown */.uf)(to, w));
    if (!failure)
        return undefined;
    const { step, verdict } = failure;
    return `failed at ${(0,calendar/* localDate */.gD)(step, tz)} ${(0,calendar/* localTime */.HJ)(step, tz)} (${tz}): ${verdict.reason}`;
}
function soak(judge, phase, forMs, at) {
    const forText = (0,format/* formatSpan */.QA)(forMs);
    const ran = at - judge.since;
    if (ran < forMs) {
        return {
            met: false,
            detail: `soak: the phase has run ${(0,format/* formatSpan */.QA)(Math.max(0, ran))} of ${forText}`,
        };
    }
    const notPassing = phase.slos.map((s) => judge.verdict(s, at)).filter((v) => v.status !== 'pass');
    if (notPassing.length) {
        return {
            met: false,
            detail: `soak: not every SLO passes now: ${notPassing.map((v) => v.reason).join('; ')}`,
        };
    }
    const from = at - forMs;
    for (const sli of new Set(phase.slos.map((s) => s.sli))) {
        const span = judge.series(sli).coverage(Math.max(from, judge.since), at);
        if (span.missing > 0) {
            return {
                met: false,
                detail: `soak: ${span.missing} of ${span.expected} windows of ${sli} not collected in the last ${forText} (${span.missingReasons.join('; ')})`,
            };
        }
    }
    const failure = firstFailure(judge, phase, from, at);
    if (failure)
        return { met: false, detail: `soak: within the last ${forText}, ${failure}` };
    return {
        met: true,
        detail: `soak: ${forText} without a failing SLO, every window collected, and every SLO passes now`,
    };
}
function consecutiveDays(judge, phase, days, at) {
    const tz = judge.policy.timezone;
    const met = [];
    let end = (0,calendar/* localDayStart */.E4)(at, tz); // the newest complete day ends here
    while (met.length < days) {
        const start = (0,calendar/* localDayStart */.E4)(end - 1, tz);
        if (start < judge.since)
            break;
        const date = (0,calendar/* localDate */.gD)(start, tz);
        const problem = dayProblem(judge, phase, start, end, date);
        if (problem) {
            const streak = met.length ? ` (${met.length} met since: ${[...met].reverse().join(', ')})` : '';
            return {
                met: false,
                detail: `consecutive_days: ${date} (${tz}) not met${streak}, needs ${days}: ${problem}`,
            };
        }
        met.push(date);
        end = start;
    }
    if (met.length < days) {
        const list = met.length ? `: ${[...met].reverse().join(', ')}` : '';
        return {
            met: false,
            detail: `consecutive_days: ${met.length} of ${days} complete days (${tz}) since the phase began met${list}`,
        };
    }
    const range = `${met[met.length - 1]} … ${met[0]}`;
    return { met: true, detail: `consecutive_days: ${days} days met in a row (${range}, ${tz})` };
}
/** Why a complete day was not met, or undefined when every SLO met it. */
function dayProblem(judge, phase, start, end, date) {
    const tz = judge.policy.timezone;
    for (const slo of phase.slos) {
        const whole = judge.verdictOver(slo, start, end, `on ${date} (${tz})`);
        if (whole.status !== 'pass')
            return whole.reason;
    }
    return firstFailure(judge, phase, start, end);
}

// EXTERNAL MODULE: ./src/judge/record-index.ts
var record_index = __webpack_require__(8663);
// EXTERNAL MODULE: ./src/judge/slo.ts + 2 modules
var slo = __webpack_require__(6586);
;// CONCATENATED MODULE: ./src/judge/index.ts
/** The judge: SLO verdicts over spans of window records, and the rules over their history. */








// EXTERNAL MODULE: ./src/policy/model.ts
var model = __webpack_require__(2575);
// EXTERNAL MODULE: ./src/rollout/confirmation.ts
var rollout_confirmation = __webpack_require__(7516);
;// CONCATENATED MODULE: ./src/rollout/recovery.ts
/**
 * The recovery watch (SPEC.md section 3.5; the plan: ロールバック後の保存遅延/マージ率を 2h 監視し、
 * 改善を確認したら Phase A-1 から再開). It runs after every rollback, whichever phase it lands in:
 *
 * - The watched SLOs must pass for `recovery.for`, counted from the rollback, with no failing step
 *   and every window collected (a soak over them). Until then nothing advances or restarts.
 * - Once it is met, the rollout restarts from `recovery.restart`, forward or back (after B-1 → B-0
 *   the reference policy restarts from A-1, as the plan says). When the rollback landed on the
 *   restart phase itself (A-2 → A-1), that phase restarts in place: no change is proposed and its
 *   own advance rule applies from then on.
 * - A watched SLO with no data in the phase rolled back into does not block the watch forever: when
 *   that phase does not judge the SLO's SLI itself, every window of the watch was collected, and
 *   it saw fewer events than one verdict needs (min_samples), it is reported as not applicable and
 *   the others are judged (merge events while `merge.precision` is `legacy`). Missing windows (a
 *   source down) are never "no data in this phase": they keep the watch from being met. With no
 *   applicable SLO left, nothing confirms improvement and the watch is not met.
 */

function recoveryWatch(policy, phase, judge, entered, at) {
    const spec = policy.recovery;
    if (!spec || entered?.by !== 'rollback')
        return null;
    const judged = new Set(phase.slos.map((s) => s.sli));
    const from = Math.max(judge.since, at - spec.forMs);
    const notApplicable = spec.watch.filter((s) => !judged.has(s.sli) && noDataHere(judge, s, from, at));
    const watched = spec.watch.filter((s) => !notApplicable.includes(s));
    const na = notApplicable.length
        ? `; ${ids(notApplicable)} not applicable: fewer events than one verdict needs in ${phase.id} since the rollback`
        : '';
    const base = {
        restart: spec.restart,
        inPlace: spec.restart === phase.id,
        notApplicable: notApplicable.map((s) => s.id),
    };
    if (!watched.length) {
        return {
            ...base,
            met: false,
            detail: `recovery watch: no watched SLO has data in ${phase.id}${na}; nothing confirms improvement yet`,
        };
    }
    const soak = evaluateAdvance(judge, { ...phase, slos: watched }, { rule: 'soak', forMs: spec.forMs }, at);
    return { ...base, met: soak.met, detail: `recovery watch (${ids(watched)})${na}: ${soak.detail}` };
}
/** All windows of [from, at) collected, and fewer events than one verdict of `slo` needs. */
function noDataHere(judge, slo, from, at) {
    if (at <= from)
        return false;
    const span = judge.series(slo.sli).span(from, at);
    if (span.expected === 0 || span.missing > 0)
        return false;
    return slo.sliKind !== 'count' && events(span.aggregate) < Math.max(1, slo.minSamples);
}
function events(agg) {
    return agg.kind === 'ratio' ? agg.denominator : agg.count;
}
function ids(slos) {
    return slos.map((s) => s.id).join(' and ');
}

;// CONCATENATED MODULE: ./src/rollout/decide.ts
/**
 * The decision: a pure function from (policy, current phase and its start, window records, now)
 * to advance, hold, rollback or complete, with the reasons behind it.
 *
 * - `at` is aligned down to a step boundary (a multiple of policy.windowMs): an evaluation at
 *   10:07 judges the windows up to 10:00. A report for window [start, end) counts at steps ≥ end.
 * - After every rollback the recovery watch runs (recovery.ts): until it confirms improvement the
 *   phase holds; then the rollout restarts from the policy's restart phase (in place when the
 *   rollback landed there, and the phase's own advance rule applies).
 * - A fired rollback rule always wins over an advance. When the phase has no earlier phase
 *   (rollback.to: null, as in A-0), a fired rule holds with `alert: true` and blocks advancing.
 * - An advance needs its rule met on complete data; missing data never advances or completes.
 *   In the last phase a met advance rule means the rollout is complete.
 * - Nothing here throws for data problems: missing data shows up as no_data verdicts. An unknown
 *   phase id is a caller error and throws.
 */





function evaluate(input) {
    const { policy, since, records } = input;
    const phase = (0,model/* phaseById */.K6)(policy, input.phase);
    if (!phase) {
        throw new Error(`unknown phase "${input.phase}"; valid phases: ${(0,model/* phaseIds */.ab)(policy).join(', ')}`);
    }
    const at = (0,span/* alignDown */.uf)(input.at, policy.windowMs);
    const judge = new slo/* Judge */.I({ policy, records, since, rolloutStart: input.started });
    const slos = phase.slos.map((slo) => judge.verdict(slo, at));
    const rules = phase.rollback.when.flatMap((t, i) => evaluateTrigger(judge, phase, t, i, at));
    const advance = phase.advance ? evaluateAdvance(judge, phase, phase.advance, at) : null;
    const recovery = recoveryWatch(policy, phase, judge, input.entered, at);
    const confirmation = (0,rollout_confirmation/* breachConfirmation */.j5)(records, rules);
    const decision = decide(policy, phase, slos, rules, advance, recovery);
    return { phase: phase.id, at, since, slos, rules, advance, recovery, confirmation, decision };
}
function decide(policy, phase, slos, rules, advance, recovery) {
    const from = phase.id;
    const fired = rules.filter((r) => r.fired);
    if (fired.length) {
        const details = fired.map((r) => r.detail);
        const to = phase.rollback.to;
        if (to === null) {
            return {
                action: 'hold',
                from,
                to: null,
                alert: true,
                reasons: [
                    `${from} has no earlier phase to roll back to: alerting, and advancing is blocked`,
                    ...details,
                ],
            };
        }
        return {
            action: 'rollback',
            from,
            to,
            alert: true,
            reasons: [`roll back ${from} → ${to}: ${plural(fired.length, 'rule')} fired`, ...details],
        };
    }
    const watching = recoveryDecision(from, slos, recovery);
    if (watching)
        return watching;
    if (advance?.met) {
        const next = (0,model/* nextPhase */.ll)(policy, from);
        if (next) {
            return {
                action: 'advance',
                from,
                to: next.id,
                alert: false,
                reasons: [`advance ${from} → ${next.id}: ${advance.detail}`],
            };
        }
        return {
            action: 'complete',
            from,
            to: null,
            alert: false,
            reasons: [`${from} is the last phase and met its goal: ${advance.detail}`],
        };
    }
    const why = advance ? advance.detail : `${from} has no advance rule; it stays until changed by hand`;
    const problems = slos.filter((v) => v.status !== 'pass').map((v) => v.reason);
    return { action: 'hold', from, to: null, alert: false, reasons: [`hold ${from}: ${why}`, ...problems] };
}
/** While the recovery watch is not met: hold; once met: restart (unless in place). */
function recoveryDecision(from, slos, recovery) {
    if (!recovery)
        return null;
    if (!recovery.met) {
        const problems = slos.filter((v) => v.status !== 'pass').map((v) => v.reason);
        return {
            action: 'hold',
            from,
            to: null,
            alert: false,
            reasons: [
                `hold ${from}: nothing advances before the recovery watch confirms improvement`,
                recovery.detail,
                ...problems,
            ],
        };
    }
    if (recovery.inPlace)
        return null;
    return {
        action: 'restart',
        from,
        to: recovery.restart,
        alert: false,
        reasons: [`restart from ${recovery.restart}: ${recovery.detail}`],
    };
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}


/***/ }),

/***/ 981:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fe: () => (/* binding */ lookbackStart),
/* harmony export */   lR: () => (/* binding */ historyMs)
/* harmony export */ });
/* unused harmony export historyStart */
const DAY = 86_400_000;
/**
 * The trailing span a decision in `phase` reads before its instant: the longest history rule or
 * SLO window, the soak, the recovery watch (baselines anchored at the phase's or the rollout's
 * start come on top: lookbackStart).
 */
function historyMs(policy, phase) {
    let history = 2 * DAY; // a calendar day so far, in any time zone, plus slack
    for (const slo of phase.slos)
        if (slo.window !== 'day')
            history = Math.max(history, slo.window);
    const longest = Math.max(DAY, ...phase.slos.map((s) => (s.window === 'day' ? DAY : s.window)));
    // A sustained run may bridge quiet steps as long as the period, and each step judges its window.
    for (const rule of phase.rollback.when)
        if (rule.rule === 'sustained')
            history = Math.max(history, 2 * rule.forMs + longest);
    if (phase.advance?.rule === 'soak')
        history = Math.max(history, phase.advance.forMs);
    if (policy.recovery)
        history = Math.max(history, policy.recovery.forMs);
    if (phase.advance?.rule === 'consecutive_days')
        history = Math.max(history, (phase.advance.days + 2) * DAY);
    return history;
}
/**
 * The earliest report the decision can look at: the longest history rule or window, and the
 * baseline before the phase (or the rollout) began. Only these window records are read, however many exist.
 */
function lookbackStart(policy, phase, since, at, started) {
    let from = historyStart(policy, phase, at);
    for (const slo of phase.slos) {
        if (slo.baseline?.kind === 'before_phase' || slo.baseline?.kind === 'before_rollout')
            from = Math.min(from, since - slo.baseline.windowMs);
        if (slo.baseline?.kind === 'before_rollout' && started !== undefined)
            from = Math.min(from, started - slo.baseline.windowMs);
    }
    return from;
}
/**
 * The earliest report the decision reads apart from baselines: its rules' and windows' history.
 * Before it, only a baseline's rate (a ratio's counts) is read.
 */
function historyStart(policy, phase, at) {
    return at - historyMs(policy, phase) - policy.windowMs;
}


/***/ }),

/***/ 4019:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fi: () => (/* binding */ retentionMs),
/* harmony export */   kE: () => (/* binding */ keptSpans),
/* harmony export */   t8: () => (/* binding */ isKept)
/* harmony export */ });
/* unused harmony export RETENTION_MARGIN_MS */
/* harmony import */ var _lookback_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(981);

const DAY = 86_400_000;
const RETENTION_MARGIN_MS = 2 * DAY;
function anchoredBaselineMs(slos, kinds) {
    let ms = 0;
    for (const slo of slos)
        if (slo.baseline && kinds.includes(slo.baseline.kind) && 'windowMs' in slo.baseline)
            ms = Math.max(ms, slo.baseline.windowMs);
    return ms;
}
const ANCHORED = ['before_phase', 'before_rollout'];
/**
 * The trailing span before now the recent folder keeps: the longest any decision of the policy
 * reads back from its instant (a phase entered now reads its baseline from now back), at least
 * the collect back-fill, plus a window and the margin.
 */
function retentionMs(policy, backfillMs) {
    let ms = backfillMs;
    for (const phase of policy.phases) {
        ms = Math.max(ms, (0,_lookback_js__WEBPACK_IMPORTED_MODULE_0__/* .historyMs */ .lR)(policy, phase), anchoredBaselineMs(phase.slos, ANCHORED));
        for (const slo of phase.slos)
            if (slo.window !== 'day')
                ms = Math.max(ms, slo.window);
    }
    for (const slo of policy.recovery?.watch ?? []) {
        if (slo.window !== 'day')
            ms = Math.max(ms, slo.window);
        ms = Math.max(ms, anchoredBaselineMs([slo], ANCHORED));
    }
    return ms + policy.windowMs + RETENTION_MARGIN_MS;
}
/** The spans of time whose windows stay in the recent folder at `now`, for the live phase given. */
function keptSpans(policy, live, now, backfillMs) {
    const spans = [{ from: now - retentionMs(policy, backfillMs), to: Number.POSITIVE_INFINITY }];
    const pin = (anchor, ms) => {
        if (ms > 0)
            spans.push({ from: anchor - ms - RETENTION_MARGIN_MS, to: anchor + RETENTION_MARGIN_MS });
    };
    const livePhase = policy.phases.find((p) => p.id === live.phase);
    const watch = policy.recovery?.watch ?? [];
    pin(live.since, anchoredBaselineMs([...(livePhase?.slos ?? []), ...watch], ANCHORED));
    // The rollout's start, or where the next phase change will put it when current.yaml has none
    // and the live phase is not the first (rollout/current.ts startedAfter: the live phase's start):
    // every phase it may move to reads its before_rollout baseline back from there.
    const first = live.phase === policy.phases[0]?.id;
    const rolloutStart = live.started ?? (first ? undefined : live.since);
    if (rolloutStart !== undefined) {
        const all = [...policy.phases.flatMap((p) => p.slos), ...watch];
        pin(rolloutStart, anchoredBaselineMs(all, ['before_rollout']));
    }
    return spans;
}
/** Whether [from, to) overlaps a kept span: its windows must stay in the recent folder. */
function isKept(from, to, spans) {
    return spans.some((s) => from < s.to && s.from < to);
}


/***/ })

};
