/**
 * Named organisations that speak or act in English-language reporting of the Syrian war, 2011-2020:
 * the government and its forces and allies, rebel, jihadist and Kurdish-led groups, monitors, UN
 * bodies, news agencies and broadcasters.
 *
 * Sources: canonical names and aliases follow the common English transliterations in wire
 * reporting (Reuters, AP, AFP) and monitor reports, cross-checked against ACLED/UCDP actor names
 * and Wikipedia's lists of armed groups in the Syrian civil war. Only named organisations are
 * listed; generic descriptors ("state media", "the army", "rebels", "a military source") are
 * handled elsewhere.
 *
 * Coding: `alignment` is `'government'` for the Syrian government and its allies (Russia, Iran,
 * Hezbollah and allied militias) and their media; `'opposition'` for rebel and jihadist groups,
 * opposition political bodies, Turkey's forces and pro-opposition media; `'independent'` for
 * monitors, UN bodies and international agencies and media; `'unknown'` for actors that fit
 * neither side of that scale (the Kurdish-led SDF and its parts, the US-led coalition, Israel).
 * `partOf` is set only where reports commonly present a group as part of a larger one, and always
 * names another entry of this list.
 *
 * Callers add or override entities through the `lexicon` option of `compareClaims`.
 * @module
 */

import type { EntityEntry } from './types.js';

