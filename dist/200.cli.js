export const id = 200;
export const ids = [200];
export const modules = {

/***/ 7642:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  G: () => (/* binding */ PrBook)
});

// EXTERNAL MODULE: ./src/extent.ts
var extent = __webpack_require__(2279);
// EXTERNAL MODULE: ./src/notify/recording.ts
var recording = __webpack_require__(8162);
// EXTERNAL MODULE: ./src/plan/change.ts
var change = __webpack_require__(7023);
// EXTERNAL MODULE: ./src/plan/names.ts
var names = __webpack_require__(2471);
// EXTERNAL MODULE: ./src/policy/model.ts
var model = __webpack_require__(2575);
// EXTERNAL MODULE: ./src/render/append.ts
var append = __webpack_require__(898);
// EXTERNAL MODULE: ./src/render/markers.ts
var markers = __webpack_require__(6327);
// EXTERNAL MODULE: ./src/render/proposal.ts
var proposal = __webpack_require__(2524);
// EXTERNAL MODULE: ./src/rollout/current.ts
var current = __webpack_require__(7236);
// EXTERNAL MODULE: ./src/rollout/lookback.ts
var lookback = __webpack_require__(981);
// EXTERNAL MODULE: ./src/rollout/approvals.ts
var approvals = __webpack_require__(8361);
;// CONCATENATED MODULE: ./src/interpreters/book-pulls.ts


function mergedView(p) {
    return {
        number: p.number,
        url: p.url,
        body: p.body,
        author: p.author,
        labels: [...p.labels],
        mergedAt: p.mergedAt,
        approvedBy: (0,approvals/* latestApprovers */.s7)(p.reviews),
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
        this.notifier = o.notifier ?? new recording/* RecordingNotifier */.Q();
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
        const ours = (p) => p.state === 'open' && (0,change/* ourProposal */.dT)({ policy, identity: this.identity }, p) !== null;
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
                const body = (0,proposal/* updatedProposalBody */.IY)(i.body, p.body);
                Object.assign(p, { title: i.title, body, proposal: (0,markers/* parseProposalMarker */.aW)(body) });
                if (i.change)
                    Object.assign(p, {
                        change: i.change,
                        headSha: this.sha(),
                        files: [i.change.path],
                        headPhase: (0,current/* parseCurrent */.BG)(i.change.path, i.change.content ?? '', this.o.policy).phase,
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
            this.files.set(a.path, (0,append/* applyAppend */.r)(this.files.get(a.path) ?? null, a));
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
            const c = (0,current/* parseCurrent */.BG)(p.change.path, p.change.content, this.o.policy);
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
            const started = (0,current/* startedAfter */.oT)(this.o.policy, this.live, p.headPhase, now);
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


/***/ }),

/***/ 7859:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y: () => (/* binding */ runLoop)
});

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
// EXTERNAL MODULE: ./src/policy/model.ts
var model = __webpack_require__(2575);
// EXTERNAL MODULE: ./src/render/markers.ts
var markers = __webpack_require__(6327);
// EXTERNAL MODULE: ./src/rollout/business-days.ts
var business_days = __webpack_require__(6299);
// EXTERNAL MODULE: ./src/plan/names.ts
var names = __webpack_require__(2471);
// EXTERNAL MODULE: ./src/plan/runbook.ts + 3 modules
var plan_runbook = __webpack_require__(1304);
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

// EXTERNAL MODULE: ./src/plan/change.ts
var plan_change = __webpack_require__(7023);
// EXTERNAL MODULE: ./src/render/format.ts
var format = __webpack_require__(1509);
// EXTERNAL MODULE: ./src/render/limits.ts
var limits = __webpack_require__(9142);
// EXTERNAL MODULE: ./src/render/time.ts
var time = __webpack_require__(2891);
// EXTERNAL MODULE: ./src/render/verdict.ts
var verdict = __webpack_require__(1165);
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

