"""The 20 unrelated pages of holdout4: every sentence expects no match."""

UNRELATED = []


def page(pid, title, outlet, date, shares, sentences):
    UNRELATED.append(dict(id=pid, title=title, kind="unrelated", outlet=outlet, date=date,
                          note="shares with the corpus: " + shares, sentences=sentences))


page("u01-kremlin-denies-aeroflot-stake-report",
     "Kremlin rejects newspaper report on Aeroflot stake sale to Gulf investors",
     "business daily (written for this set)", "2025-08-14",
     "the Kremlin and Peskov rejecting a newspaper report, anonymous sources 'familiar with the talks', advice to rely on official sources", [
    "The Kremlin on Thursday rejected a newspaper report that the government was preparing to sell a stake in Aeroflot to investors from the Gulf.",
    "\"This is not true,\" spokesman Dmitry Peskov told reporters on a conference call.",
    "Asked where the story had come from, he advised journalists to rely on official statements rather than anonymous claims.",
    "The report, in the business daily Delovoy Vestnik, cited two people familiar with the talks.",
    "Aeroflot shares jumped 4 percent in early trading in Moscow before paring their gains.",
    "The national carrier has been cut off from Western aircraft and spare parts and has kept its fleet flying by cannibalising some jets.",
    "Finance Minister Anton Siluanov said last month that privatisation was not on the agenda this year.",
    "The airline carried 55 million passengers last year, still short of its pre-pandemic peak.",
    "Peskov also declined to comment on reports that Putin would travel to the Gulf in the autumn.",
])

page("u02-trump-xi-call",
     "Trump and Xi hold 90-minute call, agree to new round of trade talks",
     "international news agency (written for this set)", "2025-06-05",
     "a Trump phone call with another leader and its length, 'first call', talks to follow", [
    "President Donald Trump and Chinese leader Xi Jinping spoke by phone for about an hour and a half on Thursday, their first confirmed call since Trump returned to the White House.",
    "Trump said the call had been \"very good\" and had focused almost entirely on trade.",
    "China's foreign ministry said the conversation was held at the request of the American side.",
    "Xi urged Washington to remove \"negative measures\" against China and to handle the Taiwan question with caution.",
    "The two sides agreed that their trade teams would meet again soon, Trump said.",
    "Treasury Secretary Scott Bessent, Commerce Secretary Howard Lutnick and trade representative Jamieson Greer will lead the US team.",
    "Beijing and Washington agreed in Geneva last month to roll back most of the tariffs they had imposed on each other since April.",
    "Trump said Xi had invited him to visit China and that he had returned the invitation.",
    "Chinese exports of rare earth magnets, critical to carmakers, remained a sticking point.",
    "Shares in Shanghai and Hong Kong edged higher after the call.",
])

page("u03-lavrov-wonsan-visit",
     "Lavrov hails 'brotherhood' with North Korea on visit to Wonsan resort",
     "broadcaster's website, world news (written for this set)", "2025-07-12",
     "Lavrov, North Korea, a Russian minister's talks", [
    "Russian Foreign Minister Sergei Lavrov arrived in North Korea on Friday for a three-day visit, his second trip to the country in less than a year.",
    "He met his counterpart Choe Son Hui at the newly opened Kalma beach resort in Wonsan on the east coast.",
    "Lavrov described relations between the two countries as an \"invincible brotherhood\".",
    "Russian tour operators began selling package holidays to Wonsan this summer, and direct flights from Moscow are planned.",
    "The ministers also discussed military exercises held by the United States, South Korea and Japan, which Lavrov criticised.",
    "Lavrov is due to travel on to China for a meeting of foreign ministers of the Shanghai Cooperation Organisation.",
    "Kim Jong Un received Lavrov on Saturday, state media reported, without giving details of their conversation.",
    "A road bridge across the Tumen River linking the two countries is due to open next year.",
    "Photo: Lavrov and Choe at the resort on Saturday.",
])

