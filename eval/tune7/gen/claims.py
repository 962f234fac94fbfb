"""Claim bundles for tune7: one claim always gets the same labels.

Statements are substrings of data/corpus/seed-00N.json (body or headline).
The claim graph follows eval/README.md, "Labelling".
"""


def _e(n, st, rel):
    return {"report": f"seed-00{n}", "statement": st, "relation": rel}


def A(n, st):
    return _e(n, st, "agree")


def C(n, st):
    return _e(n, st, "conflict")


def R(n, st):
    return _e(n, st, "related")


# --- corpus statements used by the claim graph -------------------------
REJ = "Peskov rejected the Financial Times report"  # 002
FRONT002 = "along the existing front lines"  # 002 (FT)
FREEZE000 = "possible freeze of current front lines"  # 000 (sources)
FRONT003 = "based on the current frontlines"  # 003 (Reuters sources)
SUFFICE = "suffice for Russia"  # 003 (Peskov: freeze not enough)
STRINGENT = "conditions remain stringent"  # 003
ANNEXWD = "complete withdrawal from the annexed regions"  # 003 (same sentence as STRINGENT)
NOTSHIFT = "have not shifted"  # 004 (Peskov)
NEVERSHIFT = "never suggested a shift in the objectives"  # 004 (Peskov quote)
SHIFT000 = "potential shift in Moscow"  # 000
FIRST3 = "first indication in three years"  # 002
RELINQ = "relinquish its claims over parts of four Ukrainian regions"  # 002
WITHDRAW4 = "withdraw its military from the four regions"  # 004 (terms)
OPEN002 = "remain open to seeking a peaceful resolution"
OPEN003 = "readiness for dialogue"
OPEN004 = "open to discussing the Ukraine conflict"
SEVEN = "as many as seven conversations"
DENIED = "has denied such claims"


def combine(*bundles):
    out, seen = [], set()
    for b in bundles:
        for e in b:
            k = (e["report"], e["statement"].lower())
            if k in seen:
                continue
            seen.add(k)
            out.append(e)
    return out


# A freeze along the current front line (whole graph, whoever it is attributed to).
FREEZE = [A(0, FREEZE000), A(2, FRONT002), A(3, FRONT003),
          C(3, SUFFICE), C(4, NOTSHIFT), C(2, REJ)]


# A shift / softening of Moscow's aims. stmt0 = the 000 sentence the page echoes.
def SHIFT(stmt0=SHIFT000):
    return [A(0, stmt0), A(2, FIRST3), C(3, STRINGENT), C(4, NOTSHIFT), C(2, REJ)]


# The FT's "could relinquish claims to parts of four regions".
RELINQUISH = [A(2, RELINQ), C(2, REJ), C(4, WITHDRAW4), C(3, ANNEXWD)]


# Aims unchanged (mirror of SHIFT). stmt4 = the 004 sentence the page echoes.
def UNCH(stmt4=NOTSHIFT):
    return [A(4, stmt4), A(3, STRINGENT), C(0, SHIFT000), C(2, FIRST3)]


# Statement of Putin's terms (NATO + withdrawal from the four regions).
TERMS = [A(4, WITHDRAW4), A(3, ANNEXWD)]

# The terms *still* stand, written after the FT report: terms + unchanged + conflicts with the offer.
TERMS_STAND = [A(4, WITHDRAW4), A(3, ANNEXWD), C(2, RELINQ), C(0, SHIFT000), C(2, FIRST3)]

# Peskov (003): a simple freeze would not suffice (mirror of FREEZE).
NOFREEZE = [A(3, SUFFICE), C(0, FREEZE000), C(2, FRONT002), C(3, FRONT003)]

# Putin open to talks with Trump / a peaceful settlement (Peskov in 002, 003, 004).
OPEN = [A(2, OPEN002), A(3, OPEN003), A(4, OPEN004)]


# Repeating the FT's account of what Putin offered/said: agrees with it, conflicts with the rejection.
def FTREP(st):
    return [A(2, st), C(2, REJ)]


# Reporting Peskov's rejection of the FT report.
REJECT = [A(2, REJ), C(2, FRONT002)]

# Woodward's "as many as seven conversations" and the Kremlin's denial.
WOOD = [A(4, SEVEN), C(4, DENIED)]


def WOODDENY(st=DENIED):
    return [A(4, st), C(4, SEVEN)]


# Trump's promise to end the war in 24 hours / swiftly (000, 004, 003).
TRUMP24 = [A(0, "promised during his campaign to end the war"),
           A(4, "end the conflict within 24 hours"),
           A(3, "vow to swiftly end the war")]

# Putin (May 2025 call, 001): ready to work with Ukraine on a memorandum (+ open to a settlement).
MEMO = combine([A(1, "openness to engage with Ukraine"), A(1, "proposal for a memorandum")], OPEN)

# Zelenskiy: accepting the terms would be surrender (004).
SURRENDER = [A(4, "would amount to surrender")]
