package nl.onderop.matching.engine;

import java.util.Arrays;

/**
 * An exactly optimal maximum-score b-matching on a {@link FeasibleGraph}, as a minimum-cost flow found by
 * successive shortest paths with potentials (Dijkstra on reduced costs).
 *
 * <p>The flow network: every unit of seeker capacity is sent from the seeker either to a candidate (cost
 * {@code -(score * K + 1)}, capacity 1, so a seeker never gets a candidate twice) and on to the sink (up to the
 * candidate's capacity), or straight to the sink ("stays unmatched", cost 0). With {@code K} larger than the
 * number of units, a cheapest flow has the highest total score and, among those, the most pairs. Units are
 * added one at a time (seekers with the best single pair first); each is routed along a cheapest path in the
 * residual graph, which may move earlier seekers to other candidates or leave one unmatched. Reduced costs stay
 * non-negative, which proves that no cheaper flow exists after each step (no negative cycle), so the final flow
 * is optimal.
 *
 * <p>Each search stops when the sink is settled; only the settled nodes' potentials change (by
 * {@code d(v) - d(sink)}), which keeps every reduced cost non-negative. When single searches grow large (many
 * seekers competing for the same places), units are routed in phases instead: one search from all remaining
 * seekers at once, then as many units as possible along paths of zero reduced cost, like Hopcroft-Karp on the
 * tight arcs; the engine switches between both by the work they take per unit. Ties are broken by node number
 * and the switching depends only on counted work, so the result depends only on the canonical order of seekers
 * and candidates.
 */
final class OptimalAssignment {

    private static final int SINK = 0;

    private final int seekerCount;
    private final int[] start;
    private final int[] candidate;
    private final int[] score;
    private final int[] edgeSeeker;
    private final boolean[] flow;
    private final int[] slotStart;
    private final int[] slotEdge;
    private final int[] used;
    private final long scale;
    private final long[] potential;
    private final long[] dist;
    private final int[] pred;
    private final int[] seen;
    private final int[] settled;
    private final IntList settledNodes = new IntList(64);
    private final NodeHeap heap;
    private int stamp;
    private final int[] visited;
    private final int[] cursor;
    private final int[] path;
    private int phase;
    private int entered;

    private OptimalAssignment(FeasibleGraph graph, int[] seekerUnits, int[] candidateCapacity) {
        this.seekerCount = graph.seekerCount;
        this.start = graph.start;
        this.candidate = graph.candidate;
        this.score = graph.score;
        this.edgeSeeker = graph.edgeSeekers();
        this.flow = new boolean[candidate.length];
        int candidateCount = graph.candidateCount;
        int[] degree = new int[candidateCount];
        for (int c : candidate) {
            degree[c]++;
        }
        this.slotStart = new int[candidateCount + 1];
        for (int c = 0; c < candidateCount; c++) {
            slotStart[c + 1] = slotStart[c] + Math.min(candidateCapacity[c], degree[c]);
        }
        this.slotEdge = new int[slotStart[candidateCount]];
        Arrays.fill(slotEdge, -1);
        this.used = new int[candidateCount];
        long units = 0;
        for (int seekerUnit : seekerUnits) {
            units += seekerUnit;
        }
        this.scale = units + 1;
        int nodes = 1 + seekerCount + candidateCount;
        this.potential = new long[nodes];
        for (int s = 0; s < seekerCount; s++) {
            long most = 0;
            for (int e = start[s]; e < start[s + 1]; e++) {
                most = Math.max(most, gain(e));
            }
            potential[seekerNode(s)] = most;
        }
        this.dist = new long[nodes];
        this.pred = new int[nodes];
        this.seen = new int[nodes];
        this.settled = new int[nodes];
        this.heap = new NodeHeap(nodes, dist);
        this.visited = new int[nodes];
        this.cursor = new int[nodes];
        this.path = new int[nodes];
    }

    /**
     * When to route units in phases instead of one search per unit: after a single search settles on average
     * (moving average) more than {@code phaseTrigger} nodes, at most every {@code cooldown} units, the cooldown
     * doubling after each phase that was not cheaper per unit than the single searches. {@code phasesOnly}: no
     * single searches at all.
     */
    record Policy(int phaseTrigger, int firstCooldown, boolean phasesOnly) {