page("u04-ushakov-putin-china-trip",
     "Putin to spend four days in China, Kremlin aide Ushakov says",
     "business daily (written for this set)", "2025-08-27",
     "Ushakov briefing reporters, Putin's meetings, 'inauguration', Turkey", [
    "Vladimir Putin will travel to China on August 31 for a four-day visit that includes the Shanghai Cooperation Organisation summit in Tianjin and a military parade in Beijing, his foreign policy aide Yury Ushakov said on Wednesday.",
    "Ushakov told reporters that Putin would hold talks with Xi Jinping on September 2.",
    "Meetings with the leaders of India, Turkey, Iran and Slovakia are also planned on the sidelines.",
    "The Kremlin aide said a \"huge\" delegation of ministers and business executives would accompany the president.",
    "Energy cooperation, including the long-delayed Power of Siberia 2 gas pipeline, will be on the agenda, Ushakov said.",
    "Beijing's parade on September 3 marks the 80th anniversary of the end of the Second World War in Asia.",
    "Russia's trade with China fell by about 8 percent in the first half of the year after record volumes in 2024, customs data show.",
    "Payments between Russian and Chinese banks have been slowed by the threat of secondary sanctions.",
    "Putin last visited China in May 2024, weeks after his inauguration for a fifth term.",
])

page("u05-witkoff-gaza-ceasefire",
     "Israel and Hamas agree Gaza ceasefire after Witkoff joins Doha talks",
     "regional newspaper, Middle East desk (written for this set)", "2025-01-16",
     "Witkoff, a ceasefire, phased negotiations, troop withdrawal, the incoming administration", [
    "Israel and Hamas have agreed to a ceasefire and the release of hostages held in Gaza, mediators Qatar and Egypt announced on Wednesday evening.",
    "The deal followed weeks of indirect negotiations in Doha, joined in the final days by Steve Witkoff, the incoming administration's Middle East envoy.",
    "The first phase, lasting six weeks, would see 33 hostages freed in exchange for hundreds of Palestinian prisoners.",
    "Israeli forces would pull back from populated areas of Gaza during that period.",
    "Negotiations on a permanent end to the war are due to begin on the 16th day of the truce.",
    "Prime Minister Benjamin Netanyahu's office said some details were still being finalised.",
    "Qatar's prime minister, Sheikh Mohammed bin Abdulrahman Al Thani, said the ceasefire would take effect on Sunday.",
    "Crowds celebrated in Deir al-Balah and Khan Younis as the news spread.",
    "In Tel Aviv, families of hostages gathered in what has become known as Hostages Square.",
    "Related: Who are the hostages due to be released first?",
])

page("u06-thailand-cambodia-ceasefire",
     "Thailand and Cambodia agree 'unconditional' ceasefire at Malaysia talks",
     "international news agency (written for this set)", "2025-07-28",
     "an unconditional ceasefire, Trump phoning leaders, monitoring a truce", [
    "Thailand and Cambodia agreed on Monday to an immediate and unconditional ceasefire after five days of border fighting that killed more than 30 people.",
    "The deal was announced by Malaysian Prime Minister Anwar Ibrahim after talks in Putrajaya between Thai acting Prime Minister Phumtham Wechayachai and Cambodian Prime Minister Hun Manet.",
    "The truce took effect at midnight.",
    "President Donald Trump had phoned both leaders over the weekend, warning that he would not conclude trade deals with either country while the fighting went on.",
    "American and Chinese officials attended the talks as observers.",
    "More than 260,000 people fled their homes on both sides of the border, officials said.",
    "Military commanders from the two countries are to meet on Tuesday to discuss how the ceasefire will be monitored.",
    "The clashes began on July 24 after a landmine blast wounded five Thai soldiers.",
    "Hun Manet called the meeting \"very good\" and said he hoped trust could be rebuilt.",
])

