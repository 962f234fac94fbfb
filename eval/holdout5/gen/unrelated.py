# Unrelated pages: the corpus's people and words, none of its claims. Every sentence (and the title) expects [].
PAGES = []
P = PAGES.append

P(dict(id="u01-budapest-summit-shelved", note="A Trump-Putin call that is in no corpus report, with a stated length; nothing about openness to talks, terms or a freeze.", date="2025-10-22",
  outlet="international news wire, Washington dateline (written for this set)",
  title="Trump-Putin summit in Budapest put on hold, White House says",
  s=[
  "WASHINGTON, Oct 22 (Wire) - A planned summit between Donald Trump and Vladimir Putin in Budapest has been put on hold, a White House official said on Tuesday.",
  "Trump announced the meeting last Thursday after a telephone conversation with the Russian leader that Kremlin aide Yuri Ushakov said lasted about two and a half hours.",
  "Hungarian Prime Minister Viktor Orban said his government was ready to host the talks and would make sure Putin could travel safely.",
  "A preparatory meeting between Secretary of State Marco Rubio and Foreign Minister Sergei Lavrov was dropped after the two men spoke by phone on Monday.",
  "\"I don't want to have a wasted meeting,\" Trump told reporters in the Oval Office.",
  "Ushakov said on Wednesday that no date for the summit had ever been fixed.",
  "Hungary has begun the process of leaving the International Criminal Court, which issued a warrant for Putin's arrest in 2023.",
  "The call with Putin came a day before Trump hosted Volodymyr Zelenskiy at the White House.",
  "Orban's spokesman said Budapest's offer to host the meeting still stands.",
  "The forint weakened 0.4% against the euro after the news.",
  ]))

P(dict(id="u02-germany-patriot-deliveries", date="2025-08-29",
  outlet="German broadcaster's English website (written for this set)",
  title="Germany begins delivering extra Patriot systems to Ukraine",
  s=[
  "BERLIN - Germany has begun delivering the first of two additional Patriot launcher systems to Ukraine, the defence ministry said on Friday.",
  "The systems are paid for by Berlin under an arrangement with the US manufacturer, which will later replace Germany's own stock.",
  "Defence Minister Boris Pistorius said the remaining components would follow over the next few months.",
  "Ukraine has asked its allies for months for more Patriot batteries to protect its cities from Russian ballistic missiles.",
  "President Volodymyr Zelensky thanked Germany, saying every battery saves lives.",
  "Russia's embassy in Berlin said the deliveries would only drag out the bloodshed.",
  "A single Patriot battery costs around $1 billion, and each interceptor more than $4 million.",
  "Germany is Ukraine's second-largest military donor after the United States.",
  "Pistorius is due to visit Kyiv later this month, his ministry said.",
  "Photo caption: A Patriot launcher during an exercise in Schleswig-Holstein.",
  ]))

P(dict(id="u03-mirage-f16-arrive", date="2025-02-06",
  outlet="defence trade publication (written for this set)",
  title="First French Mirage jets and more Dutch F-16s reach Ukraine",
  s=[
  "Ukraine has received its first Mirage 2000-5 fighter jets from France, along with a new batch of F-16s from the Netherlands, Defence Minister Rustem Umerov said on Thursday.",
  "Umerov did not say how many aircraft had arrived.",
  "French President Emmanuel Macron promised the Mirages last June.",
  "Ukrainian pilots and ground crews trained in France for several months before the handover.",
  "The Netherlands said the jets completed its pledge of 24 F-16s.",
  "Analysts say the aircraft will be used mainly to shoot down cruise missiles and drones rather than to support ground offensives.",
  "Ukraine lost an F-16 and its pilot last August while repelling a Russian missile attack.",
  "Russia's defence ministry says any aircraft supplied to Ukraine is a legitimate target.",
  "Read more: Why Kyiv still wants Gripen fighters from Sweden",
  ]))

