"""Claim bundles for holdout4: one claim always gets the same labels.

Each bundle is a list of (report, statement, relation). `statement` is a
substring of the corpus sentence that makes the claim (data/corpus/seed-00N.json).
Bundles follow eval/README.md, "Labelling" and the claim-graph labels after it.
"""

S0, S1, S2, S3, S4 = "seed-000", "seed-001", "seed-002", "seed-003", "seed-004"


def A(r, s):
    return (r, s, "agree")


def C(r, s):
    return (r, s, "conflict")


def R(r, s):
    return (r, s, "related")


# --- Putin's flexibility: a freeze along the current front lines -------------
# agree: 000's sources, 002's FT report, 003's Reuters sources;
# conflict: Peskov in 003 ("wouldn't suffice"), 004 ("have not shifted"),
# Peskov's rejection of the FT report in 002. Whole graph, whatever the page
# attributes it to.
REJECTED = C(S2, "Peskov rejected the Financial Times report")
FREEZE = [
    A(S0, "a possible freeze of current front lines"),
    A(S2, "along the existing front lines"),
    A(S3, "based on the current frontlines"),
    REJECTED,
    C(S3, "suffice for Russia"),
    C(S4, "have not shifted"),
]

# A freeze "would not suffice" (Peskov in 003): the mirror image of FREEZE.
NO_FREEZE = [
    A(S3, "suffice for Russia"),
    C(S0, "a possible freeze of current front lines"),
    C(S2, "along the existing front lines"),
    C(S3, "based on the current frontlines"),
]

# --- a shift / softening of Moscow's aims (000, 002) ---------------------------
def shift(s0="potential shift in Moscow", ft=False):
    b = [
        A(S0, s0),
        A(S2, "first indication in three years"),
        C(S3, "conditions remain stringent"),
        C(S4, "have not shifted"),
    ]
    if ft:  # the FT's account: also conflicts with Peskov's rejection
        b.append(REJECTED)
    return b


# --- the aims are UNCHANGED: the mirror image of shift ------------------------
def unchanged(s4="have not shifted"):
    return [
        A(S4, s4),
        A(S3, "conditions remain stringent"),
        C(S0, "potential shift in Moscow"),
        C(S2, "first indication in three years"),
    ]


# --- the FT: Russia could give up its claims to parts of the four regions -----
RELINQ = [
    A(S2, "relinquish its claims over parts of four Ukrainian regions"),
    REJECTED,
    C(S4, "withdraw its military from the four regions"),
    C(S3, "complete withdrawal from the annexed regions"),
]

# Putin's terms (out of NATO, withdrawal from the four regions) still stand.
# Before the FT report (April 2025) it only agrees with 003/004; written after
# it, it also conflicts with the FT's "relinquish" sentence.
def terms_stand(after_ft):
    b = [
        A(S4, "withdraw its military from the four regions"),
        A(S3, "complete withdrawal from the annexed regions"),
    ]
    if after_ft:
        b.append(C(S2, "relinquish its claims over parts of four Ukrainian regions"))
    return b


# --- Putin open to talks with Trump / a peaceful settlement (Peskov 002/003/004)
def open_(s3="readiness for dialogue"):
    return [
        A(S2, "remain open to seeking a peaceful resolution"),
        A(S3, s3),
        A(S4, "remains open to dialogue"),
    ]


# --- The FT report and Peskov's rejection (002) -------------------------------
def reject(s2="Peskov rejected the Financial Times report"):
    return [A(S2, s2), C(S2, "along the existing front lines")]


# --- Woodward's "seven conversations" and the Kremlin's denial (004) ----------
WOOD = [A(S4, "as many as seven conversations"), C(S4, "The Kremlin, however, has denied such claims")]
WOOD_DENY = [A(S4, "The Kremlin, however, has denied such claims"), C(S4, "as many as seven conversations")]

# --- Trump's "24 hours" promise (000, 004; 003's "vow to swiftly end the war")
PROMISE = [
    A(S0, "promised during his campaign to end the war"),
    A(S4, "end the conflict within 24 hours"),
    A(S3, "vow to swiftly end the war"),
]

# --- the two calls -------------------------------------------------------------
CALL0_LEN = A(S0, "The call, which lasted over an hour")          # President-elect call
CALL1_LEN = A(S1, "detailed two-hour phone call")                 # May 2025 call (Monday)
CALL1_LEN_X = C(S1, "detailed two-hour phone call")
CALL1_REL = R(S1, "We have discussed with President Trump")
MEMO = A(S1, "a proposal for a memorandum outlining terms")
TURKEY_REL = R(S1, "resumed recently in Turkey")


def merge(*parts):
    """Concatenate bundles / single triples; drop exact duplicates."""
    out, seen = [], set()
    for p in parts:
        items = [p] if isinstance(p, tuple) else p
        for t in items:
            if t not in seen:
                seen.add(t)
                out.append(t)
    return out