page("u07-sochi-oil-depot-drone-fire",
     "Drone attack sparks fire at oil depot near Sochi, flights halted",
     "broadcaster's website (written for this set)", "2025-08-03",
     "a drone attack in Sochi on the Black Sea, Kyiv not commenting, Putin's use of Sochi", [
    "A Ukrainian drone attack set fire to an oil depot in the Adler district of Sochi overnight, the regional governor said on Sunday.",
    "Veniamin Kondratyev said debris from a downed drone had struck a fuel tank.",
    "More than 120 firefighters were sent to the scene, and the blaze was later contained.",
    "Flights at Sochi airport were suspended for several hours.",
    "Russia's Defence Ministry said air defences destroyed 93 Ukrainian drones over several regions overnight.",
    "Ukraine has stepped up long-range strikes on Russian oil infrastructure this summer, aiming to cut fuel supplies to the army.",
    "Petrol prices on the St Petersburg exchange hit a record high last week.",
    "Ukraine's military did not comment on the depot fire.",
    "The Black Sea resort hosted the 2014 Winter Olympics and is where Putin often receives foreign leaders.",
])

page("u08-uae-prisoner-swap",
     "Russia and Ukraine swap 185 prisoners of war each in UAE-brokered exchange",
     "international news agency (written for this set)", "2025-10-02",
     "Russia and Ukraine, Zelenskiy, the full-scale invasion, mediation", [
    "Russia and Ukraine each returned 185 prisoners of war on Thursday in an exchange mediated by the United Arab Emirates, both sides said.",
    "Twenty civilians were also handed over by each side, the Russian Defence Ministry said.",
    "Zelenskiy posted photographs of the freed soldiers, wrapped in blue-and-yellow flags, on social media.",
    "\"We are bringing our people home,\" he wrote.",
    "Many of those released had been in captivity for more than two years, Ukraine's coordination headquarters said.",
    "The Russian servicemen were taken to Belarus for medical checks before returning home.",
    "The UAE has mediated more than a dozen exchanges between the two countries since the full-scale invasion.",
    "Human rights groups say thousands of Ukrainians remain in Russian detention.",
    "Families of the missing held a rally in Kyiv's Independence Square on Saturday.",
])

page("u09-eu-sanctions-lng-ban",
     "EU adopts 19th sanctions package, bans Russian LNG imports from 2027",
     "business daily (written for this set)", "2025-10-23",
     "sanctions on Russia, the Kremlin's reaction, assurances and guarantees, Kyiv", [
    "European Union governments adopted a 19th package of sanctions against Russia on Thursday, including a ban on imports of Russian liquefied natural gas from January 2027.",
    "Slovakia lifted its veto after securing assurances on energy prices, diplomats said.",
    "The package also targets 117 more vessels in Russia's so-called shadow fleet of oil tankers.",
    "Banks in Central Asia and refineries in China that buy Russian crude were added to the list.",
    "Kaja Kallas, the bloc's foreign policy chief, said the measures would hit Moscow's ability to finance its war.",
    "The Kremlin said the sanctions would have no significant effect on the Russian economy.",
    "Washington imposed its own sanctions on Rosneft and Lukoil a day earlier, sending Brent crude up more than 5 percent.",
    "EU leaders meeting in Brussels later in the day discussed using frozen Russian central bank assets to fund a loan to Kyiv.",
    "Belgium, where most of the assets are held at Euroclear, has demanded guarantees before agreeing.",
])