P(dict(id="u04-mobilisation-age-explainer", date="2025-02-12",
  outlet="explainer with question sub-heads (written for this set)",
  title="Explainer: why Ukraine is arguing over the draft age",
  s=[
  "Why is Washington pushing Kyiv to draft younger men?",
  "US officials have urged Ukraine to lower its minimum mobilisation age from 25 to 18 to refill its depleted brigades.",
  "Andriy Yermak, the head of Ukraine's presidential office, said Kyiv would not do so and asked allies to send the weapons already promised instead.",
  "Ukraine lowered the age from 27 to 25 last April.",
  "What do Ukrainians think?",
  "Polls suggest a large majority oppose sending men under 25 to the front line.",
  "Commanders say many units are understrength and that soldiers have gone months without rotation.",
  "Is there an alternative?",
  "This week the defence ministry launched one-year contracts offering volunteers aged 18 to 24 a bonus of one million hryvnias.",
  "Opposition lawmakers say the scheme will not close the gap on its own.",
  "Who decides?",
  "Any change to the age limit would need a vote in parliament and the president's signature.",
  ]))

P(dict(id="u05-zelensky-elections-offer", date="2025-12-10",
  outlet="US politics news site (written for this set)",
  title="Zelensky says Ukraine could hold elections within 60 to 90 days if security is guaranteed",
  s=[
  "Ukrainian President Volodymyr Zelensky said on Tuesday he was ready to hold a presidential election within 60 to 90 days, provided the United States and Europe could ensure the vote's safety.",
  "He asked lawmakers to prepare changes to the law that would allow a vote while martial law is in force.",
  "The remarks came after President Donald Trump told Politico that Kyiv was \"using war\" to avoid an election.",
  "\"I am not clinging to power,\" Zelensky told reporters in Kyiv.",
  "Ukraine's constitution bars national elections under martial law, which parliament has renewed every 90 days.",
  "Election officials have warned that millions of Ukrainians live abroad or are displaced, and that soldiers at the front would struggle to vote.",
  "Moscow has repeatedly questioned Zelensky's legitimacy, arguing that his term ran out in 2024.",
  "Polls suggest Zelensky would face a strong challenge from former commander-in-chief Valery Zaluzhny, now ambassador in London.",
  "Zaluzhny has not said whether he would run.",
  "The head of the Central Election Commission said a safe vote would need months of preparation.",
  ]))

P(dict(id="u06-istanbul-2022-history", date="2025-03-29",
  outlet="magazine long read (written for this set)",
  title="Three years on: what the Istanbul communiqué offered, and why it collapsed",
  s=[
  "On March 29, 2022, Russian and Ukrainian negotiators met at the Dolmabahce Palace in Istanbul, hosted by President Recep Tayyip Erdogan.",
  "Ukraine's delegation set out a ten-point communiqué under which the country would be permanently neutral, with its safety underwritten by a group of states.",
  "The status of Crimea would have been left to talks over 15 years.",
  "Russia's delegation, led by Vladimir Medinsky, called the proposals constructive and promised to cut back military activity around Kyiv and Chernihiv.",
  "Within days, the discovery of killings in Bucha hardened opinion in Kyiv.",
  "Negotiators kept exchanging drafts into April, including a 17-page treaty text later published by the New York Times.",
  "Russian officials have since claimed that Boris Johnson, then Britain's prime minister, told Kyiv to stop negotiating, which he denies.",
  "Historians still disagree over how close the two sides came to a deal.",
  "Medinsky, a former culture minister, has written several books on Russian history.",
  "Photo: The Dolmabahce Palace on the Bosphorus, where the delegations met.",
  ]))

