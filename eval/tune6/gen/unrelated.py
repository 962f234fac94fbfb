from bundles import *

unrelated("u01-kremlin-denies-assad-reports.json",
    "Kremlin dismisses reports that Asma al-Assad sought divorce, Assad confined to Moscow",
    "news agency (written for this set)", "2024-12-23", [
    "The Kremlin on Monday dismissed reports in Turkish and Arab media that Asma al-Assad had filed for divorce and wanted to leave Moscow.",
    "\"No, they do not correspond to reality,\" Kremlin spokesman Dmitry Peskov told reporters when asked about the reports.",
    "He also rejected claims that Bashar al-Assad had been confined to the Russian capital and that his property had been frozen.",
    "The reports, first published by Turkish newspapers, cited unnamed sources.",
    ("There is a lot of fake news around this, Peskov added, and journalists should rely on official statements.",
     "worded like Peskov's answer to the FT report (002), about another story"),
    "Assad fled to Moscow on December 8 as rebel forces entered Damascus, ending more than five decades of his family's rule.",
    "Peskov has declined to say where in Russia the former Syrian leader is living.",
    "Russian state media said the family had been granted asylum on humanitarian grounds.",
    "Putin said at his year-end press conference last week that he had not yet met Assad since his arrival but planned to do so.",
    "Moscow is seeking to keep its naval base at Tartus and its air base at Hmeimim under Syria's new authorities.",
])

unrelated("u02-easter-truce.json",
    "Putin declares 30-hour Easter truce; both sides report violations",
    "broadcaster's website (written for this set)", "2025-04-20", [
    "Russian President Vladimir Putin on Saturday declared an Easter truce in Ukraine, ordering his forces to halt all military activity from 18:00 Moscow time until midnight on Sunday.",
    ("Putin announced the pause in televised remarks on Saturday afternoon, saying Moscow expected Kyiv to follow suit.", "the Easter truce, not a corpus claim; the Kursk briefing of 002 is not mentioned"),
    "Zelensky said Russian shelling and assaults continued after the truce was supposed to begin.",
    "Ukraine, he said, would respond in kind to any genuine silence on the front.",
    "Both sides accused each other of hundreds of violations over the Easter weekend.",
    "The Kremlin said the truce ended at midnight on Sunday and was not extended.",
    "Peskov said there had been no order to prolong it.",
    "Orthodox believers attended Easter services in Kyiv despite air raid alerts.",
    "Putin attended a midnight service led by Patriarch Kirill in Moscow.",
    ("The Easter pause was the first declared by Moscow since a 36-hour Orthodox Christmas truce in January 2023, which Kyiv dismissed as a ploy.",
     "a truce and a count of hours; not a corpus claim"),
])

unrelated("u03-armenia-azerbaijan-white-house.json",
    "Armenia and Azerbaijan sign US-brokered peace declaration at the White House",
    "US newspaper (written for this set)", "2025-08-09", [
    "The leaders of Armenia and Azerbaijan signed a US-brokered declaration at the White House on Friday aimed at ending decades of conflict.",
    "Trump hosted Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev for the signing.",
    "The agreement provides for a transit corridor through southern Armenia, to be called the Trump Route for International Peace and Prosperity.",
    "Trump said he had ended a war that had gone on for more than thirty years.",
    "Both leaders said they would nominate him for the Nobel Peace Prize.",
    "Russia, which deployed peacekeepers to Nagorno-Karabakh in 2020, was not involved in the talks.",
    "Kremlin spokesman Dmitry Peskov said Moscow welcomed any steps that brought peace to the South Caucasus.",
    "Iran warned it would oppose any change to borders in the region.",
    "The text must still be ratified before a final peace treaty can be signed.",
    "Azerbaijan retook Nagorno-Karabakh in a one-day offensive in September 2023, prompting the exodus of more than 100,000 ethnic Armenians.",
])

unrelated("u04-trump-zelensky-call-energy.json",
    "Trump and Zelensky hold 'very good' hour-long call a day after Putin talks",
    "news agency (written for this set)", "2025-03-19", [
    ("Donald Trump and Volodymyr Zelensky spoke by phone on Wednesday for about an hour, a day after Trump's call with Vladimir Putin.",
     "a call with a duration and a weekday: neither 000's President-elect call nor 001's Monday call"),
    "Trump called it a \"very good\" conversation and said they were \"very much on track\".",
    "Zelensky said Ukraine was ready to stop strikes on Russian energy infrastructure.",
    "Trump suggested that the United States could take ownership of Ukraine's nuclear power plants to protect them.",
    "Zelensky asked for more air defence systems, particularly Patriot missiles, the White House said.",
    "He described the conversation as positive, very substantive and frank.",
    "Hours earlier, Russian drones struck energy facilities in several Ukrainian regions, despite the Kremlin's announcement of a pause on such attacks.",
    "Moscow accused Kyiv of attacking an oil depot in the Krasnodar region overnight.",
    "Technical teams from both countries were expected to meet in Saudi Arabia in the following days.",
    "It was the first call between the two presidents since their Oval Office row on February 28.",
])

