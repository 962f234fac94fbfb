"""One bundle of expectations per corpus claim, so the same claim always gets the same labels.
Each bundle is a list of (report, statement, relation). Combine with `+`; gen.py merges and
refuses a statement given two relations."""

def A(r, s): return (f"seed-00{r}", s, "agree")
def C(r, s): return (f"seed-00{r}", s, "conflict")
def R(r, s): return (f"seed-00{r}", s, "related")

REJ = "Peskov rejected the Financial Times report"
FRONT2 = "along the existing front lines"
FREEZE0 = "possible freeze of current front lines"
FRONT3 = "based on the current frontlines"
SUFFICE = "suffice for Russia"
NOTSHIFT = "have not shifted"
SHIFT0 = "potential shift in Moscow"
FIRST3Y = "first indication in three years"
STRINGENT = "conditions remain stringent"
RELQ = "relinquish its claims over parts of four Ukrainian regions"
WITHDRAW4 = "withdraw its military from the four regions"
WITHDRAW3 = "complete withdrawal from the annexed regions"

# --- Putin's flexibility graph -------------------------------------------------------
FREEZE = [A(0, FREEZE0), A(2, FRONT2), A(3, FRONT3), C(3, SUFFICE), C(4, NOTSHIFT), C(2, REJ)]
SHIFT = [A(0, SHIFT0), A(2, FIRST3Y), C(3, STRINGENT), C(4, NOTSHIFT), C(2, REJ)]
RELINQ = [A(2, RELQ), C(2, REJ), C(4, WITHDRAW4), C(3, WITHDRAW3)]
# mirror images
UNCHANGED = [A(4, NOTSHIFT), A(3, STRINGENT), C(0, SHIFT0), C(2, FIRST3Y)]
NOFREEZE = [A(3, SUFFICE), C(0, FREEZE0), C(2, FRONT2), C(3, FRONT3)]
TERMS = [A(4, WITHDRAW4), A(3, WITHDRAW3)]
TERMS_AFTER_FT = TERMS + [C(2, RELQ)]  # terms still stand, said after the FT report

# --- Putin open to talks / a peaceful settlement (Peskov in 002, 003, 004) -------------
OPEN = [A(2, "remain open to seeking a peaceful resolution"), A(3, "readiness for dialogue"),
        A(4, "the Russian president remains open to dialogue")]

# --- FT report and Peskov's rejection (002) -------------------------------------------
REJECT = [A(2, REJ), C(2, FRONT2)]
REJ_CONFLICT = [C(2, REJ)]  # "Kremlin confirmed the report" / "declined to comment"
STPETE = [A(2, "Petersburg earlier this month"), C(2, REJ)]
OTHER_CITY = [C(2, "Petersburg earlier this month"), C(2, REJ)]
US_PLAN = [A(2, "acknowledging Russia")]
EURO_CAUTION = [A(2, "European officials quoted by the newspaper cautioned")]
SWAP = [A(2, "halt military efforts to reclaim territories"), C(2, REJ)]
CONTINGENT = [A(2, "contingent upon Washington making more substantial concessions"), C(2, REJ)]
LONDON = [A(2, "convene in London on Wednesday")]
LONDON_OTHER = [C(2, "convene in London on Wednesday")]
NO_OFFER = [A(2, "has not received an official offer")]
KYIV_OPEN = [A(2, "Kyiv is open to some of the proposals")]
PEACEKEEP = [A(2, "European peacekeeping force")]
WITHIN_WEEK = [A(2, "would agree to a peace deal within the week")]
NO_TIMELINE = [A(2, "discuss a timeline for a potential ceasefire")]
USHAKOV = [A(2, "Witkoff is expected in Russia later this week")]
KURSK_DELAY = [A(2, "delaying ceasefire negotiations until Russian forces fully regain control")]
GERAS = [A(2, "99.5% of the Kursk region")]
GERAS_OTHER = [C(2, "99.5% of the Kursk region")]
REMCH = [A(2, "complete liberation of the Kursk region")]
REMCH_HALF = [A(2, "Once the last 0.5% is liberated")]
FT_SOURCES_REL = [R(2, "citing several sources familiar with the talks")]
GERAS_REL = [R(2, "99.5% of the Kursk region")]

