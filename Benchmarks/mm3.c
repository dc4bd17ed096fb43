/* The C reference for `madoguchi-bench mm3`: the same M/M/3 queue at ρ = 0.9 written the
 * plain way, as a C programmer would, so that the engine's cost per customer has a peer
 * that no language overhead hides.
 *
 * It is the same model, event for event: a binary min-heap of (time, sequence) events,
 * the same random streams (SplitMix64 → xoshiro256**, one stream for arrivals and one for
 * services per replication), the lowest-numbered free server, a FIFO queue, and the
 * statistics MultiServerQueue keeps (Welford mean wait, customers delayed, time-average queue
 * length, busy server-time). Exponentials are drawn by inversion with the C library's log
 * (the reference issue 12 defines), or, built with -DMM3_ZIGGURAT, as madoguchi draws them:
 * the ziggurat on the very tables madoguchi reads (Sources/CZiggurat/exponential_ziggurat.h).
 * With the ziggurat, for the same seed and replication it prints the same customers and the
 * same mean wait as madoguchi to the last bit, which run.sh checks: the two programs do the
 * same work. The sampler is chosen when compiling, not by an option tested at every draw,
 * which cost the inversion reference 10 instructions a customer (422 against 412).
 *
 * usage: mm3 [--customers N] [--runs K] [--seed S]
 * build: cc -O2 -o mm3 Benchmarks/mm3.c -lm
 *        cc -O2 -DMM3_ZIGGURAT -o mm3-ziggurat Benchmarks/mm3.c -lm
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../Sources/CZiggurat/exponential_ziggurat.h"

static const double lambda = 2.7, mu = 1.0;
enum { servers = 3 };

static uint64_t splitmix_mix(uint64_t z) {
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

typedef struct { uint64_t s[4]; } xoshiro;

static xoshiro xoshiro_seeded(uint64_t seed) {
    xoshiro g;
    for (int i = 0; i < 4; i++) {
        seed += 0x9E3779B97F4A7C15ULL;
        g.s[i] = splitmix_mix(seed);
    }
    return g;
}

/* RandomStreams.generator(replication:purpose:) */
static xoshiro stream(uint64_t seed, uint64_t replication, uint64_t purpose) {
    uint64_t r = splitmix_mix(replication + 0x632BE59BD9B4E019ULL);
    uint64_t p = splitmix_mix(purpose * 0x9E3779B97F4A7C15ULL + 0xD1B54A32D192ED03ULL);
    return xoshiro_seeded(splitmix_mix(seed ^ r) ^ p);
}

static inline uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

static inline uint64_t next(xoshiro *g) {
    uint64_t *s = g->s;
    uint64_t result = rotl(s[1] * 5, 7) * 9;
    uint64_t t = s[1] << 17;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 45);
    return result;
}

/* Xoshiro256.unit: [0, 1) from the top 53 bits. */
static inline double unit(xoshiro *g) { return (double)(next(g) >> 11) * 0x1p-53; }

/* Xoshiro256.openUnit: (0, 1), for the logarithm. */
static inline double open_unit(xoshiro *g) { return ((double)(next(g) >> 11) + 0.5) * 0x1p-53; }

static double standard_exponential(xoshiro *g);

/* Xoshiro256.exponentialOutsideRectangle: the tail beyond r, or a wedge by rejection. */
static double outside_rectangle(xoshiro *g, int level, double x) {
    const double *f = mg_ziggurat_density;
    if (level == 0) return mg_ziggurat_r - log1p(-unit(g));
    if ((f[level - 1] - f[level]) * unit(g) + f[level] < exp(-x)) return x;
    return standard_exponential(g);
}

/* Xoshiro256.standardExponential: a level from 8 bits, a position from 53. */
static inline double standard_exponential(xoshiro *g) {
    uint64_t bits = next(g) >> 3;
    int level = (int)(bits & 0xFF);
    uint64_t position = bits >> 8;
    double x = (double)position * mg_ziggurat_width[level];
    if (position < mg_ziggurat_threshold[level]) return x;
    return outside_rectangle(g, level, x);
}