unrelated("u05-scholz-putin-call.json",
    "Scholz speaks to Putin for first time in almost two years",
    "German broadcaster's English service (written for this set)", "2024-11-15", [
    "German Chancellor Olaf Scholz spoke to Vladimir Putin by phone on Friday for about an hour, their first conversation in almost two years.",
    "Scholz urged Putin to withdraw his troops and to enter negotiations with Ukraine for a just and lasting peace, his spokesman said.",
    ("The Kremlin said Putin told the chancellor that any agreement must take into account Russia's security interests and \"new territorial realities\".",
     "Putin's position in another call, not the terms 003/004 list"),
    "Zelensky criticised the call, saying it opened \"Pandora's box\" and reduced Putin's isolation.",
    "Berlin said the call had been coordinated with allies and that Scholz had spoken to Zelensky beforehand.",
    "Kremlin spokesman Dmitry Peskov said the conversation had been initiated by the German side.",
    "Peskov described it as a detailed and frank exchange of views.",
    "Scholz faces a snap election in February after the collapse of his coalition.",
    "Polish Prime Minister Donald Tusk said no one would stop Putin with phone calls.",
    "The two leaders agreed to stay in touch, the Kremlin said.",
])

unrelated("u06-kazan-drone-attack.json",
    "Drones hit residential towers in Kazan; Putin vows retaliation",
    "news agency (written for this set)", "2024-12-22", [
    "Ukrainian drones struck residential high-rises in the Russian city of Kazan on Saturday morning, Russian officials said.",
    "Video on social media showed a drone flying into the upper floors of a tower block.",
    "Tatarstan's government said eight drones had been launched at the city, six of them at residential buildings.",
    "No one was killed, officials said.",
    "Kazan airport suspended flights for several hours.",
    "Putin said that whoever was trying to destroy Russia would face many times more destruction in return.",
    ("Kyiv did not comment on the attack.", "Kyiv silent on a drone attack, not the Sochi residence"),
    "Russia's defence ministry said other drones had been shot down over the region.",
    "Kazan, more than 700 kilometres east of Moscow, hosted the BRICS summit in October.",
    "Mass events in the city were cancelled for the weekend.",
])

unrelated("u07-witkoff-fogel-release.json",
    "Witkoff flies freed teacher Marc Fogel out of Moscow",
    "TV news website (written for this set)", "2025-02-12", [
    "American teacher Marc Fogel arrived back in the United States late on Tuesday after more than three years in Russian custody.",
    "He was flown out of Moscow on a plane carrying Steve Witkoff, Trump's special envoy for the Middle East.",
    "Fogel was arrested in August 2021 at a Moscow airport with a small amount of medical marijuana and sentenced to fourteen years.",
    "Trump greeted him at the White House and said Russia had been \"very nice\" about the release.",
    "The Kremlin confirmed on Wednesday that Russian cybercrime suspect Alexander Vinnik would be freed in return.",
    "Peskov declined to give details of the negotiations, saying such matters were handled by the security services.",
    "The White House did not say whom Witkoff had met in Moscow.",
    "The trip was the first visit to Moscow by a senior official of the Trump administration.",
    "National Security Adviser Mike Waltz called the release a sign of good faith.",
    "Fogel's family had campaigned for his release under both the Biden and Trump administrations.",
])

unrelated("u08-oreshnik-thirty-minutes.json",
    "Kremlin says US was warned 30 minutes before Oreshnik launch",
    "newspaper's world desk (written for this set)", "2024-11-22", [
    "Russia struck the Ukrainian city of Dnipro on Thursday with a new intermediate-range ballistic missile, Putin said in a televised address.",
    "Putin called the weapon Oreshnik and said it could not be intercepted.",
    "Kremlin spokesman Dmitry Peskov said on Friday that Moscow had informed Washington of the launch thirty minutes in advance.",
    "Peskov said Russia had not been obliged to give the warning but had done so through the nuclear risk reduction channel.",
    "The missile hit an industrial site in Dnipro, Ukrainian officials said.",
    "Zelensky called the strike an escalation and urged the world to respond.",
    "A US official said the missile was experimental and based on Russia's RS-26 intercontinental missile.",
    "Putin said Russia would warn civilians in advance before any future strikes with the missile.",
    "NATO and Ukraine agreed to hold emergency talks in Brussels the following week.",
    "Peskov declined to say whether further launches were planned.",
])

unrelated("u09-witkoff-putin-august-meeting.json",
    "Witkoff meets Putin for three hours ahead of Trump's sanctions deadline",
    "wire story (written for this set)", "2025-08-07", [
    ("Steve Witkoff met Vladimir Putin in the Kremlin on Wednesday for about three hours, two days before Trump's deadline for Moscow to agree to a ceasefire or face new sanctions.",
     "a Witkoff-Putin meeting in Moscow in August 2025, not the St Petersburg meeting of 002"),
    "Kremlin aide Yuri Ushakov called the talks \"useful and constructive\".",
    "Ushakov said the two sides had exchanged signals on Ukraine and on the prospects for improving relations.",
    "Trump wrote afterwards that \"great progress\" had been made.",
    "The same day, Washington announced an extra 25 percent tariff on Indian goods over New Delhi's purchases of Russian oil.",
    "On Thursday, Ushakov said the two presidents had agreed in principle to meet in the coming days.",
    "He said a venue had been chosen and would be announced later.",
    ("It was Witkoff's fifth trip to Russia this year.", "not 002's 'expected in Russia later this week' (April)"),
    "Ukraine's foreign minister Andrii Sybiha said peace could only come through strength.",
    "The meeting came a week after a Russian missile and drone attack on Kyiv that killed more than 30 people.",
])

