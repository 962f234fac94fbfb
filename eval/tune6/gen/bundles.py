# Label bundles for tune6: one set of labels per claim, used the same way on
# every page (the choices follow eval/tune5/README.md; see tune6/README.md).
import json, os

def A(r, s): return ("seed-00%d" % r, s, "agree")
def C(r, s): return ("seed-00%d" % r, s, "conflict")
def R(r, s): return ("seed-00%d" % r, s, "related")

# --- statements (substrings of data/corpus/seed-00*.json) ---
# 000: the President-elect call
SHIFT0 = "potential shift in Moscow"
FREEZE0 = "possible freeze of current front lines"
SECG0 = "security guarantees for Ukraine short of NATO membership"
HOUR0 = "The call, which lasted over an hour"
H48 = "48 hours after an alleged Ukrainian drone attack"
BIZ0 = "businesslike and constructive"
MUTUAL0 = "mutual interest in ending the conflict"
PESKCONF0 = "Peskov confirmed the conversation took place"
INAUG0 = "January 20 inauguration"
ZEL0 = "Words are cheap"
NOTVER0 = "has not been independently verified"
PROVOC0 = "an attempted provocation"
NEUTR0 = "drone was neutralised before impact"
KYIVNC0 = "Kyiv has neither confirmed nor denied involvement"
H24_0 = "in 24 hours"
SPEC0 = "reported drone incident may have prompted Moscow to recalibrate"
MAXIMAL0 = "does not fully meet his maximalist demands"
# 001: the Monday call, May 2025
TWOH1 = "two-hour phone call with former US President Donald Trump on Monday"
MEMO1 = "a proposal for a memorandum outlining terms for a possible peace agreement"
PRINC1 = "principles of resolution and a potential timeline for ceasefire implementation"
OPEN1 = "openness to engage with Ukraine in drafting a potential peace framework"
TERMS1 = "hinges on establishing concrete terms for a truce"
D30_1 = "30-day unconditional ceasefire"
TURKEY1 = "the first direct talks since early 2022"
APPREC1 = "Putin expressed appreciation for Trump's support"
ACK1 = "Trump reportedly acknowledged Russia's stated readiness"
OBST1 = "both leaders admitted that obstacles to a lasting peace remain"
POS1 = "Resuming direct dialogue is a positive step"
ROOT1 = "confront the fundamental causes of this crisis"
EUSKEPT1 = "many European leaders remain skeptical of Putin's intentions"
P20_1 = "possibly ceding up to 20% of its territory"
BIDEN1 = "expansionist campaign reminiscent of imperial conquests"
NATONEIGH1 = "an accusation Russia firmly denies"
# 002: the FT report, April 2025
FL2 = "along the existing front lines"
STP2 = "Putin allegedly informed Steve Witkoff"
REL2 = "relinquish its claims over parts of four Ukrainian regions"
USPLAN2 = "acknowledging Russia's 2014 annexation of Crimea"
FIRST2 = "first indication in three years"
NATOA2 = "assurances against Ukraine joining NATO"
REJ2 = "Peskov rejected the Financial Times report"
FALSE2 = "Many false claims are being made, even by reputable publications"
LONDON2 = "convene in London on Wednesday"
NOOFFER2 = "Kyiv has not received an official offer from Trump's team"
WEEK2 = "agree to a peace deal within the week"
NOTIMELINE2 = "didn't want to discuss a timeline for a potential ceasefire"
OPENPEACE2 = "remain open to seeking a peaceful resolution"
USHAKOV2 = "Witkoff is expected in Russia later this week"
DELAY2 = "Putin is delaying ceasefire negotiations until Russian forces fully regain control"
INCURSION2 = "surprise incursion last August"
LEVERAGE2 = "Kyiv intended to leverage the Ukrainian-occupied areas"
K995 = "99.5% of the Kursk region had been"
REMCH2 = "aiming for the complete liberation of the Kursk region"
# 003: Reuters' five officials, November 2024
WILL3 = "willingness to engage in ceasefire negotiations with the incoming Trump administration"
FRONT3 = "based on the current frontlines"
READY3 = "readiness for dialogue"
SUFF3 = "suffice for Russia"
NATOOFF3 = "Several NATO officials countered this claim"
TWOMONTHS3 = "slated to take office in two months"
SWIFT3 = "vow to swiftly end the war"
STRING3 = "conditions remain stringent"
WITHDR3 = "complete withdrawal from the annexed regions"
SECG3 = "willing to discuss security guarantees for Ukraine"
ATACMS3 = "US authorization for Ukraine to use ATACMS missiles within Russia"
CHENTSOV3 = "strengthens Ukraine's negotiating position"
DELAY3 = "could delay or hinder any settlement"
NK3 = "over 10,000 North Korean troops deploying to Kursk"
NUKE3 = "lowered the threshold for nuclear weapons use"
FIRSTTIME3 = "used these missiles to strike Russian territory for the first time"
# 004: Peskov on Friday, November 2024
NOTSH4 = "have not shifted"
NEVER4 = "never suggested a shift in the objectives"
OPENDIAL4 = "remains open to dialogue"
WITHDR4 = "withdraw its military from the four regions"
SURR4 = "would amount to surrender"
VICT4 = "victory plan"
H24_4 = "within 24 hours"
FAST4 = "If it's just fast, it means losses for Ukraine"
NBC4 = "has not yet spoken with Putin"
NOPLANS4 = "no confirmed plans for a call between Trump and Putin"
LOW4 = "all-time low"
SEVEN4 = "as many as seven conversations"
DENIED4 = "has denied such claims"
DISPEL4 = "dispelled rumors that Trump had spoken to Putin since leaving office"