P(dict(id="u07-drc-rwanda-washington", date="2025-06-27",
  outlet="international news wire (written for this set)",
  title="Congo and Rwanda sign peace agreement in Washington",
  s=[
  "WASHINGTON, June 27 (Wire) - The foreign ministers of the Democratic Republic of Congo and Rwanda signed a peace agreement at the State Department on Friday in a ceremony hosted by Secretary of State Marco Rubio.",
  "The deal commits Rwanda to pull its troops out of eastern Congo within 90 days and both sides to stop backing armed groups.",
  "Rubio called it \"an important moment after 30 years of war\".",
  "M23 rebels, who seized Goma and Bukavu earlier this year, are not party to the agreement.",
  "Separate talks between Kinshasa and the M23 are being mediated by Qatar.",
  "Congo's foreign minister, Therese Kayikwamba Wagner, said the agreement must now be matched by a withdrawal on the ground.",
  "Rwanda denies backing M23, though UN experts say thousands of Rwandan soldiers have fought alongside the rebels.",
  "Presidents Felix Tshisekedi and Paul Kagame are expected in Washington later to sign a wider accord.",
  "Fighting continued in South Kivu province on Friday, according to local sources.",
  ]))

P(dict(id="u08-colombia-eln-talks-suspended", date="2025-01-18",
  outlet="Latin America desk of a regional newspaper (written for this set)",
  title="Colombia's Petro suspends peace talks with ELN after deadly Catatumbo fighting",
  s=[
  "BOGOTA - Colombian President Gustavo Petro suspended peace talks with the ELN guerrilla group on Friday after fighting in the Catatumbo region killed dozens of people.",
  "Petro accused the ELN of committing war crimes against civilians and former FARC fighters.",
  "Within 24 hours, more than 5,000 people had fled toward the city of Cucuta near the Venezuelan border, local officials said.",
  "The government later declared a state of internal commotion, allowing it to rule by decree in the area for 90 days.",
  "The ELN, which has fought the state since 1964, said it was defending the region against a FARC dissident faction.",
  "The talks had already stalled last year after a bilateral ceasefire expired in August.",
  "Petro's \"total peace\" policy aimed to negotiate with all of Colombia's armed groups at once.",
  "Venezuela's government said it would reinforce security on its side of the border.",
  "The peso weakened 0.6% against the dollar.",
  ]))

P(dict(id="u09-tigray-split", date="2025-03-28",
  outlet="Horn of Africa newsletter (written for this set)",
  title="Tigray's interim leader forced out as TPLF split deepens",
  s=[
  "Fighters loyal to a faction of the Tigray People's Liberation Front took over government offices in Mekelle this month, forcing out interim leader Getachew Reda.",
  "Getachew, appointed under the 2022 Pretoria peace agreement, left for Addis Ababa.",
  "Prime Minister Abiy Ahmed later named Tadesse Werede, a former general, to replace him.",
  "The Pretoria deal ended a two-year war in which hundreds of thousands of people are believed to have died.",
  "Diplomats fear the split could reignite fighting and draw in neighbouring Eritrea.",
  "The African Union said it was following the situation closely and called for restraint.",
  "Aid agencies say around one million people displaced by the war have still not returned home.",
  "Ethiopia's birr has lost more than half its value since it was floated last July.",
  "Subscribe to our weekly Horn of Africa briefing.",
  ]))

P(dict(id="u10-russia-north-korea-treaty", date="2024-12-04",
  outlet="Asian news agency, English service (written for this set)",
  title="Russia-North Korea defence treaty enters into force",
  s=[
  "A mutual defence treaty between Russia and North Korea came into force on Wednesday after the two countries exchanged ratification documents in Moscow.",
  "The treaty, signed by Vladimir Putin and Kim Jong Un in Pyongyang in June, obliges each side to give military help if the other is attacked.",
  "Russia's foreign ministry said the agreement was \"not directed against third countries\".",
  "Kim ratified the treaty by decree last month, the state news agency KCNA reported.",
  "Seoul and Washington say military cooperation between the two breaches UN Security Council sanctions on Pyongyang.",
  "A deputy foreign minister led the Russian side at the exchange ceremony.",
  "In Seoul, President Yoon Suk Yeol declared martial law on Tuesday night before lifting it hours later.",
  "Opposition lawmakers in South Korea moved on Wednesday to impeach Yoon.",
  "The won recovered some of its overnight losses against the dollar.",
  ]))