const ENTITIES: EntityEntry[] = [
  // ---- Syrian government and its forces -----------------------------------------------------
  { name: 'Syrian government', aliases: ['Syrian regime', 'Assad regime', 'Assad government', 'Damascus government', 'Government of Syria'], type: 'government', alignment: 'government', country: 'Syria' },
  { name: 'Syrian Foreign Ministry', aliases: ['Syrian Ministry of Foreign Affairs', 'Syrian Foreign Affairs Ministry'], type: 'government', alignment: 'government', country: 'Syria' },
  { name: 'Syrian Arab Army', aliases: ['SAA', 'Syrian army', 'Syrian armed forces'], type: 'military', alignment: 'government', country: 'Syria' },
  { name: 'Syrian Army General Command', aliases: ['General Command of the Army and Armed Forces', 'General Command of the Syrian Army'], type: 'military', alignment: 'government', country: 'Syria', partOf: 'Syrian Arab Army' },
  { name: 'Syrian Air Force', aliases: ['Syrian Arab Air Force', 'SyAAF'], type: 'military', alignment: 'government', country: 'Syria' },
  { name: 'Fourth Division', aliases: ['4th Division', 'Fourth Armoured Division', '4th Armoured Division', 'Fourth Armored Division', '4th Armored Division'], type: 'military', alignment: 'government', country: 'Syria', partOf: 'Syrian Arab Army' },
  { name: 'Republican Guard', aliases: ['Syrian Republican Guard', 'Republican Guards'], type: 'military', alignment: 'government', country: 'Syria', partOf: 'Syrian Arab Army' },
  { name: 'Tiger Forces', aliases: ['Tiger Force', 'Qawat al-Nimr', 'Quwat al-Nimr', '25th Special Mission Forces Division'], type: 'military', alignment: 'government', country: 'Syria', partOf: 'Syrian Arab Army' },
  { name: 'Fifth Corps', aliases: ['5th Corps', 'Fifth Assault Corps', '5th Assault Corps', 'Fifth Legion'], type: 'military', alignment: 'government', country: 'Syria', partOf: 'Syrian Arab Army' },
  { name: 'National Defence Forces', aliases: ['NDF', 'National Defense Forces', 'Quwat al-Difa al-Watani'], type: 'armed-group', alignment: 'government', country: 'Syria' },

  // ---- Government allies ----------------------------------------------------------------------
  { name: 'Hezbollah', aliases: ['Hizbollah', 'Hizbullah', 'Hizballah', "Lebanon's Hezbollah"], type: 'armed-group', alignment: 'government', country: 'Lebanon' },
  { name: 'Islamic Revolutionary Guard Corps', aliases: ['IRGC', 'Revolutionary Guards', 'Iranian Revolutionary Guards', 'Islamic Revolutionary Guards Corps', 'Revolutionary Guard Corps'], type: 'military', alignment: 'government', country: 'Iran' },
  { name: 'Quds Force', aliases: ['IRGC Quds Force', 'Qods Force', 'al-Quds Force'], type: 'military', alignment: 'government', country: 'Iran', partOf: 'Islamic Revolutionary Guard Corps' },
  { name: 'Liwa Fatemiyoun', aliases: ['Fatemiyoun', 'Fatemiyoun Brigade', 'Fatemiyoun Division', 'Fatimiyoun'], type: 'armed-group', alignment: 'government' },
  { name: 'Russian Defence Ministry', aliases: ['Russian Defense Ministry', 'Russian Ministry of Defence', 'Russian Ministry of Defense', 'Russian MoD'], type: 'military', alignment: 'government', country: 'Russia' },
  { name: 'Russian Aerospace Forces', aliases: ['VKS', 'Russian Air Force'], type: 'military', alignment: 'government', country: 'Russia', partOf: 'Russian Defence Ministry' },
  { name: 'Russian Centre for Reconciliation', aliases: ['Russian Center for Reconciliation', 'Russian Reconciliation Centre', 'Russian Reconciliation Center', 'Centre for Reconciliation of Opposing Sides', 'Center for Reconciliation of Opposing Sides'], type: 'military', alignment: 'government', country: 'Russia', partOf: 'Russian Defence Ministry' },
  { name: 'Russian Foreign Ministry', aliases: ['Russian Ministry of Foreign Affairs'], type: 'government', alignment: 'government', country: 'Russia' },
  { name: 'Wagner Group', aliases: ['Wagner', 'PMC Wagner', 'Wagner private military company'], type: 'armed-group', alignment: 'government', country: 'Russia' },

  // ---- Rebel groups ---------------------------------------------------------------------------
  { name: 'Free Syrian Army', aliases: ['FSA', 'al-Jaish al-Souri al-Hurr'], type: 'armed-group', alignment: 'opposition', country: 'Syria' },
  { name: 'Syrian National Army', aliases: ['SNA', 'Turkish-backed Syrian National Army'], type: 'armed-group', alignment: 'opposition', country: 'Syria' },
  { name: 'National Front for Liberation', aliases: ['NFL', 'National Liberation Front', 'al-Jabha al-Wataniya lil-Tahrir'], type: 'armed-group', alignment: 'opposition', country: 'Syria' },
  { name: 'Southern Front', aliases: ['al-Jabha al-Janubiya', 'Southern Front of the Free Syrian Army'], type: 'armed-group', alignment: 'opposition', country: 'Syria', partOf: 'Free Syrian Army' },
  { name: 'Failaq al-Rahman', aliases: ['Failaq al Rahman', 'Faylaq al-Rahman', 'Rahman Legion', 'Al-Rahman Legion', 'Rahman Corps'], type: 'armed-group', alignment: 'opposition', country: 'Syria', partOf: 'Free Syrian Army' },
  { name: 'Jaish al-Izza', aliases: ['Jaysh al-Izza', 'Ezza Army', 'Izza Army', 'Jaish al-Ezza', 'Jaish al-Izzah'], type: 'armed-group', alignment: 'opposition', country: 'Syria', partOf: 'Free Syrian Army' },
  { name: 'Jaish al-Nasr', aliases: ['Jaysh al-Nasr', 'Army of Victory', 'Victory Army'], type: 'armed-group', alignment: 'opposition', country: 'Syria', partOf: 'Free Syrian Army' },
  { name: 'Faylaq al-Sham', aliases: ['Failaq al-Sham', 'Sham Legion', 'Levant Legion', 'Sham Corps'], type: 'armed-group', alignment: 'opposition', country: 'Syria' },
  { name: 'Ahrar al-Sham', aliases: ['Harakat Ahrar al-Sham', 'Ahrar ash-Sham', 'Ahrar al-Sham al-Islamiya', 'Islamic Movement of Ahrar al-Sham', 'Harakat Ahrar al-Sham al-Islamiyya'], type: 'armed-group', alignment: 'opposition', country: 'Syria' },
  { name: 'Jaish al-Islam', aliases: ['Jaysh al-Islam', 'Army of Islam', 'Islam Army'], type: 'armed-group', alignment: 'opposition', country: 'Syria' },
  { name: 'Nour al-Din al-Zenki', aliases: ['Nour al-Din al-Zinki', 'Nureddin al-Zenki', 'Harakat Nour al-Din al-Zenki', 'Nour al-Din al-Zenki Movement', 'Zenki Movement', 'Zinki'], type: 'armed-group', alignment: 'opposition', country: 'Syria' },
  { name: 'Jaish al-Fatah', aliases: ['Jaysh al-Fatah', 'Army of Conquest', 'Jaish al-Fateh'], type: 'armed-group', alignment: 'opposition', country: 'Syria' },
  { name: 'Sultan Murad Division', aliases: ['Sultan Murad Brigade', 'Firqat al-Sultan Murad', 'Sultan Murad Brigades'], type: 'armed-group', alignment: 'opposition', country: 'Syria', partOf: 'Syrian National Army' },
  { name: 'Ahrar al-Sharqiya', aliases: ['Ahrar al-Sharqiyah', 'Ahrar al-Sharqia', 'Ahrar Sharqiya'], type: 'armed-group', alignment: 'opposition', country: 'Syria', partOf: 'Syrian National Army' },
  { name: 'Maghawir al-Thawra', aliases: ['Revolutionary Commando Army', 'Mughawir al-Thawra', 'Maghawir al-Thowra', 'Jaish Maghawir al-Thawra'], type: 'armed-group', alignment: 'opposition', country: 'Syria' },

  // ---- Jihadist groups -----------------------------------------------------------------------
  { name: 'Islamic State', aliases: ['ISIS', 'ISIL', 'IS', 'Daesh', 'Islamic State group', 'Islamic State of Iraq and the Levant', 'Islamic State of Iraq and Syria', 'Islamic State of Iraq and al-Sham', "Da'esh", 'Daish'], type: 'armed-group', alignment: 'opposition' },
  { name: 'Khalid ibn al-Walid Army', aliases: ['Jaish Khalid ibn al-Walid', 'Jaish Khalid bin al-Walid', 'Jaysh Khalid ibn al-Walid', 'Khalid bin Walid Army'], type: 'armed-group', alignment: 'opposition', country: 'Syria', partOf: 'Islamic State' },
  { name: 'al-Qaeda', aliases: ['al-Qaida', 'Al Qaeda', 'Al Qaida'], type: 'armed-group', alignment: 'opposition' },
  { name: 'Nusra Front', aliases: ['al-Nusra Front', 'Jabhat al-Nusra', 'Nusra', 'al-Nusra', 'Jabhat Fateh al-Sham', 'Fateh al-Sham', 'Jabhat Fatah al-Sham', 'Fateh al-Sham Front', 'JFS'], type: 'armed-group', alignment: 'opposition', country: 'Syria' },
  { name: 'Hayat Tahrir al-Sham', aliases: ['Tahrir al-Sham', 'HTS', "Hay'at Tahrir al-Sham", 'Hayaat Tahrir al-Sham', 'Levant Liberation Committee', 'Organisation for the Liberation of the Levant'], type: 'armed-group', alignment: 'opposition', country: 'Syria' },
  { name: 'Hurras al-Din', aliases: ['Hurras ad-Din', 'Tanzim Hurras al-Din', 'Guardians of Religion', 'Guardians of Religion Organization'], type: 'armed-group', alignment: 'opposition', country: 'Syria', partOf: 'al-Qaeda' },
  { name: 'Turkistan Islamic Party', aliases: ['Turkestan Islamic Party', 'Hizb al-Islami al-Turkistani', 'Turkistan Islamic Party in Syria'], type: 'armed-group', alignment: 'opposition' },

  // ---- Kurdish-led forces and administration ------------------------------------------------
  { name: 'Syrian Democratic Forces', aliases: ['SDF', 'Quwat Suriya al-Dimuqratiya', 'QSD'], type: 'armed-group', alignment: 'unknown', country: 'Syria' },
  { name: 'YPG', aliases: ["People's Protection Units", "Kurdish People's Protection Units", 'Yekineyen Parastina Gel', 'Peoples Protection Units'], type: 'armed-group', alignment: 'unknown', country: 'Syria', partOf: 'Syrian Democratic Forces' },
  { name: 'Manbij Military Council', aliases: ['MMC'], type: 'armed-group', alignment: 'unknown', country: 'Syria', partOf: 'Syrian Democratic Forces' },
  { name: 'Deir ez-Zor Military Council', aliases: ['Deir al-Zor Military Council', 'Deir Ezzor Military Council', 'DMC'], type: 'armed-group', alignment: 'unknown', country: 'Syria', partOf: 'Syrian Democratic Forces' },
  { name: 'PKK', aliases: ["Kurdistan Workers' Party", 'Kurdistan Workers Party', 'Partiya Karkeren Kurdistane'], type: 'armed-group', alignment: 'unknown' },
  { name: 'PYD', aliases: ['Democratic Union Party', 'Partiya Yekitiya Demokrat'], type: 'official', alignment: 'unknown', country: 'Syria' },
  { name: 'Syrian Democratic Council', aliases: ['SDC', 'Syria Democratic Council', 'Meclisa Suriya Demokratik'], type: 'official', alignment: 'unknown', country: 'Syria' },
  { name: 'Autonomous Administration of North and East Syria', aliases: ['AANES', 'Autonomous Administration of Northeast Syria', 'Self-Administration of North and East Syria', 'Rojava administration'], type: 'official', alignment: 'unknown', country: 'Syria' },

  // ---- Opposition political bodies --------------------------------------------------------
  { name: 'Syrian National Coalition', aliases: ['National Coalition for Syrian Revolutionary and Opposition Forces', 'Syrian Opposition Coalition', 'SNC', 'SOC', 'Etilaf'], type: 'official', alignment: 'opposition', country: 'Syria' },
  { name: 'High Negotiations Committee', aliases: ['HNC', 'High Negotiations Commission', 'Syrian Negotiation Commission', 'Syrian Negotiations Commission'], type: 'official', alignment: 'opposition', country: 'Syria' },
  { name: 'Syrian Salvation Government', aliases: ['Salvation Government', 'SSG'], type: 'official', alignment: 'opposition', country: 'Syria' },
  { name: 'Local Coordination Committees', aliases: ['LCC', 'LCCs', 'Local Coordination Committees of Syria'], type: 'monitor', alignment: 'opposition', country: 'Syria' },

  // ---- Monitors, NGOs and investigators -------------------------------------------------------
  { name: 'Syrian Observatory for Human Rights', aliases: ['SOHR', 'the Observatory', 'Syrian Observatory'], type: 'monitor', alignment: 'independent' },
  { name: 'Syrian Network for Human Rights', aliases: ['SNHR', 'Syrian Network'], type: 'monitor', alignment: 'independent' },
  { name: 'Violations Documentation Center', aliases: ['VDC', 'Violations Documentation Centre', 'Violation Documentation Center'], type: 'monitor', alignment: 'independent' },
  { name: 'White Helmets', aliases: ['Syria Civil Defence', 'Syrian Civil Defence', 'Syria Civil Defense', 'Syrian Civil Defense', 'SCD'], type: 'monitor', alignment: 'independent', country: 'Syria' },
  { name: 'Medecins Sans Frontieres', aliases: ['Médecins Sans Frontières', 'MSF', 'Doctors Without Borders'], type: 'agency', alignment: 'independent' },
  { name: 'Syrian Arab Red Crescent', aliases: ['SARC', 'Syrian Red Crescent'], type: 'agency', alignment: 'independent', country: 'Syria' },
  { name: 'International Committee of the Red Cross', aliases: ['ICRC', 'Red Cross'], type: 'agency', alignment: 'independent' },
  { name: 'Human Rights Watch', aliases: ['HRW'], type: 'monitor', alignment: 'independent' },
  { name: 'Amnesty International', aliases: ['Amnesty'], type: 'monitor', alignment: 'independent' },
  { name: 'Airwars', aliases: ['Airwars monitoring group'], type: 'monitor', alignment: 'independent' },
  { name: 'OPCW', aliases: ['Organisation for the Prohibition of Chemical Weapons', 'Organization for the Prohibition of Chemical Weapons'], type: 'monitor', alignment: 'independent' },

  // ---- United Nations ---------------------------------------------------------------------------
  { name: 'United Nations', aliases: ['UN', 'U.N.'], type: 'agency', alignment: 'independent' },
  { name: 'UN Security Council', aliases: ['UNSC', 'Security Council', 'United Nations Security Council'], type: 'official', alignment: 'independent', partOf: 'United Nations' },
  { name: 'UN Special Envoy for Syria', aliases: ['UN Syria envoy', 'Office of the Special Envoy for Syria', 'UN special envoy to Syria'], type: 'official', alignment: 'independent', partOf: 'United Nations' },
  { name: 'OCHA', aliases: ['UN Office for the Coordination of Humanitarian Affairs', 'Office for the Coordination of Humanitarian Affairs', 'UNOCHA', 'UN OCHA', 'UN humanitarian office', 'U.N. humanitarian office', 'UN aid office', 'UN humanitarian affairs office'], type: 'agency', alignment: 'independent', partOf: 'United Nations' },
  { name: 'UNHCR', aliases: ['UN refugee agency', 'United Nations High Commissioner for Refugees', 'UN High Commissioner for Refugees'], type: 'agency', alignment: 'independent', partOf: 'United Nations' },
  { name: 'UN Commission of Inquiry on Syria', aliases: ['Independent International Commission of Inquiry on the Syrian Arab Republic', 'UN Commission of Inquiry', 'Commission of Inquiry on Syria', 'UN COI'], type: 'monitor', alignment: 'independent', partOf: 'United Nations' },
  { name: 'OHCHR', aliases: ['UN human rights office', 'Office of the UN High Commissioner for Human Rights', 'UN High Commissioner for Human Rights'], type: 'monitor', alignment: 'independent', partOf: 'United Nations' },
  { name: 'UNICEF', aliases: ["United Nations Children's Fund", "UN children's agency", "UN Children's Fund"], type: 'agency', alignment: 'independent', partOf: 'United Nations' },
  { name: 'World Health Organization', aliases: ['World Health Organisation', 'WHO', 'UN health agency', 'U.N. health agency', 'United Nations health agency'], type: 'agency', alignment: 'independent', partOf: 'United Nations' },

  // ---- Syrian state media and government-aligned media ------------------------------------
  { name: 'SANA', aliases: ['Syrian Arab News Agency', 'Syrian state news agency'], type: 'state-media', alignment: 'government', country: 'Syria' },
  { name: 'Syrian state television', aliases: ['Syrian TV', 'Syrian state TV', 'al-Ikhbariya', 'Ikhbariya', 'al-Ikhbariya al-Suriya', 'Syrian television'], type: 'state-media', alignment: 'government', country: 'Syria' },
  { name: 'Al-Manar', aliases: ['Al Manar', 'Al-Manar TV', 'al-Manar television'], type: 'media', alignment: 'government', country: 'Lebanon' },
  { name: 'Al-Mayadeen', aliases: ['Al Mayadeen', 'al-Mayadeen TV', 'Al Mayadeen TV'], type: 'media', alignment: 'government', country: 'Lebanon' },
  { name: 'Al-Masdar News', aliases: ['AMN', 'Almasdar News'], type: 'media', alignment: 'government' },
  { name: 'Sputnik', aliases: ['Sputnik News', 'Sputnik Arabic'], type: 'state-media', alignment: 'government', country: 'Russia' },
  { name: 'RT', aliases: ['Russia Today', 'RT Arabic'], type: 'state-media', alignment: 'government', country: 'Russia' },
  { name: 'TASS', aliases: ['ITAR-TASS'], type: 'agency', alignment: 'government', country: 'Russia' },

  // ---- Opposition media ----------------------------------------------------------------------
  { name: 'Orient TV', aliases: ['Orient News', 'Orient Net', 'Orient television'], type: 'media', alignment: 'opposition', country: 'Syria' },
  { name: 'Raqqa is Being Slaughtered Silently', aliases: ['RBSS'], type: 'media', alignment: 'opposition', country: 'Syria' },
  { name: 'Amaq News Agency', aliases: ['Amaq', "A'maq", 'Aamaq', 'Aamaq news agency'], type: 'media', alignment: 'opposition', partOf: 'Islamic State' },

  // ---- International agencies and media ------------------------------------------------------
  { name: 'Reuters', aliases: ['Thomson Reuters'], type: 'agency', alignment: 'independent', country: 'United Kingdom' },
  { name: 'Associated Press', aliases: ['AP', 'The Associated Press'], type: 'agency', alignment: 'independent', country: 'United States' },
  { name: 'Agence France-Presse', aliases: ['AFP', 'Agence France Presse'], type: 'agency', alignment: 'independent', country: 'France' },
  { name: 'Deutsche Presse-Agentur', aliases: ['DPA', 'Deutsche Presse Agentur'], type: 'agency', alignment: 'independent', country: 'Germany' },
  { name: 'Xinhua', aliases: ['Xinhua News Agency'], type: 'agency', alignment: 'independent', country: 'China' },
  { name: 'Anadolu Agency', aliases: ['Anadolu', 'Anadolu news agency'], type: 'agency', alignment: 'independent', country: 'Turkey' },
  { name: 'TRT', aliases: ['Turkish Radio and Television', 'TRT World', 'TRT Arabi'], type: 'state-media', alignment: 'independent', country: 'Turkey' },
  { name: 'Al Jazeera', aliases: ['Al-Jazeera', 'Al Jazeera English', 'Aljazeera'], type: 'media', alignment: 'independent', country: 'Qatar' },
  { name: 'Al Arabiya', aliases: ['Al-Arabiya', 'Al Arabiya English', 'Alarabiya'], type: 'media', alignment: 'independent' },

  // ---- Other foreign forces and governments ------------------------------------------------
  { name: 'US-led coalition', aliases: ['Global Coalition', 'Global Coalition to Defeat ISIS', 'Combined Joint Task Force-Operation Inherent Resolve', 'CJTF-OIR', 'Operation Inherent Resolve', 'US-led international coalition', 'U.S.-led coalition'], type: 'military', alignment: 'unknown' },
  { name: 'US Department of Defense', aliases: ['Pentagon', 'the Pentagon', 'US Defense Department', 'U.S. Defense Department', 'DoD'], type: 'military', alignment: 'unknown', country: 'United States' },
  { name: 'US Central Command', aliases: ['CENTCOM', 'United States Central Command', 'U.S. Central Command'], type: 'military', alignment: 'unknown', country: 'United States', partOf: 'US Department of Defense' },
  { name: 'US State Department', aliases: ['State Department', 'U.S. State Department', 'US Department of State'], type: 'government', alignment: 'unknown', country: 'United States' },
  { name: 'Turkish Armed Forces', aliases: ['TSK', 'Turkish military', 'Turkish army'], type: 'military', alignment: 'opposition', country: 'Turkey' },
  { name: 'Turkish Defence Ministry', aliases: ['Turkish Defense Ministry', 'Turkish Ministry of National Defence', 'Turkish Ministry of National Defense', 'Turkish National Defence Ministry'], type: 'military', alignment: 'opposition', country: 'Turkey' },
  { name: 'Israel Defense Forces', aliases: ['IDF', 'Israeli military', 'Israeli army', 'Israel Defence Forces'], type: 'military', alignment: 'unknown', country: 'Israel' },
];

/**
 * Named organisations in Syrian war reporting, with their abbreviations, translations and
 * transliteration variants, source type, alignment and (where commonly reported) parent body.
 * Deep-frozen.
 * @example
 * import { SYRIA_ENTITIES } from './entities-syria.js';
 * const failaq = SYRIA_ENTITIES.find((e) => e.aliases.includes('Rahman Legion'));
 * failaq?.name;      // 'Failaq al-Rahman'
 * failaq?.partOf;    // 'Free Syrian Army'
 * failaq?.alignment; // 'opposition'
 */
export const SYRIA_ENTITIES: readonly EntityEntry[] = Object.freeze(
  ENTITIES.map((e) => Object.freeze({ ...e, aliases: Object.freeze([...e.aliases]) })),
);