        static final Policy DEFAULT = new Policy(1_000, 64, false);
        static final Policy SINGLE_ONLY = new Policy(Integer.MAX_VALUE, 1, false);
        static final Policy PHASES_ONLY = new Policy(0, 1, true);
        /** Tries a phase after every single search: mixes both ways as much as possible (for tests). */
        static final Policy ALTERNATING = new Policy(-1, 1, false);
    }

    /**
     * The chosen edges. {@code seekerCapacity[s]} units of seeker {@code s} (at most its number of edges) and
     * at most {@code candidateCapacity[c]} seekers per candidate.
     */
    static boolean[] solve(FeasibleGraph graph, int[] seekerCapacity, int[] candidateCapacity) {
        return solve(graph, seekerCapacity, candidateCapacity, Policy.DEFAULT);
    }

    static boolean[] solve(FeasibleGraph graph, int[] seekerCapacity, int[] candidateCapacity, Policy policy) {
        return assign(graph, seekerCapacity, candidateCapacity, policy).flow;
    }

    /** The finished assignment: {@link #chosen()} and how many phases it took. */
    static OptimalAssignment assign(FeasibleGraph graph, int[] seekerCapacity, int[] candidateCapacity,
            Policy policy) {
        int[] units = new int[graph.seekerCount];
        for (int s = 0; s < units.length; s++) {
            units[s] = Math.min(seekerCapacity[s], graph.start[s + 1] - graph.start[s]);
        }
        OptimalAssignment assignment = new OptimalAssignment(graph, units, candidateCapacity);
        assignment.routeAll(units.clone(), policy);
        return assignment;
    }

    boolean[] chosen() {
        return flow;
    }

    int phases() {
        return phase;
    }

    /**
     * Routes every unit: one search per unit (seekers in {@link #bestFirst()} order) while those stay small,
     * phases (see {@link #phase}) while they route units with less work per unit. Both keep the reduced costs
     * non-negative, so any mix gives the optimum; the choice only depends on counted work, so it is deterministic.
     */
    private void routeAll(int[] left, Policy policy) {
        int[] order = bestFirst();
        int next = 0;
        double searchWork = 0;
        int cooldown = policy.firstCooldown();
        int sinceLastPhase = 0;
        boolean inPhases = policy.phasesOnly();
        while (true) {
            while (next < order.length && left[order[next]] == 0) {
                next++;
            }
            if (next == order.length) {
                return;
            }
            if (inPhases) {
                long[] outcome = phase(order, next, left);
                if (!policy.phasesOnly() && outcome[1] > outcome[0] * searchWork) {
                    inPhases = false;
                    sinceLastPhase = 0;
                    cooldown = cooldown > Integer.MAX_VALUE / 2 ? cooldown : 2 * cooldown;
                }
            } else {
                int s = order[next];
                route(s);
                left[s]--;
                searchWork += (settledNodes.size() - searchWork) / 16;
                sinceLastPhase++;
                if (searchWork > policy.phaseTrigger() && sinceLastPhase >= cooldown) {
                    inPhases = true;
                }
            }
        }
    }

    /**
     * The seekers by their best pair's score, highest first (ties by number). Any order gives the optimum; this
     * one keeps searches short when candidates are scarce: seekers who come later can mostly only stay unmatched
     * or take what is left, and their search stops early because their own best pair bounds it.
     */
    private int[] bestFirst() {
        long[] keys = new long[seekerCount];
        for (int s = 0; s < seekerCount; s++) {
            long best = 0;
            for (int e = start[s]; e < start[s + 1]; e++) {
                best = Math.max(best, score[e]);
            }
            keys[s] = ((Integer.MAX_VALUE - best) << 32) | s;
        }
        Arrays.sort(keys);
        int[] order = new int[seekerCount];
        for (int i = 0; i < seekerCount; i++) {
            order[i] = (int) keys[i];
        }
        return order;
    }

    /** The negated cost of an edge: score first, one more pair second. */
    private long gain(int edge) {
        return score[edge] * scale + 1;
    }

    private int seekerNode(int seeker) {
        return 1 + seeker;
    }

    private int candidateNode(int candidate) {
        return 1 + seekerCount + candidate;
    }

    /** Routes one more unit of seeker {@code s} along a cheapest path to the sink. */
    private void route(int s) {
        stamp++;
        int source = seekerNode(s);
        settledNodes.clear();
        reach(source, 0, -1);
        search();
        updatePotentials();
        augment(source);
    }