P(dict(id="u11-lavrov-un-general-assembly", date="2025-09-27",
  outlet="UN correspondent of an international wire (written for this set)",
  title="Lavrov tells UN that restored Iran sanctions are void",
  s=[
  "UNITED NATIONS, Sept 27 (Wire) - Russian Foreign Minister Sergei Lavrov told the UN General Assembly on Saturday that Europe's move to restore UN sanctions on Iran had no legal force.",
  "Britain, France and Germany triggered the \"snapback\" mechanism of the 2015 nuclear deal in August, and the sanctions return on Sunday.",
  "Lavrov said Russia would not recognise the reimposed measures.",
  "He also called for more seats for Africa, Asia and Latin America on the Security Council.",
  "Lavrov met Secretary of State Marco Rubio on the sidelines of the assembly on Wednesday, the State Department said.",
  "He voiced support for Venezuela's government amid a US naval build-up in the Caribbean.",
  "Iran's President Masoud Pezeshkian told the assembly that Tehran had no intention of building a nuclear weapon.",
  "The assembly's high-level week closes on Monday.",
  "Lavrov has led Russia's foreign ministry since 2004.",
  ]))

P(dict(id="u12-rubio-venezuela-boat-strike", date="2025-09-03",
  outlet="US wire, Mexico City dateline (written for this set)",
  title="Rubio says US will keep striking drug boats after deadly Caribbean attack",
  s=[
  "MEXICO CITY - Secretary of State Marco Rubio said on Wednesday that the United States would keep striking boats carrying drugs from Venezuela, a day after a US strike killed 11 people in the Caribbean.",
  "\"Instead of interdicting it, on the president's orders, we blew it up,\" Rubio told reporters during a visit to Mexico.",
  "Washington accuses Venezuelan President Nicolas Maduro of leading a drug cartel that it has designated a terrorist organisation.",
  "Maduro denies any role in drug trafficking and says the United States is preparing an invasion.",
  "Venezuela's interior minister questioned whether the video released by the administration was genuine.",
  "The US has sent several warships and a submarine to the southern Caribbean in recent weeks.",
  "Rubio and Mexican President Claudia Sheinbaum agreed to set up a security group that will meet regularly.",
  "Legal experts questioned whether the strike complied with US and international law.",
  "Oil prices were little changed on the news.",
  ]))

P(dict(id="u13-sumy-hospital-drone", note="Details (numbers, injuries) are invented for this set; no real incident is described.", date="2025-10-05",
  outlet="Ukrainian regional news site, English edition (written for this set)",
  title="Drone attack damages hospital in Sumy, patients evacuated",
  s=[
  "SUMY - A Russian drone struck a hospital in the northern city of Sumy overnight, forcing the evacuation of more than 100 patients, regional officials said on Sunday.",
  "No one was killed, but three medical workers were hurt by flying glass, the regional military administration said.",
  "Patients from the intensive care unit, including children, were moved to other hospitals in the region.",
  "Sumy lies about 30 km from the Russian border and is attacked almost daily.",
  "The World Health Organization has recorded more than 2,000 attacks on health care in Ukraine.",
  "Russia's defence ministry said its forces had hit military targets in the region and denied striking civilian sites.",
  "Officials posted photographs of shattered windows and a burnt-out ambulance in the hospital yard.",
  "Photo caption: Rescuers outside the damaged hospital in Sumy on Sunday morning.",
  "Donations for repairs can be made through the city council's official appeal.",
  ]))