// EXTERNAL MODULE: ./src/rollout/approvals.ts
var rollout_approvals = __webpack_require__(8361);
// EXTERNAL MODULE: ./src/rollout/checklist.ts
var checklist = __webpack_require__(8985);
// EXTERNAL MODULE: ./src/rollout/codeowners.ts
var codeowners = __webpack_require__(9028);
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
                    reasons.push((0,rollout_approvals/* explainIgnored */.QG)(entry));
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
    const resolved = (0,rollout_approvals/* resolveAllowedReviewers */.tD)(entries, { codeowners, teams });
    const approvals = (0,rollout_approvals/* countApprovals */.wr)({
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
            ...approvals.ignored.map(rollout_approvals/* explainIgnored */.QG),
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
    return (0,codeowners/* ownersOfAll */.ju)((0,codeowners/* parseCodeowners */.BW)(f.codeowners.text, f.codeowners.path), [f.live.file]);
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

// EXTERNAL MODULE: ./src/render/proposal.ts
var proposal = __webpack_require__(2524);
// EXTERNAL MODULE: ./src/rollout/current.ts
var current = __webpack_require__(7236);
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
        .map((pull) => ({ pull, proposal: (0,plan_change/* ourProposal */.dT)(f, pull) }))
        .filter((o) => o.proposal !== null);
    const want = wanted(f, ev, out);
    const branch = want && (0,proposal/* proposalBranch */.hj)(f.policy.rollout, want.kind, want.to);
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
    const branch = (0,proposal/* proposalBranch */.hj)(policy.rollout, want.kind, want.to);
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
    const change = (0,plan_change/* changeOf */.C2)(f, ev, pull);
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
    const rendered = (0,proposal/* renderProposal */.t7)({
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
            content: (0,current/* renderCurrent */.YM)(policy, want.to, f.now, {
                reason: want.why,
                entered,
                started: (0,current/* startedAfter */.oT)(policy, live, want.to, f.now),
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
    const change = (0,plan_change/* changeOf */.C2)(f, ev, pull);
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
    const kind = (0,plan_change/* kindOfMove */.dX)(f.policy, from, live.phase, live.entered?.by === 'restart');
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


/***/ }),

/***/ 6110:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ formatRecollect),
/* harmony export */   o: () => (/* binding */ recollectNeed)
/* harmony export */ });
const SHOWN_REASONS = 2;
function recollectNeed(slos, windowMs, records) {
    const bySli = new Map();
    // Indexed only when a verdict lacks windows: most runs lack none, and a run's records are days.
    let byStart;
    for (const v of slos) {
        if (v.windows.missing === 0)
            continue;
        byStart ??= new Map((records ?? []).map((r) => [r.start, r]));
        const entry = bySli.get(v.sli) ?? { starts: new Set(), reasons: new Set(), counted: 0 };
        bySli.set(v.sli, entry);
        entry.counted = Math.max(entry.counted, v.windows.missing);
        if (!records)
            continue;
        for (let s = v.window.from; s + windowMs <= v.window.to; s += windowMs) {
            const r = byStart.get(s);
            const why = !r
                ? 'no report'
                : (r.missing.get(v.sli) ?? (r.slis.has(v.sli) ? null : 'not in the report'));
            if (why === null)
                continue;
            entry.starts.add(s);
            entry.reasons.add(why);
        }
    }
    const slis = [...bySli].map(([sli, e]) => ({
        sli,
        windows: records ? e.starts.size : e.counted,
        reasons: [...e.reasons],
    }));
    return { needed: slis.some((s) => s.windows > 0), slis: slis.filter((s) => s.windows > 0) };
}
/**
 * "re-collect needed: no", or "re-collect needed: 3 windows lack save_latency (source failed: …);
 * collected again next run".
 */
function formatRecollect(need) {
    if (!need.needed)
        return 're-collect needed: no';
    const parts = need.slis.map((s) => {
        const shown = s.reasons.slice(0, SHOWN_REASONS);
        const more = s.reasons.length > SHOWN_REASONS ? `; ${s.reasons.length - SHOWN_REASONS} more` : '';
        const why = shown.length ? ` (${shown.join('; ')}${more})` : '';
        return `${s.windows} ${s.windows === 1 ? 'window lacks' : 'windows lack'} ${s.sli}${why}`;
    });
    return `re-collect needed: ${parts.join('; ')}; collected again next run`;
}


/***/ }),

/***/ 3126:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ sloSeries)
/* harmony export */ });
/* unused harmony export MAX_SERIES_STEPS */
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3260);
/* harmony import */ var _slo_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6586);
/* harmony import */ var _span_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6894);



/** Refuse periods that would take seconds to judge; charts need a few hundred points at most. */
const MAX_SERIES_STEPS = 50_000;
function sloSeries(input) {
    const { policy, phase } = input;
    const stepMs = input.stepMs ?? policy.windowMs;
    if (!(stepMs > 0) || stepMs % policy.windowMs !== 0) {
        throw new Error(`sloSeries: stepMs ${stepMs} is not a positive multiple of the policy window (${policy.windowMs} ms)`);
    }
    const steps = [];
    for (let s = (0,_span_js__WEBPACK_IMPORTED_MODULE_2__/* .alignUp */ .DQ)(input.from, stepMs); s <= input.to; s += stepMs) {
        if (steps.length >= MAX_SERIES_STEPS) {
            throw new Error(`sloSeries: more than ${MAX_SERIES_STEPS} steps from ${new Date(input.from).toISOString()} to ${new Date(input.to).toISOString()}; use a larger stepMs`);
        }
        steps.push(s);
    }
    const judge = new _slo_js__WEBPACK_IMPORTED_MODULE_1__/* .Judge */ .I({ policy, records: input.records, since: input.since });
    return phase.slos.map((slo) => ({
        id: slo.id,
        sli: slo.sli,
        unit: slo.unit,
        stat: slo.stat.kind === 'quantile' ? `p${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .round12 */ .u8)(slo.stat.q * 100)}` : slo.stat.kind,
        objective: slo.objective,
        window: slo.window,
        points: steps.map((at) => {
            const v = judge.verdict(slo, at);
            return { at, value: v.status === 'no_data' ? null : v.value, status: v.status };
        }),
    }));
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

/***/ 8162:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ RecordingNotifier)
/* harmony export */ });
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

/***/ 7023:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C2: () => (/* binding */ changeOf),
/* harmony export */   dT: () => (/* binding */ ourProposal),
/* harmony export */   dX: () => (/* binding */ kindOfMove)
/* harmony export */ });
/* unused harmony export GITHUB_FILES_LISTED */
/* harmony import */ var _policy_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2575);
/* harmony import */ var _render_markers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6327);
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
    const ids = (0,_policy_model_js__WEBPACK_IMPORTED_MODULE_0__/* .phaseIds */ .ab)(policy);
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
    const ids = (0,_policy_model_js__WEBPACK_IMPORTED_MODULE_0__/* .phaseIds */ .ab)(policy);
    return restarts ? 'restart' : ids.indexOf(to) < ids.indexOf(from) ? 'rollback' : 'advance';
}
/** phasegate's marker, in a PR the run's own identity opened; anyone can paste a marker. */
function ourProposal(f, pull) {
    if (pull.author.toLowerCase() !== f.identity.toLowerCase())
        return null;
    const marker = (0,_render_markers_js__WEBPACK_IMPORTED_MODULE_1__/* .parseProposalMarker */ .aW)(pull.body);
    return marker?.rollout === f.policy.rollout ? marker : null;
}
function list(paths) {
    const shown = paths.slice(0, 5).join(', ');
    return paths.length > 5 ? `${shown} and ${paths.length - 5} more` : shown;
}


