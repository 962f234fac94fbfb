/**
 * Multi-word news idioms that say one thing another story says in one word:
 * "sworn in" is the inauguration, "face-to-face talks" are direct talks,
 * "called off" is cancelled (not a phone call), "gave Kyiv the green light"
 * is a permission. Folded into that word before the text is cut into
 * terms, on the page and in the corpus alike. Only idioms whose meaning does
 * not depend on the story: "strike a deal" is agreeing, whatever was struck.
 */
export const IDIOMS: [RegExp, string][] = [
  [/\b(?:sworn[- ]in|swearing[- ]in|(?:take|takes|taking|took|taken|assume|assumes|assumed|assuming) office)\b/gi, 'inauguration'],
  [/\b(?:second world war|world war (?:ii|two|2)|ww ?(?:ii|2))\b/gi, 'worldwar2'],
  [/\b(?:all[- ]time low|lowest (?:point|ebb|level)|rock[- ]bottom)\b/gi, 'nadir'],
  [/\b(?:face[- ]to[- ]face|in[- ]person)\b/gi, 'direct'],
  [/\bbargaining chips?\b/gi, 'leverage'],
  [/\b(?:give|gives|giving|gave|given|cede|cedes|ceded|ceding) ground\b/gi, 'concessions'],
  [/\b(?:lean|leans|leaning|leaned|leant) on\b/gi, 'pressure on'],
  [/\b(?:strike|strikes|struck|striking|clinch|clinches|clinched|seal|seals|sealed|hammer out|hammered out|reach|reaches|reached|reaching) (?:a |an |the )?((?:peace )?deal)\b/gi, 'agree $1'],
  // Stopping the war where the armies stand is a freeze of the front line.
  [/\b(?:where|as) (?:the )?(?:troops|armies|forces|soldiers|front(?:[- ]?lines?)?|lines?|fighting) (?:now |currently |presently )?(?:stand|stands|are|is|lie|lies)\b/gi, 'frontline freeze'],
  [/\b(?:front(?:[- ]?lines?)?|lines?|troops|armies|forces) where (?:it|they) (?:is|are|stand|stands|lie|lies)\b/gi, 'frontline freeze'],
  [/\bbattle[- ]?lines?\b/gi, 'frontline'],
  // The line of contact is the front line; a war frozen "where it stands" is frozen along it.
  [/\blines? of contact\b|\bcontact lines?\b/gi, 'frontline'],
  [/\b(freez(?:e|es|ing)|froze|frozen|halt(?:s|ed|ing)?|stop(?:s|ped|ping)?|end(?:s|ed|ing)?) (?:the |this )?(war|conflict|fighting|invasion) (?:where|as) it (?:now |currently )?(?:stands|is)\b/gi, '$1 the $2 frontline freeze'],
  [/\b(?:stop|stops|stopped|stopping|halt|halts|halted|halting) the (war|fighting|conflict)\b/gi, 'end the $1'],
  // A deal or talks of another kind are another matter: "Ukraine and US sign minerals deal after weeks of talks" shares no deal with a peace deal.
  [/\b(minerals?|rare[- ]earths?|trade|tariffs?|grain|gas|oil|transit|arms|hostages?|nuclear|uranium|debt|shipping|energy|tax|investment|economic|climate|fisheries) (deals?|agreements?|accords?|pacts?|talks|negotiations)\b/gi, '$1 $1$2'],
  // Wanting to join NATO, however put: "drop its bid for NATO membership" is "abandon NATO aspirations".
  [/\b(?:bid|aspirations?|ambitions?|hopes?|plans?|quest|drive) (?:for|of|to join|of joining) (NATO|Nato)(?: membership)?\b/g, '$1 aspirations'],
  [/\b(NATO|Nato) (?:membership )?(?:bid|ambitions?|hopes?|aspirations?)\b/g, '$1 aspirations'],
  [/\b(?:drop|drops|dropped|dropping|renounce|renounces|renounced|renouncing) (its|their|his|her|the)\b(?! (?:claims?|demands?|insistence)\b)/gi, 'abandon $1'],
  // A side's line is its position: "the Kremlin's public line has not budged".
  [/\b(public|official|negotiating|stated) line\b/gi, '$1 position'],
  // A drone stopped in the air, however put: "knocked out of the sky before it hit anything" is "neutralised before impact".
  // (Only with "before it hit": air defences that "downed 35 drones over several regions" are the daily count, not this claim.)
  [/\b(?:(?:knocked|shot|brought|taken) (?:out of the sky|down)|intercepted|downed|neutrali[sz]ed|destroyed|stopped) before (?:it|they) (?:could )?(?:hit|struck|reached) (?:anything|its target|their targets?|the building|the residence)\b/gi, 'neutralised before impact'],
  // Ending a meeting is concluding it, not ending a war: "Putin and Trump end Alaska summit without a deal".
  [/\b(?:[Ee]nd|[Ee]nds|[Ee]nded|[Ee]nding) ((?:(?:[Tt]he|[Tt]heir|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]his|[A-Z][\w'’-]*|\w+-\w+) ){0,3})([Ss]ummit|[Tt]alks|[Mm]eeting|[Vv]isit|[Tt]rip|[Tt]our|[Cc]all|[Cc]onversation|[Ss]ession|[Rr]ound)\b/g, 'concluded $1$2'],
  // NATO's growth east, however put: "eastward march", "enlargement", "expansion eastward".
  [/\beastward (?:march|push|expansion|enlargement|creep|advance|drive)\b|\b(?:march|push|expansion|enlargement|creep|advance) (?:to the )?east(?:wards?)?\b|\benlargement\b/gi, 'expansion'],
  // "Since the end of the Cold War" is after it.
  [/\b(?:since|after) the end of the cold war\b/gi, 'post-coldwar'],
  [/\bcold war\b/gi, 'coldwar'],
  // A war of conquest, however put: "an old-fashioned imperial land grab".
  [/\bland[- ]grabs?\b|\bgrab(?:s|bed|bing)? (?:land|territory)\b/gi, 'conquest'],
  // Expressing gratitude is thanking: "Putin expressed appreciation for Trump's support" / "Putin thanked the US leader".
  [/\b(?:express|expresses|expressed|expressing|voice|voices|voiced|voicing) (?:(?:his|her|their|its|deep|great|sincere) )*(?:appreciation|gratitude|thanks)\b/gi, 'thanked'],
  [/\b(?:in the (?:near|coming|foreseeable) future|before long|shortly)\b/gi, 'soon'],
  // A chat is a conversation, and one that "dragged on for" three hours lasted them.
  [/\bchats\b/gi, 'conversations'],
  [/\bchat\b/gi, 'conversation'],
  [/\bchatted\b/gi, 'talked'],
  [/\b(?:drag|drags|dragged|dragging|went|go|goes|going|stretch|stretched|stretches|stretching) on for\b/gi, 'lasted'],
  [/\b(?:drag|drags|dragged|dragging) (?:its|their|his|her|our) feet\b/gi, 'delaying'],
  [/\b(?:slow|slows|slowed|slowing) down\b/gi, 'delay'],
  [/\b(?:lose|loses|lost|losing) ground\b/gi, 'setbacks'],
  [/\bworst (?:they|it) (?:have|has|had) ever been\b/gi, 'nadir'],
  [/\b(?:have|has|had) never been (?:worse|lower)\b/gi, 'nadir'],
  [/\b(?:ties|relationship)\b(?= (?:between|with|have|has|had|are|were|is|was)\b)/gi, 'relations'],
  // Holding off on something until later is delaying it: "holding off on a ceasefire until his troops have driven Ukraine out".
  [/\b(?:hold|holds|held|holding) off (?:on )?/gi, 'delaying '],
  [/\b(?:worth|worthy of) (?:paying )?attention\b/gi, 'noteworthy'],
  // Declaring one's willingness is being willing: the verb reports the stance, it is not an act ("declared a truce").
  [/\bdeclar(?:e|es|ed|ing) (?:its|his|her|their|our) (willingness|readiness|intention|intent)\b/gi, '$1'],
  [/\b(?:call|calls|called|calling) off\b/gi, 'cancelled'],
  [/\b(?:push|pushes|pushed|pushing) back\b/gi, 'postponed'],
  [/\b(?:back|backs|backed|backing) down\b|\breverse[sd]? course\b|\bu-turn\b/gi, 'backtrack'],
  [/\bred[- ]lines?\b/gi, 'redline'],
  // The "root causes" of a war are its fundamental causes.
  [/\broot[- ]causes?\b/gi, 'fundamental causes'],
  // Talk costs nothing: "words are cheap", "talk is cheap", "words cost nothing".
  [/\b(talk|words?) (?:is|are|was|were) cheap\b|\b(talk|words?) costs? nothing\b/gi, 'words cheap'],
  // "Raising the bar for nuclear use" moves the threshold.
  [/\b(rais(?:e|es|ed|ing)|lower(?:s|ed|ing)?) the bar\b/gi, '$1 the threshold'],
  // Calling a report false is rejecting it: "the Kremlin has called the newspaper's story false", "the publication was called fake".
  [/\b(?:call|calls|called|calling|brand|brands|branded|branding|label|labels|labelled|labeled) ((?:[\w'’-]+ ){1,4}?)(?:false|fake|untrue|baseless|fabricated|a fabrication|fiction)\b/gi, 'rejected $1'],
  [/\b(was|were|is|are|has been|have been|had been) (?:called|branded|labelled|labeled|dismissed as) (?:false|fake|untrue|baseless|fabricated|a fabrication|fiction)\b/gi, '$1 rejected'],
  // How long a truce lasts is its duration: "how long it would last", "how long the ceasefire should run".
  [/\bhow long (?:it|the (?:truce|ceasefire|pause)|a (?:truce|ceasefire|pause)) (?:would|will|should|could|might|is to|was to)? ?(?:last|lasts|run|runs|hold)\b/gi, 'duration'],
  // A call or meeting with no plans behind it is not arranged: "there are no confirmed plans for a call".
  [/\bno (?:(?:confirmed|firm|concrete|definite|specific|immediate|current) )?plans? (?:yet |as yet |so far )?(for|of)\b/gi, 'unscheduled $1'],
  // …nor is one not in the diary: "there is no call in the diary", "nothing in the calendar".
  [/\bno ((?:[\w'’-]+ ){0,2}?)in the (?:diary|calendar)\b/gi, 'unscheduled $1'],
  [/\bnothing (?:in|on) the (?:diary|calendar)\b/gi, 'unscheduled'],
  // …nor is one that "has not been arranged": "no call between the two men has been arranged".
  [/\bno (calls?|meetings?|summits?|talks|visits?|conversations?)\b((?: (?!has\b|have\b|had\b)[\w'’-]+){0,5}?) (?:has|have|had) (?:yet )?been (?:arranged|scheduled|planned|set up|fixed)\b/gi, 'unscheduled $1$2'],
  // …and one whose date has been agreed is: "a date for a first Putin-Trump phone call had already been agreed".
  [/\b(?:a |the )?date (?:for|of) ((?:[\w'’-]+ ){1,5}?)(?:has|had|have) (?:already )?been (?:agreed|set|fixed|arranged|settled)\b/gi, '$1has been arranged'],
  // …and one "set for" a day is: "a call was set for next week".
  [/\b(is|was|has been|had been|have been|are|were) set for\b/gi, '$1 scheduled for'],
  [/\bgreen[- ]light(?:ed)?\b/gi, 'permission'],
  // A stronger hand at the table is a stronger negotiating position: "puts Ukraine in a stronger position at the negotiating table", "strengthened Kyiv's hand".
  [/\b(?:put|puts|putting) ([\w'’-]+) in a (?:stronger|better) (?:negotiating )?position\b/gi, 'strengthens $1 negotiating position'],
  [/\b(strengthen(?:s|ed|ing)?|bolster(?:s|ed|ing)?) ([\w'’-]+) hand\b/gi, '$1 $2 negotiating position'],
  // No independent confirmation is not independently verified.
  [/\bno independent (?:confirmation|verification)\b/gi, 'not independently verified'],
  // Letting someone fire or use a weapon is permitting it: "let Ukraine fire American ATACMS missiles into Russia".
  [/\b(?:let|lets|letting) ((?:[\w'’.-]+ ){1,3}?)(?:fire|use|launch|strike|deploy)\b/gi, 'permission for $1to use'],
  [/\b(?:clear|clears|cleared|clearing|allow|allows|allowed|allowing|authori[sz](?:e|es|ed|ing)|permit|permits|permitted|permitting) ((?:[\w'’.-]+ ){1,3}?)to (?:fire|use|launch|strike|deploy)\b/gi, 'permission for $1to use'],
  // Wanting a place back is wanting it retaken: "wants the last sliver of Kursk back", "win back territory".
  // (A place or land is what is wanted back, not "the remarks": case matters here, for the place's capital.)
  [/\b(?:want|wants|wanted|wanting|get|gets|got|getting|win|wins|won|winning|take|takes|took|taking) ((?:(?!back\b)[\w'’-]+ ){0,5}?(?:[A-Z][\w'’-]+|territory|territories|land|lands|regions?|villages?|towns?|city|cities|ground|sliver|areas?) )back\b/g, 'retake $1'],
  [/\b(?:win|wins|won|winning|take|takes|took|taking) back\b/gi, 'retake'],
  // Driving an army out of a place is retaking it: "its forces had been pushed out of Kursk", "nearly cleared Ukrainian troops from Kursk".
  [/\b(?:push|pushes|pushed|pushing|drive|drives|drove|driven|driving|clear|clears|cleared|clearing|expel|expels|expelled|expelling|oust|ousts|ousted|ousting|force|forced) (?:(?:the |all |its |their |remaining |last |)(?:remaining |last )?(?:Ukrainian |Russian )?(?:troops|forces|units|soldiers|army) )?(?:out of|from) ([A-Z])/g, 'retake $1'],
  // A ceasefire "with no strings attached" is an unconditional one.
  [/\b(?:no strings attached|with no (?:pre-?)?conditions|without (?:any )?(?:pre-?)?conditions)\b/gi, 'unconditional'],
  // Adjusting a stance is recalibrating an approach: "may have pushed the Kremlin to adjust its stance" / "prompted Moscow to recalibrate its approach".
  [/\b(?:adjust|adjusts|adjusted|adjusting|rethink|rethinks|rethought|rethinking|recalibrate|recalibrates|recalibrated|recalibrating|recalibration of) (its|his|their|the) (?:stance|approach|position|strategy|posture)\b/gi, 'recalibrate $1 approach'],
  [/\b(?:push|pushes|pushed|pushing|spur|spurs|spurred|spurring|lead|leads|led) (the Kremlin|Moscow|Kyiv|Kiev|Putin|Russia|Ukraine|Washington) to\b/g, 'prompted $1 to'],
  // Giving someone permission to use a weapon is authorising it: "gave Kyiv permission to use the long-range weapons".
  [/\b(?:gave|give|gives|giving|granted|grant|grants|granting) ((?:[\w'’.-]+ ){1,3}?)(?:the )?(?:permission|authori[sz]ation|go-ahead|approval) to (?:use|fire|strike|launch)\b/gi, 'authorization for $1to use'],
  // What comes at someone's expense is a loss for them: "a quick deal would come at Ukraine's expense".
  [/\bat ([A-Z][\w-]*)['’]s expense\b/g, 'with losses for $1'],
  // Doubting someone's sincerity is scepticism of their intentions.
  [/\b(?:doubt|doubts|doubted|doubting|question|questions|questioned|questioning|(?:suspicious|wary|sceptical|skeptical) of) ((?:[\w'’-]+ ){0,2}?)(?:sincerity|motives|good faith|intentions)\b/gi, 'skeptical of $1intentions'],
  // Being a critic of something is criticising it.
  [/\b(?:(?:has|have) (?:long )?been|was|is) (?:a |an )?(?:vocal |fierce |harsh |frequent |longtime |long-time )?critics? of\b/gi, 'criticized'],
  // Never saying how one would do it is not specifying one's approach.
  [/\b(?:never|not|without) (?:explained|explaining|explain|said|saying|say|detailed|detailing|detail|spelled out|spelt out|specified|specifying) how (?:he|she|they|it|Trump) (?:would|could|will|might) (?:do|achieve|manage|accomplish) (?:it|that|this)\b/gi, 'not specified his approach'],
  // Going over proposals is discussing them.
  [/\b(?:go|goes|going|went|gone) over (the|their|its|his|her|these|those) (proposals?|plans?|ideas?|terms|details|offer)\b/gi, 'discuss $1 $2'],
  // Pulling troops out of a place is withdrawing them from it.
  [/\b(?:pull|pulls|pulled|pulling) (?:(?:its|their|his|her|the|all) )?(?:(?:remaining|own) )?(?:troops|forces|army|armies|soldiers|military|units) out of\b/gi, 'withdraw troops from'],
  [/\b(?:pull|pulls|pulled|pulling) out of\b/gi, 'withdraw from'],
  // Handing over land is ceding it; handing over a letter is not.
  [/\b(?:hand|hands|handed|handing) over ((?:[\w%.-]+ ){0,4}?(?:territory|land|regions?|parts?|country|provinces?|fifth|third|quarter|half|tenth)\b)/gi, 'cede $1'],
  // Giving up a claim, not giving up "NATO ambitions" or "hope".
  [/\b(?:drop|drops|dropped|dropping|give up|gives up|gave up|giving up|given up) (its|his|their|the) (claims?|demands?|insistence)\b/gi, 'relinquish $1 $2'],
];