P(dict(id="u14-kakhovka-two-years", date="2025-06-06",
  outlet="environment desk of a broadsheet (written for this set)",
  title="Two years after Kakhovka, a forest grows where the reservoir was",
  s=[
  "Two years after the Kakhovka dam was destroyed, the bed of the former reservoir on the Dnipro has turned into a young forest of willows and poplars.",
  "The dam, then held by Russian forces, was blown up in the early hours of June 6, 2023, flooding dozens of towns and villages downstream.",
  "Kyiv blamed Russia for the explosion, while Moscow accused Ukraine of shelling the structure.",
  "Engineers who studied the evidence later concluded that a blast inside the dam was the most likely cause.",
  "Ecologists say the new woodland could become one of Europe's largest riverside forests if it is left alone.",
  "Towns such as Nikopol and Marhanets, which drew water from the reservoir, still rely on supplies brought in by truck.",
  "Ukraine's government says it wants to rebuild the dam once the area is safe, at a cost of more than $1 billion.",
  "The left bank of the former reservoir remains under Russian occupation.",
  "Photo caption: Willows on the dry bed of the former Kakhovka reservoir last month.",
  ]))

P(dict(id="u15-yermak-resigns", date="2025-11-28",
  outlet="international news wire, Kyiv dateline (written for this set)",
  title="Zelenskiy's chief of staff Yermak resigns after anti-corruption search",
  s=[
  "KYIV, Nov 28 (Wire) - Andriy Yermak, the powerful head of Ukraine's presidential office, resigned on Friday hours after anti-corruption investigators searched his home.",
  "President Volodymyr Zelenskiy announced the resignation in a video address and said he would hold consultations on a successor.",
  "The National Anti-Corruption Bureau did not say why it had searched Yermak's flat, and he has not been charged.",
  "Yermak said he was cooperating fully with investigators.",
  "The bureau is investigating an alleged $100 million kickback scheme at the state nuclear power company Energoatom.",
  "Two ministers have already resigned over the case, and a former business partner of Zelenskiy has left the country.",
  "Yermak had led Ukraine's delegation in talks with US officials in Geneva last weekend.",
  "Opposition lawmakers had for months demanded his dismissal.",
  "Ukraine's dollar bonds slipped slightly after the news.",
  "Reporting by the Kyiv bureau; editing by the Europe desk",
  ]))

P(dict(id="u16-chernyshov-charged", date="2025-06-24",
  outlet="Kyiv-based English-language newspaper (written for this set)",
  title="Deputy Prime Minister Chernyshov charged in land case",
  s=[
  "Ukraine's anti-corruption prosecutors have charged Deputy Prime Minister Oleksiy Chernyshov with abuse of office and receiving an improper benefit, the National Anti-Corruption Bureau said on Monday.",
  "Investigators allege that officials received discounted flats worth millions of hryvnias for helping a developer obtain land in Kyiv.",
  "Chernyshov, who is in charge of national unity and the return of Ukrainians from abroad, denies wrongdoing.",
  "He had been abroad on an official trip when the charges were announced and has since returned to Kyiv.",
  "A court later set his bail at 120 million hryvnias.",
  "It is the first time a sitting deputy prime minister has been charged in Ukraine.",
  "The European Union has made anti-corruption reform a condition of Ukraine's progress toward membership.",
  "The government said it would not comment on an ongoing investigation.",
  "Read more: What is NABU, and why does Brussels care about it?",
  ]))

P(dict(id="u17-kursk-ii-grid", date="2024-12-31",
  outlet="nuclear industry newsletter (written for this set)",
  title="Kursk II unit 1 connected to Russian grid",
  s=[
  "The first unit of the Kursk II nuclear power plant in western Russia has been connected to the grid, state nuclear corporation Rosatom said.",
  "The VVER-TOI reactor is designed to replace the ageing RBMK units at the neighbouring Kursk plant, which are of the same type as those at Chernobyl.",
  "Rosatom said the unit would raise its output in stages to 100% of rated capacity over the coming months.",
  "The plant stands near the town of Kurchatov, about 60 km from the Ukrainian border.",
  "Construction of the first unit began in 2018.",
  "A second unit is expected to be connected around 2027.",
  "Rosatom chief Alexei Likhachev called the start-up a milestone for Russian nuclear engineering.",
  "The new unit has a gross capacity of 1,255 megawatts.",
  "Next week: small modular reactors and the race to build them.",
  ]))

