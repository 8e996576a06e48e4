/**
 * Gazetteer of places that recur in English-language reporting of the wars since 2014 outside
 * Syria: Ukraine, Israel and the Palestinian territories, Lebanon, Sudan, Yemen, Iraq, Libya,
 * Ethiopia and the eastern Democratic Republic of the Congo.
 *
 * Sources: the regional seats and front-line towns most often named in wire reporting (Reuters,
 * AP, AFP) and in ACLED's and UCDP's event locations for these conflicts; names are the common
 * English transliteration (Kyiv-era Ukrainian forms, with the Russian forms seen in copy as
 * aliases). Capitals come from the countries lexicon and are not repeated. Like the Syrian list,
 * this is a starting point: callers add or override places through the `lexicon` option.
 * @module
 */

import type { PlaceEntry } from './types.js';

const place = (name: string, kind: PlaceEntry['kind'], country: string, aliases: readonly string[] = [], within?: string): PlaceEntry =>
  ({ name, aliases, kind, country, ...(within ? { within } : {}) });

const PLACES: PlaceEntry[] = [
  // ---- Ukraine ------------------------------------------------------------------------------
  place('Donetsk region', 'province', 'Ukraine', ['Donetsk oblast', 'Donetsk province']),
  place('Luhansk region', 'province', 'Ukraine', ['Luhansk oblast', 'Luhansk province', 'Lugansk region']),
  place('Kharkiv region', 'province', 'Ukraine', ['Kharkiv oblast', 'Kharkiv province']),
  place('Zaporizhzhia region', 'province', 'Ukraine', ['Zaporizhzhia oblast', 'Zaporizhzhia province']),
  place('Kherson region', 'province', 'Ukraine', ['Kherson oblast', 'Kherson province']),
  place('Donbas', 'region', 'Ukraine', ['Donbass']),
  place('Crimea', 'region', 'Ukraine', ['Crimean peninsula']),
  place('Kharkiv', 'city', 'Ukraine', ['Kharkov'], 'Kharkiv region'),
  place('Donetsk', 'city', 'Ukraine', [], 'Donetsk region'),
  place('Luhansk', 'city', 'Ukraine', ['Lugansk'], 'Luhansk region'),
  place('Mariupol', 'city', 'Ukraine', [], 'Donetsk region'),
  place('Bakhmut', 'city', 'Ukraine', ['Artemivsk', 'Artyomovsk'], 'Donetsk region'),
  place('Avdiivka', 'town', 'Ukraine', ['Avdeyevka'], 'Donetsk region'),
  place('Pokrovsk', 'city', 'Ukraine', ['Krasnoarmeysk'], 'Donetsk region'),
  place('Kramatorsk', 'city', 'Ukraine', [], 'Donetsk region'),
  place('Sloviansk', 'city', 'Ukraine', ['Slavyansk'], 'Donetsk region'),
  place('Chasiv Yar', 'town', 'Ukraine', ['Chasov Yar'], 'Donetsk region'),
  place('Vuhledar', 'town', 'Ukraine', ['Ugledar'], 'Donetsk region'),
  place('Marinka', 'town', 'Ukraine', ['Maryinka'], 'Donetsk region'),
  place('Kurakhove', 'town', 'Ukraine', ['Kurakhovo'], 'Donetsk region'),
  place('Toretsk', 'town', 'Ukraine', [], 'Donetsk region'),
  place('Lyman', 'town', 'Ukraine', ['Krasny Liman'], 'Donetsk region'),
  place('Sievierodonetsk', 'city', 'Ukraine', ['Severodonetsk'], 'Luhansk region'),
  place('Lysychansk', 'city', 'Ukraine', [], 'Luhansk region'),
  place('Kupiansk', 'town', 'Ukraine', ['Kupyansk'], 'Kharkiv region'),
  place('Vovchansk', 'town', 'Ukraine', ['Volchansk'], 'Kharkiv region'),
  place('Izium', 'town', 'Ukraine', ['Izyum'], 'Kharkiv region'),
  place('Zaporizhzhia', 'city', 'Ukraine', ['Zaporozhye'], 'Zaporizhzhia region'),
  place('Robotyne', 'village', 'Ukraine', ['Rabotino'], 'Zaporizhzhia region'),
  place('Kherson', 'city', 'Ukraine', [], 'Kherson region'),
  place('Odesa', 'city', 'Ukraine', ['Odessa']),
  place('Mykolaiv', 'city', 'Ukraine', ['Nikolaev']),
  place('Dnipro', 'city', 'Ukraine', ['Dnipropetrovsk']),
  place('Sumy', 'city', 'Ukraine'),
  place('Kursk region', 'province', 'Russia', ['Kursk oblast']),
  place('Belgorod', 'city', 'Russia'),
  // ---- Israel, the Palestinian territories, Lebanon -----------------------------------------
  place('Gaza Strip', 'region', 'Palestine', ['Gaza strip']),
  place('Gaza City', 'city', 'Palestine', [], 'Gaza Strip'),
  place('Gaza', 'region', 'Palestine', [], 'Gaza Strip'),
  place('Khan Younis', 'city', 'Palestine', ['Khan Yunis', 'Khan Younes'], 'Gaza Strip'),
  place('Rafah', 'city', 'Palestine', [], 'Gaza Strip'),
  place('Deir al-Balah', 'city', 'Palestine', ['Deir el-Balah'], 'Gaza Strip'),
  place('Jabalia', 'town', 'Palestine', ['Jabaliya'], 'Gaza Strip'),
  place('Beit Lahia', 'town', 'Palestine', [], 'Gaza Strip'),
  place('Beit Hanoun', 'town', 'Palestine', [], 'Gaza Strip'),
  place('Nuseirat', 'town', 'Palestine', [], 'Gaza Strip'),
  place('West Bank', 'region', 'Palestine', ['occupied West Bank']),
  place('Jenin', 'city', 'Palestine', [], 'West Bank'),
  place('Nablus', 'city', 'Palestine', [], 'West Bank'),
  place('Hebron', 'city', 'Palestine', [], 'West Bank'),
  place('Tulkarm', 'city', 'Palestine', [], 'West Bank'),
  place('Ramallah', 'city', 'Palestine', [], 'West Bank'),
  place('Sderot', 'town', 'Israel'),
  place('Ashkelon', 'city', 'Israel'),
  place('Haifa', 'city', 'Israel'),
  place('Tel Aviv', 'city', 'Israel'),
  place('Golan Heights', 'region', 'Syria', ['Golan', 'occupied Golan Heights']),
  place('south Lebanon', 'region', 'Lebanon', ['southern Lebanon']),
  place('Tyre', 'city', 'Lebanon'),
  place('Sidon', 'city', 'Lebanon'),
  place('Nabatieh', 'city', 'Lebanon'),
  place('Bekaa Valley', 'region', 'Lebanon', ['Bekaa']),
  // ---- Sudan --------------------------------------------------------------------------------
  place('Darfur', 'region', 'Sudan'),
  place('El Fasher', 'city', 'Sudan', ['al-Fashir', 'El-Fasher', 'Al Fashir'], 'Darfur'),
  place('El Geneina', 'city', 'Sudan', ['Geneina', 'al-Geneina'], 'Darfur'),
  place('Nyala', 'city', 'Sudan', [], 'Darfur'),
  place('Omdurman', 'city', 'Sudan'),
  place('Wad Madani', 'city', 'Sudan', ['Wad Madani city'], 'Gezira'),
  place('Gezira', 'province', 'Sudan', ['Al Jazirah', 'Gezira state']),
  place('Kordofan', 'region', 'Sudan'),
  place('El Obeid', 'city', 'Sudan', ['al-Obeid'], 'Kordofan'),
  place('Port Sudan', 'city', 'Sudan'),
  // ---- Yemen --------------------------------------------------------------------------------
  place('Hodeidah', 'city', 'Yemen', ['Hudaydah', 'Hodeida']),
  place('Marib', 'city', 'Yemen', ["Ma'rib"]),
  place('Taiz', 'city', 'Yemen', ["Ta'izz"]),
  place('Aden', 'city', 'Yemen'),
  place('Saada', 'city', 'Yemen', ["Sa'ada", 'Saadah']),
  // ---- Iraq ---------------------------------------------------------------------------------
  place('Mosul', 'city', 'Iraq'),
  place('Falluja', 'city', 'Iraq', ['Fallujah']),
  place('Ramadi', 'city', 'Iraq'),
  place('Tikrit', 'city', 'Iraq'),
  place('Kirkuk', 'city', 'Iraq'),
  place('Erbil', 'city', 'Iraq', ['Arbil']),
  place('Sinjar', 'town', 'Iraq'),
  // ---- Libya, Ethiopia, eastern DR Congo ----------------------------------------------------
  place('Benghazi', 'city', 'Libya'),
  place('Misrata', 'city', 'Libya', ['Misurata']),
  place('Sirte', 'city', 'Libya'),
  place('Tigray', 'region', 'Ethiopia'),
  place('Mekelle', 'city', 'Ethiopia', ['Mekele'], 'Tigray'),
  place('Amhara', 'region', 'Ethiopia'),
  place('Goma', 'city', 'Democratic Republic of the Congo', [], 'North Kivu'),
  place('North Kivu', 'province', 'Democratic Republic of the Congo'),
  place('Bukavu', 'city', 'Democratic Republic of the Congo', [], 'South Kivu'),
  place('South Kivu', 'province', 'Democratic Republic of the Congo'),
];

/**
 * Places of the wars since 2014 outside Syria (Ukraine, Gaza and the West Bank, Lebanon, Sudan,
 * Yemen, Iraq, Libya, Ethiopia, eastern DR Congo), in the default lexicon beside the Syrian ones.
 * @example
 * CONFLICT_PLACES.find((p) => p.name === 'Bakhmut')?.aliases; // ['Artemivsk', 'Artyomovsk']
 */
export const CONFLICT_PLACES: readonly PlaceEntry[] = Object.freeze(PLACES.map((p) => Object.freeze(p)));
