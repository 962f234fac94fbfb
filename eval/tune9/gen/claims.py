"""One bundle of expectations per corpus claim, so the same claim always gets the same labels.

Each bundle is a list of (report, statement, relation). Statements are substrings of the
ingested corpus texts (data/corpus/seed-00N.json). Claim-graph bundles follow the
"Labelling" section of eval/README.md.
"""

A, C, R = "agree", "conflict", "related"

FT_REJECTED = ("seed-002", "Peskov rejected the Financial Times report")

B = {
    # ---- claim graph: Putin's flexibility -------------------------------------------
    # a freeze along the current front lines (000's sources, 002's FT, 003's Reuters sources)
    "FREEZE": [
        ("seed-000", "possible freeze of current front lines", A),
        ("seed-002", "along the existing front lines", A),
        ("seed-003", "based on the current frontlines", A),
        ("seed-003", "suffice for Russia", C),
        ("seed-004", "have not shifted", C),
        ("seed-002", FT_REJECTED[1], C),
    ],
    # Peskov: a simple freeze would not suffice (mirror of FREEZE)
    "NO_FREEZE": [
        ("seed-003", "suffice for Russia", A),
        ("seed-000", "possible freeze of current front lines", C),
        ("seed-002", "along the existing front lines", C),
        ("seed-003", "based on the current frontlines", C),
    ],
    # a shift / softening of Moscow's aims (not tied to the FT account)
    "SHIFT": [
        ("seed-000", "potential shift in Moscow", A),
        ("seed-002", "first indication in three years", A),
        ("seed-003", "based on the current frontlines", A),
        ("seed-003", "conditions remain stringent", C),
        ("seed-004", "have not shifted", C),
    ],
    # the same, told as the FT's account: also conflicts with Peskov's rejection
    "SHIFT_FT": [
        ("seed-000", "potential shift in Moscow", A),
        ("seed-002", "first indication in three years", A),
        ("seed-003", "based on the current frontlines", A),
        ("seed-003", "conditions remain stringent", C),
        ("seed-004", "have not shifted", C),
        ("seed-002", FT_REJECTED[1], C),
    ],
    # aims unchanged (mirror of SHIFT)
    "UNCHANGED": [
        ("seed-004", "have not shifted", A),
        ("seed-003", "conditions remain stringent", A),
        ("seed-000", "potential shift in Moscow", C),
        ("seed-002", "first indication in three years", C),
        ("seed-003", "based on the current frontlines", C),
    ],
    "NO_REVISION": [("seed-004", "no intention of revising these terms", A)],
    # the offer to give up claims to parts of the four regions (002)
    "RELINQUISH": [
        ("seed-002", "relinquish its claims over parts of four Ukrainian regions", A),
        ("seed-002", FT_REJECTED[1], C),
        ("seed-004", "withdraw its military from the four regions", C),
        ("seed-003", "complete withdrawal from the annexed regions", C),
    ],
    # Reuters sources: a territorial division of the four regions (flexibility)
    "DIVISION": [
        ("seed-003", "territorial division involving the four regions", A),
        ("seed-003", "conditions remain stringent", C),
        ("seed-004", "have not shifted", C),
    ],
    # Putin's standing terms (NATO + withdrawal from four regions), page dated before the FT report
    "TERMS": [
        ("seed-004", "withdraw its military from the four regions", A),
        ("seed-003", "complete withdrawal from the annexed regions", A),
    ],
    # ---- the FT report and Peskov's rejection (002) --------------------------------
    "FT_STPETE": [
        ("seed-002", "Petersburg earlier this month", A),
        ("seed-002", FT_REJECTED[1], C),
    ],
    "FT_STPETE_REL": [("seed-002", "Petersburg earlier this month", R)],
    "FIVE_REL": [("seed-003", "five unnamed current and former Russian officials", R)],
    "LONDON_REL": [("seed-002", "convene in London on Wednesday", R)],
    "MEMO_REL": [("seed-001", "proposal for a memorandum", R)],
    "FT_SOURCES": [("seed-002", "citing several sources familiar with the talks", A)],
    "FT_REJECT": [
        ("seed-002", FT_REJECTED[1], A),
        ("seed-002", "along the existing front lines", C),
    ],
    "FT_NO_COMMENT": [("seed-002", FT_REJECTED[1], C)],
    "US_CRIMEA": [("seed-002", "acknowledging Russia", A)],
    "EU_PLOY": [("seed-002", "European officials quoted by the newspaper cautioned", A)],
    "DELAY_KURSK": [("seed-002", "delaying ceasefire negotiations until Russian forces", A)],
    "KURSK_LEVER": [("seed-002", "leverage the Ukrainian-occupied areas", A)],
    "KURSK_995": [("seed-002", "99.5% of the Kursk region", A)],
    "KURSK_995_X": [("seed-002", "99.5% of the Kursk region", C)],
    "REMCHUKOV": [("seed-002", "last 0.5% is liberated", A)],
    "LONDON": [("seed-002", "convene in London on Wednesday", A)],
    "LONDON_X": [("seed-002", "convene in London on Wednesday", C)],
    "NO_OFFER": [("seed-002", "has not received an official offer", A)],
    "NO_OFFER_X": [("seed-002", "has not received an official offer", C)],
    "KYIV_OPEN": [("seed-002", "Kyiv is open to some of the proposals", A)],
    "PEACEKEEPERS": [("seed-002", "European peacekeeping force", A)],
    "WITHIN_WEEK": [("seed-002", "peace deal within the week", A)],
    "NO_TIMELINE": [("seed-002", "want to discuss a timeline", A)],
    "WITKOFF_WEEK_X": [("seed-002", "Witkoff is expected in Russia later this week", C)],
    "WITKOFF_MEET": [("seed-002", "potential meeting with Putin were not disclosed", A)],
    # ---- Putin open to talks with Trump / a peaceful settlement ----------------------
    "OPEN_TALKS": [
        ("seed-002", "remain open to seeking a peaceful resolution", A),
        ("seed-003", "readiness for dialogue", A),
        ("seed-004", "open to discussing the Ukraine conflict", A),
    ],
    "CEASEFIRE_TALKS_TRUMP_TEAM": [
        ("seed-003", "willingness to engage in ceasefire negotiations with the incoming Trump administration", A),
    ],
    # ---- 003 ---------------------------------------------------------------------------
    "FIVE_OFFICIALS": [("seed-003", "five unnamed current and former Russian officials", A)],
    "SEC_GUAR": [
        ("seed-000", "security guarantees for Ukraine short of NATO membership", A),
        ("seed-003", "willing to discuss security guarantees", A),
    ],
    "NATO_DOUBT": [("seed-003", "Putin remains unwilling to seriously negotiate", A)],
    "ATACMS": [("seed-003", "ATACMS missiles within Russia", A)],
    "ATACMS_FIRST": [("seed-003", "strike Russian territory for the first time", A)],
    "NUCLEAR": [("seed-003", "lowered the threshold for nuclear weapons use", A)],
    "NK_TROOPS_X": [("seed-003", "over 10,000 North Korean troops", C)],
    "CHENTSOV": [("seed-003", "Chentsov argues this strengthens", A)],
    # ---- Trump's "24 hours" (000, 004) and "swiftly end the war" (003) ----------------
    "TWENTYFOUR": [
        ("seed-000", "promised during his campaign to end the war", A),
        ("seed-004", "within 24 hours if given the opportunity", A),
        ("seed-003", "vow to swiftly end the war", A),
    ],
    # ---- 004 ---------------------------------------------------------------------------
    "SURRENDER": [("seed-004", "amount to surrender", A)],
    "VICTORY_PLAN": [("seed-004", "victory plan", A)],
    "LOSSES": [("seed-004", "means losses for Ukraine", A)],
    "NOT_SPOKEN_X": [("seed-004", "has not yet spoken with Putin", C)],
    "NO_CALL_PLANS": [("seed-004", "no confirmed plans for a call", A)],
    "WOODWARD": [
        ("seed-004", "as many as seven conversations", A),
        ("seed-004", "The Kremlin, however, has denied such claims", C),
    ],
    "WOODWARD_DENIED": [
        ("seed-004", "The Kremlin, however, has denied such claims", A),
        ("seed-004", "as many as seven conversations", C),
    ],
    "ALL_TIME_LOW": [("seed-004", "all-time low", A)],
    "BIDEN_LAST": [("seed-004", "Joe Biden occurred in February 2022", A)],
    # ---- 000: the call with the President-elect ----------------------------------------
    "PE_CALL": [("seed-000", "rare direct phone conversation with US President-elect", A)],
    "PE_CALL_REL": [("seed-000", "confirmed the conversation took place", R)],
    "PE_CALL_LEN_X": [("seed-000", "which lasted over an hour", C)],
    "BUSINESSLIKE": [("seed-000", "businesslike and constructive", A)],
    "MUTUAL": [("seed-000", "mutual interest in ending the conflict", A)],
    "NEW_PARAMS": [("seed-000", "consider new parameters", A)],
    "SOCHI_48H_X": [("seed-000", "48 hours after an alleged Ukrainian drone attack", C)],
    "PROVOCATION": [
        ("seed-000", "an attempted provocation", A),
        ("seed-000", "neutralised before impact", A),
    ],
    "KYIV_SILENT": [("seed-000", "Kyiv has neither confirmed nor denied involvement", A)],
    "WORDS_CHEAP": [("seed-000", "Words are cheap", A)],
    "MAXIMALIST": [("seed-000", "maximalist demands", A)],
    # ---- 001: the two-hour call and the memorandum --------------------------------------
    "MEMO": [
        ("seed-001", "proposal for a memorandum", A),
        ("seed-001", "openness to engage with Ukraine in drafting", A),
    ],
    "CALL2H_X": [("seed-001", "detailed two-hour phone call", C)],
    "CALL2H_REL": [("seed-001", "detailed two-hour phone call", R)],
    "PRINCIPLES": [("seed-001", "principles of resolution", A)],
    "ROOT_CAUSES": [("seed-001", "fundamental causes of this crisis", A)],
    "TURKEY_TALKS": [("seed-001", "first direct talks since early 2022", A)],
    "THANKS_TRUMP": [("seed-001", "appreciation for Trump", A)],
    "CEASEFIRE30_X": [("seed-001", "30-day unconditional ceasefire", C)],
    "CEDE20": [("seed-001", "ceding up to 20% of its territory", A)],
    "EU_SKEPTIC": [("seed-001", "many European leaders remain skeptical", A)],
    "IMPERIAL": [("seed-001", "reminiscent of imperial conquests", A)],
    "NATO_EXPANSION": [("seed-001", "post-Cold War expansion", A)],
}


def exp(*names):
    """Expectations for a sentence carrying the named claims (deduplicated, order kept)."""
    out, seen = [], set()
    for n in names:
        for rep, st, rel in B[n]:
            key = (rep, st.lower(), rel)
            if key in seen:
                continue
            seen.add(key)
            out.append({"report": rep, "statement": st, "relation": rel})
    return out