/***/ }),

/***/ 3862:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ recentSeries)
/* harmony export */ });
/* harmony import */ var _judge_series_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3126);
/** The series the loop's texts chart (PR bodies, the dashboard, job summaries). Pure. */

/** The SLO series of the live phase over its last `spanMs` (at most ~96 points, on whole windows). */
function recentSeries(s, spanMs, slos = s.phase.slos) {
    const { policy, evaluation } = s;
    const to = evaluation.at;
    const from = Math.max(evaluation.since, to - spanMs);
    const stepMs = Math.max(policy.windowMs, Math.ceil((to - from) / 96 / policy.windowMs) * policy.windowMs);
    return (0,_judge_series_js__WEBPACK_IMPORTED_MODULE_0__/* .sloSeries */ .U)({
        policy,
        phase: { ...s.phase, slos },
        records: s.records,
        since: evaluation.since,
        from,
        to,
        stepMs,
    });
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

/***/ 1304:
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
// EXTERNAL MODULE: ./src/rollout/retention.ts
var retention = __webpack_require__(4019);
// EXTERNAL MODULE: ./src/telemetry/archive.ts
var archive = __webpack_require__(2889);
// EXTERNAL MODULE: ./src/telemetry/window.ts
var telemetry_window = __webpack_require__(135);
;// CONCATENATED MODULE: ./src/plan/archive.ts



function planArchive(o) {
    const spans = (0,retention/* keptSpans */.kE)(o.policy, o.live, o.now, o.backfillMs);
    const at = (p) => (o.dir === '.' || o.dir === '' ? p : `${o.dir.replace(/\/+$/, '')}/${p}`);
    const days = new Map();
    for (const w of o.candidates.windows) {
        const day = (0,archive/* utcDayStart */.lZ)(w.end - o.policy.windowMs);
        if ((0,retention/* isKept */.t8)(day, day + archive/* DAY_MS */.sO, spans))
            continue;
        days.set(day, [...(days.get(day) ?? []), w]);
    }
    const deletes = [];
    const appends = [];
    for (const [day, windows] of [...days].sort((a, b) => a[0] - b[0])) {
        windows.sort((a, b) => a.end - b.end);
        appends.push(appendOf(at((0,archive/* archiveDayPath */.iZ)(day)), windows.map((w) => w.text)));
        for (const w of windows)
            deletes.push(at((0,telemetry_window/* windowFileName */.gp)(w.end)));
    }
    for (const log of [...o.candidates.runLogs].sort((a, b) => (a.name < b.name ? -1 : 1))) {
        const date = (0,archive/* parseDayName */.pq)(log.name);
        // A run log is named by the local date: its runs lie within a day either side in UTC.
        if (date === undefined || (0,retention/* isKept */.t8)(date - archive/* DAY_MS */.sO, date + 2 * archive/* DAY_MS */.sO, spans))
            continue;
        const lines = log.text.split('\n').filter((l) => l !== '');
        appends.push(appendOf(at((0,archive/* archiveRunLogPath */.DK)(log.name)), lines));
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
        ? planArchive({
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
/* harmony import */ var _runbook_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1304);
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

/***/ 5888:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ TriggerError)
/* harmony export */ });
/** A run asked for something the policy does not allow (a rollback to a later phase). */
class TriggerError extends Error {
    field;
    name = 'TriggerError';
    constructor(
    /** The input the problem is in: "phase", "reason". */
    field, message) {
        super(message);
        this.field = field;
    }
}


/***/ }),

/***/ 898:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ applyAppend)
/* harmony export */ });
/* unused harmony export missingEntries */
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


/***/ }),

/***/ 2556:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rm: () => (/* binding */ renderChartsMarkdown)
/* harmony export */ });
/* unused harmony exports mermaidNumber, downsample, renderChart */
/* harmony import */ var _extent_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2279);
/* harmony import */ var _judge_calendar_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8937);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1509);
/**
 * An SLO's value over time as a Mermaid `xychart-beta` line chart, which GitHub renders in PR
 * bodies, comments, issues and job summaries. The value is one line, the objective a flat
 * second line; the caption under the heading says what the reader is looking at.
 *
 * Mermaid's xychart has no gaps, no time axis, no label thinning, no point markers and pale
 * default colours, so:
 * - Downsampling: at most `maxPoints` points; each is the worst value of its bucket of
 *   consecutive steps (the highest for "at most" objectives such as latency, the lowest for "at
 *   least" objectives such as success ratios), so a short breach is never averaged away.
 * - No data: stretches before the first and after the last value are left out; a stretch in
 *   between is bridged by a straight line, and the caption names it. Nothing is carried forward.
 * - The x axis is categorical, and Mermaid prints every category and needs them distinct, so at
 *   most `maxLabels` evenly spaced points get a local-time label; the others get a distinct
 *   invisible label (the point's index in zero-width characters).
 * - Numbers are written without exponents (the xychart grammar has none); strings never hold `"`.
 * - Mermaid draws a line through its points with no marker on them, so one point alone draws
 *   nothing: a single value is drawn as a flat segment over two categories, the second unlabelled.
 * - Colours are set in the chart's front matter: Mermaid's default theme draws the first line in
 *   #ECECFF, all but invisible on white, and its other light themes are as pale. A viewer that
 *   ignores the front matter still draws the chart, in the theme's colours.
 * test/integration/mermaid-render.test.ts draws every chart phasegate writes with Mermaid itself.
 */