page("u10-kyiv-blackouts-power-strikes",
     "Kyiv faces 16-hour blackouts after Russian strikes on power plants",
     "broadcaster's website (written for this set)", "2025-11-10",
     "Russian drone and missile strikes on Ukraine, Kyiv", [
    "Residents of Kyiv and several other regions faced power cuts of up to 16 hours a day on Monday after a massive Russian attack on energy facilities over the weekend.",
    "Ukraine's grid operator Ukrenergo said hourly outage schedules would apply across most of the country.",
    "Russia fired more than 450 drones and 45 missiles at Ukraine on Saturday, targeting thermal and hydroelectric plants, the air force said.",
    "Centrenergo, the state generating company, said its output had fallen to zero.",
    "Energy Minister Svitlana Grynchuk called on European partners to speed up deliveries of equipment.",
    "Hospitals and water pumping stations were switched to backup generators.",
    "In Kharkiv, trolleybuses were replaced by diesel buses.",
    "Forecasters expect the first frosts by the end of the week.",
    "How to follow power outage schedules in your city: a guide",
])

page("u11-olympics-russian-neutrals",
     "Russian neutral athletes make low-key return at Milan Cortina Games",
     "national newspaper, sport section (written for this set)", "2026-02-12",
     "Peskov, Russia in sport, occupied regions", [
    "A small group of Russian athletes is competing at the Milan Cortina Winter Olympics under a neutral flag, the smallest Russian contingent at a Winter Games in decades.",
    "They cannot carry the national flag, and the anthem will not be played if any of them wins.",
    "Kremlin spokesman Dmitry Peskov said Moscow would \"root for our athletes\" but called the conditions set by the International Olympic Committee discriminatory.",
    "Russia's ice hockey team, long a powerhouse of the sport, remains barred.",
    "Figure skating drew the largest Russian following, with fans travelling from Moscow via Istanbul and Belgrade.",
    "The IOC suspended Russia's Olympic committee in 2023 for taking in sports bodies from occupied parts of Ukraine.",
    "Ukraine's sports minister said Kyiv would watch the neutral athletes' social media for signs of support for the war.",
    "Several national federations have asked the IOC to tighten its vetting rules before the 2028 Summer Games.",
    "Read more: Full medal table",
])

page("u12-bank-of-russia-rate-cut",
     "Bank of Russia trims key rate to 16.5% as inflation slows",
     "financial daily (written for this set)", "2025-10-24",
     "Russia's economy, the rouble, figures and percentages", [
    "Russia's central bank cut its key interest rate by 50 basis points to 16.5 percent on Friday, a smaller reduction than some analysts had expected.",
    "Governor Elvira Nabiullina said inflation was slowing but that the bank would keep monetary conditions tight for a long time.",
    "Annual inflation stood at about 8 percent in September, down from more than 10 percent in the spring.",
    "The regulator raised its inflation forecast for next year, citing a planned increase in value-added tax to 22 percent from January.",
    "Business groups have lobbied for faster cuts, warning that high borrowing costs are stalling investment.",
    "The rouble weakened slightly after the announcement, trading at around 81 to the dollar.",
    "The central bank's board will next meet on December 19.",
    "Economy Minister Maxim Reshetnikov has warned that the economy is on the verge of recession.",
    "Newsletter: Get our emerging markets briefing every weekday morning.",
])

page("u13-bolshoi-spartacus-revival",
     "Bolshoi revives 'Spartacus' as Moscow stages court home audiences",
     "national newspaper, culture section (written for this set)", "2025-10-10",
     "Russia in culture, St Petersburg, 'since 2022'", [
    "The Bolshoi Theatre opened a revival of Yuri Grigorovich's \"Spartacus\" on Thursday night to a sold-out house.",
    "Grigorovich, who choreographed the ballet in 1968, died in May at the age of 98.",
    "Valery Gergiev, who has run the Bolshoi as well as the Mariinsky in St Petersburg since 2023, watched from the director's box.",
    "Western touring companies have stayed away from Russia since 2022, leaving the capital's stages to domestic productions.",
    "Ticket prices for the best seats now exceed 40,000 roubles.",
    "Resale platforms listed tickets for more than twice that.",
    "The theatre plans a tour to China next spring, its first abroad in several years.",
    "Photo: Dancers take a bow at the end of the premiere.",
    "Tickets for the December run of \"The Nutcracker\" go on sale on November 1.",
])

