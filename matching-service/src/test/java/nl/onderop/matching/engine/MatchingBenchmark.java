package nl.onderop.matching.engine;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * The matching engine benchmark (run by bin/benchmark-matching, not a test): a synthetic tenant of 10,000
 * seekers and 20,000 candidates, one warm-up of {@code run} and {@code greedy}, then one measured run of each
 * with wall time, peak heap, total score and unmatched seekers.
 *
 * <p>Usage: {@code MatchingBenchmark [--seekers N] [--candidates N] [--seed N]}
 */
public final class MatchingBenchmark {

    private static final long MB = 1024 * 1024;

    private MatchingBenchmark() {
    }

    public static void main(String[] args) {
        int seekers = 10_000;
        int candidates = 20_000;
        long seed = 20261201L;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seekers" -> seekers = Integer.parseInt(args[++i]);
                case "--candidates" -> candidates = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                default -> throw new IllegalArgumentException(
                        "usage: MatchingBenchmark [--seekers N] [--candidates N] [--seed N]");
            }
        }
        MatchingProblem problem = SyntheticTenant.generate(seed, seekers, candidates);
        MatchingEngine engine = new MatchingEngine();

        long searchStart = System.nanoTime();
        FeasibleGraph graph = FeasibleGraph.build(new CompiledProblem(problem));
        double searchSeconds = (System.nanoTime() - searchStart) / 1e9;
        int maxPerSeeker = 0;
        int seekersWithout = 0;
        for (int s = 0; s < graph.seekerCount; s++) {
            int degree = graph.start[s + 1] - graph.start[s];
            maxPerSeeker = Math.max(maxPerSeeker, degree);
            seekersWithout += degree == 0 ? 1 : 0;
        }
        double meanPerSeeker = (double) graph.edgeCount() / Math.max(1, graph.seekerCount);
        int[] percentiles = percentiles(graph);
        graph = null;

        engine.run(problem);
        engine.greedy(problem);

        long inputHeap = heapAfterGc();
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        Measured optimal = measure(() -> engine.run(problem));
        Measured greedy = measure(() -> engine.greedy(problem));
        long[] phases = phases(problem);
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();

        Rules rules = problem.rules();
        System.out.printf(Locale.ROOT, "== Matching engine benchmark (seed %d, %d cores, max heap %d MB, Java %s)%n",
                seed, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / MB,
                System.getProperty("java.version"));
        System.out.printf(Locale.ROOT, "tenant: %,d seekers, %,d candidates, %d districts; rules: %s, min level %s, "
                        + "max %.1f km, min overlap %d min; default weights%n",
                seekers, candidates, SyntheticTenant.DISTRICTS_PER_SIDE * SyntheticTenant.DISTRICTS_PER_SIDE,
                rules.districtRule(), LanguageAbility.levelName(rules.minimumLanguageLevel()), rules.maxDistanceKm(),
                rules.minimumOverlapMinutes());
        System.out.printf(Locale.ROOT, "feasible pairs: %,d; per seeker: max %d, mean %.1f, median %d, p99 %d; "
                        + "seekers without any: %,d (first search, cold: %.2f s)%n",
                optimal.result.feasiblePairs(), maxPerSeeker, meanPerSeeker, percentiles[0], percentiles[1],
                seekersWithout, searchSeconds);
        System.out.printf(Locale.ROOT, "heap used by the input after GC: %d MB; load average (1 min) %.1f before, "
                + "%.1f after the measured runs%n", inputHeap / MB, loadBefore, loadAfter);
        System.out.println();
        String row = "%-34s %18s %18s%n";
        System.out.printf(Locale.ROOT, row, "", "run (optimal)", "greedy");
        System.out.printf(Locale.ROOT, row, "wall time (s)", seconds(optimal.nanos), seconds(greedy.nanos));
        System.out.printf(Locale.ROOT, row, "CPU time of the thread (s)", seconds(optimal.cpuNanos),
                seconds(greedy.cpuNanos));
        System.out.printf(Locale.ROOT, row, "peak heap, sum of pool peaks (MB)", optimal.peakHeap / MB,
                greedy.peakHeap / MB);
        System.out.printf(Locale.ROOT, row, "heap after GC, results kept (MB)", optimal.heapAfter / MB,
                greedy.heapAfter / MB);
        System.out.printf(Locale.ROOT, row, "total score", String.format(Locale.ROOT, "%,d", optimal.result.totalScore()),
                String.format(Locale.ROOT, "%,d", greedy.result.totalScore()));
        System.out.printf(Locale.ROOT, row, "proposals", String.format(Locale.ROOT, "%,d", optimal.result.proposals().size()),
                String.format(Locale.ROOT, "%,d", greedy.result.proposals().size()));
        System.out.printf(Locale.ROOT, row, "unmatched seekers",
                String.format(Locale.ROOT, "%,d", optimal.result.unmatchedSeekers().size()),
                String.format(Locale.ROOT, "%,d", greedy.result.unmatchedSeekers().size()));
        System.out.printf(Locale.ROOT, row, "mean score per proposal",
                String.format(Locale.ROOT, "%.1f", (double) optimal.result.totalScore() / optimal.result.proposals().size()),
                String.format(Locale.ROOT, "%.1f", (double) greedy.result.totalScore() / greedy.result.proposals().size()));
        System.out.println();
        System.out.printf(Locale.ROOT, "total score optimal / greedy: %.4f (%+,d)%n",
                (double) optimal.result.totalScore() / greedy.result.totalScore(),
                optimal.result.totalScore() - greedy.result.totalScore());
        System.out.printf(Locale.ROOT, "phases of one more run, CPU ms: compile %d, feasible pairs %d, "
                + "optimal assignment %d, proposals %d (greedy assignment %d)%n",
                phases[0] / 1_000_000, phases[1] / 1_000_000, phases[2] / 1_000_000, phases[3] / 1_000_000,
                phases[4] / 1_000_000);
        boolean ok = optimal.result.totalScore() >= greedy.result.totalScore()
                && optimal.nanos <= 5_000_000_000L && optimal.peakHeap <= 1024 * MB;
        System.out.println("target (run <= 5 s, <= 1 GB heap, not below greedy): " + (ok ? "met" : "NOT met"));
    }

    private record Measured(MatchingResult result, long nanos, long cpuNanos, long peakHeap, long heapAfter) {
    }

    /** CPU nanoseconds of the steps of {@code run} (and of the greedy assignment on the same graph). */
    private static long[] phases(MatchingProblem problem) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long t0 = threads.getCurrentThreadCpuTime();
        CompiledProblem compiled = new CompiledProblem(problem);
        long t1 = threads.getCurrentThreadCpuTime();
        FeasibleGraph graph = FeasibleGraph.build(compiled);
        long t2 = threads.getCurrentThreadCpuTime();
        boolean[] chosen = OptimalAssignment.solve(graph, MatchingEngine.seekerCapacities(compiled),
                MatchingEngine.candidateCapacities(compiled));
        long t3 = threads.getCurrentThreadCpuTime();
        MatchingEngine.result(compiled, graph, chosen);
        long t4 = threads.getCurrentThreadCpuTime();
        GreedyAssignment.solve(graph, MatchingEngine.seekerCapacities(compiled),
                MatchingEngine.candidateCapacities(compiled));
        long t5 = threads.getCurrentThreadCpuTime();
        return new long[] {t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4};
    }

    private static Measured measure(java.util.function.Supplier<MatchingResult> run) {
        heapAfterGc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        MatchingResult result = run.get();
        long nanos = System.nanoTime() - start;
        long cpuNanos = threads.getCurrentThreadCpuTime() - cpuStart;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return new Measured(result, nanos, cpuNanos, peak, heapAfterGc());
    }

    private static long heapAfterGc() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.2f", nanos / 1e9);
    }

    private static int[] percentiles(FeasibleGraph graph) {
        int[] degrees = new int[graph.seekerCount];
        for (int s = 0; s < degrees.length; s++) {
            degrees[s] = graph.start[s + 1] - graph.start[s];
        }
        java.util.Arrays.sort(degrees);
        if (degrees.length == 0) {
            return new int[] {0, 0};
        }
        return new int[] {degrees[degrees.length / 2], degrees[Math.min(degrees.length - 1, degrees.length * 99 / 100)]};
    }
}