const UNIT_AXIS = { ms: 'seconds', percent: '%', count: 'count' };
/**
 * The value in blue, the objective in orange (the HTML report's threshold colour): each stands
 * out at least 3:1 on white, on Mermaid's dark theme (#333) and on GitHub's dark background.
 */
const FRONT_MATTER = [
    '---',
    'config:',
    '  themeVariables:',
    '    xyChart:',
    '      plotColorPalette: "#2f81f7, #ea580c"',
    '---',
];
/** Values in the chart's unit: seconds for latency, percent for ratios and increases. */
function toAxis(value, unit) {
    return unit === 'ms' ? value / 1000 : unit === 'percent' ? value * 100 : value;
}
/** A number as the xychart grammar reads it: plain decimal, at most 4 decimals. */
function mermaidNumber(x) {
    if (!Number.isFinite(x))
        return '0';
    // toFixed switches to exponent notation from 1e21 on; such values are whole numbers anyway.
    if (Math.abs(x) >= 1e21)
        return BigInt(x).toString();
    const text = x.toFixed(4).replace(/\.?0+$/, '');
    return text === '-0' ? '0' : text;
}
function quote(text) {
    return `"${text.replace(/"/g, "'").replace(/[\r\n]+/g, ' ')}"`;
}
/** Distinct, invisible: the index in binary as zero-width space (0) and zero-width non-joiner (1). */
function invisibleLabel(index) {
    return index.toString(2).replace(/0/g, '\u200b').replace(/1/g, '\u200c');
}
/** Consecutive points grouped into at most `max` buckets, each keeping its worst value. */
function downsample(points, max, higherIsWorse) {
    const size = Math.max(1, Math.ceil(points.length / Math.max(1, max)));
    const stepMs = points.length > 1 ? points[1].at - points[0].at : 0;
    const out = [];
    for (let i = 0; i < points.length; i += size) {
        const group = points.slice(i, i + size);
        let worst = null;
        for (const p of group) {
            if (p.value === null)
                continue;
            if (worst === null || (higherIsWorse ? p.value > worst : p.value < worst))
                worst = p.value;
        }
        out.push({ at: group[0].at, end: group[group.length - 1].at + stepMs, value: worst });
    }
    return out;
}
function niceStep(rough) {
    const p = 10 ** Math.floor(Math.log10(rough));
    const f = rough / p;
    return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * p;
}
/** A y range holding the values and the threshold with a little room, on round numbers. */
function yRange(values, threshold, series) {
    let lo = Math.min(threshold, (0,_extent_js__WEBPACK_IMPORTED_MODULE_2__/* .minOf */ .H)(values));
    let hi = Math.max(threshold, (0,_extent_js__WEBPACK_IMPORTED_MODULE_2__/* .maxOf */ ._)(values));
    const span = hi - lo || Math.max(Math.abs(hi) * 0.1, 1);
    const step = niceStep(span / 4);
    lo = Math.floor((lo - span * 0.05) / step) * step;
    hi = Math.ceil((hi + span * 0.05) / step) * step;
    if (series.unit === 'ms' || series.unit === 'count' || series.stat === 'ratio')
        lo = Math.max(0, lo);
    if (series.stat === 'ratio')
        hi = Math.min(100, hi);
    return [lo, hi];
}
function localLabel(t, tz, withDate) {
    return withDate ? `${(0,_judge_calendar_js__WEBPACK_IMPORTED_MODULE_0__/* .localDate */ .gD)(t, tz).slice(5)} ${(0,_judge_calendar_js__WEBPACK_IMPORTED_MODULE_0__/* .localTime */ .HJ)(t, tz)}` : (0,_judge_calendar_js__WEBPACK_IMPORTED_MODULE_0__/* .localTime */ .HJ)(t, tz);
}
function renderChart(series, opts) {
    const tz = opts.timezone;
    const higherIsWorse = series.objective.op === '<=' || series.objective.op === '<';
    const objective = `${higherIsWorse ? '≤' : '≥'} ${series.objective.text}`;
    const what = `${series.stat} over ${series.window === 'day' ? 'the local day' : (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatSpan */ .QA)(series.window)}`;
    const head = `**${series.id}** (${what}) in ${UNIT_AXIS[series.unit]}, times in ${tz}`;
    const pts = series.points;
    const withDate = pts.length > 0 && (0,_judge_calendar_js__WEBPACK_IMPORTED_MODULE_0__/* .localDate */ .gD)(pts[0].at, tz) !== (0,_judge_calendar_js__WEBPACK_IMPORTED_MODULE_0__/* .localDate */ .gD)(pts[pts.length - 1].at, tz);
    const fmt = (t) => localLabel(t, tz, withDate);
    const buckets = downsample(pts, opts.maxPoints ?? 100, higherIsWorse);
    const first = buckets.findIndex((b) => b.value !== null);
    if (first < 0) {
        const period = pts.length ? ` from ${fmt(pts[0].at)} to ${fmt(pts[pts.length - 1].at)}` : '';
        return { mermaid: null, caption: `${head}: no data${period}.` };
    }
    let last = buckets.length - 1;
    while (buckets[last].value === null)
        last--;
    const shown = buckets.slice(first, last + 1);
    const { values, gaps } = bridge(shown);
    const axis = values.map((v) => toAxis(v, series.unit));
    const threshold = toAxis(series.objective.threshold, series.unit);
    const [lo, hi] = yRange(axis, threshold, series);
    const maxLabels = Math.max(2, opts.maxLabels ?? 12);
    const labelled = new Set();
    const n = shown.length;
    for (let j = 0; j < Math.min(maxLabels, n); j++) {
        labelled.add(n === 1 ? 0 : Math.round((j * (n - 1)) / (Math.min(maxLabels, n) - 1)));
    }
    const labels = shown.map((b, i) => quote(labelled.has(i) ? fmt(b.at) : invisibleLabel(i)));
    if (n === 1) {
        labels.push(quote(invisibleLabel(1)));
        axis.push(axis[0]);
    }
    const mermaid = [
        ...FRONT_MATTER,
        'xychart-beta',
        `  title ${quote(`${series.id} (${series.stat})`)}`,
        `  x-axis ${quote(tz)} [${labels.join(', ')}]`,
        `  y-axis ${quote(UNIT_AXIS[series.unit])} ${mermaidNumber(lo)} --> ${mermaidNumber(hi)}`,
        `  line [${axis.map(mermaidNumber).join(', ')}]`,
        `  line [${axis.map(() => mermaidNumber(threshold)).join(', ')}]`,
    ].join('\n');
    const notes = [`flat line: the objective ${objective}`];
    const perBucket = pts.length > 1 ? Math.ceil(pts.length / (opts.maxPoints ?? 100)) : 1;
    if (perBucket > 1) {
        const stepMs = pts[1].at - pts[0].at;
        const worst = higherIsWorse ? 'highest' : 'lowest';
        notes.push(`each point is the ${worst} (worst) value of ${perBucket} steps of ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatSpan */ .QA)(stepMs)}`);
    }
    const failing = pts.filter((p) => p.status === 'fail').length;
    notes.push(`failing at ${failing} of ${pts.length} steps`);
    if (first > 0)
        notes.push(`no data before ${fmt(shown[0].at)}`);
    if (gaps.length) {
        notes.push(`no data ${gaps.map((g) => `${fmt(g.from)}–${fmt(g.to)}`).join(', ')} (bridged by a straight line)`);
    }
    if (last < buckets.length - 1)
        notes.push(`no data from ${fmt(buckets[last + 1].at)}`);
    const now = pts[pts.length - 1];
    notes.push(`last step ${fmt(now.at)}: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatValue */ .Fl)(now.value, series.unit)} (${now.status.replace('_', ' ')})`);
    return { mermaid, caption: `${head}; ${notes.join('; ')}.` };
}
/** Interior null buckets become a straight line between their neighbours; returns the gaps. */
function bridge(shown) {
    const values = [];
    const gaps = [];
    for (let i = 0; i < shown.length; i++) {
        const b = shown[i];
        if (b.value !== null) {
            values.push(b.value);
            continue;
        }
        let j = i;
        while (shown[j].value === null)
            j++;
        const before = values[values.length - 1];
        const after = shown[j].value;
        for (let k = i; k < j; k++)
            values.push(before + ((after - before) * (k - i + 1)) / (j - i + 1));
        gaps.push({ from: b.at, to: shown[j].at });
        i = j - 1;
    }
    return { values, gaps };
}
/** Each series as a caption line and a ```mermaid block (caption only when it has no data). */
function renderChartsMarkdown(seriesList, opts) {
    return seriesList
        .map((s) => {
        const chart = renderChart(s, opts);
        return chart.mermaid ? `${chart.caption}\n\n\`\`\`mermaid\n${chart.mermaid}\n\`\`\`` : chart.caption;
    })
        .join('\n\n');
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
/* harmony import */ var _extent_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2279);
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

