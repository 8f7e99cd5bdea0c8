import type { Region } from "./regions.ts";
import { type VocabularyEntry, vocabulary } from "./vocabulary.ts";

/** A local authority as the register codes it (`LA (code)`), with the region it lies in. */
export interface LocalAuthority {
  readonly code: string;
  readonly name: string;
  readonly region: Region;
}

/**
 * The 153 local authorities of England in the register, with their current codes (after the
 * 2019–2023 reorganisations: 838 Dorset, 839 Bournemouth, Christchurch and Poole, 940 North and
 * 941 West Northamptonshire, 942 Cumberland, 943 Westmorland and Furness, and the unitary 815
 * North Yorkshire and 933 Somerset). Grouped by region, in code order within each region.
 */
export const localAuthorityList: readonly [LocalAuthority, ...LocalAuthority[]] = [
  // North East (A)
  { code: "390", name: "Gateshead", region: "NORTH_EAST" },
  { code: "391", name: "Newcastle upon Tyne", region: "NORTH_EAST" },
  { code: "392", name: "North Tyneside", region: "NORTH_EAST" },
  { code: "393", name: "South Tyneside", region: "NORTH_EAST" },
  { code: "394", name: "Sunderland", region: "NORTH_EAST" },
  { code: "805", name: "Hartlepool", region: "NORTH_EAST" },
  { code: "806", name: "Middlesbrough", region: "NORTH_EAST" },
  { code: "807", name: "Redcar and Cleveland", region: "NORTH_EAST" },
  { code: "808", name: "Stockton-on-Tees", region: "NORTH_EAST" },
  { code: "840", name: "County Durham", region: "NORTH_EAST" },
  { code: "841", name: "Darlington", region: "NORTH_EAST" },
  { code: "929", name: "Northumberland", region: "NORTH_EAST" },
  // North West (B)
  { code: "340", name: "Knowsley", region: "NORTH_WEST" },
  { code: "341", name: "Liverpool", region: "NORTH_WEST" },
  { code: "342", name: "St. Helens", region: "NORTH_WEST" },
  { code: "343", name: "Sefton", region: "NORTH_WEST" },
  { code: "344", name: "Wirral", region: "NORTH_WEST" },
  { code: "350", name: "Bolton", region: "NORTH_WEST" },
  { code: "351", name: "Bury", region: "NORTH_WEST" },
  { code: "352", name: "Manchester", region: "NORTH_WEST" },
  { code: "353", name: "Oldham", region: "NORTH_WEST" },
  { code: "354", name: "Rochdale", region: "NORTH_WEST" },
  { code: "355", name: "Salford", region: "NORTH_WEST" },
  { code: "356", name: "Stockport", region: "NORTH_WEST" },
  { code: "357", name: "Tameside", region: "NORTH_WEST" },
  { code: "358", name: "Trafford", region: "NORTH_WEST" },
  { code: "359", name: "Wigan", region: "NORTH_WEST" },
  { code: "876", name: "Halton", region: "NORTH_WEST" },
  { code: "877", name: "Warrington", region: "NORTH_WEST" },
  { code: "888", name: "Lancashire", region: "NORTH_WEST" },
  { code: "889", name: "Blackburn with Darwen", region: "NORTH_WEST" },
  { code: "890", name: "Blackpool", region: "NORTH_WEST" },
  { code: "895", name: "Cheshire East", region: "NORTH_WEST" },
  { code: "896", name: "Cheshire West and Chester", region: "NORTH_WEST" },
  { code: "942", name: "Cumberland", region: "NORTH_WEST" },
  { code: "943", name: "Westmorland and Furness", region: "NORTH_WEST" },
  // Yorkshire and the Humber (D)
  { code: "370", name: "Barnsley", region: "YORKSHIRE_AND_THE_HUMBER" },
  { code: "371", name: "Doncaster", region: "YORKSHIRE_AND_THE_HUMBER" },
  { code: "372", name: "Rotherham", region: "YORKSHIRE_AND_THE_HUMBER" },
  { code: "373", name: "Sheffield", region: "YORKSHIRE_AND_THE_HUMBER" },
  { code: "380", name: "Bradford", region: "YORKSHIRE_AND_THE_HUMBER" },
  { code: "381", name: "Calderdale", region: "YORKSHIRE_AND_THE_HUMBER" },
  { code: "382", name: "Kirklees", region: "YORKSHIRE_AND_THE_HUMBER" },
  { code: "383", name: "Leeds", region: "YORKSHIRE_AND_THE_HUMBER" },
  { code: "384", name: "Wakefield", region: "YORKSHIRE_AND_THE_HUMBER" },
  { code: "810", name: "Kingston upon Hull, City of", region: "YORKSHIRE_AND_THE_HUMBER" },
  { code: "811", name: "East Riding of Yorkshire", region: "YORKSHIRE_AND_THE_HUMBER" },
  { code: "812", name: "North East Lincolnshire", region: "YORKSHIRE_AND_THE_HUMBER" },
  { code: "813", name: "North Lincolnshire", region: "YORKSHIRE_AND_THE_HUMBER" },
  { code: "815", name: "North Yorkshire", region: "YORKSHIRE_AND_THE_HUMBER" },
  { code: "816", name: "York", region: "YORKSHIRE_AND_THE_HUMBER" },
  // East Midlands (E)
  { code: "830", name: "Derbyshire", region: "EAST_MIDLANDS" },
  { code: "831", name: "Derby", region: "EAST_MIDLANDS" },
  { code: "855", name: "Leicestershire", region: "EAST_MIDLANDS" },
  { code: "856", name: "Leicester", region: "EAST_MIDLANDS" },
  { code: "857", name: "Rutland", region: "EAST_MIDLANDS" },
  { code: "891", name: "Nottinghamshire", region: "EAST_MIDLANDS" },
  { code: "892", name: "Nottingham", region: "EAST_MIDLANDS" },
  { code: "925", name: "Lincolnshire", region: "EAST_MIDLANDS" },
  { code: "940", name: "North Northamptonshire", region: "EAST_MIDLANDS" },
  { code: "941", name: "West Northamptonshire", region: "EAST_MIDLANDS" },
  // West Midlands (F)
  { code: "330", name: "Birmingham", region: "WEST_MIDLANDS" },
  { code: "331", name: "Coventry", region: "WEST_MIDLANDS" },
  { code: "332", name: "Dudley", region: "WEST_MIDLANDS" },
  { code: "333", name: "Sandwell", region: "WEST_MIDLANDS" },
  { code: "334", name: "Solihull", region: "WEST_MIDLANDS" },
  { code: "335", name: "Walsall", region: "WEST_MIDLANDS" },
  { code: "336", name: "Wolverhampton", region: "WEST_MIDLANDS" },
  { code: "860", name: "Staffordshire", region: "WEST_MIDLANDS" },
  { code: "861", name: "Stoke-on-Trent", region: "WEST_MIDLANDS" },
  { code: "884", name: "Herefordshire, County of", region: "WEST_MIDLANDS" },
  { code: "885", name: "Worcestershire", region: "WEST_MIDLANDS" },
  { code: "893", name: "Shropshire", region: "WEST_MIDLANDS" },
  { code: "894", name: "Telford and Wrekin", region: "WEST_MIDLANDS" },
  { code: "937", name: "Warwickshire", region: "WEST_MIDLANDS" },
  // East of England (G)
  { code: "820", name: "Bedford", region: "EAST_OF_ENGLAND" },
  { code: "821", name: "Luton", region: "EAST_OF_ENGLAND" },
  { code: "822", name: "Central Bedfordshire", region: "EAST_OF_ENGLAND" },
  { code: "873", name: "Cambridgeshire", region: "EAST_OF_ENGLAND" },
  { code: "874", name: "Peterborough", region: "EAST_OF_ENGLAND" },
  { code: "881", name: "Essex", region: "EAST_OF_ENGLAND" },
  { code: "882", name: "Southend-on-Sea", region: "EAST_OF_ENGLAND" },
  { code: "883", name: "Thurrock", region: "EAST_OF_ENGLAND" },
  { code: "919", name: "Hertfordshire", region: "EAST_OF_ENGLAND" },
  { code: "926", name: "Norfolk", region: "EAST_OF_ENGLAND" },
  { code: "935", name: "Suffolk", region: "EAST_OF_ENGLAND" },
  // London (H)
  { code: "201", name: "City of London", region: "LONDON" },
  { code: "202", name: "Camden", region: "LONDON" },
  { code: "203", name: "Greenwich", region: "LONDON" },
  { code: "204", name: "Hackney", region: "LONDON" },
  { code: "205", name: "Hammersmith and Fulham", region: "LONDON" },
  { code: "206", name: "Islington", region: "LONDON" },
  { code: "207", name: "Kensington and Chelsea", region: "LONDON" },
  { code: "208", name: "Lambeth", region: "LONDON" },
  { code: "209", name: "Lewisham", region: "LONDON" },
  { code: "210", name: "Southwark", region: "LONDON" },
  { code: "211", name: "Tower Hamlets", region: "LONDON" },
  { code: "212", name: "Wandsworth", region: "LONDON" },
  { code: "213", name: "Westminster", region: "LONDON" },
  { code: "301", name: "Barking and Dagenham", region: "LONDON" },
  { code: "302", name: "Barnet", region: "LONDON" },
  { code: "303", name: "Bexley", region: "LONDON" },
  { code: "304", name: "Brent", region: "LONDON" },
  { code: "305", name: "Bromley", region: "LONDON" },
  { code: "306", name: "Croydon", region: "LONDON" },
  { code: "307", name: "Ealing", region: "LONDON" },
  { code: "308", name: "Enfield", region: "LONDON" },
  { code: "309", name: "Haringey", region: "LONDON" },
  { code: "310", name: "Harrow", region: "LONDON" },
  { code: "311", name: "Havering", region: "LONDON" },
  { code: "312", name: "Hillingdon", region: "LONDON" },
  { code: "313", name: "Hounslow", region: "LONDON" },
  { code: "314", name: "Kingston upon Thames", region: "LONDON" },
  { code: "315", name: "Merton", region: "LONDON" },
  { code: "316", name: "Newham", region: "LONDON" },
  { code: "317", name: "Redbridge", region: "LONDON" },
  { code: "318", name: "Richmond upon Thames", region: "LONDON" },
  { code: "319", name: "Sutton", region: "LONDON" },
  { code: "320", name: "Waltham Forest", region: "LONDON" },
  // South East (J)
  { code: "825", name: "Buckinghamshire", region: "SOUTH_EAST" },
  { code: "826", name: "Milton Keynes", region: "SOUTH_EAST" },
  { code: "845", name: "East Sussex", region: "SOUTH_EAST" },
  { code: "846", name: "Brighton and Hove", region: "SOUTH_EAST" },
  { code: "850", name: "Hampshire", region: "SOUTH_EAST" },
  { code: "851", name: "Portsmouth", region: "SOUTH_EAST" },
  { code: "852", name: "Southampton", region: "SOUTH_EAST" },
  { code: "867", name: "Bracknell Forest", region: "SOUTH_EAST" },
  { code: "868", name: "Windsor and Maidenhead", region: "SOUTH_EAST" },
  { code: "869", name: "West Berkshire", region: "SOUTH_EAST" },
  { code: "870", name: "Reading", region: "SOUTH_EAST" },
  { code: "871", name: "Slough", region: "SOUTH_EAST" },
  { code: "872", name: "Wokingham", region: "SOUTH_EAST" },
  { code: "886", name: "Kent", region: "SOUTH_EAST" },
  { code: "887", name: "Medway", region: "SOUTH_EAST" },
  { code: "921", name: "Isle of Wight", region: "SOUTH_EAST" },
  { code: "931", name: "Oxfordshire", region: "SOUTH_EAST" },
  { code: "936", name: "Surrey", region: "SOUTH_EAST" },
  { code: "938", name: "West Sussex", region: "SOUTH_EAST" },
  // South West (K)
  { code: "420", name: "Isles of Scilly", region: "SOUTH_WEST" },
  { code: "800", name: "Bath and North East Somerset", region: "SOUTH_WEST" },
  { code: "801", name: "Bristol, City of", region: "SOUTH_WEST" },
  { code: "802", name: "North Somerset", region: "SOUTH_WEST" },
  { code: "803", name: "South Gloucestershire", region: "SOUTH_WEST" },
  { code: "838", name: "Dorset", region: "SOUTH_WEST" },
  { code: "839", name: "Bournemouth, Christchurch and Poole", region: "SOUTH_WEST" },
  { code: "865", name: "Wiltshire", region: "SOUTH_WEST" },
  { code: "866", name: "Swindon", region: "SOUTH_WEST" },
  { code: "878", name: "Devon", region: "SOUTH_WEST" },
  { code: "879", name: "Plymouth", region: "SOUTH_WEST" },
  { code: "880", name: "Torbay", region: "SOUTH_WEST" },
  { code: "908", name: "Cornwall", region: "SOUTH_WEST" },
  { code: "916", name: "Gloucestershire", region: "SOUTH_WEST" },
  { code: "933", name: "Somerset", region: "SOUTH_WEST" },
];

