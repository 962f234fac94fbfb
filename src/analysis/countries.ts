/**
 * The world's other countries and bodies, with their capitals and demonyms:
 * a page about Georgia's election, a Gaza truce or an India–Pakistan ceasefire
 * names a party none of our reports speaks of, and the matcher reads it as
 * someone else's event (otherParties in src/match/relate.ts) instead of
 * agreeing on the words "ceasefire" or "rejected accusations" alone.
 * The corpus's own parties (Russia, Ukraine, the US…) are in entities.ts.
 * Ambiguous spellings are left out: "Jordan" and "Chad" are first names too.
 */
import type { EntityInfo } from './entities.ts';

// [id, name, aliases (country, demonyms, capital)]
const COUNTRIES: [string, string, string[]][] = [
  ['poland', 'Poland', ['Poland', 'Polish', 'Pole', 'Poles', 'Warsaw']],
  ['hungary', 'Hungary', ['Hungary', 'Hungarian', 'Hungarians', 'Budapest']],
  ['georgia', 'Georgia', ['Georgia', 'Georgian', 'Georgians', 'Tbilisi']],
  ['moldova', 'Moldova', ['Moldova', 'Moldovan', 'Moldovans', 'Chisinau', 'Transnistria']],
  ['romania', 'Romania', ['Romania', 'Romanian', 'Romanians', 'Bucharest']],
  ['slovakia', 'Slovakia', ['Slovakia', 'Slovak', 'Bratislava']],
  ['czechia', 'Czech Republic', ['Czech Republic', 'Czechia', 'Czech', 'Prague']],
  ['baltics', 'the Baltic states', ['Estonia', 'Estonian', 'Tallinn', 'Latvia', 'Latvian', 'Riga', 'Lithuania', 'Lithuanian', 'Vilnius', 'Baltic states']],
  ['nordics', 'the Nordic states', ['Finland', 'Finnish', 'Helsinki', 'Sweden', 'Swedish', 'Stockholm', 'Norway', 'Norwegian', 'Oslo', 'Denmark', 'Danish', 'Copenhagen']],
  ['italy', 'Italy', ['Italy', 'Italian', 'Italians', 'Rome']],
  ['spain', 'Spain', ['Spain', 'Spanish', 'Madrid']],
  ['netherlands', 'Netherlands', ['Netherlands', 'Dutch', 'The Hague', 'Amsterdam']],
  ['balkans', 'the Balkan states', ['Serbia', 'Serbian', 'Belgrade', 'Croatia', 'Croatian', 'Bosnia', 'Kosovo', 'Albania', 'Albanian', 'Bulgaria', 'Bulgarian', 'Sofia', 'Greece', 'Greek', 'Athens']],
  ['caucasus', 'the South Caucasus', ['Armenia', 'Armenian', 'Armenians', 'Yerevan', 'Azerbaijan', 'Azerbaijani', 'Baku', 'Nagorno-Karabakh']],
  ['central-asia', 'Central Asia', ['Kazakhstan', 'Kazakh', 'Astana', 'Uzbekistan', 'Uzbek', 'Tajikistan', 'Kyrgyzstan', 'Turkmenistan']],
  ['israel', 'Israel', ['Israel', 'Israeli', 'Israelis', 'Jerusalem', 'Tel Aviv']],
  ['palestine', 'the Palestinian territories', ['Gaza', 'Palestinian', 'Palestinians', 'West Bank', 'Hamas']],
  ['lebanon', 'Lebanon', ['Lebanon', 'Lebanese', 'Beirut', 'Hezbollah']],
  ['syria', 'Syria', ['Syria', 'Syrian', 'Syrians', 'Damascus']],
  ['iraq', 'Iraq', ['Iraq', 'Iraqi', 'Iraqis', 'Baghdad']],
  ['yemen', 'Yemen', ['Yemen', 'Yemeni', 'Houthi', 'Houthis', 'Sanaa']],
  ['gulf', 'the Gulf states', ['Qatar', 'Qatari', 'Doha', 'United Arab Emirates', 'UAE', 'Emirati', 'Abu Dhabi', 'Dubai', 'Kuwait', 'Oman', 'Bahrain']],
  ['egypt', 'Egypt', ['Egypt', 'Egyptian', 'Egyptians', 'Cairo']],
  ['afghanistan', 'Afghanistan', ['Afghanistan', 'Afghan', 'Afghans', 'Kabul', 'Taliban']],
  ['pakistan', 'Pakistan', ['Pakistan', 'Pakistani', 'Pakistanis', 'Islamabad']],
  ['india', 'India', ['India', 'Indian', 'Indians', 'New Delhi', 'Delhi']],
  ['japan', 'Japan', ['Japan', 'Japanese', 'Tokyo']],
  ['south-korea', 'South Korea', ['South Korea', 'South Korean', 'South Koreans', 'Seoul']],
  ['taiwan', 'Taiwan', ['Taiwan', 'Taiwanese', 'Taipei']],
  ['southeast-asia', 'South-East Asia', ['Vietnam', 'Vietnamese', 'Hanoi', 'Indonesia', 'Indonesian', 'Jakarta', 'Philippines', 'Philippine', 'Filipino', 'Manila', 'Thailand', 'Thai', 'Bangkok', 'Malaysia', 'Myanmar', 'Cambodia']],
  ['africa', 'African states', ['Sudan', 'Sudanese', 'Khartoum', 'Ethiopia', 'Ethiopian', 'Nigeria', 'Nigerian', 'South Africa', 'South African', 'Pretoria', 'Libya', 'Libyan', 'Tripoli', 'Mali', 'Somalia', 'Kenya', 'Kenyan', 'Congo', 'Algeria', 'Morocco']],
  ['latin-america', 'Latin American states', ['Venezuela', 'Venezuelan', 'Caracas', 'Brazil', 'Brazilian', 'Brasilia', 'Mexico', 'Mexican', 'Argentina', 'Argentine', 'Colombia', 'Colombian', 'Cuba', 'Cuban', 'Havana', 'Chile', 'Chilean', 'Peru', 'Peruvian', 'Panama', 'Greenland']],
  ['canada', 'Canada', ['Canada', 'Canadian', 'Canadians', 'Ottawa']],
  ['australia', 'Australia', ['Australia', 'Australian', 'Australians', 'Canberra', 'New Zealand']],
  ['switzerland', 'Switzerland', ['Switzerland', 'Swiss', 'Geneva', 'Bern', 'Davos']],
  ['austria', 'Austria', ['Austria', 'Austrian', 'Vienna']],
  ['belgium', 'Belgium', ['Belgium', 'Belgian']],
  ['ireland', 'Ireland', ['Ireland', 'Irish', 'Dublin']],
];