/***/ 9142:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sU: () => (/* binding */ BODY_MAX_CHARS),
/* harmony export */   u5: () => (/* binding */ fitParts)
/* harmony export */ });
/* unused harmony exports SUMMARY_MAX_BYTES, chars, utf8Bytes, cutLines, escapeHtml */
/* harmony import */ var _extent_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2279);
/**
 * GitHub's size limits for what we post, and a way to fit a Markdown body under them by giving
 * up the least important parts first (DESIGN.md: bodies over 65,536 characters are refused; a
 * job summary takes at most 1 MiB per step).
 */

/** PR, issue and comment bodies. GitHub counts characters; a JS length (UTF-16 units) is never less. */
const BODY_MAX_CHARS = 65_536;
/** One step's job summary, in bytes of UTF-8. */
const SUMMARY_MAX_BYTES = 1_048_576;
const chars = (text) => text.length;
const encoder = new TextEncoder();
const utf8Bytes = (text) => encoder.encode(text).length;
/**
 * Join the parts; if the result is over the limit, drop the droppable parts (in order), then cut
 * the cuttable ones (the longest first, down to a common size), then cut the whole. Every cut leaves a note saying what was left out.
 */
function fitParts(parts, opts) {
    const measure = opts.measure ?? chars;
    const joiner = opts.joiner ?? '\n\n';
    const texts = parts.map((p) => p.text);
    const joined = () => texts.join(joiner);
    if (measure(joined()) <= opts.max)
        return joined();
    const drops = parts
        .flatMap((p, i) => (p.drop ? [{ i, order: p.drop.order }] : []))
        .sort((a, b) => a.order - b.order);
    for (const { i } of drops) {
        texts[i] = parts[i].drop.note;
        if (measure(joined()) <= opts.max)
            return joined();
    }
    // Cut the longest parts first: every cuttable part is capped at one common size, the largest
    // that fits, so a short verdict table survives next to a huge list.
    const cuttable = parts.flatMap((p, i) => (p.cut ? [i] : []));
    const sizes = cuttable.map((i) => measure(texts[i]));
    const room = opts.max - (measure(joined()) - sizes.reduce((a, b) => a + b, 0));
    let lo = 0;
    let hi = (0,_extent_js__WEBPACK_IMPORTED_MODULE_0__/* .maxOf */ ._)(sizes, 0);
    while (lo < hi) {
        const cap = Math.ceil((lo + hi) / 2);
        if (sizes.reduce((n, size) => n + Math.min(size, cap), 0) <= room)
            lo = cap;
        else
            hi = cap - 1;
    }
    cuttable.forEach((i, k) => {
        if (sizes[k] > lo)
            texts[i] = cutLines(texts[i], lo, opts.limitText, measure);
    });
    if (measure(joined()) <= opts.max)
        return joined();
    return cutLines(joined(), opts.max, opts.limitText, measure);
}
/**
 * Whole lines from the start of `text` so that they and a closing note fit in `budget`. The note
 * follows a blank line, so a cut table ends there instead of swallowing the note as a row.
 */