const [firstAuthority, ...otherAuthorities] = localAuthorityList;

function entryOf(la: LocalAuthority): VocabularyEntry<string> {
  return { key: la.code, label: la.name, code: la.code };
}

/**
 * The local authorities as a vocabulary: key and code are the register's code ("202"), label
 * its name ("Camden"). `localAuthorities.byCode("202")?.label === "Camden"`.
 */
export const localAuthorities = vocabulary([
  entryOf(firstAuthority),
  ...otherAuthorities.map(entryOf),
]);

/** Register code of a local authority, e.g. "330" for Birmingham. */
export type LocalAuthorityCode = string;

const byCode = new Map<string, LocalAuthority>(localAuthorityList.map((la) => [la.code, la]));

/** The region each local authority lies in, by register code. */
export const localAuthorityRegion: Readonly<Record<LocalAuthorityCode, Region>> =
  Object.fromEntries(localAuthorityList.map((la) => [la.code, la.region]));

/** The local authority with this register code (a number or its digits), if there is one. */
export function localAuthorityByCode(code: string | number): LocalAuthority | undefined {
  return byCode.get(String(code).trim());
}

/** The region of the local authority with this register code, if it is one. */
export function regionOfLocalAuthority(code: string | number): Region | undefined {
  return byCode.get(String(code).trim())?.region;
}

/** The local authorities of one region, in list order. */
export function localAuthoritiesIn(region: Region): LocalAuthority[] {
  return localAuthorityList.filter((la) => la.region === region);
}