#ifdef MM3_ZIGGURAT
static const char *sampler = "ziggurat";
static inline double exponential(xoshiro *g, double mean) { return mean * standard_exponential(g); }
#else
static const char *sampler = "inversion";
static inline double exponential(xoshiro *g, double mean) { return -mean * log(open_unit(g)); }
#endif

enum { ARRIVAL = -1 };
typedef struct {
    double time;
    uint64_t sequence;
    int what; /* ARRIVAL, or the server whose customer departs */
} event;

typedef struct {
    event *items;
    size_t count, capacity;
    uint64_t next_sequence;
} heap;

static inline int before(const event *a, const event *b) {
    return a->time < b->time || (a->time == b->time && a->sequence < b->sequence);
}

static void push(heap *h, double time, int what) {
    if (h->count == h->capacity) {
        h->capacity = h->capacity ? 2 * h->capacity : 16;
        h->items = realloc(h->items, h->capacity * sizeof(event));
        if (!h->items) { perror("mm3"); exit(1); }
    }
    event e = { time, h->next_sequence++, what };
    size_t i = h->count++;
    while (i > 0) {
        size_t parent = (i - 1) / 2;
        if (!before(&e, &h->items[parent])) break;
        h->items[i] = h->items[parent];
        i = parent;
    }
    h->items[i] = e;
}

static event pop(heap *h) {
    event top = h->items[0];
    event last = h->items[--h->count];
    size_t i = 0, n = h->count;
    for (;;) {
        size_t child = 2 * i + 1;
        if (child >= n) break;
        if (child + 1 < n && before(&h->items[child + 1], &h->items[child])) child++;
        if (!before(&h->items[child], &last)) break;
        h->items[i] = h->items[child];
        i = child;
    }
    if (n > 0) h->items[i] = last;
    return top;
}

/* Arrival times of waiting customers, a growable ring. */
typedef struct {
    double *items;
    size_t head, count, capacity;
} fifo;

static void enqueue(fifo *q, double arrival) {
    if (q->count == q->capacity) {
        size_t capacity = q->capacity ? 2 * q->capacity : 16;
        double *items = malloc(capacity * sizeof(double));
        if (!items) { perror("mm3"); exit(1); }
        for (size_t i = 0; i < q->count; i++) items[i] = q->items[(q->head + i) % q->capacity];
        free(q->items);
        q->items = items;
        q->head = 0;
        q->capacity = capacity;
    }
    q->items[(q->head + q->count++) % q->capacity] = arrival;
}

static double dequeue(fifo *q) {
    double arrival = q->items[q->head];
    q->head = (q->head + 1) % q->capacity;
    q->count--;
    return arrival;
}

typedef struct {
    long arrived, served, delayed, waits;
    double wait_mean, wait_m2;
    double queue_value, queue_area, queue_since;
    double busy_area, busy_since;
    int busy;
} statistics;

static void add_wait(statistics *s, double x) {
    s->waits++;
    double delta = x - s->wait_mean;
    s->wait_mean += delta / (double)s->waits;
    s->wait_m2 += delta * (x - s->wait_mean);
}

static void note_queue(statistics *s, double length, double now) {
    s->queue_area += s->queue_value * (now - s->queue_since);
    s->queue_since = now;
    s->queue_value = length;
}

static void account(statistics *s, double now) {
    s->busy_area += s->busy * (now - s->busy_since);
    s->busy_since = now;
}