function cutLines(text, budget, limitText, measure = chars) {
    if (measure(text) <= budget)
        return text;
    const lines = text.split('\n');
    const note = (n) => `\n\n_… ${n} more line${n === 1 ? '' : 's'} cut to stay under ${limitText}._`;
    let kept = 0;
    let size = 0;
    while (kept < lines.length) {
        const next = size + measure(lines[kept]) + (kept ? 1 : 0);
        if (next + measure(note(lines.length - kept - 1)) > budget)
            break;
        size = next;
        kept++;
    }
    const tail = note(lines.length - kept);
    if (kept === 0)
        return measure(tail.trimStart()) <= budget ? tail.trimStart() : '';
    return lines.slice(0, kept).join('\n') + tail;
}
/** Text for HTML contexts where Markdown passes HTML through (job summaries, addTable cells). */
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
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

/***/ 2524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IY: () => (/* binding */ updatedProposalBody),
/* harmony export */   hj: () => (/* binding */ proposalBranch),
/* harmony export */   t7: () => (/* binding */ renderProposal)
/* harmony export */ });
/* unused harmony exports proposalTitle, proposalLabels, PROPOSAL_END, keepTicks */
/* harmony import */ var _policy_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2575);
/* harmony import */ var _rollout_confirmation_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7516);
/* harmony import */ var _chart_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2556);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1509);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9142);
/* harmony import */ var _markers_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6327);
/* harmony import */ var _verdict_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1165);







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
        ? `### ${CHART_HEADING[kind]}\n\n${(0,_chart_js__WEBPACK_IMPORTED_MODULE_2__/* .renderChartsMarkdown */ .Rm)(input.charts, { timezone: policy.timezone })}`
        : '';
    const parts = [
        { text: (0,_markers_js__WEBPACK_IMPORTED_MODULE_6__/* .proposalMarker */ .VC)({ rollout: policy.rollout, kind, from, to }) },
        { text: summary(policy, kind, fromSpec, toSpec, file) },
        ...(kind === 'rollback' ? [{ text: causeSection(ev, input.cause), cut: true }] : []),
        { text: (0,_verdict_js__WEBPACK_IMPORTED_MODULE_5__/* .renderVerdictMarkdown */ .d1)(policy, ev, input.records).trimEnd(), cut: true },
        ...(charts
            ? [{ text: charts, drop: { order: 0, note: `_Charts left out to stay under ${BODY_LIMIT}._` } }]
            : []),
        { text: checklistSection(toSpec, input.checklistMarkdown, input.previousBody, policy.github.checklist) },
        { text: approvalSection(policy, kind, fromSpec, file, input.reviewers ?? policy.github.reviewers) },
        {
            text: `---\n<sub>Proposed by phasegate from the verdict at ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatInstant */ .r4)(ev.at)}. The live verdict is in phasegate's comment below, updated every run; this description stays as proposed, so ticked boxes stay ticked. Close the pull request to dismiss the proposal.</sub>\n\n${PROPOSAL_END}`,
        },
    ];
    return {
        branch: proposalBranch(policy.rollout, kind, to),
        title: proposalTitle(policy.rollout, kind, from, to),
        body: `${(0,_limits_js__WEBPACK_IMPORTED_MODULE_4__/* .fitParts */ .u5)(parts, { max: _limits_js__WEBPACK_IMPORTED_MODULE_4__/* .BODY_MAX_CHARS */ .sU, limitText: BODY_LIMIT })}\n`,
        labels: proposalLabels(policy, kind),
    };
}
const CHART_HEADING = {
    advance: 'The soak period',
    rollback: 'The breach',
    restart: 'The recovery watch',
};
function requirePhase(policy, id) {
    const spec = (0,_policy_model_js__WEBPACK_IMPORTED_MODULE_0__/* .phaseById */ .K6)(policy, id);
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
        fired.push(`- ${(0,_rollout_confirmation_js__WEBPACK_IMPORTED_MODULE_1__/* .confirmationText */ .xR)(ev.confirmation)}`);
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

/***/ 1165:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gq: () => (/* binding */ verdictJson),
/* harmony export */   d1: () => (/* binding */ renderVerdictMarkdown),
/* harmony export */   pr: () => (/* binding */ ACTION_TEXT),
/* harmony export */   tW: () => (/* binding */ STATUS_ICON)
/* harmony export */ });
/* harmony import */ var _judge_recollect_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6110);
/* harmony import */ var _rollout_confirmation_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7516);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1509);
/**
 * The verdict as Markdown: the table a PR comment carries and `phasegate evaluate --format
 * markdown` prints. Also the JSON shape `--format json` prints (one object, stable keys).
 */