# --- claim bundles ---
FREEZE = [A(0, FREEZE0), A(2, FL2), A(3, FRONT3), C(2, REJ2), C(3, SUFF3), C(4, NOTSH4)]
SHIFT = [A(0, SHIFT0), A(2, FIRST2), A(3, FRONT3), C(3, STRING3), C(4, NOTSH4)]
SHIFT_FT = SHIFT + [C(2, REJ2)]
def UNCHANGED(s4=NOTSH4):
    return [A(4, s4), A(3, STRING3), C(0, SHIFT0), C(2, FIRST2), C(3, FRONT3)]
NOTSUFF = [A(3, SUFF3), C(0, FREEZE0), C(2, FL2), C(3, FRONT3)]
RELINQ = [A(2, REL2), C(2, REJ2), C(3, WITHDR3), C(4, WITHDR4)]
TERMS_PRE = [A(4, WITHDR4), A(3, WITHDR3)]
TERMS_POST = TERMS_PRE + [C(2, REL2)]
def REJECT(s=REJ2): return [A(2, s), C(2, FL2)]
WOOD = [A(4, SEVEN4), C(4, DENIED4)]
def WOODDENY(s=DENIED4): return [A(4, s), C(4, SEVEN4)]
OPEN = [A(2, OPENPEACE2), A(3, READY3), A(4, OPENDIAL4)]
H24 = [A(0, H24_0), A(3, SWIFT3), A(4, H24_4)]
SECG = [A(0, SECG0), A(3, SECG3)]


def merge(*groups):
    out, seen = [], {}
    for g in groups:
        for (r, s, rel) in g:
            k = (r, s.lower())
            if k in seen:
                if seen[k] != rel:
                    raise ValueError("contradictory labels for %s %r: %s vs %s" % (r, s, seen[k], rel))
                continue
            seen[k] = rel
            out.append((r, s, rel))
    return out


def S(text, *groups, note=None):
    d = {"text": text, "expect": [{"report": r, "statement": s, "relation": rel} for (r, s, rel) in merge(*groups)]}
    if note:
        d["note"] = note
    return d


def N(text, note=None):
    d = {"text": text, "expect": []}
    if note:
        d["note"] = note
    return d


OUT = os.path.join(os.path.dirname(__file__), "..", "eval", "tune6")


def page(fname, title, kind, outlet, date, sentences, note=None):
    d = {"title": title, "kind": kind, "outlet": outlet, "date": date}
    if note:
        d["note"] = note
    d["sentences"] = sentences
    with open(os.path.join(OUT, fname), "w") as f:
        json.dump(d, f, ensure_ascii=False, indent=2)
        f.write("\n")


def unrelated(fname, title, outlet, date, texts, note=None):
    sents = [N(t) if isinstance(t, str) else N(t[0], t[1]) for t in texts]
    page(fname, title, "unrelated", outlet, date, sents, note)