const BODIES: [string, string, string[]][] = [
  ['brics', 'BRICS', ['BRICS', 'Brics']],
  ['g7', 'G7', ['G7', 'G-7', 'G20', 'G-20']],
  ['opec', 'OPEC', ['OPEC', 'Opec', 'OPEC+']],
  ['imf', 'IMF', ['IMF', 'International Monetary Fund', 'World Bank']],
  ['who', 'World Health Organization', ['World Health Organization']],
  ['asean', 'ASEAN', ['ASEAN', 'Asean']],
];

/**
 * Other countries' leaders, each standing for the country: "Ushakov: Putin and Modi discussed oil in hour-long call"
 * puts someone on the call whom no report names, so "the conversation was friendly and constructive" is that call.
 * Only names that are no common word or first name ("Lee", "Petro" and "Sanchez" are left out).
 */
const LEADERS: [string, string, string[], string][] = [
  ['modi', 'Narendra Modi', ['Modi', 'Narendra Modi'], 'india'],
  ['netanyahu', 'Benjamin Netanyahu', ['Netanyahu', 'Benjamin Netanyahu'], 'israel'],
  ['assad', 'Bashar al-Assad', ['Assad', 'Bashar al-Assad'], 'syria'],
  ['al-sharaa', 'Ahmed al-Sharaa', ['al-Sharaa', 'Ahmed al-Sharaa', 'Sharaa'], 'syria'],
  ['orban', 'Viktor Orbán', ['Orban', 'Orbán', 'Viktor Orban', 'Viktor Orbán'], 'hungary'],
  ['meloni', 'Giorgia Meloni', ['Meloni', 'Giorgia Meloni'], 'italy'],
  ['tusk', 'Donald Tusk', ['Donald Tusk', 'Tusk'], 'poland'],
  ['nawrocki', 'Karol Nawrocki', ['Nawrocki', 'Karol Nawrocki'], 'poland'],
  ['lukashenko', 'Alexander Lukashenko', ['Lukashenko', 'Alexander Lukashenko', 'Aleksandr Lukashenko'], 'belarus'],
  ['pezeshkian', 'Masoud Pezeshkian', ['Pezeshkian', 'Masoud Pezeshkian'], 'iran'],
  ['khamenei', 'Ali Khamenei', ['Khamenei', 'Ali Khamenei', 'Ayatollah Khamenei'], 'iran'],
  ['sharif', 'Shehbaz Sharif', ['Shehbaz Sharif', 'Sharif'], 'pakistan'],
  ['lula', 'Luiz Inácio Lula da Silva', ['Lula', 'Lula da Silva'], 'latin-america'],
  ['milei', 'Javier Milei', ['Milei', 'Javier Milei'], 'latin-america'],
  ['maduro', 'Nicolás Maduro', ['Maduro', 'Nicolás Maduro', 'Nicolas Maduro'], 'latin-america'],
  ['sheinbaum', 'Claudia Sheinbaum', ['Sheinbaum', 'Claudia Sheinbaum'], 'latin-america'],
  ['carney', 'Mark Carney', ['Carney', 'Mark Carney'], 'canada'],
  ['ishiba', 'Shigeru Ishiba', ['Ishiba', 'Shigeru Ishiba'], 'japan'],
  ['takaichi', 'Sanae Takaichi', ['Takaichi', 'Sanae Takaichi'], 'japan'],
  ['albanese', 'Anthony Albanese', ['Anthony Albanese', 'Albanese'], 'australia'],
  ['ramaphosa', 'Cyril Ramaphosa', ['Ramaphosa', 'Cyril Ramaphosa'], 'africa'],
  ['pashinyan', 'Nikol Pashinyan', ['Pashinyan', 'Nikol Pashinyan'], 'caucasus'],
  ['aliyev', 'Ilham Aliyev', ['Aliyev', 'Ilham Aliyev'], 'caucasus'],
  ['tokayev', 'Kassym-Jomart Tokayev', ['Tokayev', 'Kassym-Jomart Tokayev'], 'central-asia'],
  ['fico', 'Robert Fico', ['Fico', 'Robert Fico'], 'slovakia'],
  ['vucic', 'Aleksandar Vučić', ['Vucic', 'Vučić', 'Aleksandar Vucic', 'Aleksandar Vučić'], 'balkans'],
  ['sandu', 'Maia Sandu', ['Maia Sandu', 'Sandu'], 'moldova'],
  ['stubb', 'Alexander Stubb', ['Stubb', 'Alexander Stubb'], 'nordics'],
  ['frederiksen', 'Mette Frederiksen', ['Frederiksen', 'Mette Frederiksen'], 'nordics'],
  ['anwar', 'Anwar Ibrahim', ['Anwar Ibrahim'], 'southeast-asia'],
  ['prabowo', 'Prabowo Subianto', ['Prabowo', 'Prabowo Subianto'], 'southeast-asia'],
];

export const WORLD_ENTITIES: Readonly<Record<string, EntityInfo>> = Object.fromEntries([
  ...COUNTRIES.map(([id, name, aliases]) => [id, { type: 'country', name, aliases }] as const),
  ...LEADERS.map(([id, name, aliases, country]) => [id, { type: 'person', name, aliases, implies: [country] }] as const),
  ...BODIES.map(([id, name, aliases]) => [id, { type: 'org', name, aliases }] as const),
]);