const STATUS_ICON = { pass: '✅ pass', fail: '❌ fail', no_data: '⚪ no data' };
const ACTION_TEXT = {
    advance: 'advance',
    hold: 'hold',
    rollback: 'roll back',
    restart: 'restart',
    complete: 'complete',
};
/**
 * `records`: the window records the evaluation judged, to say why windows need collecting again
 * (the plan's 再試行要否コメント); without them the line gives the counts alone.
 */
function renderVerdictMarkdown(policy, ev, records) {
    const phase = policy.phases.find((p) => p.id === ev.phase);
    const d = ev.decision;
    const target = d.to ? ` → ${d.to}` : '';
    const alert = d.alert ? ' ⚠️ alert' : '';
    const lines = [
        `### phasegate verdict: ${policy.rollout}, phase ${ev.phase}${phase ? ` (${phase.name})` : ''}`,
        '',
        `Evaluated at ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatInstant */ .r4)(ev.at)}; phase began ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatInstant */ .r4)(ev.since)}.`,
        '',
        `**Decision: ${ACTION_TEXT[d.action]}${target}**${alert}`,
        '',
        ...d.reasons.map((r) => `- ${escapeCell(r)}`),
        ...(ev.confirmation ? [`- ${escapeCell((0,_rollout_confirmation_js__WEBPACK_IMPORTED_MODULE_0__/* .confirmationText */ .xR)(ev.confirmation))}`] : []),
        '',
        `${sentence((0,_judge_recollect_js__WEBPACK_IMPORTED_MODULE_2__/* .formatRecollect */ .n)((0,_judge_recollect_js__WEBPACK_IMPORTED_MODULE_2__/* .recollectNeed */ .o)(ev.slos, policy.windowMs, records)))}.`,
        '',
        '| SLO | value | objective | window | samples | status |',
        '|---|---|---|---|---|---|',
    ];
    for (const s of ev.slos) {
        const spec = phase?.slos.find((x) => x.id === s.id);
        const objective = spec ? `${spec.objective.op === '<=' ? '≤' : '≥'} ${spec.objective.text}` : '';
        const window = spec ? (spec.window === 'day' ? `day (${policy.timezone})` : (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatSpan */ .QA)(spec.window)) : '';
        lines.push(`| ${s.id} | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatValue */ .Fl)(s.value, s.unit)} | ${objective} | ${window} | ${s.samples} | ${STATUS_ICON[s.status]} |`);
    }
    if (ev.rules.length || ev.advance || ev.recovery) {
        lines.push('', '| rule | SLO | fired | detail |', '|---|---|---|---|');
        for (const r of ev.rules) {
            lines.push(`| rollback: ${r.rule} | ${r.slo} | ${r.fired ? '🔴 yes' : 'no'} | ${escapeCell(r.detail)} |`);
        }
        if (ev.advance) {
            lines.push(`| advance: ${ev.advance.rule} | all | ${ev.advance.met ? '🟢 met' : 'not yet'} | ${escapeCell(ev.advance.detail)} |`);
        }
        if (ev.recovery) {
            lines.push(`| recovery: restart ${ev.recovery.restart} | watched | ${ev.recovery.met ? '🟢 met' : 'not yet'} | ${escapeCell(ev.recovery.detail)} |`);
        }
    }
    return `${lines.join('\n')}\n`;
}
/** The stable JSON form of an evaluation (values in base units: ms, fractions, counts). */
function verdictJson(policy, ev, records) {
    return {
        rollout: policy.rollout,
        phase: ev.phase,
        since: new Date(ev.since).toISOString(),
        at: new Date(ev.at).toISOString(),
        decision: {
            action: ev.decision.action,
            from: ev.decision.from,
            to: ev.decision.to,
            alert: ev.decision.alert,
            reasons: ev.decision.reasons,
        },
        slos: ev.slos.map((s) => ({
            id: s.id,
            sli: s.sli,
            status: s.status,
            value: s.value,
            threshold: s.threshold,
            op: s.op,
            unit: s.unit,
            samples: s.samples,
            min_samples: s.minSamples,
            window: { from: new Date(s.window.from).toISOString(), to: new Date(s.window.to).toISOString() },
            reason: s.reason,
        })),
        rules: ev.rules.map((r) => ({ rule: r.rule, slo: r.slo, fired: r.fired, detail: r.detail })),
        advance: ev.advance,
        recovery: ev.recovery,
        confirmation: ev.confirmation && {
            windows: ev.confirmation.windows,
            rechecked: ev.confirmation.rechecked,
            last: ev.confirmation.last === null ? null : new Date(ev.confirmation.last).toISOString(),
        },
        recollect: (0,_judge_recollect_js__WEBPACK_IMPORTED_MODULE_2__/* .recollectNeed */ .o)(ev.slos, policy.windowMs, records),
    };
}
function sentence(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
function escapeCell(text) {
    return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}


/***/ }),

