// Generated from Scenarios/*.toml by Tests/MadoguchiClinicTests/BuiltinScenarioFileTests.swift.
// Do not edit: edit the TOML files, then run
//   MADOGUCHI_REGENERATE=1 swift test --filter MadoguchiClinicTests.BuiltinScenarioFileTests
// Embedded so that built-ins work from any directory and from an installed binary.

/// The scenario files of Scenarios/, compiled in.
package enum BuiltinScenarios {
    /// Built-in scenario names, `default` first.
    package static let names: [String] = [
        "default",
        "civil-servants-2023-11",
        "face-only",
        "monday-rush",
        "national-2025-10",
        "quiet-weekday",
        "reader-outage",
        "smartphone-everywhere",
        "steady-state",
        "stopgap-2026-02",
    ]

    /// Scenarios/defaults.toml.
    package static let defaults: String = ##"""
# Defaults under every scenario. This file holds every key the simulator reads, each with
# its unit and where the figure comes from. A scenario file goes over it: sections merge
# key by key; `arrivals`, `outages`, any one mix table and any one distribution replace
# the default whole. "Assumed" means no public measurement was found (DOMAIN.md); such a
# figure is a guess to be varied, never a fact. Durations are in seconds.

# Scheduled outages: none by default. A top-level key, so it must come before any [table];
# scenarios add [[outages]] blocks (see Scenarios/reader-outage.toml).
outages = []

# Scripted patients: none by default. Lessons add [[script]] blocks, each one patient with
# `at` ("HH:MM") and `path`, and optionally `method`, `visit`, `faults`, `knows_pin`,
# `backup` and `refuses` (docs/scenario-format.md); they come besides the [[arrivals]].
script = []

[scenario]
title = "A weekday morning"              # English title, shown in the desk and in reports
title_ja = "平日の午前"                   # Japanese title
clinic = "さくら内科クリニック"            # clinic name on the desk screen (fictional)
date = 2025-10-15                        # decides which credentials are still valid (a Wednesday)
opening = "08:30"                        # "HH:MM"; a typical clinic morning session (assumed)
closing = "12:30"                        # last arrival accepted before this; the queue then drains
seed = 1                                 # one seed per run; streams per purpose derive from it
replications = 1                         # runs of `madoguchi run`; raise for confidence intervals
warmup_minutes = 0                       # minutes after opening whose arrivals statistics ignore; 0 for a clinic day

[staff]
desks = 2                                # reception staff at the desk (assumed small clinic)
readers = 2                              # face-recognition card readers (assumed)
reader_help_first = true                 # free staff help at a reader before the desk queue: the clinic's own rule (assumed)

# Arrivals per hour, piecewise constant; no window means no arrivals. The surge at opening
# is anecdotal (DOMAIN.md "Arrivals and service"); the rates themselves are assumed.
[[arrivals]]
from = "08:30"
to = "09:30"
per_hour = 40                            # patients per hour, opening surge (assumed)

[[arrivals]]
from = "09:30"
to = "10:30"
per_hour = 30                            # patients per hour (assumed)

[[arrivals]]
from = "10:30"
to = "11:30"
per_hour = 22                            # patients per hour (assumed)

[[arrivals]]
from = "11:30"
to = "12:30"
per_hour = 15                            # patients per hour (assumed)

# What patients present, shares summing to 1. Online confirmations are myna_card,
# myna_phone, legacy_card and certificate (by insurer number); `none` needs recovery.
# MHLW usage rate (利用率) = My Number confirmations / online confirmations
# = (0.350 + 0.014) / 0.98 = 37.1 %, the national figure for Oct 2025 (37.14 %, DOMAIN.md
# "Usage rate", medical.jiji.com/news/58393). The split among the other paths is assumed.
[mix.path]
myna_card = 0.350                        # My Number card at the reader
myna_phone = 0.014                       # card in a smartphone, from 19 Sep 2025 (share assumed)
legacy_card = 0.400                      # old insurance card, valid to its date, at the latest 1 Dec 2025 (share assumed)
certificate = 0.216                      # 資格確認書 (share assumed)
none = 0.020                             # forgot everything or nothing valid (assumed)
# What-ifs, 0 unless a scenario sets them: phone_tap (smartphone-everywhere.toml), face_only
# (face-only.toml).

[mix.visit]
first = 0.2                              # 初診: questionnaire and new patient card (assumed)
return = 0.8                             # 再診: data on file (assumed)

[mix.myna_card]
face = 0.80                              # face recognition (assumed)
pin = 0.15                               # 4-digit PIN (assumed)
pinless = 0.05                           # 顔認証マイナンバーカード, issued from 15 Dec 2023 without PIN (assumed)

[mix.myna_phone]
iphone = 0.6                             # Face ID / Touch ID on the phone (assumed)
android = 0.4                            # PIN typed on the reader (assumed)

# What a patient who carries another proof of coverage (patients.backup_credential) has.
# The Feb–Mar 2025 保団連 survey saw clinics recover by the legacy card (78 %) far more than
# by 資格情報のお知らせ (18.9 %); the shares per patient are assumed. お知らせ counts only
# together with the My Number card (DOMAIN.md).
[mix.backup]
portal = 0.15                            # the マイナポータル screen on the patient's phone (assumed)
certificate = 0.25                       # 資格確認書 (assumed)
legacy_card = 0.45                       # the legacy card, valid by the date rules (assumed)
notice = 0.15                            # 資格情報のお知らせ (assumed)

# What the online check answers for a patient with faults.eligibility_invalid (DOMAIN.md's
# result codes; the surveys count 無効 and 該当資格なし together, the split is assumed).
[mix.invalid_result]
invalid = 0.5                            # 無効: to be confirmed another way, else 申立書
no_record = 0.3                          # 該当資格なし: handled as 無効
invalid_newer = 0.2                      # 無効（新しい資格あり）: confirm with the newer eligibility shown

[patients]
pin_known = 0.8                          # share who know their PIN when face fails (assumed; "forgot PIN" 6.7 % of patients with trouble, Nov 2024)
backup_credential = 0.6                  # share carrying another proof of coverage, of the kinds in [mix.backup] (assumed)
refuses_everything = 0.01                # share refusing every procedure: the one case for 10割 (assumed)
certificate_expiry = 2026-07-31          # expiry printed on the 資格確認書 patients present (assumed: many issued in 2024–25 read 31 Jul 2026)
certificate_renewed = 0.9                # share of holders carrying the renewed one once that date has passed (assumed)
patience = "never"                       # seconds before leaving the queue, a distribution; "never" = everyone is served (DOMAIN.md: clinic days serve all who arrive)

# Durations in seconds. No time-and-motion study of the reader exists (DOMAIN.md); all are
# assumed unless a source is named. Lognormal median/p90: a typical case and a slow one.
[times]
card_flow = { dist = "lognormal", median = 30, p90 = 75 }                # card → face/PIN → consent → result; DOMAIN.md's assumed example; TV reports ~30 s
phone_flow = { dist = "lognormal", median = 40, p90 = 90 }               # smartphone flow at the general-purpose reader (assumed)
phone_tap = { dist = "lognormal", median = 15, p90 = 40 }                # what-if `phone_tap`: tap, confirm on the phone, consent (assumed, no reader switch)
face_only = { dist = "lognormal", median = 12, p90 = 30 }                # what-if `face_only`: camera match against the registry, consent (assumed)
failed_attempt = { dist = "lognormal", median = 10, p90 = 25 }           # one failed read, face match or PIN try (assumed)
staff_assist = { dist = "lognormal", median = 90, p90 = 300 }            # staff helping at the reader; p90 = the ~5 min one clinic reported for some elderly patients
visual_switch = { dist = "lognormal", median = 40, p90 = 90 }            # administrator login and switching to/from 目視確認モード (assumed)
visual_check = { dist = "lognormal", median = 15, p90 = 30 }             # comparing the card photo with the patient (assumed)
registration = { dist = "lognormal", median = 60, p90 = 150 }            # desk registration of a return visit (assumed)
first_visit_paperwork = { dist = "lognormal", median = 240, p90 = 480 }  # 問診票 and 診察券 on a first visit (assumed)
credential_check = { dist = "lognormal", median = 40, p90 = 90 }         # paper credential checked by eye and typed in (assumed)
online_by_number = { dist = "lognormal", median = 20, p90 = 45 }         # online confirmation by insurer number (assumed)
other_credential_check = { dist = "lognormal", median = 60, p90 = 150 }  # マイナポータル, legacy card or 資格確認書 after a failure (assumed)
moushitatesho = { dist = "lognormal", median = 240, p90 = 480 }          # 被保険者資格申立書 filled in by the patient (assumed)
verbal_confirmation = { dist = "lognormal", median = 30, p90 = 60 }      # "nothing changed?" against last-visit data (assumed)
manual_record = { dist = "lognormal", median = 90, p90 = 180 }           # name, sex, birth date, address written down in an outage (assumed)
name_fix = { dist = "lognormal", median = 45, p90 = 120 }                # ● name corrected by hand from the card face (assumed)
wrong_person_handling = { dist = "lognormal", median = 300, p90 = 600 }  # setting aside another's record, confirming identity, noting the report (assumed)
decision = { dist = "lognormal", median = 8, p90 = 25 }                  # staff choosing a recovery (assumed)

# Per-visit probabilities. The 保団連 surveys count clinics that saw a trouble at least
# once (e.g. reader errors at 43.6–52.9 % of clinics), not visits, so every rate here is
# assumed (DOMAIN.md "Faults seen at the desk").
[faults]
reader_error = 0.03                      # reader cannot read the card / connection error (assumed)
reader_error_retry_fails = 0.5           # the one retry after a reader error fails too (assumed)
face_mismatch = 0.05                     # face recognition fails (assumed)
face_retry_fails = 0.6                   # the second face attempt fails too (assumed)
pin_lock = 0.02                          # PIN users locked out after 3 wrong PINs (assumed)
eligibility_invalid = 0.02               # 資格(無効) / 資格情報なし, e.g. new job (assumed)
certificate_expired = 0.01               # electronic certificate past its grace period (assumed)
unrenderable_name = 0.03                 # kanji outside JIS levels 1–2 shown as ● (assumed)
wrong_person = 0.0005                    # the reader returns another person's record, ひも付け誤り (assumed)
needs_help = 0.05                        # patient cannot operate the reader alone (assumed)
multiple_matches = 0.01                  # a query by insurer number matches several records, 複数該当 (assumed)

"""##

    /// Name → the text of Scenarios/<name>.toml.
    package static let texts: [String: String] = [
        "default": ##"""
# The morning the desk opens with when no scenario is named: a busy Monday in October 2025
# with the national credential mix and the default fault rates, so a trainee meets a
# queue, reader errors and the occasional 無効 within the first minutes.
# Everything not set here comes from defaults.toml.

[scenario]
title = "Monday morning, October 2025"
title_ja = "2025年10月 月曜日の午前"
date = 2025-10-20                        # a Monday; legacy cards still valid (to 1 Dec 2025 at the latest)

# A little busier than the defaults: Monday peak (anecdotal, DOMAIN.md); rates assumed.
[[arrivals]]
from = "08:30"
to = "09:30"
per_hour = 45

[[arrivals]]
from = "09:30"
to = "10:30"
per_hour = 35

[[arrivals]]
from = "10:30"
to = "11:30"
per_hour = 25

[[arrivals]]
from = "11:30"
to = "12:30"
per_hour = 18

[patients]
# Seconds a patient waits in the queue before leaving (assumed): most wait out a long
# queue, a few give up, so the desk shows what a lost patient looks like.
patience = { dist = "lognormal", median = 3600, p90 = 7200 }

"""##,
        "civil-servants-2023-11": ##"""
# The seed article's case: a clinic whose patients are mostly national civil servants, who
# in November 2023 used the My Number card for 4.36 % of online confirmations (Defence
# 2.50 %, Internal Affairs 6.26 %; DOMAIN.md "Usage rate", medical.jiji.com/news/58393).

[scenario]
title = "Civil servants, November 2023"
title_ja = "国家公務員 2023年11月"
clinic = "霞が関さくらクリニック"          # fictional clinic near the ministries
date = 2023-11-15                        # a Wednesday; before 資格確認書 and PIN-less cards existed

# Calibrated so that the usage rate the run reports (My Number confirmations / all online
# confirmations, docs/scenario-format.md) is 4.36 %: card patients whose card fails are
# confirmed by number instead, so the card's share of patients is a little above the rate
# (0.0441 / 0.98 = 4.50 %). No smartphone cards (from Sep 2025) and no 資格確認書 (from
# Dec 2024) yet. `none` assumed.
[mix.path]
myna_card = 0.0441
myna_phone = 0.0
legacy_card = 0.9359
certificate = 0.0
none = 0.020

# PIN-less cards were issued only from 15 Dec 2023. Face/PIN split assumed.
[mix.myna_card]
face = 0.85
pin = 0.15

# No 資格確認書 before 2 Dec 2024: the defaults' share of it goes to the others (assumed).
[mix.backup]
portal = 0.2
legacy_card = 0.6
notice = 0.2

"""##,
        "face-only": ##"""
# What-if (DOMAIN.md, "The future the seed points to"; every figure assumed): the default
# Monday morning if every holder of a My Number card were enrolled for face-only check-in:
# a camera matches the face against a registry, no card, no phone. Same arrivals, staff
# and faults as `default`, so `madoguchi compare default face-only` meets the same
# patients: the registry's false rejects are today's face_mismatch rate (the patient goes
# to the desk with another proof), its false accepts today's wrong_person rate.
[scenario]
title = "Monday morning, October 2025, with face-only check-in (what-if)"
title_ja = "2025年10月 月曜日の午前（顔だけで受付・仮定）"
date = 2025-10-20                        # a Monday; legacy cards still valid (to 1 Dec 2025 at the latest)

# A little busier than the defaults: Monday peak (anecdotal, DOMAIN.md); rates assumed.
[[arrivals]]
from = "08:30"
to = "09:30"
per_hour = 45

[[arrivals]]
from = "09:30"
to = "10:30"
per_hour = 35

[[arrivals]]
from = "10:30"
to = "11:30"
per_hour = 25

[[arrivals]]
from = "11:30"
to = "12:30"
per_hour = 18

[patients]
# Seconds a patient waits in the queue before leaving (assumed): most wait out a long
# queue, a few give up, so the desk shows what a lost patient looks like.
patience = { dist = "lognormal", median = 3600, p90 = 7200 }

# The default's card holders (0.350) are enrolled; phone users (0.014) keep their phones.
[mix.path]
myna_card = 0
myna_phone = 0.014
face_only = 0.350
legacy_card = 0.400
certificate = 0.216
none = 0.020

"""##,
        "monday-rush": ##"""
# The Monday surge at opening (anecdotal: morning and after-holiday peaks; one clinic
# measured morning waits of 19.5 min vs 8.6 min in the afternoon, DOMAIN.md). A queue forms
# before the doors open and some patients give up.

[scenario]
title = "Monday rush"
title_ja = "月曜朝の混雑"
date = 2025-10-20                        # a Monday

# Patients per hour (assumed): a crowd at opening, then a long tail.
[[arrivals]]
from = "08:30"
to = "09:00"
per_hour = 90

[[arrivals]]
from = "09:00"
to = "10:00"
per_hour = 55

[[arrivals]]
from = "10:00"
to = "11:00"
per_hour = 38

[[arrivals]]
from = "11:00"
to = "12:30"
per_hour = 25

[patients]
# Seconds before a waiting patient leaves (assumed); a crowded waiting room wears thin.
patience = { dist = "lognormal", median = 2400, p90 = 5400 }

"""##,
        "national-2025-10": ##"""
# The national picture in October 2025: usage rate 37.14 % (clinics 36.17 %; DOMAIN.md
# "Usage rate", medical.jiji.com/news/58393). The mix is written out here, so this scenario
# keeps its meaning if the defaults change.

[scenario]
title = "National mix, October 2025"
title_ja = "全国平均 2025年10月"
date = 2025-10-15                        # a Wednesday; smartphone cards accepted since 19 Sep 2025

# Calibrated so that the usage rate the run reports (My Number confirmations / all online
# confirmations, docs/scenario-format.md) is 37.14 %: card and phone patients whose check
# fails are confirmed by number instead, so their share of patients is a little above the
# rate (0.3706 / 0.98 = 37.8 %). Split between card and phone, and among the other paths,
# as in the defaults (assumed).
[mix.path]
myna_card = 0.3563
myna_phone = 0.0143
legacy_card = 0.3958
certificate = 0.2136
none = 0.020

"""##,
        "quiet-weekday": ##"""
# A calm Thursday: few patients, so a trainee can learn each recovery without a queue
# building behind them. Mix, times and faults are the defaults (October 2025).

[scenario]
title = "Quiet weekday"
title_ja = "静かな平日"
date = 2025-10-16                        # a Thursday

# Patients per hour (assumed): about half the default morning.
[[arrivals]]
from = "08:30"
to = "09:30"
per_hour = 20

[[arrivals]]
from = "09:30"
to = "11:00"
per_hour = 14

[[arrivals]]
from = "11:00"
to = "12:30"
per_hour = 8

"""##,
        "reader-outage": ##"""
# Equipment failure: reader 1 broken for the first two hours, and a 29-minute outage of the
# line to the confirmation system like the one of 13 Feb 2025 (DOMAIN.md, fault `outage`).
# Staff must write down name, sex, birth date and address, use other credentials or
# 申立書, and confirm by the emergency function after recovery.

[scenario]
title = "Reader and network outage"
title_ja = "リーダー故障と回線障害"
date = 2025-02-13                        # the day of the 29-minute outage; a Thursday

# February 2025: usage about 25 % (25.42 % in Jan 2025, DOMAIN.md "Usage rate"):
# 0.249 / 0.98 = 25.4 %. Smartphones were not yet accepted (from 19 Sep 2025);
# 資格確認書 had only just started (Dec 2024). Split of the rest assumed.
[mix.path]
myna_card = 0.249
myna_phone = 0.0
legacy_card = 0.650
certificate = 0.081
none = 0.020

[[outages]]
kind = "reader"                          # one card reader out of order
reader = 1                               # readers are numbered from 1 as staff count them
from = "08:30"                           # broken at opening (assumed)
to = "10:30"                             # repaired two hours later (assumed)

[[outages]]
kind = "network"                         # line to the online confirmation system down
from = "09:10"                           # the hour is assumed (the source gives the length only)
to = "09:39"                             # 29 minutes, as on 13 Feb 2025 (DOMAIN.md)

"""##,
        "smartphone-everywhere": ##"""
# What-if (DOMAIN.md, "The future the seed points to"; every figure assumed): the default
# Monday morning if every My Number holder tapped a phone at any reader instead of placing
# the card or using the separate smartphone reader. Same arrivals, staff and faults as
# `default`, so `madoguchi compare default smartphone-everywhere` meets the same patients:
# phone-side failures are today's rates (a flat battery or a signed-out app as a failed
# read, Face ID as a failed face match).
[scenario]
title = "Monday morning, October 2025, if every reader took a phone tap (what-if)"
title_ja = "2025年10月 月曜日の午前（どのリーダーもスマホでピッ・仮定）"
date = 2025-10-20                        # a Monday; legacy cards still valid (to 1 Dec 2025 at the latest)

# A little busier than the defaults: Monday peak (anecdotal, DOMAIN.md); rates assumed.
[[arrivals]]
from = "08:30"
to = "09:30"
per_hour = 45

[[arrivals]]
from = "09:30"
to = "10:30"
per_hour = 35

[[arrivals]]
from = "10:30"
to = "11:30"
per_hour = 25

[[arrivals]]
from = "11:30"
to = "12:30"
per_hour = 18

[patients]
# Seconds a patient waits in the queue before leaving (assumed): most wait out a long
# queue, a few give up, so the desk shows what a lost patient looks like.
patience = { dist = "lognormal", median = 3600, p90 = 7200 }

# The default's My Number shares (0.350 card, 0.014 phone) all tap a phone.
[mix.path]
myna_card = 0
myna_phone = 0
phone_tap = 0.364
legacy_card = 0.400
certificate = 0.216
none = 0.020

"""##,
        "steady-state": ##"""
# Validation, not a clinic: an M/M/1 queue the engine's results can be checked against.
# One desk; every patient a return visit with a legacy card confirmed instantly, so the
# service time is the registration alone, exponential; Poisson arrivals at a constant
# rate; no faults, no outages, no one leaves. Over 200 hours with the first 20 discarded
# as warm-up, queueing theory applies:
#   λ = 24/h, μ = 30/h (mean service 120 s), ρ = λ/μ = 0.8
#   mean wait in queue Wq = ρ / (μ − λ) = 0.8 / 6 h = 480 s; mean time in system W = 600 s
#   mean number waiting Lq = ρ² / (1 − ρ) = 3.2

[scenario]
title = "Steady-state validation (M/M/1)"
title_ja = "定常状態の検証 (M/M/1)"
date = 2024-06-05                        # legacy cards valid
opening = "00:00"
closing = "200:00"                       # hours past 24: a run of a bit over eight days
replications = 20                        # independent runs for a confidence interval
warmup_minutes = 1200                    # the first 20 hours settle the queue and are ignored

[staff]
desks = 1
readers = 0                              # no reader paths in the mix below

[[arrivals]]
from = "00:00"
to = "200:00"
per_hour = 24                            # λ

[mix.path]
legacy_card = 1.0

[mix.visit]
return = 1.0

# Nobody here needs another proof; 資格確認書 would not exist yet on this date anyway.
[mix.backup]
legacy_card = 1.0

# Every step but registration takes no time (a bare number is a fixed duration).
[times]
registration = { dist = "exponential", mean = 120 }   # 1/μ
card_flow = 0
phone_flow = 0
failed_attempt = 0
staff_assist = 0
visual_switch = 0
visual_check = 0
first_visit_paperwork = 0
credential_check = 0
online_by_number = 0
other_credential_check = 0
moushitatesho = 0
verbal_confirmation = 0
manual_record = 0
name_fix = 0
wrong_person_handling = 0
decision = 0

[faults]
reader_error = 0
face_mismatch = 0
pin_lock = 0
eligibility_invalid = 0
certificate_expired = 0
unrenderable_name = 0
wrong_person = 0
needs_help = 0

[patients]
refuses_everything = 0

"""##,
        "stopgap-2026-02": ##"""
# The stop-gap period: every legacy card has expired (1 Dec 2025 at the latest), yet until
# 31 Mar 2026 an expired one is accepted if eligibility is confirmed online by insurer
# number (DOMAIN.md "The credentials", hodanren.doc-net.or.jp/info/news/2025-11-12-4).
# The date below is what tells the model: legacy cards are no longer checked by eye alone,
# only by online confirmation; during an outage they are not enough.

[scenario]
title = "Stop-gap, February 2026"
title_ja = "暫定運用 2026年2月"
date = 2026-02-18                        # a Wednesday, within the stop-gap to 31 Mar 2026

# No usage figure for Feb 2026 was found; the shares are assumed, continuing the trend
# (37 % in Oct 2025) with expired legacy cards still brought by a quarter of patients.
[mix.path]
myna_card = 0.420
myna_phone = 0.030
legacy_card = 0.250
certificate = 0.280
none = 0.020

"""##,
    ]

    /// Built-in lesson names: Scenarios/Lessons/*.toml, by name.
    package static let lessonNames: [String] = [
        "broken-reader",
        "eligibility-invalid",
        "exam-morning",
        "face-then-pin",
        "first-visit-rush",
        "legacy-after-march",
        "legacy-stopgap",
        "network-outage",
        "wrong-person",
    ]

    /// Name → the text of Scenarios/Lessons/<name>.toml.
    package static let lessons: [String: String] = [
        "broken-reader": ##"""
# Lesson 7. The only card reader breaks for forty minutes: card patients go to the desk and
# are confirmed another way; nobody waits at a dead reader.
arrivals = []

[lesson]
title = "The only card reader breaks"
title_ja = "ただ一台のカードリーダーが故障"
goal = "When no reader works, send card patients to the desk and confirm their eligibility from what they hold, or by the eligibility declaration (moushitatesho)."
goal_ja = "使えるリーダーがないときは、カードの方を窓口へご案内し、お持ちのものか申立書で資格を確認します。"
pass_mark = 0.8
unlocks = "first-visit-rush"
feedback = "coach"
pausing = true
speed = 1
time_limit_minutes = 80

[scenario]
title = "Lesson: broken reader"
title_ja = "練習：リーダー故障"
opening = "08:30"
closing = "09:30"
seed = 17

[staff]
desks = 2
readers = 1

[[outages]]
kind = "reader"
reader = 1
from = "08:35"
to = "09:15"                             # assumed repair time

[[script]]
at = "08:31"
path = "myna_card"

[[script]]
at = "08:37"
path = "myna_card"
backup = "legacy_card"

[[script]]
at = "08:40"
path = "myna_phone"
method = "iphone"
backup = "portal"

[[script]]
at = "08:44"
path = "myna_card"
visit = "return"

[[script]]
at = "08:50"
path = "legacy_card"

[[script]]
at = "09:20"
path = "myna_card"

"""##,
        "eligibility-invalid": ##"""
# Lesson 2. 資格(無効), 該当資格なし and no credential: other proof the patient holds, else
# 申立書 (or a verbal check on a return visit) and the normal share; 10割 only for a patient
# who refuses everything; 無効（新しい資格あり）: the newer eligibility (DOMAIN.md,
# eligibility_invalid and the terminal's result codes).
arrivals = []

[lesson]
title = "Invalid eligibility: other proof, or a declaration"
title_ja = "資格（無効）：他の方法か申立書で"
goal = "Confirm eligibility from what the patient holds; the eligibility notice (oshirase) counts only with the card; without proof use the eligibility declaration (moushitatesho) or, on a return visit, a verbal check; charge the full cost (10-wari) only to a patient who refuses everything. 'No matching record' is handled the same way; 'invalid, newer eligibility exists' is confirmed with the newer one."
goal_ja = "お持ちのもので資格を確認します。お知らせはカードと一緒のときだけ有効。証明がなければ申立書（再診なら口頭確認）で、10割負担はすべてを拒む方だけです。「該当資格なし」も同じ、「無効（新しい資格あり）」は新しい資格情報で確認します。"
pass_mark = 0.8
unlocks = "wrong-person"
feedback = "coach"
pausing = true
speed = 1
time_limit_minutes = 75

[scenario]
title = "Lesson: invalid eligibility"
title_ja = "練習：資格（無効）"
opening = "08:30"
closing = "09:30"
seed = 12

[staff]
desks = 1
readers = 1

[[script]]
at = "08:31"
path = "myna_card"
result = "invalid"
backup = "certificate"

[[script]]
at = "08:34"
path = "myna_card"
result = "no_record"
visit = "return"

[[script]]
at = "08:37"
path = "legacy_card"
result = "invalid"
visit = "first"

[[script]]
at = "08:40"
path = "myna_card"
result = "invalid"
backup = "notice"

[[script]]
at = "08:43"
path = "none"
backup = "notice"
visit = "return"

[[script]]
at = "08:46"
path = "myna_card"
result = "invalid"
refuses = true

[[script]]
at = "08:49"
path = "myna_card"
result = "invalid_newer"

"""##,
        "exam-morning": ##"""
# Lesson 9. The exam: a busy half hour with faults at raised rates, another person's record
# and a short outage. No feedback until the debrief; no pausing.
[[arrivals]]
from = "08:30"
to = "09:00"
per_hour = 30                            # about 15 patients (assumed)

[lesson]
title = "Exam: a morning at the desk"
title_ja = "修了試験：窓口の朝"
goal = "Handle a busy half hour alone, by the book, without feedback until the end."
goal_ja = "忙しい30分間を、講評なしで最後まで手順どおりに対応します。"
pass_mark = 0.8
unlocks = ""                             # the last lesson of the course
feedback = "exam"
pausing = false
speed = 1
time_limit_minutes = 90

[scenario]
title = "Exam"
title_ja = "修了試験"
opening = "08:30"
closing = "09:00"
seed = 19

[[outages]]
kind = "network"
from = "08:45"
to = "08:55"

[faults]                                 # raised for the exam (assumed)
reader_error = 0.1
face_mismatch = 0.15
pin_lock = 0.05
eligibility_invalid = 0.1
unrenderable_name = 0.1
needs_help = 0.1

[[script]]
at = "08:40"
path = "myna_card"
faults = ["wrong_person"]
backup = "certificate"

"""##,
        "face-then-pin": ##"""
# Lesson 1. Face recognition fails, a PIN is forgotten or locked: the reader's own recovery,
# and visual-confirmation mode switched back after each use (DOMAIN.md, the card-reader flow).
arrivals = []                            # only the scripted patients below come

[lesson]
title = "Face not recognised, then a locked PIN"
title_ja = "顔認証の失敗、そして暗証番号のロック"
goal = "Retry the face once, then the PIN; use visual-confirmation mode only for a patient who cannot use a PIN, and switch the reader back every time."
goal_ja = "顔認証は一度だけ再試行し、次は暗証番号。暗証番号を使えない方にだけ目視確認モードを使い、そのたびにリーダーを通常モードに戻します。"
pass_mark = 0.8                          # share of full marks to pass
unlocks = "eligibility-invalid"
feedback = "coach"
pausing = true
speed = 1
time_limit_minutes = 60

[scenario]
title = "Lesson: face and PIN"
title_ja = "練習：顔認証と暗証番号"
opening = "08:30"
closing = "09:30"
seed = 11

[staff]
desks = 1
readers = 1

[faults]
face_retry_fails = 1.0                   # the one retry fails too, so the next step is always asked

[[script]]
at = "08:31"
path = "myna_card"
method = "face"
faults = ["face_mismatch"]
knows_pin = true

[[script]]
at = "08:34"
path = "myna_card"
method = "face"
faults = ["face_mismatch"]
knows_pin = false

[[script]]
at = "08:38"
path = "myna_card"
method = "pin"
faults = ["pin_lock"]

[[script]]
at = "08:41"
path = "myna_card"
method = "face"

[[script]]
at = "08:45"
path = "myna_card"
method = "pinless"
faults = ["face_mismatch"]

"""##,
        "first-visit-rush": ##"""
# Lesson 8. A rush of first visits at opening: questionnaires and patient cards on top of
# every check, with the usual faults drawn at their default rates. Keep the desk moving.
[[arrivals]]
from = "08:30"
to = "08:50"
per_hour = 45                            # about 15 patients in twenty minutes (assumed)

[lesson]
title = "A rush of first visits"
title_ja = "初診の方が続く朝"
goal = "Keep pace while most patients are first visits: every check by the book, no step skipped, the queue as short as you can keep it."
goal_ja = "初診の方が続いても手順どおりに。確認を省かず、待ち行列をできるだけ短く保ちます。"
pass_mark = 0.8
unlocks = "exam-morning"
feedback = "coach"
pausing = false                          # a real rush does not wait
speed = 1
time_limit_minutes = 90

[scenario]
title = "Lesson: first-visit rush"
title_ja = "練習：初診の混雑"
opening = "08:30"
closing = "09:00"
seed = 18

[mix.visit]
first = 0.7                              # assumed for the drill
return = 0.3

"""##,
        "legacy-after-march": ##"""
# Lesson 5. June 2026: the stop-gap is over and legacy cards are refused; eligibility is
# confirmed another way or by 申立書 (DOMAIN.md, legacy_card).
arrivals = []

[lesson]
title = "The legacy card after the stop-gap (June 2026)"
title_ja = "暫定運用の終了後の従来の保険証（2026年6月）"
goal = "Refuse legacy cards politely and confirm eligibility another way: the eligibility certificate, the Mynaportal screen, or the declaration (moushitatesho; a verbal check on a return visit)."
goal_ja = "従来の保険証は使えないとお伝えし、資格確認書、マイナポータルの画面、または申立書（再診なら口頭確認）で資格を確認します。"
pass_mark = 0.8
unlocks = "network-outage"
feedback = "coach"
pausing = true
speed = 1
time_limit_minutes = 75

[scenario]
title = "Lesson: after the stop-gap"
title_ja = "練習：暫定運用の終了後"
date = 2026-06-10                        # after 31 Mar 2026
opening = "08:30"
closing = "09:30"
seed = 15

[staff]
desks = 1
readers = 1

[[script]]
at = "08:31"
path = "legacy_card"
backup = "certificate"

[[script]]
at = "08:34"
path = "legacy_card"
visit = "return"

[[script]]
at = "08:37"
path = "legacy_card"
backup = "portal"

[[script]]
at = "08:40"
path = "certificate"

[[script]]
at = "08:43"
path = "legacy_card"
visit = "first"

"""##,
        "legacy-stopgap": ##"""
# Lesson 4. February 2026: legacy cards expired on 1 Dec 2025 at the latest and are accepted
# until 31 Mar 2026 only when confirmed online by insurer number (DOMAIN.md, legacy_card).
# A short outage shows what that means when the line is down.
arrivals = []

[lesson]
title = "The legacy card in the stop-gap (February 2026)"
title_ja = "暫定運用中の従来の保険証（2026年2月）"
goal = "Confirm expired legacy cards online by insurer number, never by eye; while the line is down, note the details and use other proof, then confirm the noted patients once it is back."
goal_ja = "期限切れの従来の保険証は保険者番号でオンライン確認し、目視だけでは受け付けません。回線障害中は必要事項を控えて他の方法で確認し、復旧後に控えた方を確認します。"
pass_mark = 0.8
unlocks = "legacy-after-march"
feedback = "coach"
pausing = true
speed = 1
time_limit_minutes = 75

[scenario]
title = "Lesson: stop-gap"
title_ja = "練習：暫定運用"
date = 2026-02-18                        # within the stop-gap to 31 Mar 2026
opening = "08:30"
closing = "09:30"
seed = 14

[staff]
desks = 1
readers = 1

[[outages]]
kind = "network"
from = "08:50"
to = "09:05"

[[script]]
at = "08:31"
path = "legacy_card"

[[script]]
at = "08:34"
path = "legacy_card"
visit = "first"

[[script]]
at = "08:37"
path = "certificate"

[[script]]
at = "08:40"
path = "legacy_card"

[[script]]
at = "08:52"
path = "legacy_card"
backup = "certificate"

"""##,
        "network-outage": ##"""
# Lesson 6. The line to the online confirmation system goes down at 10:30 for half an hour
# (the 29-minute outage of 13 Feb 2025 in DOMAIN.md is the model): note the details, use
# other proof or 申立書, and confirm the noted patients once the line is back.
arrivals = []

[lesson]
title = "A network outage at 10:30"
title_ja = "10時30分の回線障害"
goal = "During the outage write down name, sex, birth date and address first, then confirm by other proof or the declaration (moushitatesho); accept valid paper credentials by eye; confirm the noted patients when the line returns."
goal_ja = "障害中はまず氏名・性別・生年月日・住所を控え、他の方法か申立書で受け付けます。有効な紙の保険証は目視で受け付け、回線が戻ったら控えた方の資格を確認します。"
pass_mark = 0.8
unlocks = "broken-reader"
feedback = "coach"
pausing = true
speed = 1
time_limit_minutes = 80

[scenario]
title = "Lesson: network outage"
title_ja = "練習：回線障害"
opening = "10:00"
closing = "11:30"
seed = 16

[staff]
desks = 1
readers = 1

[[outages]]
kind = "network"
from = "10:30"
to = "11:00"                             # assumed length, near the 29 minutes of 13 Feb 2025

[[script]]
at = "10:25"
path = "myna_card"

[[script]]
at = "10:31"
path = "myna_card"
backup = "certificate"

[[script]]
at = "10:35"
path = "myna_card"
visit = "return"

[[script]]
at = "10:38"
path = "legacy_card"

[[script]]
at = "10:42"
path = "none"
backup = "portal"

[[script]]
at = "10:48"
path = "myna_card"
visit = "first"

[[script]]
at = "11:05"
path = "myna_card"

"""##,
        "wrong-person": ##"""
# Lesson 3. Check every record against the patient: another person's record (ひも付け誤り)
# is set aside and reported; a name with ● is still eligible and fixed by hand.
arrivals = []

[lesson]
title = "Another person's record, and names shown as ●"
title_ja = "別人の資格情報と●の氏名"
goal = "Compare each record's name, birth date and sex with the patient. Accept a match, fix a ● name by hand from the card, and never use another person's record: set it aside, confirm identity and report it."
goal_ja = "結果の氏名・生年月日・性別をご本人と照合します。一致すれば受付、●の氏名は券面から手入力で修正、別人の情報は使わず保留して本人確認し、報告します。"
pass_mark = 0.8
unlocks = "legacy-stopgap"
feedback = "coach"
pausing = true
speed = 1
time_limit_minutes = 75

[scenario]
title = "Lesson: whose record is it?"
title_ja = "練習：誰の資格情報か"
opening = "08:30"
closing = "09:30"
seed = 13

[staff]
desks = 1
readers = 1

[[script]]
at = "08:31"
path = "myna_card"

[[script]]
at = "08:33"
path = "myna_card"
faults = ["wrong_person"]
backup = "certificate"

[[script]]
at = "08:36"
path = "myna_card"
faults = ["unrenderable_name"]

[[script]]
at = "08:39"
path = "myna_phone"
method = "iphone"

[[script]]
at = "08:42"
path = "legacy_card"
faults = ["unrenderable_name"]

[[script]]
at = "08:45"
path = "myna_card"
faults = ["wrong_person"]
visit = "first"

"""##,
    ]
}