P(dict(id="u18-sochi-deputy-mayor-jailed", note="An invented local court case; no real person is named.", date="2025-03-13",
  outlet="Russian regional news site, English digest (written for this set)",
  title="Former Sochi deputy mayor jailed for nine years over bribes",
  s=[
  "A court in Sochi has sentenced a former deputy mayor of the Black Sea resort to nine years in prison for taking bribes from construction firms, regional prosecutors said on Thursday.",
  "Prosecutors said the official took more than 20 million roubles in exchange for permits on land near the seafront.",
  "He denied the charges, and his lawyers said they would appeal.",
  "Sochi, which hosted the 2014 Winter Olympics, has seen a building boom along its coast.",
  "Two businessmen in the case received suspended sentences after cooperating with investigators.",
  "The court also ordered the confiscation of a flat and two cars.",
  "The case is one of several corruption prosecutions in the Krasnodar region this year.",
  "The city administration said it had tightened checks on land permits.",
  ]))

P(dict(id="u19-imamoglu-detained", date="2025-03-19",
  outlet="international news wire, Istanbul dateline (written for this set)",
  title="Turkish police detain Istanbul mayor Imamoglu, Erdogan's main rival",
  s=[
  "ISTANBUL, March 19 (Wire) - Turkish police detained Istanbul Mayor Ekrem Imamoglu on Wednesday in corruption and terrorism investigations, days before he was expected to be named the main opposition party's presidential candidate.",
  "Prosecutors issued detention warrants for about 100 people, including journalists and businessmen.",
  "Imamoglu's Republican People's Party called the move an attempted coup against the country's next president.",
  "The government denies that the courts are under political influence.",
  "Istanbul University annulled Imamoglu's degree a day earlier, a move that could bar him from running.",
  "Authorities banned demonstrations in the city for four days and restricted access to social media.",
  "The lira plunged as much as 12% against the dollar to a record low before recovering some losses.",
  "Istanbul's main share index fell more than 8%, triggering a circuit breaker.",
  "Imamoglu, 53, won the mayoralty in 2019 and again last year.",
  "Read more: Who is Ekrem Imamoglu?",
  ]))

P(dict(id="u20-azal-crash-apology", date="2024-12-28",
  outlet="international news wire, Moscow dateline (written for this set)",
  title="Putin apologises to Aliyev over Azerbaijan Airlines crash",
  s=[
  "MOSCOW, Dec 28 (Wire) - Vladimir Putin apologised to Azerbaijan's President Ilham Aliyev on Saturday for what the Kremlin called a \"tragic incident\" in Russian airspace involving an Azerbaijan Airlines plane that later crashed in Kazakhstan.",
  "The apology came in a phone call, the Kremlin said, without saying that Russia had shot the plane down.",
  "The Kremlin said Russian air defences had been firing near Grozny at the time as Ukrainian drones attacked the area.",
  "Thirty-eight of the 67 people on board were killed when the Embraer jet came down near Aktau on Wednesday.",
  "Aliyev's office said he told Putin the plane had been subjected to external physical and technical interference.",
  "Azerbaijan has demanded that Russia admit guilt, punish those responsible and pay compensation.",
  "Several airlines suspended flights to southern Russian cities after the crash.",
  "Kazakhstan is leading the investigation, with experts from Brazil, where the plane was built.",
  "Aliyev cut short his trip to an informal summit of former Soviet states in St Petersburg after the crash.",
  "Kremlin spokesman Dmitry Peskov said he had nothing to add to the statement.",
  ]))

