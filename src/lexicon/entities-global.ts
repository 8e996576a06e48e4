/**
 * Named organisations that speak or act in English-language reporting of wars and armed conflicts
 * outside Syria: international bodies and humanitarian, rights and monitoring organisations, news
 * agencies and broadcasters worldwide, states' armed forces and ministries, and non-state armed
 * groups (Israel and Palestine, Lebanon, Yemen, Iraq, Ukraine and Russia, Sudan and South Sudan,
 * Ethiopia, Somalia, the Sahel and Lake Chad, the Great Lakes, Myanmar, Afghanistan and Pakistan,
 * Libya, Colombia and the Caucasus). It complements `entities-syria.ts` and repeats none of its
 * names or aliases: the United Nations, its Security Council, OCHA, UNHCR, OHCHR, UNICEF and the
 * WHO, Reuters, AP, AFP, TASS, RT, Xinhua, Anadolu, Al Jazeera, Al Arabiya, the ICRC, MSF, Human
 * Rights Watch, Amnesty, Airwars, the Russian Defence Ministry, the Pentagon, the Israel Defense
 * Forces, Hezbollah, the IRGC, the Islamic State, al-Qaeda, the PKK and the Wagner Group are listed
 * there, and are referred to here only as parents (`partOf`).
 *
 * Sources: canonical names and aliases follow the common English names in wire reporting
 * (Reuters, AP, AFP) and the organisations' own English names and abbreviations, cross-checked
 * against the ACLED and UCDP actor lists. Only proper names are listed; descriptors ("state
 * media", "the army", "Hamas-run health ministry", "separatists") are handled by the descriptor
 * lexicon. Aliases of two letters ("EU", "AU", "DW", "AA") and ordinary English words ("Dawn",
 * "WHO") are left out, as are abbreviations that name two different bodies in reporting: "MENA"
 * (also the region), "RSF" kept for the Rapid Support Forces only (not Reporters Without Borders),
 * "JEM" for Sudan's Justice and Equality Movement only (not Jaish-e-Mohammed's "JeM"), "SNA"
 * already being the Syrian National Army. The matcher drops a leading "the" and ignores
 * punctuation, so "the X" forms and hyphen or apostrophe variants are not listed twice.
 *
 * Coding of `alignment`, which is relative to the conflict an entry is mostly reported in:
 * - `'government'`: a state's own forces, ministries and allied forces or militias in a civil
 *   conflict (Sudanese Armed Forces, Tatmadaw, Popular Mobilization Forces, the Saudi-led
 *   coalition in Yemen); and state media of a state that is a party to a war (KCNA, IRNA,
 *   Ukrinform, RIA Novosti, Saudi Press Agency), as the "state media" descriptor is coded.
 * - `'opposition'`: non-state armed groups fighting a government, their political wings and
 *   media, and bodies they run (Hamas and the Gaza Health Ministry, the Houthis and Al Masirah).
 * - `'independent'`: international and UN bodies, NGOs and monitors, independent media and
 *   agencies, and state media of states that are not a party (Qatar News Agency, CCTV).
 * - `'unknown'`: forces, ministries and governments of states in interstate wars (Russia and
 *   Ukraine, India and Pakistan, Azerbaijan and Armenia, Israel and Iran), where neither is
 *   "the government" of the other side's territory; and actors whose side is contested.
 * `type` is `'monitor'` for rights and monitoring bodies, `'agency'` for UN agencies and
 * humanitarian bodies that give aid and rescue (the Red Cross and Red Crescent, MSF, Save the
 * Children: a reader counts them with the UN's agencies, not with monitors) and for wire
 * services, `'official'` for political bodies and courts, `'expert'` for think tanks,
 * `'state-media'` for state-run outlets, `'media'` for other outlets. `partOf` is set only where
 * reports commonly present a body as part of a larger one, and always names an entry of this list
 * or of `entities-syria.ts`.
 *
 * Users add or override entities through the `lexicon.entities` option of `compareClaims`.
 * @module
 */

import type { EntityEntry } from './types.js';

