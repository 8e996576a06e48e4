/**
 * What an attack hit, as wire reports name it: civilians and civilian sites, combatants, and
 * military targets. The comparison reads them to find the commonest disagreement of war reporting:
 * one side's "the strike on the market killed 18 civilians" against the other's "it hit only
 * military targets" or "there were no civilian casualties".
 *
 * Where it comes from: the categories of civilian harm of ACLED ("violence against civilians",
 * "attack on civilians") and of Airwars' civilian-harm assessments (civilian objects: homes,
 * markets, hospitals, schools, places of worship, shelters), and the words by which militaries
 * describe a strike's target in their statements (CENTCOM, the Russian and Israeli defence
 * ministries, the Myanmar junta: "military targets", "a terrorist training camp", "a temporary
 * deployment point", "radar sites and weapons storage facilities", "an armed extremist gathering").
 * @module
 */

/**
 * What a target word names: people who are no combatants, a civilian place, combatants, a military
 * target, a word that makes the next target noun a hostile one ("terrorist", "extremist"), or
 * such a target noun ("camp", "gathering", "positions").
 * @example
 * const c: TargetClass = 'civilian-site';
 */
export type TargetClass = 'civilian' | 'civilian-site' | 'combatant' | 'military-site' | 'hostile' | 'target-noun';

/**
 * The classes of target words.
 * @example
 * TARGET_CLASSES.includes('military-site'); // true
 */
export const TARGET_CLASSES: readonly TargetClass[] = Object.freeze(['civilian', 'civilian-site', 'combatant', 'military-site', 'hostile', 'target-noun']);

const entries = (cls: TargetClass, phrases: string): [string, TargetClass][] => phrases.split(',').map((p) => [p.trim(), cls]);

/**
 * Target words (lower-case phrases) and their class. A `hostile` word followed, within two words,
 * by a `target-noun` names a military target ("terrorist training camp", "armed extremist
 * gathering"); a target noun alone names nothing ("a wedding gathering", "a camp for the displaced").
 * @example
 * TARGET_WORDS['apartment building']; // 'civilian-site'
 * TARGET_WORDS['deployment point']; // 'military-site'
 */
export const TARGET_WORDS: Readonly<Record<string, TargetClass>> = Object.freeze(Object.fromEntries([
  ...entries('civilian', 'civilian, civilians, child, children, infant, infants, baby, babies, schoolchildren, woman, women, girl, girls, boy, boys, '
    + 'resident, residents, villager, villagers, pensioner, pensioners, family, families, elderly, worshipper, worshippers, shopper, shoppers, '
    + 'patient, patients, student, students, pupil, pupils, journalist, journalists, reporter, reporters, aid worker, aid workers, '
    + 'worker, workers, medics, paramedics, doctors, nurses, farmer, farmers, fishermen, passenger, passengers, pilgrim, pilgrims, '
    + 'refugee, refugees, displaced, monks, nuns, mourners, wedding guests, noncombatants, non combatants'),
  ...entries('civilian-site', 'market, markets, marketplace, livestock market, hospital, hospitals, clinic, clinics, health centre, health center, '
    + 'school, schools, kindergarten, university, apartment building, apartment buildings, apartment block, apartment blocks, residential, '
    + 'home, homes, house, houses, mosque, mosques, church, churches, monastery, temple, bakery, bakeries, shelter, shelters, '
    + 'displacement camp, refugee camp, camp for displaced, camp for the displaced, water station, power station, wedding, funeral, '
    + 'petrol station, gas station, fuel station, convenience store, shop, shops, store, stores, shopping centre, shopping mall, supermarket, '
    + 'restaurant, cafe, hotel, bus station, railway station, train station, safe zone, safety zone, no-fire zone'),
  ...entries('combatant', 'soldier, soldiers, troops, servicemen, fighter, fighters, '
    + 'militiamen, militia fighters, gunmen, jihadists, mercenaries, combatants, recruits, conscripts'),
  ...entries('military-site', 'military target, military targets, military objects, military object, military facility, military facilities, '
    + 'military installations, military infrastructure, military sites, military site, military positions, military base, military bases, '
    + 'deployment point, deployment points, command post, command posts, command centre, command center, '
    + 'radar site, radar sites, radar, weapons storage, weapons depot, weapons depots, ammunition depot, arms depot, arms depots, '
    + 'training camp, launch site, launch sites, launchers, missile launchers, drone launch, military airfield, barracks, '
    + 'military vehicles, military vehicle, armoured vehicles, armored vehicles, tanks, military convoy, military convoys'),
  // (a hostile word that qualifies no target noun names combatants: "12 militants were killed")
  ...entries('hostile', 'terrorist, terrorists, militant, militants, extremist, extremists, jihadist, insurgent, insurgents, rebel, rebels, enemy, armed'),
  ...entries('target-noun', 'camp, camps, gathering, gatherings, position, positions, base, bases, hideout, hideouts, target, targets, '
    + 'vehicle, vehicles, convoy, convoys, column, columns, '
    + 'elements, facilities, sites, depot, headquarters, stronghold, strongholds, concentration, concentrations, cell, cells, den, dens'),
]));

/**
 * Words for one kind of thing hit or lost, by the word that covers them: "denied losing any
 * aircraft" covers "shot down an army helicopter", "burned any homes" covers "burned 150 houses".
 *
 * Where it comes from: WordNet's hypernyms of the nouns war reports use for what was hit or lost
 * (aircraft: helicopter, plane, jet, warplane, drone; house: home, dwelling), kept to those a
 * denial names as a class.
 * @example
 * TARGET_HYPERNYMS.helicopter; // 'aircraft'
 */
export const TARGET_HYPERNYMS: Readonly<Record<string, string>> = Object.freeze(Object.fromEntries([
  ...['aircraft', 'helicopter', 'helicopters', 'plane', 'planes', 'jet', 'jets', 'warplane', 'warplanes', 'drone', 'drones', 'gunship', 'gunships'].map((w) => [w, 'aircraft']),
  ...['house', 'houses', 'home', 'homes', 'dwelling', 'dwellings'].map((w) => [w, 'house']),
]));