P(dict(id="u21-gerasimov-kupiansk-claim", date="2025-11-21",
  outlet="broadcaster's world news site (written for this set)",
  title="Russia claims capture of Kupiansk; Ukraine says fighting goes on",
  s=[
  "Russia's chief of the general staff, Valery Gerasimov, told Vladimir Putin on Thursday that Russian forces had taken the town of Kupiansk in the Kharkiv region.",
  "Gerasimov also said troops controlled more than 75% of Pokrovsk and were advancing in Vovchansk.",
  "Ukraine's military rejected the claim, saying its forces still held Kupiansk and were clearing out small Russian infiltration groups.",
  "Putin, in military uniform, was shown visiting a command post of Russia's Western group of forces.",
  "Kupiansk, a railway hub on the Oskil river, was retaken by Ukraine in September 2022.",
  "Analysts at the Institute for the Study of War said they had seen no evidence that the town had fallen.",
  "Russian state television showed footage it said was filmed by troops inside Kupiansk.",
  "Fighting around Huliaipole in the south has also intensified in recent weeks.",
  "Photo caption: A destroyed bridge over the Oskil river in Kupiansk.",
  ]))

P(dict(id="u22-kellogg-to-leave", date="2025-11-20",
  outlet="US politics news site (written for this set)",
  title="Trump's Ukraine envoy Kellogg to leave in January, sources say",
  s=[
  "Keith Kellogg, President Donald Trump's special envoy for Ukraine, plans to leave the administration in January, according to four sources familiar with the matter.",
  "The retired general has told associates that January is a natural point to step down, the sources said.",
  "Kellogg was seen in Kyiv as one of the administration's most sympathetic voices toward Ukraine.",
  "He was often sidelined by special envoy Steve Witkoff, who has handled most contacts with Moscow.",
  "Kellogg co-wrote a 2024 paper for the America First Policy Institute on how to end the war.",
  "The White House declined to comment on his plans.",
  "Kellogg, 81, served as national security adviser to Vice President Mike Pence during Trump's first term.",
  "His departure would leave Witkoff and Army Secretary Dan Driscoll as the main US voices on the war.",
  "Kellogg did not respond to a request for comment.",
  ]))

P(dict(id="u23-putin-india-visit", date="2025-12-04",
  outlet="Indian business daily (written for this set)",
  title="Putin lands in Delhi; Ushakov says about 10 documents to be signed",
  s=[
  "NEW DELHI - Vladimir Putin arrived in New Delhi on Thursday for his first visit to India since 2021 and was met at the airport by Prime Minister Narendra Modi.",
  "Kremlin aide Yuri Ushakov told reporters that about 10 documents would be signed during the two-day visit, including on labour mobility and health.",
  "Ushakov said the leaders would also discuss nuclear energy and fertiliser supplies.",
  "India has cut its purchases of Russian crude since Washington imposed an extra 25% tariff on Indian goods in August.",
  "Modi hosted Putin for a private dinner at his residence on Thursday evening.",
  "Indian media reported that further deliveries of S-400 air defence systems would be on the agenda.",
  "Ushakov said a significant part of the talks would be held one-on-one.",
  "The rupee hovered near a record low, while the Sensex ended flat.",
  "Peskov said the Kremlin expected \"substantial\" agreements on trade in national currencies.",
  ]))

P(dict(id="u24-uk-ukraine-century-pact", date="2025-01-16",
  outlet="British broadsheet (written for this set)",
  title="Starmer signs 100-year partnership with Ukraine on first Kyiv visit",
  s=[
  "KYIV - Sir Keir Starmer signed a 100-year partnership agreement with Ukraine on Thursday on his first visit to Kyiv as prime minister.",
  "The pact covers cooperation on defence, energy, science and culture, and includes a plan for maritime security in the Black Sea.",
  "Starmer said Britain would stand with Ukraine \"for generations to come\".",
  "Air raid sirens sounded during his visit as Russian drones approached the capital.",
  "President Volodymyr Zelensky said the two countries would also work together on drone production.",
  "Britain has committed £3 billion a year in military aid to Ukraine for as long as needed.",
  "Starmer laid flowers at the Wall of Remembrance for fallen Ukrainian soldiers.",
  "The agreement will be put before both parliaments.",
  "In London, the Conservatives welcomed the deal.",
  "By our political editor in Kyiv",
  ]))