/***/ 8361:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AD: () => (/* binding */ teamsToResolve),
/* harmony export */   QG: () => (/* binding */ explainIgnored),
/* harmony export */   s7: () => (/* binding */ latestApprovers),
/* harmony export */   tD: () => (/* binding */ resolveAllowedReviewers),
/* harmony export */   wr: () => (/* binding */ countApprovals)
/* harmony export */ });
/* unused harmony export shortSha */
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
/* harmony export */   ju: () => (/* binding */ ownersOfAll),
/* harmony export */   wn: () => (/* binding */ matchingRule)
/* harmony export */ });
/* unused harmony exports ownersOf, compilePattern */
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


/***/ }),

/***/ 3239:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N9: () => (/* binding */ dueMerge),
/* harmony export */   mn: () => (/* binding */ standInApprovers),
/* harmony export */   p1: () => (/* binding */ dueApprovals),
/* harmony export */   sr: () => (/* binding */ STAND_INS)
/* harmony export */ });
/** Rollbacks first (they win), then the oldest. */
function byUrgency(a, b) {
    return (Number(b.kind === 'rollback') - Number(a.kind === 'rollback') ||
        a.openedAt - b.openedAt ||
        a.number - b.number);
}
/** The PRs the people approve now. */
function dueApprovals(pulls, now, approveAfterMs) {
    return pulls
        .filter((p) => !p.approved && !p.noApproval && now >= p.openedAt + approveAfterMs)
        .sort(byUrgency);
}
/** The PR a person merges now: approved and green; one a run, as the others are then stale. */
function dueMerge(pulls) {
    return pulls.filter((p) => p.approved && p.gate === 'success').sort(byUrgency)[0];
}
/** Logins that stand in for people the policy names only as code owners or teams. */
const STAND_INS = ['approver-1', 'approver-2', 'approver-3'];
/**
 * Who approves when the replay knows nobody: the policy's named approvers first, then stand-ins,
 * as many as the policy requires. The repository of such a replay makes the stand-ins code owners
 * and team members (so `codeowners` and `org/team` entries resolve to them).
 */
function standInApprovers(policy, kind) {
    const entries = kind === 'rollback' ? policy.github.approvers.rollback : policy.github.approvers.advance;
    const named = entries
        .filter((e) => !e.includes('/') && e.toLowerCase() !== 'codeowners')
        .map((e) => e.replace(/^@/, ''));
    return [...named, ...STAND_INS].slice(0, Math.max(1, policy.github.approvals));
}


/***/ }),

/***/ 4347:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ replay)
/* harmony export */ });
/* harmony import */ var _interpreters_run_loop_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7859);
/* harmony import */ var _people_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3239);
/**
 * A rollout replayed run by run on a stage: the scheduled run every window, and between runs the
 * people (people.ts) approving, the gate runs their reviews start, their merges and the apply run
 * each merge's push starts. The same driver runs on the in-memory PR book (`simulate`) and on the
 * loopback GitHub (the demo, and the test that holds the two to the same intents), so what
 * simulate shows is what the Action does, by construction.
 */


async function replay(stage, o) {
    const w = o.policy.windowMs;
    const first = Math.floor(o.from / w) * w + w;
    const total = o.to >= first ? Math.floor((o.to - first) / w) + 1 : 0;
    let steps = 0;
    /** Who approved each PR: they press the merge button. */
    const mergers = new Map();
    const run = async (at, trigger) => {
        const result = await (0,_interpreters_run_loop_js__WEBPACK_IMPORTED_MODULE_0__/* .runLoop */ .y)(stage.world, trigger, o.log);
        await o.onRun?.({ at, trigger, result });
        return result;
    };
    for (let t = first; t <= o.to; t += w) {
        steps++;
        let now = t + (o.cronOffsetMs ?? 0);
        await stage.at(now);
        if (!(await stage.skip?.(now))) {
            const scheduled = await run(now, { command: 'propose' });
            if (scheduled.plan.evaluation.decision.action === 'complete') {
                o.onStep?.(total, total);
                return { steps, completed: { at: now, result: scheduled } };
            }
        }
        // The people, until the next scheduled run: approvals as they come due, each starting the
        // gate run of its review; then the merge of a PR whose gate is green, and its apply run.
        for (const pull of (0,_people_js__WEBPACK_IMPORTED_MODULE_1__/* .dueApprovals */ .p1)(await stage.openPulls(), t + w - 1 + (o.cronOffsetMs ?? 0), o.approveAfterMs)) {
            now = Math.max(now, pull.openedAt + o.approveAfterMs);
            await stage.at(now);
            mergers.set(pull.number, await stage.approve(pull));
            await run(now, { command: 'gate', pr: pull.number });
        }
        const merge = (0,_people_js__WEBPACK_IMPORTED_MODULE_1__/* .dueMerge */ .N9)(await stage.openPulls());
        if (merge) {
            const by = mergers.get(merge.number) ?? 'someone';
            const { sha, before } = await stage.merge(merge, by);
            await o.onMerge?.({ at: now, pull: merge, by, sha });
            await run(now, { command: 'apply', sha, before });
        }
        o.onStep?.(steps, total);
    }
    return { steps, completed: null };
}


/***/ })

};