const ENTITIES: EntityEntry[] = [
  // ---- United Nations agencies, offices and missions -----------------------------------------
  { name: 'UN Secretary-General', aliases: ['United Nations Secretary-General', 'Office of the UN Secretary-General', 'Executive Office of the Secretary-General', "UN Secretary-General's office"], type: 'official', alignment: 'independent', partOf: 'United Nations' },
  { name: 'UN General Assembly', aliases: ['UNGA', 'United Nations General Assembly', 'General Assembly'], type: 'official', alignment: 'independent', partOf: 'United Nations' },
  { name: 'UN Human Rights Council', aliases: ['UNHRC', 'United Nations Human Rights Council', 'Human Rights Council'], type: 'official', alignment: 'independent', partOf: 'United Nations' },
  { name: 'UNRWA', aliases: ['United Nations Relief and Works Agency for Palestine Refugees in the Near East', 'UN Relief and Works Agency', 'United Nations Relief and Works Agency', 'UN agency for Palestinian refugees', 'UN Palestinian refugee agency'], type: 'agency', alignment: 'independent', partOf: 'United Nations' },
  { name: 'World Food Programme', aliases: ['WFP', 'World Food Program', 'UN World Food Programme', 'UN World Food Program', 'UN food agency'], type: 'agency', alignment: 'independent', partOf: 'United Nations' },
  { name: 'International Organization for Migration', aliases: ['IOM', 'International Organisation for Migration', 'UN migration agency'], type: 'agency', alignment: 'independent', partOf: 'United Nations' },
  { name: 'International Atomic Energy Agency', aliases: ['IAEA', 'UN nuclear watchdog', 'UN atomic watchdog'], type: 'monitor', alignment: 'independent', partOf: 'United Nations' },
  { name: 'UNOSAT', aliases: ['UN Satellite Centre', 'UN Satellite Center', 'United Nations Satellite Centre'], type: 'monitor', alignment: 'independent', partOf: 'United Nations' },
  { name: 'UN Human Rights Monitoring Mission in Ukraine', aliases: ['HRMMU', 'UN monitoring mission in Ukraine', 'UN human rights monitors in Ukraine'], type: 'monitor', alignment: 'independent', country: 'Ukraine', partOf: 'OHCHR' },
  { name: 'UN Commission of Inquiry on Ukraine', aliases: ['Independent International Commission of Inquiry on Ukraine', 'Commission of Inquiry on Ukraine'], type: 'monitor', alignment: 'independent', partOf: 'UN Human Rights Council' },
  { name: 'UN Commission of Inquiry on the Occupied Palestinian Territory', aliases: ['Independent International Commission of Inquiry on the Occupied Palestinian Territory, including East Jerusalem, and Israel', 'UN Commission of Inquiry on Israel and Palestine', 'Commission of Inquiry on the Occupied Palestinian Territory'], type: 'monitor', alignment: 'independent', partOf: 'UN Human Rights Council' },
  { name: 'UNIFIL', aliases: ['United Nations Interim Force in Lebanon', 'UN Interim Force in Lebanon'], type: 'military', alignment: 'independent', country: 'Lebanon', partOf: 'United Nations' },
  { name: 'MONUSCO', aliases: ['United Nations Organization Stabilization Mission in the Democratic Republic of the Congo', 'UN Organization Stabilization Mission in the DR Congo', 'UN mission in Congo'], type: 'military', alignment: 'independent', country: 'Democratic Republic of the Congo', partOf: 'United Nations' },
  { name: 'UNMISS', aliases: ['United Nations Mission in South Sudan', 'UN Mission in South Sudan'], type: 'military', alignment: 'independent', country: 'South Sudan', partOf: 'United Nations' },
  { name: 'MINUSCA', aliases: ['Minusca', 'United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic', 'UN mission in the Central African Republic'], type: 'military', alignment: 'independent', country: 'Central African Republic', partOf: 'United Nations' },
  { name: 'MINUSMA', aliases: ['Minusma', 'United Nations Multidimensional Integrated Stabilization Mission in Mali', 'UN mission in Mali'], type: 'military', alignment: 'independent', country: 'Mali', partOf: 'United Nations' },
  { name: 'UNSMIL', aliases: ['United Nations Support Mission in Libya', 'UN Support Mission in Libya', 'UN mission in Libya', 'U.N. mission in Libya'], type: 'agency', alignment: 'independent', country: 'Libya', partOf: 'United Nations' },
  { name: 'UNAMI', aliases: ['United Nations Assistance Mission for Iraq', 'UN Assistance Mission for Iraq', 'UN mission in Iraq'], type: 'agency', alignment: 'independent', country: 'Iraq', partOf: 'United Nations' },
  { name: 'UNAMA', aliases: ['United Nations Assistance Mission in Afghanistan', 'UN Assistance Mission in Afghanistan'], type: 'monitor', alignment: 'independent', country: 'Afghanistan', partOf: 'United Nations' },

  // ---- Courts and intergovernmental political and military bodies -----------------------------
  { name: 'International Criminal Court', aliases: ['ICC'], type: 'official', alignment: 'independent' },
  { name: 'International Court of Justice', aliases: ['ICJ', 'World Court'], type: 'official', alignment: 'independent', partOf: 'United Nations' },
  { name: 'NATO', aliases: ['North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation', 'North Atlantic Alliance'], type: 'military', alignment: 'independent' },
  { name: 'European Union', aliases: [], type: 'official', alignment: 'independent' },
  { name: 'European Commission', aliases: ['EU Commission'], type: 'official', alignment: 'independent', partOf: 'European Union' },
  { name: 'African Union', aliases: ['African Union Commission', 'AU Commission'], type: 'official', alignment: 'independent' },
  { name: 'African Union Transition Mission in Somalia', aliases: ['ATMIS', 'AMISOM', 'African Union Mission in Somalia', 'AUSSOM', 'African Union Support and Stabilization Mission in Somalia'], type: 'military', alignment: 'government', country: 'Somalia', partOf: 'African Union' },
  { name: 'Arab League', aliases: ['League of Arab States'], type: 'official', alignment: 'independent' },
  { name: 'OSCE', aliases: ['Organization for Security and Co-operation in Europe', 'Organization for Security and Cooperation in Europe', 'Organisation for Security and Co-operation in Europe'], type: 'official', alignment: 'independent' },
  { name: 'OSCE Special Monitoring Mission to Ukraine', aliases: ['OSCE Special Monitoring Mission', 'OSCE SMM', 'OSCE monitoring mission'], type: 'monitor', alignment: 'independent', country: 'Ukraine', partOf: 'OSCE' },
  { name: 'ECOWAS', aliases: ['Economic Community of West African States'], type: 'official', alignment: 'independent' },
  { name: 'Gulf Cooperation Council', aliases: ['GCC', 'Cooperation Council for the Arab States of the Gulf'], type: 'official', alignment: 'independent' },

  // ---- Humanitarian, rights and monitoring organisations ---------------------------------------
  { name: 'International Federation of Red Cross and Red Crescent Societies', aliases: ['IFRC', 'International Federation of the Red Cross'], type: 'agency', alignment: 'independent' },
  { name: 'Palestine Red Crescent Society', aliases: ['PRCS', 'Palestinian Red Crescent', 'Palestine Red Crescent', 'Palestinian Red Crescent Society'], type: 'agency', alignment: 'independent', country: 'Palestine' },
  { name: 'Magen David Adom', aliases: ['MDA'], type: 'agency', alignment: 'independent', country: 'Israel' },
  { name: 'Save the Children', aliases: ['Save the Children International'], type: 'agency', alignment: 'independent' },
  { name: 'Norwegian Refugee Council', aliases: ['NRC'], type: 'agency', alignment: 'independent', country: 'Norway' },
  { name: 'International Rescue Committee', aliases: ['IRC'], type: 'agency', alignment: 'independent' },
  { name: 'Oxfam', aliases: ['Oxfam International'], type: 'agency', alignment: 'independent' },
  { name: 'World Central Kitchen', aliases: ['WCK'], type: 'agency', alignment: 'independent' },
  { name: 'Integrated Food Security Phase Classification', aliases: ['IPC', 'Famine Review Committee'], type: 'monitor', alignment: 'independent' },
  { name: 'Committee to Protect Journalists', aliases: ['CPJ'], type: 'monitor', alignment: 'independent' },
  { name: 'Reporters Without Borders', aliases: ['Reporters Sans Frontieres'], type: 'monitor', alignment: 'independent' },
  { name: 'Armed Conflict Location and Event Data Project', aliases: ['ACLED', 'Armed Conflict Location & Event Data Project', 'Armed Conflict Location & Event Data'], type: 'monitor', alignment: 'independent' },
  { name: 'Uppsala Conflict Data Program', aliases: ['UCDP', 'Uppsala Conflict Data Programme'], type: 'monitor', alignment: 'independent', country: 'Sweden' },
  { name: 'Bellingcat', aliases: [], type: 'monitor', alignment: 'independent' },
  { name: 'Oryx', aliases: ['Oryx blog'], type: 'monitor', alignment: 'independent' },
  { name: 'Conflict Armament Research', aliases: [], type: 'monitor', alignment: 'independent' },
  { name: 'Yale Humanitarian Research Lab', aliases: ['Humanitarian Research Lab', 'Yale HRL'], type: 'monitor', alignment: 'independent' },
  { name: 'SITE Intelligence Group', aliases: ['SITE'], type: 'monitor', alignment: 'independent' },
  { name: 'Iraq Body Count', aliases: ['IBC'], type: 'monitor', alignment: 'independent' },
  { name: 'Mwatana for Human Rights', aliases: ['Mwatana'], type: 'monitor', alignment: 'independent', country: 'Yemen' },
  { name: "B'Tselem", aliases: ['Btselem', 'Israeli Information Center for Human Rights in the Occupied Territories'], type: 'monitor', alignment: 'independent', country: 'Israel' },
  { name: 'Al-Haq', aliases: [], type: 'monitor', alignment: 'independent', country: 'Palestine' },
  { name: 'Palestinian Centre for Human Rights', aliases: ['PCHR', 'Palestinian Center for Human Rights'], type: 'monitor', alignment: 'independent', country: 'Palestine' },
  { name: 'Sudan Doctors Network', aliases: ['Sudanese Doctors Network'], type: 'monitor', alignment: 'independent', country: 'Sudan' },
  { name: 'Central Committee of Sudanese Doctors', aliases: ['Sudan Doctors Committee', 'Sudanese Doctors Committee', 'Sudan Doctors Union'], type: 'monitor', alignment: 'independent', country: 'Sudan' },
  { name: 'Emergency Response Rooms', aliases: ['Emergency Response Room', 'Sudan Emergency Response Rooms'], type: 'monitor', alignment: 'independent', country: 'Sudan' },
  { name: 'Ethiopian Human Rights Commission', aliases: ['EHRC'], type: 'monitor', alignment: 'independent', country: 'Ethiopia' },
  { name: 'Assistance Association for Political Prisoners', aliases: ['AAPP'], type: 'monitor', alignment: 'independent', country: 'Myanmar' },

  // ---- Think tanks and analysts ------------------------------------------------------------
  { name: 'International Crisis Group', aliases: ['Crisis Group', 'ICG'], type: 'expert', alignment: 'independent' },
  { name: 'Institute for the Study of War', aliases: ['ISW'], type: 'expert', alignment: 'independent', country: 'United States' },
  { name: 'Royal United Services Institute', aliases: ['RUSI'], type: 'expert', alignment: 'independent', country: 'United Kingdom' },
  { name: 'Center for Strategic and International Studies', aliases: ['CSIS'], type: 'expert', alignment: 'independent', country: 'United States' },

  // ---- International news agencies -------------------------------------------------------
  { name: 'Bloomberg', aliases: ['Bloomberg News'], type: 'agency', alignment: 'independent', country: 'United States' },
  { name: 'EFE', aliases: ['Agencia EFE', 'EFE news agency'], type: 'agency', alignment: 'independent', country: 'Spain' },
  { name: 'Kyodo News', aliases: ['Kyodo', 'Kyodo news agency'], type: 'agency', alignment: 'independent', country: 'Japan' },
  { name: 'Yonhap', aliases: ['Yonhap News Agency', 'Yonhap news'], type: 'agency', alignment: 'independent', country: 'South Korea' },
  { name: 'Press Trust of India', aliases: ['PTI'], type: 'agency', alignment: 'independent', country: 'India' },
  { name: 'Asian News International', aliases: ['ANI'], type: 'agency', alignment: 'independent', country: 'India' },
  { name: 'Associated Press of Pakistan', aliases: ['APP'], type: 'state-media', alignment: 'government', country: 'Pakistan' },
  { name: 'Interfax', aliases: ['Interfax news agency'], type: 'agency', alignment: 'independent', country: 'Russia' },

  // ---- State and government-aligned agencies and broadcasters ----------------------------
  { name: 'RIA Novosti', aliases: ['RIA', 'RIA news agency'], type: 'state-media', alignment: 'government', country: 'Russia' },
  { name: 'Ukrinform', aliases: ['Ukrinform news agency', 'Ukrainian National News Agency'], type: 'state-media', alignment: 'government', country: 'Ukraine' },
  { name: 'IRNA', aliases: ['Islamic Republic News Agency', 'Islamic Republic of Iran News Agency'], type: 'state-media', alignment: 'government', country: 'Iran' },
  { name: 'Tasnim News Agency', aliases: ['Tasnim', 'Tasnim news'], type: 'agency', alignment: 'government', country: 'Iran' },
  { name: 'Fars News Agency', aliases: ['Fars news', 'Fars'], type: 'agency', alignment: 'government', country: 'Iran' },
  { name: 'Mehr News Agency', aliases: ['Mehr', 'Mehr news'], type: 'agency', alignment: 'government', country: 'Iran' },
  { name: 'Press TV', aliases: ['PressTV'], type: 'state-media', alignment: 'government', country: 'Iran' },
  { name: 'KCNA', aliases: ['Korean Central News Agency'], type: 'state-media', alignment: 'government', country: 'North Korea' },
  { name: 'Saudi Press Agency', aliases: ['SPA'], type: 'state-media', alignment: 'government', country: 'Saudi Arabia' },
  { name: 'Emirates News Agency', aliases: ['WAM'], type: 'state-media', alignment: 'government', country: 'United Arab Emirates' },
  { name: 'Iraqi News Agency', aliases: ['INA'], type: 'state-media', alignment: 'government', country: 'Iraq' },
  { name: 'Sudan News Agency', aliases: ['SUNA', 'Sudan state news agency'], type: 'state-media', alignment: 'government', country: 'Sudan' },
  { name: 'Ethiopian News Agency', aliases: ['ENA'], type: 'state-media', alignment: 'government', country: 'Ethiopia' },
  { name: 'Somali National News Agency', aliases: ['SONNA'], type: 'state-media', alignment: 'government', country: 'Somalia' },
  { name: 'MRTV', aliases: ['Myanma Radio and Television', 'Myanmar Radio and Television'], type: 'state-media', alignment: 'government', country: 'Myanmar' },
  { name: 'Azertac', aliases: ['Azerbaijan State News Agency'], type: 'state-media', alignment: 'government', country: 'Azerbaijan' },
  { name: 'Armenpress', aliases: ['Armenian News Agency'], type: 'state-media', alignment: 'government', country: 'Armenia' },
  { name: 'Azeri-Press Agency', aliases: ['APA'], type: 'agency', alignment: 'independent', country: 'Azerbaijan' },
  { name: 'Army Radio', aliases: ['Galei Tzahal', 'Galatz', 'IDF Radio'], type: 'state-media', alignment: 'government', country: 'Israel' },
  // Two rival administrations each run an agency called Saba (Sanaa under the Houthis, Aden under
  // the recognised government); reports mostly mean the Houthi-run one, but the name alone is
  // not enough to tell, hence 'unknown'.
  { name: 'Saba news agency', aliases: ['Saba', 'Yemen News Agency', 'Saba News'], type: 'state-media', alignment: 'unknown', country: 'Yemen' },
  { name: 'WAFA', aliases: ['Palestinian News and Information Agency', 'Wafa news agency'], type: 'state-media', alignment: 'unknown', country: 'Palestine' },
  { name: 'Qatar News Agency', aliases: ['QNA'], type: 'state-media', alignment: 'independent', country: 'Qatar' },
  { name: 'Jordan News Agency', aliases: ['Petra', 'Petra news agency'], type: 'state-media', alignment: 'independent', country: 'Jordan' },
  { name: 'Middle East News Agency', aliases: [], type: 'state-media', alignment: 'independent', country: 'Egypt' },
  { name: 'National News Agency', aliases: ['NNA', "Lebanon's National News Agency", 'Lebanese National News Agency'], type: 'state-media', alignment: 'independent', country: 'Lebanon' },
  { name: 'CCTV', aliases: ['China Central Television', 'CGTN', 'China Global Television Network'], type: 'state-media', alignment: 'independent', country: 'China' },
  { name: 'Global Times', aliases: [], type: 'state-media', alignment: 'independent', country: 'China' },

  // ---- Party- and armed-group-run media ------------------------------------------------------
  { name: 'Al Masirah', aliases: ['Al Masirah TV', 'Almasirah'], type: 'media', alignment: 'opposition', country: 'Yemen', partOf: 'Houthis' },
  { name: 'Al-Aqsa TV', aliases: ['Al-Aqsa television'], type: 'media', alignment: 'opposition', country: 'Palestine', partOf: 'Hamas' },
  { name: 'Shehab News Agency', aliases: ['Shehab', 'Shehab news'], type: 'media', alignment: 'opposition', country: 'Palestine' },
  { name: 'Tigrai Television', aliases: ['Tigrai TV', 'Tigray TV', 'Tigray Television'], type: 'media', alignment: 'opposition', country: 'Ethiopia', partOf: "Tigray People's Liberation Front" },
  { name: 'Radio Andalus', aliases: ['Andalus radio'], type: 'media', alignment: 'opposition', country: 'Somalia', partOf: 'al-Shabaab' },

  // ---- Broadcasters, papers and online outlets -----------------------------------------------
  { name: 'BBC', aliases: ['British Broadcasting Corporation', 'BBC News', 'BBC World Service', 'BBC Arabic', 'BBC Persian', 'BBC Ukrainian', 'BBC Russian'], type: 'media', alignment: 'independent', country: 'United Kingdom' },
  { name: 'CNN', aliases: ['Cable News Network', 'CNN International'], type: 'media', alignment: 'independent', country: 'United States' },
  { name: 'Sky News', aliases: [], type: 'media', alignment: 'independent', country: 'United Kingdom' },
  { name: 'NBC News', aliases: ['NBC'], type: 'media', alignment: 'independent', country: 'United States' },
  { name: 'Fox News', aliases: ['Fox News Channel'], type: 'media', alignment: 'independent', country: 'United States' },
  { name: 'NPR', aliases: ['National Public Radio'], type: 'media', alignment: 'independent', country: 'United States' },
  { name: 'Voice of America', aliases: ['VOA'], type: 'media', alignment: 'independent', country: 'United States' },
  { name: 'Radio Free Europe/Radio Liberty', aliases: ['RFE/RL', 'Radio Free Europe', 'Radio Liberty'], type: 'media', alignment: 'independent', country: 'United States' },
  { name: 'The New York Times', aliases: ['NYT', 'NY Times', 'New York Times newspaper'], type: 'media', alignment: 'independent', country: 'United States' },
  { name: 'The Washington Post', aliases: ['Washington Post newspaper'], type: 'media', alignment: 'independent', country: 'United States' },
  { name: 'The Wall Street Journal', aliases: ['WSJ', 'Wall Street Journal newspaper'], type: 'media', alignment: 'independent', country: 'United States' },
  { name: 'The Guardian', aliases: ['Guardian newspaper'], type: 'media', alignment: 'independent', country: 'United Kingdom' },
  { name: 'Financial Times', aliases: [], type: 'media', alignment: 'independent', country: 'United Kingdom' },
  { name: 'Middle East Eye', aliases: ['MEE'], type: 'media', alignment: 'independent', country: 'United Kingdom' },
  { name: 'Al-Monitor', aliases: [], type: 'media', alignment: 'independent', country: 'United States' },
  { name: 'France 24', aliases: ['France24'], type: 'media', alignment: 'independent', country: 'France' },
  { name: 'Radio France Internationale', aliases: ['RFI'], type: 'media', alignment: 'independent', country: 'France' },
  { name: 'Deutsche Welle', aliases: [], type: 'media', alignment: 'independent', country: 'Germany' },
  { name: 'Haaretz', aliases: ["Ha'aretz"], type: 'media', alignment: 'independent', country: 'Israel' },
  { name: 'Times of Israel', aliases: [], type: 'media', alignment: 'independent', country: 'Israel' },
  { name: 'Jerusalem Post', aliases: ['JPost'], type: 'media', alignment: 'independent', country: 'Israel' },
  { name: 'Yedioth Ahronoth', aliases: ['Yediot Aharonot', 'Yedioth', 'Ynet', 'Ynetnews'], type: 'media', alignment: 'independent', country: 'Israel' },
  { name: 'Channel 12', aliases: ["Israel's Channel 12", 'Channel 12 News', 'N12'], type: 'media', alignment: 'independent', country: 'Israel' },
  { name: 'Kan', aliases: ['Kan 11', 'Kan public broadcaster', 'Israeli Public Broadcasting Corporation', 'Israel Public Broadcasting Corporation'], type: 'media', alignment: 'independent', country: 'Israel' },
  { name: 'i24NEWS', aliases: ['i24 News'], type: 'media', alignment: 'independent', country: 'Israel' },
  { name: "Ma'an News Agency", aliases: ["Ma'an"], type: 'media', alignment: 'independent', country: 'Palestine' },
  { name: 'Rudaw', aliases: ['Rudaw Media Network'], type: 'media', alignment: 'independent', country: 'Iraq' },
  { name: 'Kyiv Independent', aliases: [], type: 'media', alignment: 'independent', country: 'Ukraine' },
  { name: 'Ukrainska Pravda', aliases: ['Ukrayinska Pravda'], type: 'media', alignment: 'independent', country: 'Ukraine' },
  { name: 'Suspilne', aliases: ['Suspilne Ukraine', 'Public Broadcasting Company of Ukraine', 'Ukrainian public broadcaster Suspilne'], type: 'media', alignment: 'independent', country: 'Ukraine' },
  { name: 'Meduza', aliases: [], type: 'media', alignment: 'independent', country: 'Russia' },
  { name: 'Novaya Gazeta', aliases: ['Novaya Gazeta Europe'], type: 'media', alignment: 'independent', country: 'Russia' },
  { name: 'Mediazona', aliases: ['Mediazona news'], type: 'media', alignment: 'independent', country: 'Russia' },
  { name: 'Sudan Tribune', aliases: [], type: 'media', alignment: 'independent', country: 'Sudan' },
  { name: 'Radio Dabanga', aliases: ['Dabanga'], type: 'media', alignment: 'independent', country: 'Sudan' },
  { name: 'Addis Standard', aliases: [], type: 'media', alignment: 'independent', country: 'Ethiopia' },
  { name: 'HumAngle', aliases: [], type: 'media', alignment: 'independent', country: 'Nigeria' },
  { name: 'Radio Okapi', aliases: [], type: 'media', alignment: 'independent', country: 'Democratic Republic of the Congo' },
  { name: 'Dawn newspaper', aliases: ['Dawn News', 'Dawn.com'], type: 'media', alignment: 'independent', country: 'Pakistan' },
  { name: 'NDTV', aliases: ['New Delhi Television'], type: 'media', alignment: 'independent', country: 'India' },
  { name: 'TOLOnews', aliases: ['Tolo News'], type: 'media', alignment: 'independent', country: 'Afghanistan' },

  // ---- Israel, Palestine and Lebanon: governments and forces -----------------------------------
  { name: 'Israeli Defence Ministry', aliases: ['Israeli Defense Ministry', 'Israeli Ministry of Defence', 'Israeli Ministry of Defense', 'Israel Ministry of Defense'], type: 'military', alignment: 'unknown', country: 'Israel' },
  { name: 'Israeli Air Force', aliases: ['Israel Air Force'], type: 'military', alignment: 'unknown', country: 'Israel', partOf: 'Israel Defense Forces' },
  { name: 'COGAT', aliases: ['Coordinator of Government Activities in the Territories'], type: 'military', alignment: 'unknown', country: 'Israel', partOf: 'Israeli Defence Ministry' },
  { name: 'Shin Bet', aliases: ['Israel Security Agency', 'Shabak', 'Shin Bet security service'], type: 'military', alignment: 'unknown', country: 'Israel' },
  { name: "Israeli Prime Minister's Office", aliases: ["Israel's Prime Minister's Office", "Netanyahu's office"], type: 'government', alignment: 'unknown', country: 'Israel' },
  { name: 'Palestinian Authority', aliases: ['Palestinian National Authority'], type: 'government', alignment: 'unknown', country: 'Palestine' },
  { name: 'Palestine Liberation Organization', aliases: ['PLO', 'Palestine Liberation Organisation'], type: 'official', alignment: 'unknown', country: 'Palestine' },
  { name: 'Fatah', aliases: ['Fateh', 'Fatah movement'], type: 'official', alignment: 'unknown', country: 'Palestine' },
  { name: 'Gaza Health Ministry', aliases: ['Health Ministry in Gaza', 'Gaza Ministry of Health', 'Ministry of Health in Gaza'], type: 'government', alignment: 'opposition', country: 'Palestine', partOf: 'Hamas' },
  { name: 'Gaza Government Media Office', aliases: ['Government Media Office in Gaza', 'Gaza Media Office'], type: 'government', alignment: 'opposition', country: 'Palestine', partOf: 'Hamas' },
  { name: 'Palestinian Civil Defence', aliases: ['Palestinian Civil Defense', 'Gaza Civil Defence', 'Gaza Civil Defense', 'Civil Defence in Gaza'], type: 'government', alignment: 'opposition', country: 'Palestine' },
  { name: 'Lebanese Army', aliases: ['Lebanese Armed Forces', 'LAF', 'Lebanese military'], type: 'military', alignment: 'unknown', country: 'Lebanon' },
  { name: 'Lebanese Health Ministry', aliases: ['Lebanese Ministry of Public Health', 'Lebanon Health Ministry', 'Lebanese Ministry of Health'], type: 'government', alignment: 'unknown', country: 'Lebanon' },

  // ---- Palestinian armed groups --------------------------------------------------------------
  { name: 'Hamas', aliases: ['Islamic Resistance Movement', 'Harakat al-Muqawama al-Islamiya'], type: 'armed-group', alignment: 'opposition', country: 'Palestine' },
  { name: 'Izz ad-Din al-Qassam Brigades', aliases: ['Qassam Brigades', 'al-Qassam Brigades', 'Izz al-Din al-Qassam Brigades', 'Ezzedine al-Qassam Brigades', 'Ezzedeen al-Qassam Brigades', 'Ezz al-Din al-Qassam Brigades'], type: 'armed-group', alignment: 'opposition', country: 'Palestine', partOf: 'Hamas' },
  { name: 'Palestinian Islamic Jihad', aliases: ['Islamic Jihad', 'PIJ', 'Islamic Jihad movement', 'Harakat al-Jihad al-Islami'], type: 'armed-group', alignment: 'opposition', country: 'Palestine' },
  { name: 'Al-Quds Brigades', aliases: ['Saraya al-Quds', 'Quds Brigades', 'al-Quds Brigade'], type: 'armed-group', alignment: 'opposition', country: 'Palestine', partOf: 'Palestinian Islamic Jihad' },
  { name: "Al-Aqsa Martyrs' Brigades", aliases: ['Al-Aqsa Martyrs Brigade', 'Aqsa Martyrs Brigades'], type: 'armed-group', alignment: 'opposition', country: 'Palestine', partOf: 'Fatah' },
  { name: 'Popular Front for the Liberation of Palestine', aliases: ['PFLP'], type: 'armed-group', alignment: 'opposition', country: 'Palestine' },

  // ---- Yemen -------------------------------------------------------------------------------
  { name: 'Houthis', aliases: ['Houthi', 'Houthi rebels', 'Houthi movement', 'Ansar Allah', 'Ansarallah', 'Ansarullah', 'Huthis', 'Huthi', 'Huthi rebels'], type: 'armed-group', alignment: 'opposition', country: 'Yemen' },
  { name: 'Yemeni government', aliases: ['Government of Yemen', 'Yemeni internationally recognised government', 'Presidential Leadership Council', 'Presidential Council of Yemen'], type: 'government', alignment: 'government', country: 'Yemen' },
  { name: 'Yemeni army', aliases: ['Yemeni National Army', "Yemen's National Army"], type: 'military', alignment: 'government', country: 'Yemen' },
  { name: 'Saudi-led coalition', aliases: ['Saudi-led military coalition', 'Arab coalition', 'Coalition to Restore Legitimacy in Yemen', 'Coalition to Support Legitimacy in Yemen', 'Saudi-led Arab coalition'], type: 'military', alignment: 'government' },
  // The STC was part of the anti-Houthi camp, fought the recognised government in 2019 and joined
  // it in 2022: its side depends on the date, hence 'unknown'.
  { name: 'Southern Transitional Council', aliases: ['STC'], type: 'armed-group', alignment: 'unknown', country: 'Yemen' },
  { name: 'al-Qaeda in the Arabian Peninsula', aliases: ['AQAP', 'al-Qaida in the Arabian Peninsula'], type: 'armed-group', alignment: 'opposition', country: 'Yemen', partOf: 'al-Qaeda' },

  // ---- Iraq and Iran -------------------------------------------------------------------------
  { name: 'Iraqi Security Forces', aliases: ['ISF', 'Iraqi army', 'Iraqi armed forces'], type: 'military', alignment: 'government', country: 'Iraq' },
  { name: 'Counter-Terrorism Service', aliases: ['Iraqi Counter-Terrorism Service', 'CTS', 'Golden Division'], type: 'military', alignment: 'government', country: 'Iraq', partOf: 'Iraqi Security Forces' },
  { name: 'Popular Mobilization Forces', aliases: ['PMF', 'PMU', 'Popular Mobilisation Forces', 'Popular Mobilization Units', 'Popular Mobilisation Units', 'Hashed al-Shaabi', 'Hashd al-Shaabi', 'al-Hashd al-Shaabi', 'Hashd'], type: 'armed-group', alignment: 'government', country: 'Iraq' },
  { name: 'Kataib Hezbollah', aliases: ["Kata'ib Hezbollah", "Kata'ib Hizballah", 'Kataib Hizbollah', 'Kataeb Hezbollah', 'Hezbollah Brigades'], type: 'armed-group', alignment: 'government', country: 'Iraq', partOf: 'Popular Mobilization Forces' },
  { name: 'Asaib Ahl al-Haq', aliases: ["Asa'ib Ahl al-Haq", 'AAH', 'League of the Righteous'], type: 'armed-group', alignment: 'government', country: 'Iraq', partOf: 'Popular Mobilization Forces' },
  { name: 'Harakat Hezbollah al-Nujaba', aliases: ['Nujaba', 'al-Nujaba', 'Harakat al-Nujaba', 'Nujaba Movement'], type: 'armed-group', alignment: 'government', country: 'Iraq', partOf: 'Popular Mobilization Forces' },
  // An umbrella name under which Iran-aligned Iraqi factions claim strikes on US forces and Israel.
  { name: 'Islamic Resistance in Iraq', aliases: ['Islamic Resistance of Iraq'], type: 'armed-group', alignment: 'unknown', country: 'Iraq' },
  { name: 'Peshmerga', aliases: ['Kurdish Peshmerga', 'Peshmerga forces'], type: 'military', alignment: 'government', country: 'Iraq', partOf: 'Kurdistan Regional Government' },
  { name: 'Kurdistan Regional Government', aliases: ['KRG', 'Kurdistan Region government'], type: 'government', alignment: 'government', country: 'Iraq' },
  { name: 'Islamic Republic of Iran Army', aliases: ['Artesh', 'Iranian army'], type: 'military', alignment: 'unknown', country: 'Iran' },

  // ---- Russia and Ukraine --------------------------------------------------------------------
  { name: 'Kremlin', aliases: ['Russian presidency', 'Russian Presidential Administration'], type: 'government', alignment: 'unknown', country: 'Russia' },
  { name: 'Russian Armed Forces', aliases: ['Armed Forces of the Russian Federation', 'Russian military', 'Russian army'], type: 'military', alignment: 'unknown', country: 'Russia', partOf: 'Russian Defence Ministry' },
  { name: 'Russian General Staff', aliases: ['General Staff of the Russian Armed Forces', "Russia's General Staff"], type: 'military', alignment: 'unknown', country: 'Russia', partOf: 'Russian Defence Ministry' },
  { name: 'Africa Corps', aliases: ['Russian Africa Corps', 'Afrika Korps'], type: 'military', alignment: 'government', country: 'Russia', partOf: 'Russian Defence Ministry' },
  { name: 'Federal Security Service', aliases: ['FSB', 'Russian Federal Security Service'], type: 'military', alignment: 'unknown', country: 'Russia' },
  { name: 'Armed Forces of Ukraine', aliases: ['Ukrainian Armed Forces', 'Ukrainian military', 'Ukrainian army', 'ZSU', "Ukraine's armed forces"], type: 'military', alignment: 'unknown', country: 'Ukraine' },
  { name: 'Ukrainian General Staff', aliases: ['General Staff of the Armed Forces of Ukraine', "General Staff of Ukraine's Armed Forces", "Ukraine's General Staff", 'General Staff of Ukraine'], type: 'military', alignment: 'unknown', country: 'Ukraine', partOf: 'Armed Forces of Ukraine' },
  { name: 'Ukrainian Defence Ministry', aliases: ['Ukrainian Defense Ministry', 'Ukrainian Ministry of Defence', 'Ukrainian Ministry of Defense', 'Ministry of Defence of Ukraine', 'Ministry of Defense of Ukraine'], type: 'military', alignment: 'unknown', country: 'Ukraine' },
  { name: 'Ukrainian Air Force', aliases: ['Air Force of Ukraine', 'Ukraine Air Force'], type: 'military', alignment: 'unknown', country: 'Ukraine', partOf: 'Armed Forces of Ukraine' },
  { name: 'National Guard of Ukraine', aliases: ['Ukrainian National Guard', "Ukraine's National Guard"], type: 'military', alignment: 'unknown', country: 'Ukraine' },
  { name: 'Security Service of Ukraine', aliases: ['SBU', 'Ukrainian Security Service', "Ukraine's Security Service"], type: 'military', alignment: 'unknown', country: 'Ukraine' },
  { name: 'Ukrainian military intelligence', aliases: ['HUR', 'GUR', 'Defence Intelligence of Ukraine', 'Defense Intelligence of Ukraine', 'Main Intelligence Directorate of Ukraine', 'Ukraine military intelligence'], type: 'military', alignment: 'unknown', country: 'Ukraine', partOf: 'Ukrainian Defence Ministry' },
  { name: 'Office of the President of Ukraine', aliases: ['Ukrainian Presidential Office', "Ukraine's presidential office", "Zelensky's office", "Zelenskiy's office"], type: 'government', alignment: 'unknown', country: 'Ukraine' },
  { name: 'State Emergency Service of Ukraine', aliases: ['Ukrainian State Emergency Service', "Ukraine's State Emergency Service", 'DSNS'], type: 'government', alignment: 'unknown', country: 'Ukraine' },
  { name: 'Azov Brigade', aliases: ['Azov Regiment', 'Azov', 'Azov Battalion', '12th Special Purpose Brigade Azov'], type: 'armed-group', alignment: 'unknown', country: 'Ukraine', partOf: 'National Guard of Ukraine' },
  { name: "Donetsk People's Republic", aliases: ['DPR', 'DNR', 'Donetsk Peoples Republic'], type: 'armed-group', alignment: 'opposition', country: 'Ukraine' },
  { name: "Luhansk People's Republic", aliases: ['LPR', 'LNR', "Lugansk People's Republic", 'Luhansk Peoples Republic'], type: 'armed-group', alignment: 'opposition', country: 'Ukraine' },

  // ---- Caucasus and South Asia -----------------------------------------------------------
  { name: 'Azerbaijani Defence Ministry', aliases: ['Azerbaijani Defense Ministry', "Azerbaijan's Defence Ministry", "Azerbaijan's Defense Ministry", 'Azerbaijani Ministry of Defence'], type: 'military', alignment: 'unknown', country: 'Azerbaijan' },
  { name: 'Armenian Defence Ministry', aliases: ['Armenian Defense Ministry', "Armenia's Defence Ministry", "Armenia's Defense Ministry", 'Armenian Ministry of Defence'], type: 'military', alignment: 'unknown', country: 'Armenia' },
  { name: 'Indian Army', aliases: ["India's army", 'Indian military', 'Indian Armed Forces'], type: 'military', alignment: 'unknown', country: 'India' },
  { name: 'Pakistan Army', aliases: ['Pakistani army', 'Pakistani military', 'Pakistan Armed Forces'], type: 'military', alignment: 'unknown', country: 'Pakistan' },
  { name: 'Inter-Services Public Relations', aliases: ['ISPR'], type: 'military', alignment: 'unknown', country: 'Pakistan', partOf: 'Pakistan Army' },
  { name: 'Tehrik-i-Taliban Pakistan', aliases: ['TTP', 'Pakistani Taliban', 'Tehreek-e-Taliban Pakistan', 'Tehrik-e-Taliban Pakistan'], type: 'armed-group', alignment: 'opposition', country: 'Pakistan' },
  { name: 'Lashkar-e-Taiba', aliases: ['LeT', 'Lashkar-e-Toiba', 'Lashkar-e-Tayyiba'], type: 'armed-group', alignment: 'opposition', country: 'Pakistan' },
  { name: 'Jaish-e-Mohammed', aliases: ['Jaish-e-Muhammad', 'Jaish-e-Mohammad', 'Jaish-i-Mohammed'], type: 'armed-group', alignment: 'opposition', country: 'Pakistan' },
  { name: 'Balochistan Liberation Army', aliases: ['BLA', 'Baloch Liberation Army'], type: 'armed-group', alignment: 'opposition', country: 'Pakistan' },

  // ---- Afghanistan ---------------------------------------------------------------------------
  // Coded as the insurgency of 2001-2021 that most reporting on armed clashes describes; since
  // August 2021 the Taliban are the de facto government.
  { name: 'Taliban', aliases: ['Afghan Taliban', 'Islamic Emirate', 'Taleban'], type: 'armed-group', alignment: 'opposition', country: 'Afghanistan' },
  { name: 'Haqqani network', aliases: ['Haqqanis'], type: 'armed-group', alignment: 'opposition', country: 'Afghanistan', partOf: 'Taliban' },
  { name: 'Afghan National Army', aliases: ['ANA', 'Afghan army'], type: 'military', alignment: 'government', country: 'Afghanistan' },
  { name: 'Islamic State Khorasan Province', aliases: ['ISKP', 'ISIS-K', 'IS-K', 'Islamic State Khorasan'], type: 'armed-group', alignment: 'opposition', country: 'Afghanistan', partOf: 'Islamic State' },

  // ---- Sudan and South Sudan ---------------------------------------------------------------
  { name: 'Sudanese Armed Forces', aliases: ['SAF', 'Sudanese army', "Sudan's army", 'Sudanese military'], type: 'military', alignment: 'government', country: 'Sudan' },
  { name: 'Sovereignty Council', aliases: ['Sovereign Council', 'Transitional Sovereignty Council', 'Sudanese Sovereignty Council'], type: 'government', alignment: 'government', country: 'Sudan' },
  { name: 'Rapid Support Forces', aliases: ['RSF', 'Rapid Support Force', 'Quwat al-Daam al-Sarie'], type: 'armed-group', alignment: 'opposition', country: 'Sudan' },
  { name: 'Sudan Liberation Movement', aliases: ['SLM', 'Sudan Liberation Army', 'SLA', 'SLM/A', 'Sudan Liberation Movement/Army'], type: 'armed-group', alignment: 'unknown', country: 'Sudan' },
  { name: 'Justice and Equality Movement', aliases: ['JEM'], type: 'armed-group', alignment: 'unknown', country: 'Sudan' },
  { name: "South Sudan People's Defence Forces", aliases: ['SSPDF', "South Sudan People's Defense Forces", 'South Sudanese army'], type: 'military', alignment: 'government', country: 'South Sudan' },
  { name: "Sudan People's Liberation Movement-in-Opposition", aliases: ['SPLM-IO', 'SPLA-IO', "Sudan People's Liberation Army-in-Opposition"], type: 'armed-group', alignment: 'opposition', country: 'South Sudan' },

  // ---- Ethiopia, Eritrea and Somalia ---------------------------------------------------------
  { name: 'Ethiopian National Defense Force', aliases: ['ENDF', 'Ethiopian National Defence Force', 'Ethiopian army', 'Ethiopian military', 'Ethiopian National Defense Forces'], type: 'military', alignment: 'government', country: 'Ethiopia' },
  { name: 'Eritrean Defence Forces', aliases: ['EDF', 'Eritrean Defense Forces', 'Eritrean army', 'Eritrean military'], type: 'military', alignment: 'government', country: 'Eritrea' },
  { name: "Tigray People's Liberation Front", aliases: ['TPLF', 'Tigray forces', 'Tigray Peoples Liberation Front', 'Tigrayan forces'], type: 'armed-group', alignment: 'opposition', country: 'Ethiopia' },
  { name: 'Tigray Defense Forces', aliases: ['TDF', 'Tigray Defence Forces'], type: 'armed-group', alignment: 'opposition', country: 'Ethiopia', partOf: "Tigray People's Liberation Front" },
  { name: 'Oromo Liberation Army', aliases: ['OLA', 'Oromo Liberation Front-Oromo Liberation Army', 'OLF-OLA'], type: 'armed-group', alignment: 'opposition', country: 'Ethiopia' },
  { name: 'Fano', aliases: ['Fano militia', 'Amhara Fano'], type: 'armed-group', alignment: 'opposition', country: 'Ethiopia' },
  { name: 'Somali National Army', aliases: ['Somali army', 'Somali military', 'Somali National Armed Forces'], type: 'military', alignment: 'government', country: 'Somalia' },
  { name: 'al-Shabaab', aliases: ['al-Shabab', 'Harakat al-Shabaab al-Mujahideen', 'Shabaab', 'Shabab'], type: 'armed-group', alignment: 'opposition', country: 'Somalia', partOf: 'al-Qaeda' },

  // ---- West Africa and the Sahel ---------------------------------------------------------
  { name: 'Boko Haram', aliases: ["Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", 'JAS', 'Jamaatu Ahlis Sunna Liddaawati wal-Jihad'], type: 'armed-group', alignment: 'opposition', country: 'Nigeria' },
  { name: 'Islamic State West Africa Province', aliases: ['ISWAP', 'Islamic State West Africa', 'Islamic State in West Africa'], type: 'armed-group', alignment: 'opposition', country: 'Nigeria', partOf: 'Islamic State' },
  { name: 'Islamic State Sahel Province', aliases: ['IS Sahel', 'Islamic State in the Greater Sahara', 'ISGS', 'Islamic State Sahel', 'ISSP', 'IS-Sahel'], type: 'armed-group', alignment: 'opposition', partOf: 'Islamic State' },
  { name: "Jama'at Nusrat al-Islam wal-Muslimin", aliases: ['JNIM', 'Jamaat Nusrat al-Islam wal-Muslimin', 'Group for the Support of Islam and Muslims', 'Support Group for Islam and Muslims'], type: 'armed-group', alignment: 'opposition', partOf: 'al-Qaeda' },
  { name: 'al-Qaeda in the Islamic Maghreb', aliases: ['AQIM', 'al-Qaida in the Islamic Maghreb'], type: 'armed-group', alignment: 'opposition', partOf: 'al-Qaeda' },
  { name: 'Nigerian Army', aliases: ['Nigerian military', 'Nigerian Armed Forces'], type: 'military', alignment: 'government', country: 'Nigeria' },
  { name: 'Civilian Joint Task Force', aliases: ['CJTF', 'Civilian JTF'], type: 'armed-group', alignment: 'government', country: 'Nigeria' },
  { name: 'Malian Armed Forces', aliases: ['FAMa', 'Malian army', 'Malian military', 'Forces Armees Maliennes'], type: 'military', alignment: 'government', country: 'Mali' },
  { name: 'Azawad Liberation Front', aliases: ['FLA', "Front de Liberation de l'Azawad"], type: 'armed-group', alignment: 'opposition', country: 'Mali' },

  // ---- Great Lakes -------------------------------------------------------------------------
  { name: 'M23', aliases: ['March 23 Movement', 'Mouvement du 23 mars'], type: 'armed-group', alignment: 'opposition', country: 'Democratic Republic of the Congo', partOf: 'Congo River Alliance' },
  { name: 'Congo River Alliance', aliases: ['AFC', 'Alliance Fleuve Congo', 'AFC/M23'], type: 'armed-group', alignment: 'opposition', country: 'Democratic Republic of the Congo' },
  { name: 'Allied Democratic Forces', aliases: ['ADF', 'Islamic State Central Africa Province', 'ISCAP'], type: 'armed-group', alignment: 'opposition', country: 'Democratic Republic of the Congo', partOf: 'Islamic State' },
  { name: 'FARDC', aliases: ['Armed Forces of the Democratic Republic of the Congo', 'Congolese army', 'Congolese armed forces', 'Forces Armees de la Republique Democratique du Congo'], type: 'military', alignment: 'government', country: 'Democratic Republic of the Congo' },
  // Rwanda denies the UN experts' finding that its troops fight alongside M23, hence 'unknown'.
  { name: 'Rwanda Defence Force', aliases: ['RDF', 'Rwanda Defense Force', 'Rwandan army', 'Rwandan military'], type: 'military', alignment: 'unknown', country: 'Rwanda' },

  // ---- Myanmar -----------------------------------------------------------------------------
  { name: 'Tatmadaw', aliases: ['Myanmar military', 'Myanmar army', 'Myanmar armed forces', 'Burmese military', 'Burmese army'], type: 'military', alignment: 'government', country: 'Myanmar' },
  { name: 'State Administration Council', aliases: ['SAC', 'Myanmar junta', 'Myanmar military government'], type: 'government', alignment: 'government', country: 'Myanmar' },
  { name: 'National Unity Government', aliases: ['NUG', 'Myanmar National Unity Government', 'National Unity Government of Myanmar'], type: 'official', alignment: 'opposition', country: 'Myanmar' },
  { name: "People's Defence Force", aliases: ['PDF', "People's Defense Force", "People's Defence Forces", "People's Defense Forces"], type: 'armed-group', alignment: 'opposition', country: 'Myanmar', partOf: 'National Unity Government' },
  { name: 'Arakan Army', aliases: ['Arakha Army'], type: 'armed-group', alignment: 'opposition', country: 'Myanmar' },
  { name: 'Three Brotherhood Alliance', aliases: ['Brotherhood Alliance'], type: 'armed-group', alignment: 'opposition', country: 'Myanmar' },
  { name: 'Myanmar National Democratic Alliance Army', aliases: ['MNDAA'], type: 'armed-group', alignment: 'opposition', country: 'Myanmar', partOf: 'Three Brotherhood Alliance' },
  { name: "Ta'ang National Liberation Army", aliases: ['TNLA', 'Taang National Liberation Army'], type: 'armed-group', alignment: 'opposition', country: 'Myanmar', partOf: 'Three Brotherhood Alliance' },
  { name: 'Kachin Independence Army', aliases: ['Kachin Independence Organisation', 'Kachin Independence Organization', 'KIO'], type: 'armed-group', alignment: 'opposition', country: 'Myanmar' },
  { name: 'Karen National Union', aliases: ['KNU'], type: 'armed-group', alignment: 'opposition', country: 'Myanmar' },

  // ---- Libya -------------------------------------------------------------------------------
  // Coded against the UN-recognised government in Tripoli.
  { name: 'Libyan National Army', aliases: ['LNA', "Haftar's forces", 'Libyan Arab Armed Forces', 'LAAF'], type: 'military', alignment: 'opposition', country: 'Libya' },
  { name: 'Government of National Unity', aliases: ['GNU', 'Libyan Government of National Unity', 'Tripoli-based Government of National Unity'], type: 'government', alignment: 'government', country: 'Libya' },

  // ---- Latin America -------------------------------------------------------------------------
  { name: 'FARC', aliases: ['Revolutionary Armed Forces of Colombia', 'Fuerzas Armadas Revolucionarias de Colombia'], type: 'armed-group', alignment: 'opposition', country: 'Colombia' },
  { name: 'National Liberation Army', aliases: ['ELN', 'Ejercito de Liberacion Nacional'], type: 'armed-group', alignment: 'opposition', country: 'Colombia' },
];

/**
 * Named organisations in conflict reporting outside Syria (international bodies, monitors, news
 * agencies and outlets, armed forces, ministries and armed groups), with their abbreviations and
 * transliteration variants, source type, alignment and (where commonly reported) parent body.
 * Complements `SYRIA_ENTITIES`, whose names and aliases it does not repeat. Deep-frozen.
 * @example
 * import { GLOBAL_ENTITIES } from './entities-global.js';
 * const qassam = GLOBAL_ENTITIES.find((e) => e.aliases.includes('Qassam Brigades'));
 * qassam?.name;      // 'Izz ad-Din al-Qassam Brigades'
 * qassam?.partOf;    // 'Hamas'
 * qassam?.alignment; // 'opposition'
 */
export const GLOBAL_ENTITIES: readonly EntityEntry[] = Object.freeze(
  ENTITIES.map((e) => Object.freeze({ ...e, aliases: Object.freeze([...e.aliases]) })),
);