page("u14-downing-street-pension-report",
     "Downing Street dismisses report of pension tax raid as 'speculation'",
     "British national newspaper (written for this set)", "2025-11-04",
     "a government rejecting a newspaper report, 'many claims being made', anonymous sources", [
    "Downing Street on Tuesday dismissed a newspaper report that the chancellor plans to cut the tax-free lump sum savers can take from their pensions.",
    "\"We don't comment on speculation about the budget,\" the prime minister's official spokesman told reporters.",
    "He added that many claims were being made ahead of the budget and people should wait for the chancellor's statement.",
    "The report, in a Sunday newspaper, cited two government sources.",
    "Pension firms said savers were rushing to withdraw cash before the budget on November 26.",
    "Rachel Reeves is looking for up to £30 billion to meet her fiscal rules, economists estimate.",
    "Opposition parties accused the government of creating uncertainty by letting proposals leak.",
    "Gilt yields edged lower on Tuesday.",
    "Related: What could be in the budget?",
])

page("u15-carney-trump-first-call",
     "Carney and Trump hold 'extremely productive' first call amid tariff fight",
     "Canadian regional newspaper (written for this set)", "2025-03-28",
     "Trump's first call with a new leader, its length, 'constructive', negotiations, being sworn in", [
    "Prime Minister Mark Carney and US President Donald Trump spoke by phone on Friday for the first time since Carney took office, a call both sides described as constructive.",
    "Trump called it \"extremely productive\" in a social media post.",
    "The two leaders agreed to begin negotiations on a new economic and security relationship after Canada's federal election.",
    "Carney told reporters in Ottawa that the conversation had lasted about an hour and was \"very cordial\".",
    "He said he had told the president that Canada would answer new American tariffs on cars with countermeasures of its own.",
    "Trump's 25 percent tariff on imported vehicles is due to take effect on April 3.",
    "In Windsor, Ontario, autoworkers said they feared layoffs at local plants.",
    "Carney became Liberal leader on March 9 and was sworn in as prime minister five days later.",
    "Canadians go to the polls on April 28.",
])

page("u16-armenia-azerbaijan-white-house",
     "Armenia and Azerbaijan initial peace deal at White House summit",
     "national newspaper, world section (written for this set)", "2025-08-09",
     "a peace deal, territorial claims, Peskov welcoming peace, Trump as mediator", [
    "The leaders of Armenia and Azerbaijan signed a joint declaration at the White House on Friday committing their countries to peace after nearly four decades of conflict.",
    "The two foreign ministers initialled the text of a peace treaty, which still has to be signed and ratified.",
    "Trump, who hosted Prime Minister Nikol Pashinyan and President Ilham Aliyev, said the agreement ended a war that had lasted 35 years.",
    "The deal gives the United States development rights to a transit corridor through southern Armenia, to be named the Trump Route for International Peace and Prosperity.",
    "Azerbaijan has demanded that Armenia amend its constitution to remove what Baku sees as territorial claims.",
    "Russia, which has long seen itself as the main power broker in the South Caucasus, was not involved.",
    "Kremlin spokesman Dmitry Peskov said Moscow welcomed any steps that brought peace to the South Caucasus.",
    "Iran warned that it would oppose any corridor along its border.",
    "Both leaders said they would nominate Trump for the Nobel Peace Prize.",
])

