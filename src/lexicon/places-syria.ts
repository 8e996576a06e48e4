/**
 * Gazetteer of Syrian places as English-language war reporting names them, 2011-2020.
 *
 * Sources: the governorates and their seats follow Wikipedia's lists of the governorates and
 * districts of Syria; towns, districts, bases and crossings are the places that recur in wire
 * reporting (Reuters, AP, AFP), monitor reports (SOHR, SNHR) and SANA over the war, cross-checked
 * against ACLED/UCDP event locations. Each `name` is the most common English transliteration;
 * `aliases` are only transliteration variants, former or Kurdish names and translations actually
 * seen in English copy, never bare common words ("Bab", "Tal", "Ain").
 *
 * Conventions: the 14 governorates are `kind: 'province'` and named "<Seat> province" (the city
 * itself is a separate `city` entry). `within` always names another entry of this list: a
 * district's city, a Ghouta town's region, otherwise the province.
 *
 * This list is a starting point, not a complete gazetteer: callers add or override places through
 * the `lexicon` option of `compareClaims`.
 * @module
 */

import type { PlaceEntry } from './types.js';

const PLACES: PlaceEntry[] = [
  // ---- Governorates -------------------------------------------------------------------------
  { name: 'Damascus province', aliases: ['Damascus governorate'], kind: 'province', country: 'Syria' },
  { name: 'Rif Dimashq province', aliases: ['Rif Dimashq', 'Rif Dimashq governorate', 'Reef Dimashq', 'Rif Damascus', 'Rural Damascus', 'Damascus countryside'], kind: 'province', country: 'Syria' },
  { name: 'Aleppo province', aliases: ['Aleppo governorate', 'Halab province'], kind: 'province', country: 'Syria' },
  { name: 'Homs province', aliases: ['Homs governorate', 'Hims province'], kind: 'province', country: 'Syria' },
  { name: 'Hama province', aliases: ['Hama governorate', 'Hamah province'], kind: 'province', country: 'Syria' },
  { name: 'Idlib province', aliases: ['Idlib governorate', 'Idleb province', 'Idleb governorate'], kind: 'province', country: 'Syria' },
  { name: 'Latakia province', aliases: ['Latakia governorate', 'Lattakia province', 'Lattakia governorate', 'Latakiya province'], kind: 'province', country: 'Syria' },
  { name: 'Tartus province', aliases: ['Tartus governorate', 'Tartous province', 'Tartous governorate'], kind: 'province', country: 'Syria' },
  { name: 'Raqqa province', aliases: ['Raqqa governorate', 'Raqqah province', 'Raqa province', 'Ar-Raqqah governorate'], kind: 'province', country: 'Syria' },
  { name: 'Deir ez-Zor province', aliases: ['Deir ez-Zor governorate', 'Deir al-Zor province', 'Deir Ezzor province', 'Deir el-Zour province', 'Deir al-Zour province'], kind: 'province', country: 'Syria' },
  { name: 'Hasaka province', aliases: ['Hasaka governorate', 'Hasakah province', 'al-Hasakah governorate', 'Hassakeh province', 'Hasakeh province'], kind: 'province', country: 'Syria' },
  { name: 'Daraa province', aliases: ['Daraa governorate', 'Deraa province', "Dara'a province", 'Deraa governorate'], kind: 'province', country: 'Syria' },
  { name: 'Suwayda province', aliases: ['Suwayda governorate', 'Sweida province', 'Sweida governorate', 'Suweida province', 'As-Suwayda governorate'], kind: 'province', country: 'Syria' },
  { name: 'Quneitra province', aliases: ['Quneitra governorate', 'Kuneitra province'], kind: 'province', country: 'Syria' },

  // ---- Regions --------------------------------------------------------------------------------
  { name: 'Eastern Ghouta', aliases: ['East Ghouta', 'Eastern Ghuta', 'Ghouta', 'al-Ghouta al-Sharqiya'], kind: 'region', country: 'Syria', within: 'Rif Dimashq province' },
  { name: 'Western Ghouta', aliases: ['West Ghouta', 'Western Ghuta', 'al-Ghouta al-Gharbiya'], kind: 'region', country: 'Syria', within: 'Rif Dimashq province' },
  { name: 'Qalamoun', aliases: ['Qalamun', 'al-Qalamoun', 'Qalamoun mountains'], kind: 'region', country: 'Syria', within: 'Rif Dimashq province' },
  { name: 'Wadi Barada', aliases: ['Barada valley', 'Wadi Barada valley'], kind: 'region', country: 'Syria', within: 'Rif Dimashq province' },
  { name: 'Sahl al-Ghab', aliases: ['Ghab plain', 'al-Ghab plain', 'al-Ghab'], kind: 'region', country: 'Syria', within: 'Hama province' },
  { name: 'Jabal al-Zawiya', aliases: ['Jabal al-Zawiyah', 'Jebel al-Zawiya', 'Jabal Zawiya'], kind: 'region', country: 'Syria', within: 'Idlib province' },
  { name: 'Jabal al-Akrad', aliases: ['Jebel al-Akrad', 'Kurd Mountain', 'Kurdish Mountains'], kind: 'region', country: 'Syria', within: 'Latakia province' },
  { name: 'Jabal al-Turkman', aliases: ['Jebel Turkman', 'Jabal Turkman', 'Turkmen Mountain', 'Turkmen Mountains'], kind: 'region', country: 'Syria', within: 'Latakia province' },
  { name: 'Yarmouk Basin', aliases: ['Yarmouk valley', 'Yarmuk basin', 'Yarmouk River basin'], kind: 'region', country: 'Syria', within: 'Daraa province' },
  { name: 'Lajat', aliases: ['al-Lajat', 'Leja', 'Lajah'], kind: 'region', country: 'Syria', within: 'Daraa province' },
  { name: 'Golan Heights', aliases: ['Golan', 'Syrian Golan', 'occupied Golan'], kind: 'region', country: 'Syria', within: 'Quneitra province' },
  { name: 'Badia', aliases: ['Syrian desert', 'al-Badia', 'Badiya'], kind: 'region', country: 'Syria' },

  // ---- Main cities -----------------------------------------------------------------------------
  { name: 'Damascus', aliases: ['Dimashq', 'Damascus city'], kind: 'city', country: 'Syria', within: 'Damascus province' },
  { name: 'Aleppo', aliases: ['Halab', 'Haleb', 'Aleppo city'], kind: 'city', country: 'Syria', within: 'Aleppo province' },
  { name: 'Homs', aliases: ['Hims', 'Homs city'], kind: 'city', country: 'Syria', within: 'Homs province' },
  { name: 'Hama', aliases: ['Hamah', 'Hama city'], kind: 'city', country: 'Syria', within: 'Hama province' },
  { name: 'Idlib', aliases: ['Idleb', 'Idlib city', 'Idleb city'], kind: 'city', country: 'Syria', within: 'Idlib province' },
  { name: 'Raqqa', aliases: ['Raqa', 'Raqqah', 'Ar-Raqqah', 'al-Raqqa', 'Rakka', 'Raqqa city'], kind: 'city', country: 'Syria', within: 'Raqqa province' },
  { name: 'Deir ez-Zor', aliases: ['Deir al-Zor', 'Deir Ezzor', 'Deir el-Zour', 'Deir al-Zour', 'Deir Ez-Zour', 'Dayr az-Zawr', 'Deir Zor', 'Deir ez-Zor city'], kind: 'city', country: 'Syria', within: 'Deir ez-Zor province' },
  { name: 'Daraa', aliases: ['Deraa', "Dara'a", "Dar'a", 'Daraa city', 'Deraa city'], kind: 'city', country: 'Syria', within: 'Daraa province' },
  { name: 'Latakia', aliases: ['Lattakia', 'Latakiya', 'al-Ladhiqiyah', 'Latakia city', 'Lattakia city'], kind: 'city', country: 'Syria', within: 'Latakia province' },
  { name: 'Tartus', aliases: ['Tartous', 'Tartus city', 'Tartous city'], kind: 'city', country: 'Syria', within: 'Tartus province' },
  { name: 'Hasaka', aliases: ['Hasakah', 'al-Hasakah', 'Hassakeh', 'Hasakeh', 'Heseke', 'Hasaka city'], kind: 'city', country: 'Syria', within: 'Hasaka province' },
  { name: 'Qamishli', aliases: ['Qamishlo', 'al-Qamishli', 'Kamishli', 'Qameshli'], kind: 'city', country: 'Syria', within: 'Hasaka province' },
  { name: 'Palmyra', aliases: ['Tadmur', 'Tadmor'], kind: 'city', country: 'Syria', within: 'Homs province' },
  { name: 'Kobani', aliases: ['Kobane', 'Ain al-Arab', 'Ayn al-Arab'], kind: 'city', country: 'Syria', within: 'Aleppo province' },
  { name: 'Manbij', aliases: ['Menbij', 'Manbaj', 'Minbij'], kind: 'city', country: 'Syria', within: 'Aleppo province' },
  { name: 'Afrin', aliases: ['Efrin', 'Afreen'], kind: 'city', country: 'Syria', within: 'Aleppo province' },
  { name: 'Azaz', aliases: ['Aazaz', "A'zaz", 'Izaz'], kind: 'city', country: 'Syria', within: 'Aleppo province' },
  { name: 'al-Bab', aliases: ['Al Bab', 'al-Bab city'], kind: 'city', country: 'Syria', within: 'Aleppo province' },
  { name: 'Jisr al-Shughour', aliases: ['Jisr al-Shughur', 'Jisr ash-Shughur', 'Jisr al-Shugour', 'Jisr el-Shughour'], kind: 'city', country: 'Syria', within: 'Idlib province' },
  { name: 'Maarat al-Numan', aliases: ['Maaret al-Numan', "Ma'arrat al-Nu'man", 'Maarat al-Nouman', 'Maaret al-Noman', 'Maarrat al-Numan', 'Maaret al-Nouman'], kind: 'city', country: 'Syria', within: 'Idlib province' },
  { name: 'Khan Shaykhun', aliases: ['Khan Sheikhoun', 'Khan Shaikhoun', 'Khan Sheikhun', 'Khan Shaykhoun'], kind: 'town', country: 'Syria', within: 'Idlib province' },
  { name: 'Saraqeb', aliases: ['Saraqib'], kind: 'town', country: 'Syria', within: 'Idlib province' },
  { name: 'Quneitra', aliases: ['al-Quneitra', 'Kuneitra', 'Qunaitra', 'al-Qunaytirah'], kind: 'city', country: 'Syria', within: 'Quneitra province' },
  { name: 'Suwayda', aliases: ['Sweida', 'Suwaida', 'Suweida', 'As-Suwayda', 'al-Suwayda', 'Swaida'], kind: 'city', country: 'Syria', within: 'Suwayda province' },
  { name: 'al-Mayadin', aliases: ['Mayadin', 'Al Mayadin'], kind: 'city', country: 'Syria', within: 'Deir ez-Zor province' },
  { name: 'Albu Kamal', aliases: ['Abu Kamal', 'Bukamal', 'al-Bukamal', 'Boukamal', 'Abukamal'], kind: 'city', country: 'Syria', within: 'Deir ez-Zor province' },
  { name: 'Tabqa', aliases: ['al-Tabqa', 'Tabqah', 'al-Thawrah', 'Madinat al-Thawra'], kind: 'city', country: 'Syria', within: 'Raqqa province' },
  { name: 'Ras al-Ain', aliases: ['Ras al-Ayn', 'Ras al Ain', 'Ras al-Ein', 'Serekaniye', 'Sere Kaniye'], kind: 'town', country: 'Syria', within: 'Hasaka province' },
  { name: 'Tal Abyad', aliases: ['Tel Abyad', 'Tall Abyad', 'Tell Abyad', 'Gire Spi'], kind: 'town', country: 'Syria', within: 'Raqqa province' },
  { name: 'Jarablus', aliases: ['Jarabulus', 'Jarabalus'], kind: 'town', country: 'Syria', within: 'Aleppo province' },
  { name: 'Salamiyah', aliases: ['Salamiyeh', 'Salamieh', 'Salamiya', 'Salamiyya'], kind: 'city', country: 'Syria', within: 'Hama province' },
  { name: 'Baniyas', aliases: ['Banias', 'Banyas'], kind: 'city', country: 'Syria', within: 'Tartus province' },
  { name: 'Jableh', aliases: ['Jabla', 'Jebleh'], kind: 'city', country: 'Syria', within: 'Latakia province' },
  { name: 'Safita', aliases: [], kind: 'town', country: 'Syria', within: 'Tartus province' },
  { name: 'Qardaha', aliases: ['al-Qardaha', 'Kardaha', 'Qurdaha'], kind: 'town', country: 'Syria', within: 'Latakia province' },

  // ---- Damascus: districts and landmarks -----------------------------------------------------
  { name: 'Jobar', aliases: ['Jowbar', 'Jawbar'], kind: 'district', country: 'Syria', within: 'Damascus' },
  { name: 'Qabun', aliases: ['Qaboun', 'al-Qaboun', 'al-Qabun'], kind: 'district', country: 'Syria', within: 'Damascus' },
  { name: 'Barzeh', aliases: ['Barza', 'al-Barzeh', 'Barzah'], kind: 'district', country: 'Syria', within: 'Damascus' },
  { name: 'Tishreen', aliases: ['Tishrin', 'Tishreen district', 'Tishreen neighbourhood'], kind: 'district', country: 'Syria', within: 'Damascus' },
  { name: 'Yarmouk', aliases: ['Yarmouk camp', 'Yarmouk refugee camp', 'Yarmuk', 'al-Yarmouk'], kind: 'district', country: 'Syria', within: 'Damascus' },
  { name: 'Qadam', aliases: ['al-Qadam'], kind: 'district', country: 'Syria', within: 'Damascus' },
  { name: 'Mezzeh', aliases: ['Mezze', 'al-Mazzeh', 'Mazzeh'], kind: 'district', country: 'Syria', within: 'Damascus' },
  { name: 'Mezzeh airbase', aliases: ['Mezzeh military airport', 'Mezze airbase', 'Mezzeh air base'], kind: 'area', country: 'Syria', within: 'Damascus' },
  { name: 'Kafr Sousa', aliases: ['Kafr Souseh', 'Kafarsouseh', 'Kafr Sousah', 'Kfar Sousa'], kind: 'district', country: 'Syria', within: 'Damascus' },
  { name: 'Abbasiyin Square', aliases: ['Abbasiyeen Square', 'Abbasiyyin Square', 'Abbasiyin', 'Abbasiyeen'], kind: 'area', country: 'Syria', within: 'Damascus' },
  { name: 'Damascus Old City', aliases: ['Old City of Damascus', 'old Damascus'], kind: 'area', country: 'Syria', within: 'Damascus' },
  { name: 'Bab Touma', aliases: ['Bab Tuma', 'Bab Toma'], kind: 'district', country: 'Syria', within: 'Damascus' },
  { name: 'Qassaa', aliases: ['al-Qassaa', "Qassa'", 'Qasaa'], kind: 'district', country: 'Syria', within: 'Damascus' },
  { name: 'Midan', aliases: ['al-Midan', 'Maidan', 'al-Maidan'], kind: 'district', country: 'Syria', within: 'Damascus' },
  { name: 'Damascus International Airport', aliases: ['Damascus airport'], kind: 'area', country: 'Syria', within: 'Rif Dimashq province' },

  // ---- Rif Dimashq: Eastern Ghouta ----------------------------------------------------------
  { name: 'Douma', aliases: ['Duma'], kind: 'city', country: 'Syria', within: 'Eastern Ghouta' },
  { name: 'Harasta', aliases: ['Harastha', 'Harista'], kind: 'town', country: 'Syria', within: 'Eastern Ghouta' },
  { name: 'Harasta vehicles base', aliases: ['Idarat al-Markabat', 'Armoured Vehicles Administration', 'Vehicles Administration base', 'Harasta armoured vehicles base'], kind: 'area', country: 'Syria', within: 'Eastern Ghouta' },
  { name: 'Ain Tarma', aliases: ['Ein Tarma', 'Ayn Tarma', 'Ain Terma', 'Ein Terma'], kind: 'town', country: 'Syria', within: 'Eastern Ghouta' },
  { name: 'Zamalka', aliases: ['Zamalkah'], kind: 'town', country: 'Syria', within: 'Eastern Ghouta' },
  { name: 'Arbin', aliases: ['Irbin', 'Erbin', 'Arbeen'], kind: 'town', country: 'Syria', within: 'Eastern Ghouta' },
  { name: 'Hamouriyeh', aliases: ['Hamouria', 'Hammouriyeh', 'Hamuriyah', 'Hamoria', 'Hammouriya'], kind: 'town', country: 'Syria', within: 'Eastern Ghouta' },
  { name: 'Kafr Batna', aliases: ['Kafarbatna', 'Kfar Batna', 'Kafr Batnah'], kind: 'town', country: 'Syria', within: 'Eastern Ghouta' },
  { name: 'Saqba', aliases: ['Saqqba', 'Sakba'], kind: 'town', country: 'Syria', within: 'Eastern Ghouta' },
  { name: 'Jisrin', aliases: ['Jisreen', 'Jesrin'], kind: 'town', country: 'Syria', within: 'Eastern Ghouta' },
  { name: 'Mesraba', aliases: ['Misraba', 'Mesrabah'], kind: 'town', country: 'Syria', within: 'Eastern Ghouta' },
  { name: 'Nashabiyeh', aliases: ['al-Nashabiyah', 'Nashabiyah', 'Nashabieh'], kind: 'town', country: 'Syria', within: 'Eastern Ghouta' },
  { name: 'Otaiba', aliases: ['al-Otaiba', 'Oteibah', 'al-Otaybah'], kind: 'town', country: 'Syria', within: 'Eastern Ghouta' },
  { name: 'Wafideen camp', aliases: ['al-Wafideen', 'Wafidin camp', 'Wafideen crossing', 'al-Wafideen crossing'], kind: 'area', country: 'Syria', within: 'Rif Dimashq province' },
  { name: 'Adra', aliases: ['Adraa', 'Adra al-Ummaliya', 'Adra industrial city'], kind: 'town', country: 'Syria', within: 'Rif Dimashq province' },

  // ---- Rif Dimashq: south Damascus, Western Ghouta, Qalamoun and beyond -----------------------
  { name: 'Hajar al-Aswad', aliases: ['al-Hajar al-Aswad', 'Hajjar al-Aswad'], kind: 'town', country: 'Syria', within: 'Rif Dimashq province' },
  { name: 'Yalda', aliases: ['Yelda'], kind: 'town', country: 'Syria', within: 'Rif Dimashq province' },
  { name: 'Sayyida Zeinab', aliases: ['Sayyida Zainab', 'Sayeda Zeinab', 'Sayyida Zaynab', 'Sitt Zeinab'], kind: 'town', country: 'Syria', within: 'Rif Dimashq province' },
  { name: 'Jaramana', aliases: ['Jaramanah', 'Jeramana'], kind: 'town', country: 'Syria', within: 'Rif Dimashq province' },
  { name: 'Daraya', aliases: ['Darayya', 'Daraiya', 'Dariya'], kind: 'town', country: 'Syria', within: 'Western Ghouta' },
  { name: 'Moadamiyeh', aliases: ['Moadamiyet al-Sham', 'Muadamiyat al-Sham', 'Moadamiyat al-Sham', 'Moadamiya', 'Mouadamiyeh', 'Muadhamiyah'], kind: 'town', country: 'Syria', within: 'Western Ghouta' },
  { name: 'Khan al-Shih', aliases: ['Khan Alsheh', 'Khan al-Sheih', 'Khan Elshih', 'Khan al-Shieh'], kind: 'town', country: 'Syria', within: 'Western Ghouta' },
  { name: 'Kisweh', aliases: ['al-Kiswah', 'Kiswah', 'al-Kisweh'], kind: 'town', country: 'Syria', within: 'Rif Dimashq province' },
  { name: 'Ain al-Fijeh', aliases: ['Ain al-Fija', 'Ein al-Fijeh', 'Ain Fijeh', 'Ayn al-Fijah'], kind: 'village', country: 'Syria', within: 'Wadi Barada' },
  { name: 'Zabadani', aliases: ['al-Zabadani', 'Zabadany'], kind: 'town', country: 'Syria', within: 'Rif Dimashq province' },
  { name: 'Madaya', aliases: ['Madhaya'], kind: 'town', country: 'Syria', within: 'Rif Dimashq province' },
  { name: 'Yabroud', aliases: ['Yabrud', 'Yabrod'], kind: 'town', country: 'Syria', within: 'Qalamoun' },
  { name: 'Nabek', aliases: ['al-Nabek', 'An-Nabk', 'Nabk'], kind: 'town', country: 'Syria', within: 'Qalamoun' },
  { name: 'Dumayr airbase', aliases: ['Dmeir airbase', 'Dumair airbase', 'Dumayr military airport', 'Dmeir military airport'], kind: 'area', country: 'Syria', within: 'Rif Dimashq province' },

  // ---- Aleppo city: districts and landmarks ----------------------------------------------------
  { name: 'eastern Aleppo', aliases: ['east Aleppo', 'rebel-held eastern Aleppo', "Aleppo's eastern districts"], kind: 'area', country: 'Syria', within: 'Aleppo' },
  { name: 'western Aleppo', aliases: ['west Aleppo', 'government-held western Aleppo', "Aleppo's western districts"], kind: 'area', country: 'Syria', within: 'Aleppo' },
  { name: 'Aleppo Old City', aliases: ['Old City of Aleppo', 'old Aleppo'], kind: 'area', country: 'Syria', within: 'Aleppo' },
  { name: 'Sheikh Maqsoud', aliases: ['Sheikh Maksoud', 'Sheikh Maqsud', 'Shaikh Maqsoud', 'Sheikh Maqsood', 'Sheikh Maksud'], kind: 'district', country: 'Syria', within: 'Aleppo' },
  { name: 'Castello Road', aliases: ['Castello highway', 'Castello route'], kind: 'area', country: 'Syria', within: 'Aleppo' },
  { name: 'Ramouseh', aliases: ['Ramousa', 'al-Ramouseh', 'Ramosah', 'al-Ramousah'], kind: 'district', country: 'Syria', within: 'Aleppo' },
  { name: 'Bustan al-Qasr', aliases: ['Bustan al-Kasr', 'Boustan al-Qasr'], kind: 'district', country: 'Syria', within: 'Aleppo' },
  { name: 'Salaheddine', aliases: ['Salaheddin', 'Salahuddin', 'Salah al-Din district', 'Salah ad-Din district'], kind: 'district', country: 'Syria', within: 'Aleppo' },
  { name: 'Sukkari', aliases: ['al-Sukkari', 'Sukari', 'Sukkary'], kind: 'district', country: 'Syria', within: 'Aleppo' },
  { name: 'Masaken Hanano', aliases: ['Hanano', 'Masakin Hanano', 'Hanano district'], kind: 'district', country: 'Syria', within: 'Aleppo' },
  { name: 'Shaar', aliases: ['al-Shaar', "al-Sha'ar"], kind: 'district', country: 'Syria', within: 'Aleppo' },
  { name: 'Sakhour', aliases: ['al-Sakhour', 'Sakhur', 'al-Sakhur'], kind: 'district', country: 'Syria', within: 'Aleppo' },
  { name: 'Sheikh Saeed', aliases: ['Sheikh Said', 'al-Sheikh Saeed', 'Shaikh Saeed'], kind: 'district', country: 'Syria', within: 'Aleppo' },
  { name: 'Sheikh Najjar', aliases: ['Sheikh Najjar industrial zone', 'Sheikh Najjar industrial city', 'al-Sheikh Najjar'], kind: 'area', country: 'Syria', within: 'Aleppo' },
  { name: 'Aleppo Central Prison', aliases: ['Aleppo central jail'], kind: 'area', country: 'Syria', within: 'Aleppo' },
  { name: 'Aleppo International Airport', aliases: ['Aleppo airport'], kind: 'area', country: 'Syria', within: 'Aleppo' },

  // ---- Aleppo province ---------------------------------------------------------------------------
  { name: 'Handarat', aliases: ['Handarat camp', 'Hindarat'], kind: 'village', country: 'Syria', within: 'Aleppo province' },
  { name: 'Rashideen', aliases: ['al-Rashideen', 'Rashidin', 'al-Rashidin'], kind: 'area', country: 'Syria', within: 'Aleppo province' },
  { name: 'Khan Touman', aliases: ['Khan Tuman', 'Khan Toman'], kind: 'village', country: 'Syria', within: 'Aleppo province' },
  { name: 'Khan al-Assal', aliases: ['Khan al-Asal', 'Khan Assal'], kind: 'town', country: 'Syria', within: 'Aleppo province' },
  { name: 'al-Eis', aliases: ['al-Ais', 'Tal al-Eis', 'Al Eis'], kind: 'village', country: 'Syria', within: 'Aleppo province' },
  { name: 'Urum al-Kubra', aliases: ['Urem al-Kubra', 'Orum al-Kubra', 'Urm al-Kubra'], kind: 'town', country: 'Syria', within: 'Aleppo province' },
  { name: 'Atarib', aliases: ['al-Atarib', 'Atareb', 'al-Atareb'], kind: 'town', country: 'Syria', within: 'Aleppo province' },
  { name: 'Darat Izza', aliases: ['Daret Azza', 'Daret Izza', 'Darat Azza'], kind: 'town', country: 'Syria', within: 'Aleppo province' },
  { name: 'Nubl', aliases: ['Nubbol', 'Nubul', 'Nebbol'], kind: 'town', country: 'Syria', within: 'Aleppo province' },
  { name: 'Zahraa', aliases: ['al-Zahraa', 'Zahra'], kind: 'town', country: 'Syria', within: 'Aleppo province' },
  { name: 'Tal Rifaat', aliases: ['Tel Rifaat', 'Tell Rifaat', 'Tall Rifat', 'Tal Rifat'], kind: 'town', country: 'Syria', within: 'Aleppo province' },
  { name: 'Marea', aliases: ["Mare'", "Mare'a"], kind: 'town', country: 'Syria', within: 'Aleppo province' },
  { name: 'Dabiq', aliases: ['Dabeq'], kind: 'village', country: 'Syria', within: 'Aleppo province' },
  { name: 'al-Rai', aliases: ["al-Ra'i", 'Al Rai', 'Chobanbey'], kind: 'town', country: 'Syria', within: 'Aleppo province' },
  { name: 'Deir Hafer', aliases: ['Dayr Hafir', 'Deir Hafir'], kind: 'town', country: 'Syria', within: 'Aleppo province' },
  { name: 'Jandairis', aliases: ['Jinderes', 'Jindires', 'Jandaris', 'Jinderis'], kind: 'town', country: 'Syria', within: 'Aleppo province' },
  { name: 'Kuweires airbase', aliases: ['Kweires airbase', 'Kuwairis airbase', 'Kweiris military airport', 'Kuweires military airport'], kind: 'area', country: 'Syria', within: 'Aleppo province' },
  { name: 'Menagh airbase', aliases: ['Minakh airbase', 'Menagh military airport', 'Mennagh airbase'], kind: 'area', country: 'Syria', within: 'Aleppo province' },
  { name: 'Bab al-Salama crossing', aliases: ['Bab al-Salameh crossing', 'Bab al-Salam crossing', 'Bab al-Salama border crossing', 'Bab al-Salama'], kind: 'area', country: 'Syria', within: 'Aleppo province' },
  { name: 'Tishrin Dam', aliases: ['Tishreen Dam'], kind: 'area', country: 'Syria', within: 'Aleppo province' },

  // ---- Homs city and province --------------------------------------------------------------------
  { name: 'Baba Amr', aliases: ['Baba Amro', 'Bab Amr'], kind: 'district', country: 'Syria', within: 'Homs' },
  { name: 'Khalidiya', aliases: ['al-Khalidiyeh', 'Khaldiyeh', 'Khalidiyah', 'al-Khalidiya'], kind: 'district', country: 'Syria', within: 'Homs' },
  { name: 'Waer', aliases: ['al-Waer', "al-Wa'er", "Wa'er", 'al-Wair'], kind: 'district', country: 'Syria', within: 'Homs' },
  { name: 'Homs Old City', aliases: ['Old City of Homs', 'Old Homs'], kind: 'area', country: 'Syria', within: 'Homs' },
  { name: 'Akrama', aliases: ['Akrameh', 'Ekremah', 'Ikrimah', 'Akrama district'], kind: 'district', country: 'Syria', within: 'Homs' },
  { name: 'Qusayr', aliases: ['al-Qusayr', 'Qusair', 'al-Qusair', 'Qussair', 'Qseir'], kind: 'town', country: 'Syria', within: 'Homs province' },
  { name: 'Rastan', aliases: ['al-Rastan', 'Ar-Rastan', 'Al Rastan'], kind: 'town', country: 'Syria', within: 'Homs province' },
  { name: 'Talbiseh', aliases: ['Talbisah', 'Talbisa', 'Tal Biseh'], kind: 'town', country: 'Syria', within: 'Homs province' },
  { name: 'Houla', aliases: ['al-Houla', 'Hula', 'al-Hula'], kind: 'area', country: 'Syria', within: 'Homs province' },
  { name: 'Taldou', aliases: ['Taldo', 'Tal Dou'], kind: 'town', country: 'Syria', within: 'Houla' },
  { name: 'Tal Kalakh', aliases: ['Tell Kalakh', 'Talkalakh', 'Tall Kalakh'], kind: 'town', country: 'Syria', within: 'Homs province' },
  { name: 'Qaryatayn', aliases: ['al-Qaryatayn', 'Qaryatain', 'al-Qaryatain'], kind: 'town', country: 'Syria', within: 'Homs province' },
  { name: 'Sukhnah', aliases: ['al-Sukhnah', 'Sukhna', 'al-Sukhna'], kind: 'town', country: 'Syria', within: 'Homs province' },
  { name: 'Shaer gas field', aliases: ['al-Shaer gas field', "Sha'er gas field", 'Shaer field', 'al-Shaer'], kind: 'area', country: 'Syria', within: 'Homs province' },
  { name: 'Krak des Chevaliers', aliases: ['Crac des Chevaliers', 'Qalaat al-Hosn', "Qal'at al-Hosn"], kind: 'area', country: 'Syria', within: 'Homs province' },
  { name: 'Shayrat airbase', aliases: ['Shayrat', 'Shairat airbase', 'Shayrat air base', 'al-Shayrat', 'Shayrat military airport'], kind: 'area', country: 'Syria', within: 'Homs province' },
  { name: 'T4 airbase', aliases: ['T4', 'T-4', 'T-4 airbase', 'Tiyas airbase', 'Tiyas', 'Tayfur airbase'], kind: 'area', country: 'Syria', within: 'Homs province' },
  { name: 'al-Tanf', aliases: ['Tanf', 'al-Tanaf', 'At-Tanf', 'Tanf base', 'al-Tanf garrison'], kind: 'area', country: 'Syria', within: 'Homs province' },
  { name: 'Rukban camp', aliases: ['Rukban', 'al-Rukban', 'Rukban refugee camp'], kind: 'area', country: 'Syria', within: 'Homs province' },

  // ---- Hama province: city and 2015-2019 frontline towns --------------------------------------------
  { name: 'Hama airbase', aliases: ['Hama military airport', 'Hama air base'], kind: 'area', country: 'Syria', within: 'Hama' },
  { name: 'Soran', aliases: ['Suran', 'Souran'], kind: 'town', country: 'Syria', within: 'Hama province' },
  { name: 'Khattab', aliases: [], kind: 'village', country: 'Syria', within: 'Hama province' },
  { name: 'Taibat al-Imam', aliases: ['Taybat al-Imam', 'Tayyibat al-Imam', 'Tibet al-Imam', 'Taibet al-Imam'], kind: 'town', country: 'Syria', within: 'Hama province' },
  { name: 'Halfaya', aliases: ['Halfayah', 'Halfaiya', 'Helfaya'], kind: 'town', country: 'Syria', within: 'Hama province' },
  { name: 'Maardes', aliases: ["Ma'ardes", 'Maardas', 'Maardis'], kind: 'village', country: 'Syria', within: 'Hama province' },
  { name: 'Mhardeh', aliases: ['Mahardah', 'Muhradah', 'Mharda', 'Mhardah'], kind: 'town', country: 'Syria', within: 'Hama province' },
  { name: 'Suqaylabiyah', aliases: ['Suqaylibiyah', 'al-Suqaylabiyah', 'Squalbiyeh', 'Sqilbiyeh', 'Skeilbiyeh'], kind: 'town', country: 'Syria', within: 'Hama province' },
  { name: 'Morek', aliases: ['Mork', 'Murak', 'Mourek'], kind: 'town', country: 'Syria', within: 'Hama province' },
  { name: 'Kafr Zita', aliases: ['Kafr Zeita', 'Kafrzita', 'Kfar Zita', 'Kafr Zayta'], kind: 'town', country: 'Syria', within: 'Hama province' },
  { name: 'Latamneh', aliases: ['Lataminah', 'al-Lataminah', 'al-Latamneh', 'Latamna', 'al-Latamna'], kind: 'town', country: 'Syria', within: 'Hama province' },
  { name: 'Qalaat al-Madiq', aliases: ['Qalat al-Madiq', "Qal'at al-Madiq", 'Qalaat al-Mudiq', 'Qalaat al-Madheeq'], kind: 'town', country: 'Syria', within: 'Hama province' },
  { name: 'Kafr Nabudah', aliases: ['Kafr Nabuda', 'Kafrnabuda', 'Kfar Nabuda', 'Kafr Naboudeh'], kind: 'village', country: 'Syria', within: 'Hama province' },
  { name: 'Tremseh', aliases: ['al-Tremseh', 'Tremsa', 'Treimseh', 'Tramseh'], kind: 'village', country: 'Syria', within: 'Hama province' },
  { name: 'Karnaz', aliases: ['Kernaz', 'Kirnaz'], kind: 'village', country: 'Syria', within: 'Hama province' },
  { name: 'Zalaqiyat', aliases: ['Zalakiyat', 'al-Zalaqiyat', 'Zalaqiyyat'], kind: 'village', country: 'Syria', within: 'Hama province' },
  { name: 'Lahaya', aliases: ['Lahaia', 'al-Lahaya'], kind: 'village', country: 'Syria', within: 'Hama province' },
  { name: 'Hamamiyat', aliases: ['al-Hamamiyat', 'Hamamiat'], kind: 'village', country: 'Syria', within: 'Hama province' },
  { name: 'Aqirbat', aliases: ['Uqayribat', 'Aqarbat', 'Oqeirbat'], kind: 'town', country: 'Syria', within: 'Hama province' },
  { name: 'Ithriya', aliases: ['Athriya', 'Ithriyah', 'Athria'], kind: 'village', country: 'Syria', within: 'Hama province' },

  // ---- Idlib province ----------------------------------------------------------------------------------
  { name: 'Ariha', aliases: ['Areeha', 'Arihah'], kind: 'town', country: 'Syria', within: 'Idlib province' },
  { name: 'Sarmada', aliases: ['Sarmadah'], kind: 'town', country: 'Syria', within: 'Idlib province' },
  { name: 'Binnish', aliases: ['Binish', 'Benesh'], kind: 'town', country: 'Syria', within: 'Idlib province' },
  { name: 'Taftanaz', aliases: [], kind: 'town', country: 'Syria', within: 'Idlib province' },
  { name: 'Maarat Misrin', aliases: ['Maarrat Misrin', 'Maaret Misrin', 'Maarat Masrin'], kind: 'town', country: 'Syria', within: 'Idlib province' },
  { name: 'Kafr Nabl', aliases: ['Kafranbel', 'Kafr Nabel', 'Kafrnabel', 'Kafr Nubl'], kind: 'town', country: 'Syria', within: 'Idlib province' },
  { name: 'Harem', aliases: ['Harim'], kind: 'town', country: 'Syria', within: 'Idlib province' },
  { name: 'Atmeh', aliases: ['Atma'], kind: 'town', country: 'Syria', within: 'Idlib province' },
  { name: 'Salqin', aliases: ['Salqeen', 'Salkin'], kind: 'town', country: 'Syria', within: 'Idlib province' },
  { name: 'Darkoush', aliases: ['Darkush', 'Darkosh'], kind: 'town', country: 'Syria', within: 'Idlib province' },
  { name: 'Kafr Takharim', aliases: ['Kafr Takhareem', 'Kafartakharim'], kind: 'town', country: 'Syria', within: 'Idlib province' },
  { name: 'Abu al-Duhur', aliases: ['Abu Duhur', 'Abu al-Dhuhur', 'Abu al-Zuhur', 'Abu Dhuhur'], kind: 'town', country: 'Syria', within: 'Idlib province' },
  { name: 'Abu al-Duhur airbase', aliases: ['Abu al-Duhur military airport', 'Abu Duhur airbase', 'Abu Dhuhur airbase', 'Abu al-Zuhur airbase'], kind: 'area', country: 'Syria', within: 'Idlib province' },
  { name: 'Tamanah', aliases: ['al-Tamanah', 'Tamanaa', 'al-Tamanaa', 'al-Tamaniah'], kind: 'town', country: 'Syria', within: 'Idlib province' },
  { name: 'Hish', aliases: ['al-Hish', 'Heish'], kind: 'village', country: 'Syria', within: 'Idlib province' },
  { name: 'Balyun', aliases: ['Balioun', 'Balyoun', 'Baliyun'], kind: 'village', country: 'Syria', within: 'Jabal al-Zawiya' },
  { name: 'al-Bara', aliases: ['Al Bara', 'al-Barah'], kind: 'village', country: 'Syria', within: 'Jabal al-Zawiya' },
  { name: 'Fuaa', aliases: ['al-Fuaa', 'Foua', 'al-Fouaa', "al-Fu'ah"], kind: 'town', country: 'Syria', within: 'Idlib province' },
  { name: 'Kefraya', aliases: ['Kafraya', 'Kfarya', 'Kafarya'], kind: 'town', country: 'Syria', within: 'Idlib province' },
  { name: 'Wadi Deif', aliases: ['Wadi al-Deif', 'Wadi Daif', 'Wadi al-Dayf', 'Wadi al-Deif base'], kind: 'area', country: 'Syria', within: 'Idlib province' },
  { name: 'Bab al-Hawa crossing', aliases: ['Bab al-Hawa', 'Bab al-Hawa border crossing', 'Bab el-Hawa'], kind: 'area', country: 'Syria', within: 'Idlib province' },

  // ---- Latakia and Tartus provinces ------------------------------------------------------------------
  { name: 'Kessab', aliases: ['Kasab', 'Kassab', 'Kesab'], kind: 'town', country: 'Syria', within: 'Latakia province' },
  { name: 'Salma', aliases: [], kind: 'town', country: 'Syria', within: 'Jabal al-Akrad' },
  { name: 'Kabani', aliases: ['Kabana', 'Kbaneh', 'Kabbani'], kind: 'village', country: 'Syria', within: 'Jabal al-Akrad' },
  { name: 'Rabia', aliases: ["Rabi'a", 'Rabiaa', 'Rabiya'], kind: 'town', country: 'Syria', within: 'Jabal al-Turkman' },
  { name: 'Hmeimim airbase', aliases: ['Hmeimim', 'Khmeimim', 'Hmeymim', 'Hmeimim air base', 'Khmeimim air base', 'Hmeimim airport'], kind: 'area', country: 'Syria', within: 'Latakia province' },
  { name: 'al-Bayda', aliases: ['Bayda', 'al-Baida'], kind: 'village', country: 'Syria', within: 'Tartus province' },

  // ---- Daraa, Suwayda and Quneitra provinces --------------------------------------------------------
  { name: 'Daraa al-Balad', aliases: ['Deraa al-Balad', "Dara'a al-Balad"], kind: 'district', country: 'Syria', within: 'Daraa' },
  { name: 'Manshiyeh', aliases: ['al-Manshiyeh', 'Manshiyah', 'al-Manshiya'], kind: 'district', country: 'Syria', within: 'Daraa' },
  { name: 'Bosra', aliases: ['Busra al-Sham', 'Bosra al-Sham', 'Busra ash-Sham', 'Busra'], kind: 'town', country: 'Syria', within: 'Daraa province' },
  { name: 'Busra al-Harir', aliases: ['Bosra al-Harir', 'Busra al-Hariri'], kind: 'town', country: 'Syria', within: 'Daraa province' },
  { name: 'Nawa', aliases: [], kind: 'city', country: 'Syria', within: 'Daraa province' },
  { name: 'Jasim', aliases: ['Jassem', 'Jasem'], kind: 'town', country: 'Syria', within: 'Daraa province' },
  { name: 'Sheikh Maskin', aliases: ['Sheikh Miskeen', 'Shaykh Maskin', 'Sheikh Miskin', 'al-Sheikh Maskin'], kind: 'town', country: 'Syria', within: 'Daraa province' },
  { name: 'Tafas', aliases: ['Tafs'], kind: 'town', country: 'Syria', within: 'Daraa province' },
  { name: 'Izraa', aliases: ['Izra', "Izra'", 'Ezraa'], kind: 'town', country: 'Syria', within: 'Daraa province' },
  { name: 'Hirak', aliases: ['al-Hrak', 'Hrak', 'al-Harak', 'al-Hirak'], kind: 'town', country: 'Syria', within: 'Daraa province' },
  { name: 'Sanamayn', aliases: ['al-Sanamayn', 'Sanamein', 'al-Sanamein'], kind: 'town', country: 'Syria', within: 'Daraa province' },
  { name: 'Nasib crossing', aliases: ['Nassib crossing', 'Nasib border crossing', 'Nassib border crossing', 'Naseeb crossing'], kind: 'area', country: 'Syria', within: 'Daraa province' },
  { name: 'Shahba', aliases: ['Shahbaa', 'Shahbah'], kind: 'town', country: 'Syria', within: 'Suwayda province' },
  { name: 'Salkhad', aliases: ['Salkhed'], kind: 'town', country: 'Syria', within: 'Suwayda province' },
  { name: 'Baath City', aliases: ['Madinat al-Baath', 'al-Baath city'], kind: 'town', country: 'Syria', within: 'Quneitra province' },
  { name: 'Hadar', aliases: ['Hadr', 'Khadr'], kind: 'village', country: 'Syria', within: 'Quneitra province' },

  // ---- Raqqa province ----------------------------------------------------------------------------------
  { name: 'Ain Issa', aliases: ['Ain Eissa', 'Ayn Issa', 'Ain Isa', 'Ein Issa'], kind: 'town', country: 'Syria', within: 'Raqqa province' },
  { name: 'Suluk', aliases: ['Sluk', 'Saluk', 'Sluq'], kind: 'town', country: 'Syria', within: 'Raqqa province' },
  { name: 'Maadan', aliases: ["Ma'adan"], kind: 'town', country: 'Syria', within: 'Raqqa province' },
  { name: 'Tabqa Dam', aliases: ['Euphrates Dam', 'al-Thawra Dam', 'Thawra Dam'], kind: 'area', country: 'Syria', within: 'Raqqa province' },
  { name: 'Tabqa airbase', aliases: ['Tabqa military airport', 'Tabqa airport', 'Tabqa air base'], kind: 'area', country: 'Syria', within: 'Raqqa province' },
  { name: 'Division 17 base', aliases: ['Division 17', '17th Division base'], kind: 'area', country: 'Syria', within: 'Raqqa province' },

  // ---- Deir ez-Zor province --------------------------------------------------------------------------
  { name: 'Deir ez-Zor airport', aliases: ['Deir ez-Zor airbase', 'Deir ez-Zor military airport', 'Deir al-Zor airport', 'Deir al-Zor military airport'], kind: 'area', country: 'Syria', within: 'Deir ez-Zor' },
  { name: 'Thardah mountains', aliases: ['Jabal Tharda', 'Tharda mountain', 'al-Thardah mountains', 'Jabal al-Thardah'], kind: 'area', country: 'Syria', within: 'Deir ez-Zor province' },
  { name: 'Hajin', aliases: ['Hajeen', 'Hajjin'], kind: 'town', country: 'Syria', within: 'Deir ez-Zor province' },
  { name: 'Baghouz', aliases: ['al-Baghouz', 'Baghuz', 'al-Baghuz', 'Baghouz Fawqani'], kind: 'village', country: 'Syria', within: 'Deir ez-Zor province' },
  { name: 'Shuhayl', aliases: ['Shuheil', 'Shuhail', 'al-Shuhayl'], kind: 'town', country: 'Syria', within: 'Deir ez-Zor province' },
  { name: 'Busayrah', aliases: ['al-Busayrah', 'Busaira', 'Busayra'], kind: 'town', country: 'Syria', within: 'Deir ez-Zor province' },
  { name: 'Muhassan', aliases: ['al-Mouhassan', 'Mohassan', 'al-Muhassan'], kind: 'town', country: 'Syria', within: 'Deir ez-Zor province' },
  { name: 'Khasham', aliases: ['Khusham', 'Khesham'], kind: 'village', country: 'Syria', within: 'Deir ez-Zor province' },
  { name: 'al-Omar oil field', aliases: ['Omar oil field', 'al-Omar field', 'al-Omar oilfield'], kind: 'area', country: 'Syria', within: 'Deir ez-Zor province' },
  { name: 'Conoco gas field', aliases: ['Conoco field', 'Conoco gas plant', 'Conoco plant'], kind: 'area', country: 'Syria', within: 'Deir ez-Zor province' },

  // ---- Hasaka province ---------------------------------------------------------------------------------
  { name: 'Amuda', aliases: ['Amude', 'Amouda', 'Amudah'], kind: 'town', country: 'Syria', within: 'Hasaka province' },
  { name: 'Derik', aliases: ['al-Malikiyah', 'Malikiya', 'Dayrik', 'al-Malikiya'], kind: 'town', country: 'Syria', within: 'Hasaka province' },
  { name: 'Shaddadi', aliases: ['al-Shaddadi', 'Shaddadeh', 'al-Shadadi', 'Shadadi'], kind: 'town', country: 'Syria', within: 'Hasaka province' },
  { name: 'Tal Tamr', aliases: ['Tel Tamr', 'Tall Tamr', 'Tell Tamer'], kind: 'town', country: 'Syria', within: 'Hasaka province' },
  { name: 'Rmeilan', aliases: ['Rumeilan', 'Rmelan'], kind: 'town', country: 'Syria', within: 'Hasaka province' },
  { name: 'Markada', aliases: ['Markadeh', 'al-Markada'], kind: 'town', country: 'Syria', within: 'Hasaka province' },
  { name: 'al-Hol camp', aliases: ['al-Hol', 'al-Hawl', 'al-Hawl camp', 'Hol camp'], kind: 'area', country: 'Syria', within: 'Hasaka province' },
  { name: 'Semalka crossing', aliases: ['Simalka crossing', 'Semalka'], kind: 'area', country: 'Syria', within: 'Hasaka province' },
];

/**
 * Syrian places (governorates, regions, cities, towns, districts, bases and crossings) as English
 * war reporting names them, 2011-2020, with their transliteration variants. Deep-frozen.
 * @example
 * import { SYRIA_PLACES } from './places-syria.js';
 * const byAlias = new Map(SYRIA_PLACES.flatMap((p) => [p.name, ...p.aliases].map((a) => [a.toLowerCase(), p] as const)));
 * byAlias.get('qaboun')?.name;   // 'Qabun'
 * byAlias.get('qaboun')?.within; // 'Damascus'
 */
export const SYRIA_PLACES: readonly PlaceEntry[] = Object.freeze(
  PLACES.map((p) => Object.freeze({ ...p, aliases: Object.freeze([...p.aliases]) })),
);