static statistics simulate(uint64_t seed, uint64_t replication, double horizon, long *events) {
    xoshiro arrivals = stream(seed, replication, 1), services = stream(seed, replication, 2);
    heap h = { 0 };
    fifo waiting = { 0 };
    statistics s = { 0 };
    int serving[servers] = { 0 };
    *events = 0;
    push(&h, exponential(&arrivals, 1 / lambda), ARRIVAL);
    while (h.count > 0) {
        event e = pop(&h);
        double now = e.time;
        ++*events;
        if (e.what == ARRIVAL) {
            double gap = exponential(&arrivals, 1 / lambda);
            if (now + gap <= horizon) push(&h, now + gap, ARRIVAL);
            s.arrived++;
            int server = -1;
            for (int i = 0; i < servers; i++) if (!serving[i]) { server = i; break; }
            if (server >= 0) {
                account(&s, now);
                serving[server] = 1;
                s.busy++;
                add_wait(&s, 0);
                push(&h, now + exponential(&services, 1 / mu), server);
            } else {
                s.delayed++;
                enqueue(&waiting, now);
                note_queue(&s, (double)waiting.count, now);
            }
        } else {
            s.served++;
            if (waiting.count > 0) {
                double arrival = dequeue(&waiting);
                note_queue(&s, (double)waiting.count, now);
                add_wait(&s, now - arrival);
                push(&h, now + exponential(&services, 1 / mu), e.what);
            } else {
                account(&s, now);
                serving[e.what] = 0;
                s.busy--;
            }
        }
    }
    free(h.items);
    free(waiting.items);
    return s;
}

static double monotonic_seconds(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec * 1e-9;
}

static long peak_memory_kib(void) {
    FILE *f = fopen("/proc/self/status", "r");
    char line[256];
    long kib = -1;
    if (!f) return -1;
    while (fgets(line, sizeof line, f))
        if (strncmp(line, "VmHWM:", 6) == 0) kib = strtol(line + 6, NULL, 10);
    fclose(f);
    return kib;
}

static int compare(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static long option(int argc, char **argv, const char *name, long fallback) {
    for (int i = 1; i + 1 < argc; i += 2) {
        if (strcmp(argv[i], name) == 0) {
            char *end;
            long value = strtol(argv[i + 1], &end, 10);
            if (*end || value <= 0) {
                fprintf(stderr, "mm3: %s expects a positive integer, got '%s'\n", name, argv[i + 1]);
                exit(2);
            }
            return value;
        }
    }
    return fallback;
}

int main(int argc, char **argv) {
    for (int i = 1; i < argc; i += 2) {
        if (i + 1 >= argc || (strcmp(argv[i], "--customers") && strcmp(argv[i], "--runs") && strcmp(argv[i], "--seed"))) {
            fprintf(stderr, "usage: mm3 [--customers N] [--runs K] [--seed S]\n");
            return 2;
        }
    }
    long customers = option(argc, argv, "--customers", 5000000);
    long runs = option(argc, argv, "--runs", 5);
    uint64_t seed = (uint64_t)option(argc, argv, "--seed", 1);
    double *rates = malloc(runs * sizeof(double)), mean_wait = 0;
    long served = 0;
    printf("mm3 (C, exponentials by %s): M/M/%d, λ = %g/s, μ = %g/s, about %ld customers, %ld runs\n", sampler, servers,
           lambda, mu, customers, runs);
    for (long run = 0; run < runs; run++) {
        long events;
        double start = monotonic_seconds();
        statistics s = simulate(seed, (uint64_t)run, customers / lambda, &events);
        double elapsed = monotonic_seconds() - start;
        rates[run] = s.served / elapsed;
        served += s.served;
        mean_wait = s.wait_mean;
        printf("  run %ld: %ld customers, %ld events in %.6f s: %.0f customers/s; mean wait %.17g s\n",
               run + 1, s.served, events, elapsed, rates[run], s.wait_mean);
    }
    qsort(rates, runs, sizeof(double), compare);
    double median = runs % 2 ? rates[runs / 2] : (rates[runs / 2 - 1] + rates[runs / 2]) / 2;
    /* served: over all runs; mean_wait: of the last run, as madoguchi-bench prints them */
    printf("mm3 c sampler=%s customers_per_sec=%.0f runs=%ld customers=%ld served=%ld mean_wait=%.17g peak_rss_kib=%ld\n",
           sampler, median, runs, customers, served, mean_wait, peak_memory_kib());
    free(rates);
    return 0;
}