    /**
     * One phase for the seekers {@code order[from..]} with units left: one Dijkstra from all of them at once
     * (each starting at {@code P - potential}, as if from a common source with potential {@code P}), potentials
     * updated as after any search, then as many units as possible along paths of zero reduced cost (depth-first,
     * each node entered at most once per phase; the shortest path found guarantees at least one). When many
     * seekers compete for the same places with equal scores, one phase routes many units where one search per
     * unit would each cover most of the graph. Returns {units routed, work (nodes queued, settled and entered)}.
     */
    private long[] phase(int[] order, int from, int[] left) {
        stamp++;
        settledNodes.clear();
        long top = Long.MIN_VALUE;
        int pending = 0;
        for (int i = from; i < order.length; i++) {
            if (left[order[i]] > 0) {
                top = Math.max(top, potential[seekerNode(order[i])]);
                pending++;
            }
        }
        for (int i = from; i < order.length; i++) {
            if (left[order[i]] > 0) {
                int node = seekerNode(order[i]);
                reach(node, top - potential[node], -1);
            }
        }
        search();
        long sourcePotential = top - dist[SINK];
        updatePotentials();
        phase++;
        entered = 0;
        int routed = 0;
        for (int i = from; i < order.length; i++) {
            int s = order[i];
            while (left[s] > 0 && potential[seekerNode(s)] == sourcePotential && routeTight(seekerNode(s))) {
                left[s]--;
                routed++;
            }
        }
        if (routed == 0) {
            throw new IllegalStateException("no unit routed in a phase");
        }
        return new long[] {routed, pending + settledNodes.size() + entered};
    }

    /** Dijkstra on reduced costs from the nodes already reached, until the sink is settled. */
    private void search() {
        while (true) {
            int v = heap.pop();
            if (v == SINK) {
                heap.clear();
                return;
            }
            settled[v] = stamp;
            settledNodes.add(v);
            long dv = dist[v];
            long pv = potential[v];
            if (v <= seekerCount) {
                int seeker = v - 1;
                assert pv - potential[SINK] >= 0 : "negative reduced cost";
                reach(SINK, dv + pv - potential[SINK], v);
                for (int e = start[seeker]; e < start[seeker + 1]; e++) {
                    if (!flow[e]) {
                        int w = candidateNode(candidate[e]);
                        if (settled[w] != stamp) {
                            long reduced = -gain(e) + pv - potential[w];
                            assert reduced >= 0 : "negative reduced cost";
                            reach(w, dv + reduced, e);
                        }
                    }
                }
            } else {
                int c = v - 1 - seekerCount;
                if (used[c] < slotStart[c + 1] - slotStart[c]) {
                    assert pv - potential[SINK] >= 0 : "negative reduced cost";
                    reach(SINK, dv + pv - potential[SINK], v);
                }
                for (int slot = slotStart[c]; slot < slotStart[c + 1]; slot++) {
                    int e = slotEdge[slot];
                    if (e >= 0) {
                        int w = seekerNode(edgeSeeker[e]);
                        if (settled[w] != stamp) {
                            long reduced = gain(e) + pv - potential[w];
                            assert reduced >= 0 : "negative reduced cost";
                            reach(w, dv + reduced, e);
                        }
                    }
                }
            }
        }
    }

    /** After a search: settled nodes move by {@code d(v) - d(sink)}, so every reduced cost stays non-negative. */
    private void updatePotentials() {
        long sinkDistance = dist[SINK];
        for (int i = 0; i < settledNodes.size(); i++) {
            int v = settledNodes.get(i);
            potential[v] += dist[v] - sinkDistance;
        }
    }

    /**
     * Depth-first search from seeker node {@code source} to the sink over residual arcs of reduced cost 0,
     * entering each node at most once per phase; routes one unit along the path found.
     */
    private boolean routeTight(int source) {
        int depth = 0;
        path[depth++] = source;
        visited[source] = phase;
        cursor[source] = -1;
        while (depth > 0) {
            int u = path[depth - 1];
            int next = nextTight(u);
            if (next == SINK) {
                pred[SINK] = u;
                augment(source);
                return true;
            }
            if (next < 0) {
                depth--;
            } else {
                visited[next] = phase;
                cursor[next] = -1;
                path[depth++] = next;
                entered++;
            }
        }
        return false;
    }