# --- the President-elect call (000) ---------------------------------------------------
CALL0 = [A(0, "The call, which lasted over an hour")]
CALL0_OTHER = [C(0, "The call, which lasted over an hour")]
DRONE48 = [A(0, "48 hours after an alleged Ukrainian drone attack")]
DRONE48_OTHER = [C(0, "48 hours after an alleged Ukrainian drone attack")]
BUSINESSLIKE = [A(0, "businesslike and constructive")]
NEUTRALISED = [A(0, "neutralised before impact")]
NEUTRALISED_OTHER = [C(0, "neutralised before impact")]
PROVOCATION = [A(0, "an attempted provocation")]
NOT_VERIFIED = [A(0, "has not been independently verified")]
KYIV_SILENT = [A(0, "neither confirmed nor denied involvement")]
KYIV_SILENT_OTHER = [C(0, "neither confirmed nor denied involvement")]
WORDS_CHEAP = [A(0, "Words are cheap")]
GUARANTEES = [A(0, "security guarantees for Ukraine short of NATO membership"),
              A(3, "might be willing to discuss security guarantees for Ukraine")]
CALL0_REL = [R(0, "The call, which lasted over an hour")]
DRONE_REL = [R(0, "has not been independently verified")]

# --- Trump's promise (000, 004, 003) ---------------------------------------------------
VOW = [A(0, "promised during his campaign to end the war"), A(4, "end the conflict within 24 hours"),
       A(3, "vow to swiftly end the war")]

# --- the May 2025 call and the memorandum (001) -----------------------------------------
CALL1 = [A(1, "two-hour phone call")]
CALL1_OTHER = [C(1, "two-hour phone call")]
MEMO = [A(1, "a proposal for a memorandum")]
TRUCE_TERMS = [A(1, "concrete terms for a truce")]
THIRTY = [A(1, "30-day unconditional ceasefire")]
THIRTY_OTHER = [C(1, "30-day unconditional ceasefire")]
TURKEY = [A(1, "the first direct talks since early 2022")]
TURKEY_OTHER = [C(1, "resumed recently in Turkey")]
ROOTS = [A(1, "confront the fundamental causes of this crisis")]
TWENTY = [A(1, "ceding up to 20% of its territory")]
TWENTY_OTHER = [C(1, "ceding up to 20% of its territory")]
MEMO_REL = [R(1, "a proposal for a memorandum")]
CALL1_REL = [R(1, "two-hour phone call")]

# --- November 2024 (003, 004) -------------------------------------------------------------
REUTERS5_OTHER = [C(3, "five unnamed current and former Russian officials")]
NATO_SCEPTIC = [A(3, "Several NATO officials countered this claim")]
ATACMS = [A(3, "US authorization for Ukraine to use ATACMS missiles")]
ATACMS_FIRST = [A(3, "used these missiles to strike Russian territory for the first time")]
NUKE = [A(3, "lowered the threshold for nuclear weapons use")]
CHENTSOV = [A(3, "Chentsov argues this strengthens")]
NK_OTHER = [C(3, "over 10,000 North Korean troops deploying to Kursk")]
NK = [A(3, "over 10,000 North Korean troops deploying to Kursk")]
BLOOMBERG = [A(3, "Russia has declared its willingness to engage in ceasefire negotiations")]
TWO_MONTHS = [A(3, "slated to take office in two months")]
SURRENDER = [A(4, "would amount to surrender")]
VICTORY_PLAN = [A(4, "victory plan")]
FAST_LOSSES = [A(4, "it means losses for Ukraine")]
CONGRATS = [A(4, "commending his composure")]
NBC = [A(4, "has not yet spoken with Putin")]
NO_CALL_PLANS = [A(4, "no confirmed plans for a call")]
ALL_TIME_LOW = [A(4, "all-time low")]
BIDEN_LAST = [A(4, "Joe Biden occurred in February 2022")]
BIDEN_LAST_OTHER = [C(4, "Joe Biden occurred in February 2022")]
WOODWARD = [A(4, "as many as seven conversations"), C(4, "has denied such claims")]
WOODWARD_OTHER = [C(4, "as many as seven conversations"), C(4, "has denied such claims")]
WOODWARD_DENIED = [A(4, "has denied such claims"), C(4, "as many as seven conversations")]
WOODWARD_REL = [R(4, "as many as seven conversations")]
TURKEY_REL = [R(1, "resumed recently in Turkey")]
LONDON_REL = [R(2, "convene in London on Wednesday")]