page("u17-witkoff-iran-oman-talks",
     "US and Iran hold 'constructive' first round of nuclear talks in Oman",
     "international news agency (written for this set)", "2025-04-12",
     "Witkoff as envoy on another file, 'constructive' talks, a second round", [
    "Iranian and American negotiators held their first round of talks on Tehran's nuclear programme in Muscat on Saturday, with both sides calling the meeting constructive.",
    "Steve Witkoff led the American team, and Foreign Minister Abbas Araqchi headed Iran's delegation.",
    "The two sat in separate rooms while Oman's foreign minister carried messages between them, though they also spoke directly for a few minutes.",
    "The White House said the discussions were \"very positive and constructive\".",
    "A second round will take place next Saturday, Araqchi told Iranian state television.",
    "Trump has threatened military action if Iran does not agree to curb its nuclear work.",
    "Israel's government has pushed for the complete dismantling of Iran's enrichment facilities.",
    "The rial strengthened on Tehran's open market after the talks.",
    "Oil prices rose slightly in Asian trade on Monday.",
])

page("u18-pokrovsk-capture-claim",
     "Russia claims capture of Pokrovsk; Kyiv says fighting goes on",
     "broadcaster's website, analysis (written for this set)", "2025-12-02",
     "Gerasimov reporting to Putin, the front line, a denial, Donetsk region", [
    "Russia's military said on Monday that its forces had taken full control of Pokrovsk, a logistics hub in Ukraine's Donetsk region, after more than a year of fighting.",
    "Valery Gerasimov, the chief of the general staff, reported the capture to Vladimir Putin during a visit to a command post.",
    "Ukraine's military denied that the city had fallen and said its troops were still holding positions in the north.",
    "Independent analysts said Russian units had pushed into most of the city but could not confirm full control.",
    "The front line in the area has moved roughly 40 km in 18 months.",
    "Pokrovsk had a pre-war population of about 60,000.",
    "Russia also claimed the town of Vovchansk in the Kharkiv region.",
    "Heavy fog has allowed Russian infiltration groups to slip past Ukrainian drone operators, soldiers said.",
    "Map: Where the fighting is",
])

page("u19-netherlands-purl-weapons",
     "Netherlands to fund €500m of US weapons for Ukraine under new NATO scheme",
     "international news agency (written for this set)", "2025-08-04",
     "NATO, Zelensky, weapons for Ukraine", [
    "The Netherlands will pay for a €500 million package of American weapons for Ukraine, including Patriot missile parts, the Dutch defence ministry said on Monday.",
    "It is the first package under NATO's Prioritised Ukraine Requirements List, a mechanism through which European allies buy US arms for Kyiv.",
    "NATO Secretary General Mark Rutte said other allies would follow within days.",
    "Denmark, Norway and Sweden are expected to announce a joint contribution.",
    "Washington agreed in July to sell weapons to European allies to pass on to Ukraine rather than donate them itself.",
    "Ukrainian President Volodymyr Zelensky thanked the Dutch government.",
    "Patriot systems are Ukraine's main defence against Russian ballistic missiles.",
    "Germany has said it will pay for two additional Patriot launchers.",
    "Defence Minister Ruben Brekelmans said Dutch military support would total 3.5 billion euros this year.",
])

page("u20-modi-putin-delhi-summit",
     "Modi, Putin sign pacts on labour mobility, fertilisers; target $100 bn trade by 2030",
     "Indian national newspaper (written for this set)", "2025-12-06",
     "Putin's talks with another leader, Ushakov, sanctions, 'with inputs from agencies'", [
    "Prime Minister Narendra Modi and Russian President Vladimir Putin on Friday agreed on a programme to expand economic cooperation until 2030, including a target of $100 billion in annual trade.",
    "The leaders held talks at Hyderabad House after Modi received Putin at the airport the previous evening, breaking protocol.",
    "Agreements covered labour mobility, healthcare, shipping, fertilisers and food safety.",
    "Putin said Russia was ready to ensure uninterrupted fuel supplies to India.",
    "Kremlin aide Yuri Ushakov told reporters that defence cooperation was also discussed.",
    "India's purchases of Russian crude have fallen since Washington sanctioned Rosneft and Lukoil in October.",
    "The visit was Putin's first to India since 2021.",
    "Both sides agreed to work towards a free trade agreement between India and the Eurasian Economic Union.",
    "Our Bureau, with inputs from agencies",
])
