// Each fixture owns one app host and one browser; fixtures run side by side, tests within one in order.
[assembly: Parallelizable(ParallelScope.Fixtures)]