    /**
     * The next arc of zero reduced cost out of {@code u} to a node not yet entered in this phase: the sink, or a
     * node whose {@code pred} is set to the arc; -1 when there is none left.
     */
    private int nextTight(int u) {
        long pu = potential[u];
        if (u <= seekerCount) {
            int seeker = u - 1;
            if (cursor[u] < 0) {
                cursor[u] = start[seeker];
                if (pu == potential[SINK]) {
                    return SINK;
                }
            }
            for (int e = cursor[u]; e < start[seeker + 1]; e++) {
                if (!flow[e]) {
                    int w = candidateNode(candidate[e]);
                    if (visited[w] != phase && -gain(e) + pu - potential[w] == 0) {
                        cursor[u] = e + 1;
                        pred[w] = e;
                        return w;
                    }
                }
            }
            cursor[u] = start[seeker + 1];
            return -1;
        }
        int c = u - 1 - seekerCount;
        if (cursor[u] < 0) {
            cursor[u] = slotStart[c];
            if (used[c] < slotStart[c + 1] - slotStart[c] && pu == potential[SINK]) {
                return SINK;
            }
        }
        for (int slot = cursor[u]; slot < slotStart[c + 1]; slot++) {
            int e = slotEdge[slot];
            if (e >= 0) {
                int w = seekerNode(edgeSeeker[e]);
                if (visited[w] != phase && gain(e) + pu - potential[w] == 0) {
                    cursor[u] = slot + 1;
                    pred[w] = e;
                    return w;
                }
            }
        }
        cursor[u] = slotStart[c + 1];
        return -1;
    }

    private void reach(int node, long distance, int via) {
        if (seen[node] != stamp || distance < dist[node]) {
            dist[node] = distance;
            pred[node] = via;
            seen[node] = stamp;
            heap.pushOrDecrease(node);
        }
    }

    /** Flips the edges along the path found, from the sink back to the source. */
    private void augment(int source) {
        int last = pred[SINK];
        int y;
        if (last > seekerCount) {
            int c = last - 1 - seekerCount;
            int e = pred[last];
            flow[e] = true;
            replaceSlot(c, -1, e);
            used[c]++;
            y = seekerNode(edgeSeeker[e]);
        } else {
            y = last;
        }
        while (y != source) {
            int back = pred[y];
            flow[back] = false;
            int c = candidate[back];
            int forward = pred[candidateNode(c)];
            flow[forward] = true;
            replaceSlot(c, back, forward);
            y = seekerNode(edgeSeeker[forward]);
        }
    }

    private void replaceSlot(int c, int oldEdge, int newEdge) {
        for (int slot = slotStart[c]; slot < slotStart[c + 1]; slot++) {
            if (slotEdge[slot] == oldEdge) {
                slotEdge[slot] = newEdge;
                return;
            }
        }
        throw new IllegalStateException("candidate " + c + " has no slot with edge " + oldEdge);
    }

    /** A binary min-heap of node numbers keyed by {@code dist}, ties by node number, with decrease-key. */
    private static final class NodeHeap {

        private final int[] heap;
        private final int[] position;
        private final long[] key;
        private int size;

        NodeHeap(int nodes, long[] key) {
            this.heap = new int[nodes];
            this.position = new int[nodes];
            Arrays.fill(position, -1);
            this.key = key;
        }

        void pushOrDecrease(int node) {
            int at = position[node];
            if (at < 0) {
                at = size++;
                heap[at] = node;
                position[node] = at;
            }
            up(at);
        }

        int pop() {
            int top = heap[0];
            position[top] = -1;
            size--;
            if (size > 0) {
                heap[0] = heap[size];
                position[heap[0]] = 0;
                down(0);
            }
            return top;
        }

        void clear() {
            for (int i = 0; i < size; i++) {
                position[heap[i]] = -1;
            }
            size = 0;
        }

        private boolean less(int a, int b) {
            return key[a] < key[b] || (key[a] == key[b] && a < b);
        }

        private void up(int at) {
            int node = heap[at];
            while (at > 0) {
                int parent = (at - 1) >>> 1;
                if (!less(node, heap[parent])) {
                    break;
                }
                heap[at] = heap[parent];
                position[heap[at]] = at;
                at = parent;
            }
            heap[at] = node;
            position[node] = at;
        }

        private void down(int at) {
            int node = heap[at];
            while (true) {
                int child = 2 * at + 1;
                if (child >= size) {
                    break;
                }
                if (child + 1 < size && less(heap[child + 1], heap[child])) {
                    child++;
                }
                if (!less(heap[child], node)) {
                    break;
                }
                heap[at] = heap[child];
                position[heap[at]] = at;
                at = child;
            }
            heap[at] = node;
            position[node] = at;
        }
    }
}
