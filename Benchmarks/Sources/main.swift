let r = clinicBenchmark(TestScenario.make(desks: 3, readers: 2, perHour: 60), patients: 1_000_000, runs: 1)
print(r)