unrelated("u10-alaska-summit.json",
    "Putin and Trump end Alaska summit without a deal",
    "Australian newspaper's world page (written for this set)", "2025-08-16", [
    "Vladimir Putin and Donald Trump met for nearly three hours at a military base in Anchorage on Friday without announcing an agreement.",
    "The talks, in a three-on-three format, were joined by Witkoff and Marco Rubio on the US side and by Yuri Ushakov and Sergei Lavrov on the Russian side.",
    "There's no deal until there's a deal, Trump told reporters.",
    "Putin, speaking first at the joint appearance, suggested that the next meeting take place in Moscow.",
    "Neither leader took questions.",
    "Ushakov described the atmosphere of the talks as positive.",
    "It was Putin's first visit to the United States in a decade.",
    "Zelensky, who was not invited, was due in Washington on Monday.",
    "Trump said afterwards that going straight to a peace agreement was better than a ceasefire that often does not hold.",
    "Putin laid flowers at the graves of Soviet airmen buried in Anchorage.",
])

unrelated("u11-oval-office-clash.json",
    "Zelensky leaves White House without minerals deal after Oval Office clash",
    "British newspaper (written for this set)", "2025-03-01", [
    "A meeting between Donald Trump and Volodymyr Zelensky in the Oval Office on Friday ended in a shouting match, and the Ukrainian leader left the White House without signing a minerals deal.",
    "Vice President JD Vance accused Zelensky of being disrespectful.",
    "Trump told Zelensky he was \"gambling with World War Three\".",
    "A joint news conference was cancelled.",
    "Trump later wrote that Zelensky could come back \"when he is ready for Peace\".",
    "Zelensky told Fox News that he did not think he had done anything bad.",
    "European leaders rallied behind him within hours.",
    "Former Russian president Dmitry Medvedev called the scene a brutal dressing-down.",
    "The minerals agreement would have given the United States a share of revenues from Ukraine's natural resources.",
    ("British Prime Minister Keir Starmer will host European leaders in London on Sunday to discuss Ukraine.",
     "a London meeting on Ukraine, not 002's Wednesday talks"),
])

unrelated("u12-spiderweb-airbases.json",
    "Ukraine says drones smuggled into Russia hit dozens of bombers",
    "Polish news site in English (written for this set)", "2025-06-02", [
    "Ukraine's security service said on Sunday it had used drones smuggled into Russia in trucks to strike four air bases, hitting dozens of long-range bombers.",
    "The SBU said 41 aircraft had been hit, including Tu-95 and Tu-22 strategic bombers.",
    "Zelensky said the operation had taken a year and a half to prepare.",
    "Russia's defence ministry called the attacks terrorist acts and said several aircraft had caught fire.",
    "It said attacks on bases in the Ivanovo, Ryazan and Amur regions had been repelled.",
    "Among the targets was the Belaya base in the Irkutsk region, more than 4,000 kilometres from Ukraine.",
    ("The attack came a day before delegations from both countries met in Istanbul for a second round of direct talks.",
     "the June 2025 round, not the May talks of 001"),
    "The Kremlin did not comment on the strikes on Sunday.",
    "Independent analysts cautioned that the number of aircraft destroyed could not yet be verified.",
    "Military analysts in Warsaw said the operation showed how vulnerable air bases are to cheap drones.",
])

unrelated("u13-trump-xi-call.json",
    "Trump and Xi speak for 90 minutes, agree to trade talks",
    "business news site (written for this set)", "2025-06-06", [
    ("Donald Trump and Xi Jinping spoke by phone on Thursday for about an hour and a half, their first confirmed conversation since Trump returned to the White House.",
     "a leader call with a duration; 'about an hour and a half' is not the President-elect call"),
    "Trump said the call had been \"very good\" and focused almost entirely on trade.",
    "Chinese state media said the call took place at the US side's request.",
    "Xi told Trump the two countries should correct the course of the \"big ship\" of relations.",
    "Trump said the two leaders had invited each other to visit.",
    "The call followed weeks of accusations that each side had violated a tariff truce agreed in Geneva in May.",
    "According to the Chinese readout, Xi warned Washington to handle the Taiwan question with caution.",
    "Trump said there should no longer be any questions about China's exports of rare earth magnets.",
    ("Their previous call took place in January, before Trump was sworn in.", "a call with the President-elect, but Xi's"),
    "Stocks in Shanghai and Hong Kong rose on Friday.",
])
