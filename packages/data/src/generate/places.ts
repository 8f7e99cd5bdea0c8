import { type LocalAuthority, localAuthorityList, type Region } from "@atlas/domain";
import { distanceKm } from "./geo.ts";
import type { Random } from "./random.ts";

/**
 * What the generator knows of each local authority's area: a rough centre and spread, how many
 * schools it has relative to the others (about the number of state-funded schools), its postcode
 * districts, a few of its towns or neighbourhoods, and the Church of England and Roman Catholic
 * dioceses that cover most of it. Approximate by design: demo data, not a gazetteer.
 */
interface AreaFacts {
  code: string;
  lat: number;
  lon: number;
  /** Spread of school locations around the centre, km. */
  km: number;
  /** Relative number of schools. */
  weight: number;
  /** Postcode districts: "B1-38" is B1 to B38; several separated by spaces. */
  postcodes: string;
  towns: readonly string[];
  /** Church of England diocese (without "Diocese of"). */
  ce: string;
  /** Roman Catholic diocese key (see `catholicDioceseNames`). */
  rc: CatholicDioceseKey;
}

const catholicDioceseNames = {
  "arundel-brighton": "Diocese of Arundel and Brighton",
  birmingham: "Archdiocese of Birmingham",
  brentwood: "Diocese of Brentwood",
  cardiff: "Archdiocese of Cardiff",
  clifton: "Diocese of Clifton",
  "east-anglia": "Diocese of East Anglia",
  hallam: "Diocese of Hallam",
  "hexham-newcastle": "Diocese of Hexham and Newcastle",
  lancaster: "Diocese of Lancaster",
  // The register adds "(rc)" where a Catholic and an Anglican diocese share a name.
  leeds: "Diocese of Leeds (rc)",
  liverpool: "Archdiocese of Liverpool",
  middlesbrough: "Diocese of Middlesbrough",
  northampton: "Diocese of Northampton",
  nottingham: "Diocese of Nottingham",
  plymouth: "Diocese of Plymouth",
  portsmouth: "Diocese of Portsmouth (rc)",
  salford: "Diocese of Salford",
  shrewsbury: "Diocese of Shrewsbury",
  southwark: "Archdiocese of Southwark",
  westminster: "Archdiocese of Westminster",
} as const;
type CatholicDioceseKey = keyof typeof catholicDioceseNames;

// biome-ignore format: one line per local authority reads as a table
const areaFacts: readonly AreaFacts[] = [
  // North East
  { code: "390", lat: 54.935, lon: -1.63, km: 5, weight: 85, postcodes: "NE8-11 NE16 NE21 NE39-40", towns: ["Gateshead", "Felling", "Whickham", "Birtley", "Ryton", "Low Fell"], ce: "Durham", rc: "hexham-newcastle" },
  { code: "391", lat: 54.99, lon: -1.64, km: 5, weight: 95, postcodes: "NE1-7 NE13 NE15", towns: ["Jesmond", "Benwell", "Kenton", "Walker", "Gosforth", "Fenham", "Byker"], ce: "Newcastle", rc: "hexham-newcastle" },
  { code: "392", lat: 55.03, lon: -1.5, km: 5, weight: 80, postcodes: "NE12 NE25-30", towns: ["Wallsend", "Tynemouth", "Whitley Bay", "North Shields", "Killingworth", "Longbenton"], ce: "Newcastle", rc: "hexham-newcastle" },
  { code: "393", lat: 54.965, lon: -1.44, km: 4, weight: 60, postcodes: "NE31-36", towns: ["South Shields", "Jarrow", "Hebburn", "Boldon", "Whitburn", "Cleadon"], ce: "Durham", rc: "hexham-newcastle" },
  { code: "394", lat: 54.885, lon: -1.43, km: 6, weight: 115, postcodes: "SR1-6 DH4-5 NE37-38", towns: ["Sunderland", "Washington", "Houghton-le-Spring", "Hetton", "Roker", "Southwick", "Doxford"], ce: "Durham", rc: "hexham-newcastle" },
  { code: "805", lat: 54.68, lon: -1.23, km: 4, weight: 40, postcodes: "TS24-27", towns: ["Hartlepool", "Seaton Carew", "Greatham", "Owton Manor"], ce: "Durham", rc: "hexham-newcastle" },
  { code: "806", lat: 54.555, lon: -1.235, km: 3.5, weight: 50, postcodes: "TS1-8", towns: ["Middlesbrough", "Linthorpe", "Acklam", "Hemlington", "Berwick Hills", "Marton"], ce: "York", rc: "middlesbrough" },
  { code: "807", lat: 54.57, lon: -1.02, km: 8, weight: 60, postcodes: "TS6 TS10-14", towns: ["Redcar", "Guisborough", "Saltburn", "Eston", "Loftus", "Marske"], ce: "York", rc: "middlesbrough" },
  { code: "808", lat: 54.56, lon: -1.32, km: 6, weight: 75, postcodes: "TS15-23", towns: ["Stockton", "Billingham", "Thornaby", "Yarm", "Norton", "Ingleby Barwick"], ce: "Durham", rc: "hexham-newcastle" },
  { code: "840", lat: 54.7, lon: -1.75, km: 20, weight: 275, postcodes: "DH1-3 DH6-9 DL4-5 DL12-17 SR7-8 TS28-29", towns: ["Durham", "Chester-le-Street", "Bishop Auckland", "Consett", "Peterlee", "Stanley", "Newton Aycliffe", "Seaham", "Barnard Castle", "Spennymoor", "Crook"], ce: "Durham", rc: "hexham-newcastle" },
  { code: "841", lat: 54.53, lon: -1.56, km: 5, weight: 45, postcodes: "DL1-3", towns: ["Darlington", "Cockerton", "Hurworth", "Middleton St George", "Heighington"], ce: "Durham", rc: "hexham-newcastle" },
  { code: "929", lat: 55.2, lon: -1.95, km: 28, weight: 170, postcodes: "NE22-24 NE41-49 NE61-71 TD15", towns: ["Morpeth", "Hexham", "Alnwick", "Ashington", "Blyth", "Cramlington", "Berwick-upon-Tweed", "Prudhoe", "Bedlington", "Ponteland", "Haltwhistle"], ce: "Newcastle", rc: "hexham-newcastle" },
  // North West
  { code: "340", lat: 53.44, lon: -2.84, km: 4, weight: 55, postcodes: "L14 L28 L32-36", towns: ["Kirkby", "Huyton", "Prescot", "Halewood", "Whiston", "Stockbridge Village"], ce: "Liverpool", rc: "liverpool" },
  { code: "341", lat: 53.41, lon: -2.95, km: 5, weight: 180, postcodes: "L1-27", towns: ["Everton", "Toxteth", "Walton", "Anfield", "Allerton", "Garston", "Wavertree", "Norris Green", "Speke", "West Derby", "Kensington"], ce: "Liverpool", rc: "liverpool" },
  { code: "342", lat: 53.46, lon: -2.72, km: 5, weight: 65, postcodes: "WA9-12", towns: ["St Helens", "Newton-le-Willows", "Rainford", "Haydock", "Thatto Heath", "Sutton"], ce: "Liverpool", rc: "liverpool" },
  { code: "343", lat: 53.52, lon: -3.0, km: 7, weight: 100, postcodes: "L20-23 L29-31 L37-38 PR8-9", towns: ["Southport", "Bootle", "Crosby", "Formby", "Maghull", "Litherland", "Birkdale"], ce: "Liverpool", rc: "liverpool" },
  { code: "344", lat: 53.37, lon: -3.07, km: 7, weight: 115, postcodes: "CH41-49 CH60-63", towns: ["Birkenhead", "Wallasey", "Heswall", "Bebington", "West Kirby", "Moreton", "Hoylake", "Bromborough"], ce: "Chester", rc: "shrewsbury" },
  { code: "350", lat: 53.58, lon: -2.45, km: 6, weight: 125, postcodes: "BL1-7", towns: ["Bolton", "Farnworth", "Horwich", "Westhoughton", "Little Lever", "Kearsley", "Breightmet"], ce: "Manchester", rc: "salford" },
  { code: "351", lat: 53.58, lon: -2.3, km: 5, weight: 80, postcodes: "BL0 BL8-9 M25-26 M45", towns: ["Bury", "Radcliffe", "Prestwich", "Ramsbottom", "Whitefield", "Tottington"], ce: "Manchester", rc: "salford" },
  { code: "352", lat: 53.465, lon: -2.23, km: 6, weight: 200, postcodes: "M1-4 M8-9 M11-16 M18-23 M40", towns: ["Moss Side", "Gorton", "Wythenshawe", "Didsbury", "Chorlton", "Harpurhey", "Levenshulme", "Longsight", "Ancoats", "Blackley", "Rusholme"], ce: "Manchester", rc: "salford" },
  { code: "353", lat: 53.545, lon: -2.1, km: 5, weight: 100, postcodes: "OL1-4 OL8-9", towns: ["Oldham", "Chadderton", "Royton", "Failsworth", "Shaw", "Saddleworth", "Lees"], ce: "Manchester", rc: "salford" },
  { code: "354", lat: 53.6, lon: -2.16, km: 6, weight: 95, postcodes: "OL10-12 OL15-16 M24", towns: ["Rochdale", "Heywood", "Middleton", "Littleborough", "Milnrow", "Wardle"], ce: "Manchester", rc: "salford" },
  { code: "355", lat: 53.49, lon: -2.33, km: 5, weight: 95, postcodes: "M5-7 M27-28 M30 M38 M44", towns: ["Salford", "Eccles", "Swinton", "Walkden", "Irlam", "Pendlebury", "Worsley"], ce: "Manchester", rc: "salford" },
  { code: "356", lat: 53.4, lon: -2.15, km: 6, weight: 110, postcodes: "SK1-8 SK12", towns: ["Stockport", "Cheadle", "Bramhall", "Marple", "Hazel Grove", "Reddish", "Bredbury"], ce: "Chester", rc: "shrewsbury" },
  { code: "357", lat: 53.48, lon: -2.08, km: 5, weight: 90, postcodes: "M34 OL5-7 SK14-16", towns: ["Ashton-under-Lyne", "Hyde", "Stalybridge", "Denton", "Droylsden", "Dukinfield", "Mossley"], ce: "Manchester", rc: "shrewsbury" },
  { code: "358", lat: 53.43, lon: -2.33, km: 5, weight: 90, postcodes: "M16 M31-33 M41 WA14-15", towns: ["Altrincham", "Sale", "Stretford", "Urmston", "Partington", "Timperley", "Hale"], ce: "Chester", rc: "shrewsbury" },
  { code: "359", lat: 53.53, lon: -2.6, km: 6, weight: 125, postcodes: "M29 M46 WN1-7", towns: ["Wigan", "Leigh", "Hindley", "Ashton-in-Makerfield", "Standish", "Atherton", "Tyldesley", "Golborne"], ce: "Liverpool", rc: "liverpool" },
  { code: "876", lat: 53.35, lon: -2.72, km: 4, weight: 60, postcodes: "WA7-8", towns: ["Widnes", "Runcorn", "Ditton", "Halton Lea", "Hale Bank"], ce: "Chester", rc: "liverpool" },
  { code: "877", lat: 53.395, lon: -2.59, km: 5, weight: 85, postcodes: "WA1-5 WA13", towns: ["Warrington", "Great Sankey", "Lymm", "Birchwood", "Culcheth", "Penketh", "Stockton Heath"], ce: "Liverpool", rc: "liverpool" },
  { code: "888", lat: 53.83, lon: -2.5, km: 26, weight: 620, postcodes: "PR1-7 BB4-12 BB18 FY5-8 LA1-6 L39-40 WN8", towns: ["Preston", "Lancaster", "Burnley", "Chorley", "Accrington", "Ormskirk", "Skelmersdale", "Leyland", "Morecambe", "Clitheroe", "Fleetwood", "Lytham St Annes", "Nelson", "Colne", "Rawtenstall", "Garstang"], ce: "Blackburn", rc: "lancaster" },
  { code: "889", lat: 53.7, lon: -2.47, km: 4, weight: 75, postcodes: "BB1-3", towns: ["Blackburn", "Darwen", "Mill Hill", "Livesey", "Feniscowles"], ce: "Blackburn", rc: "salford" },
  { code: "890", lat: 53.815, lon: -3.03, km: 3, weight: 45, postcodes: "FY1-4", towns: ["Blackpool", "Bispham", "Marton", "Layton", "South Shore", "Grange Park"], ce: "Blackburn", rc: "lancaster" },
  { code: "895", lat: 53.16, lon: -2.3, km: 17, weight: 190, postcodes: "CW1-5 CW10-12 SK9-11 WA16", towns: ["Crewe", "Macclesfield", "Congleton", "Wilmslow", "Nantwich", "Sandbach", "Knutsford", "Alsager", "Poynton"], ce: "Chester", rc: "shrewsbury" },
  { code: "896", lat: 53.2, lon: -2.72, km: 14, weight: 170, postcodes: "CH1-4 CH64-66 CW6-9", towns: ["Chester", "Ellesmere Port", "Northwich", "Winsford", "Frodsham", "Neston", "Tarporley"], ce: "Chester", rc: "shrewsbury" },
  { code: "942", lat: 54.67, lon: -3.15, km: 24, weight: 150, postcodes: "CA1-8 CA13-15 CA25-28", towns: ["Carlisle", "Workington", "Whitehaven", "Maryport", "Cockermouth", "Wigton", "Egremont", "Keswick", "Brampton"], ce: "Carlisle", rc: "lancaster" },
  { code: "943", lat: 54.38, lon: -2.85, km: 24, weight: 150, postcodes: "LA7-23 CA10-11 CA16-17", towns: ["Kendal", "Barrow-in-Furness", "Penrith", "Ulverston", "Windermere", "Appleby", "Ambleside", "Kirkby Stephen", "Dalton-in-Furness"], ce: "Carlisle", rc: "lancaster" },
  // Yorkshire and the Humber
  { code: "370", lat: 53.53, lon: -1.5, km: 7, weight: 90, postcodes: "S36 S70-75", towns: ["Barnsley", "Penistone", "Wombwell", "Hoyland", "Royston", "Cudworth", "Darton"], ce: "Sheffield", rc: "hallam" },
  { code: "371", lat: 53.52, lon: -1.12, km: 9, weight: 130, postcodes: "DN1-12", towns: ["Doncaster", "Mexborough", "Thorne", "Armthorpe", "Bentley", "Conisbrough", "Rossington", "Askern"], ce: "Sheffield", rc: "hallam" },
  { code: "372", lat: 53.42, lon: -1.3, km: 7, weight: 115, postcodes: "S25-26 S60-66", towns: ["Rotherham", "Wath-upon-Dearne", "Maltby", "Rawmarsh", "Dinnington", "Swinton", "Wickersley"], ce: "Sheffield", rc: "hallam" },
  { code: "373", lat: 53.385, lon: -1.48, km: 7, weight: 175, postcodes: "S1-14 S17 S20 S35", towns: ["Hillsborough", "Darnall", "Crookes", "Firth Park", "Stocksbridge", "Gleadless", "Ecclesall", "Walkley", "Parson Cross", "Handsworth"], ce: "Sheffield", rc: "hallam" },
  { code: "380", lat: 53.81, lon: -1.8, km: 8, weight: 215, postcodes: "BD1-22 LS29", towns: ["Bradford", "Keighley", "Shipley", "Bingley", "Ilkley", "Manningham", "Eccleshill", "Queensbury", "Thornton", "Idle"], ce: "Leeds", rc: "leeds" },
  { code: "381", lat: 53.72, lon: -1.93, km: 7, weight: 105, postcodes: "HX1-7 HD6 OL14", towns: ["Halifax", "Brighouse", "Todmorden", "Hebden Bridge", "Elland", "Sowerby Bridge", "Ovenden"], ce: "Leeds", rc: "leeds" },
  { code: "382", lat: 53.645, lon: -1.75, km: 8, weight: 185, postcodes: "HD1-9 WF12-17", towns: ["Huddersfield", "Dewsbury", "Batley", "Holmfirth", "Mirfield", "Heckmondwike", "Cleckheaton", "Marsden"], ce: "Leeds", rc: "leeds" },
  { code: "383", lat: 53.8, lon: -1.55, km: 8, weight: 275, postcodes: "LS1-28", towns: ["Headingley", "Morley", "Pudsey", "Otley", "Seacroft", "Armley", "Horsforth", "Garforth", "Rothwell", "Wetherby", "Chapel Allerton", "Beeston"], ce: "Leeds", rc: "leeds" },
  { code: "384", lat: 53.68, lon: -1.42, km: 8, weight: 150, postcodes: "WF1-11", towns: ["Wakefield", "Castleford", "Pontefract", "Ossett", "Normanton", "Hemsworth", "Featherstone", "Horbury"], ce: "Leeds", rc: "leeds" },
  { code: "810", lat: 53.76, lon: -0.34, km: 4, weight: 90, postcodes: "HU1-9", towns: ["Hull", "Bransholme", "Orchard Park", "Newington", "Sutton-on-Hull", "Marfleet", "Drypool"], ce: "York", rc: "middlesbrough" },
  { code: "811", lat: 53.86, lon: -0.55, km: 20, weight: 150, postcodes: "DN14 HU10-20 YO15-16 YO25 YO42-43", towns: ["Beverley", "Bridlington", "Goole", "Driffield", "Cottingham", "Hornsea", "Pocklington", "Withernsea", "Howden"], ce: "York", rc: "middlesbrough" },
  { code: "812", lat: 53.54, lon: -0.1, km: 6, weight: 60, postcodes: "DN31-37", towns: ["Grimsby", "Cleethorpes", "Immingham", "Waltham", "Scartho", "Healing"], ce: "Lincoln", rc: "nottingham" },
  { code: "813", lat: 53.6, lon: -0.62, km: 11, weight: 70, postcodes: "DN15-20", towns: ["Scunthorpe", "Brigg", "Barton-upon-Humber", "Bottesford", "Epworth", "Crowle", "Winterton"], ce: "Lincoln", rc: "nottingham" },
  { code: "815", lat: 54.15, lon: -1.45, km: 32, weight: 390, postcodes: "BD23-24 DL6-11 HG1-5 LS24 TS9 YO7-8 YO11-14 YO17-18 YO21-22 YO51 YO60-62", towns: ["Harrogate", "Scarborough", "Northallerton", "Selby", "Skipton", "Ripon", "Whitby", "Richmond", "Thirsk", "Malton", "Knaresborough", "Settle", "Bedale"], ce: "Leeds", rc: "middlesbrough" },
  { code: "816", lat: 53.96, lon: -1.08, km: 5, weight: 65, postcodes: "YO1 YO10 YO23-24 YO26 YO30-32", towns: ["York", "Acomb", "Haxby", "Heworth", "Clifton", "Fulford", "Huntington"], ce: "York", rc: "middlesbrough" },
  // East Midlands
  { code: "830", lat: 53.1, lon: -1.55, km: 22, weight: 430, postcodes: "DE4-7 DE11-12 DE45 DE55-56 NG10 NG16 S18 S40-45 SK13 SK17 SK22-23", towns: ["Chesterfield", "Ilkeston", "Long Eaton", "Buxton", "Matlock", "Belper", "Glossop", "Swadlincote", "Ripley", "Bolsover", "Heanor", "Ashbourne", "Dronfield"], ce: "Derby", rc: "nottingham" },
  { code: "831", lat: 52.92, lon: -1.48, km: 5, weight: 90, postcodes: "DE1 DE3 DE21-24 DE73", towns: ["Derby", "Mickleover", "Allestree", "Chaddesden", "Alvaston", "Littleover", "Sinfin"], ce: "Derby", rc: "nottingham" },
  { code: "855", lat: 52.68, lon: -1.15, km: 20, weight: 290, postcodes: "LE7-14 LE16-18 LE65 LE67", towns: ["Loughborough", "Hinckley", "Coalville", "Melton Mowbray", "Market Harborough", "Wigston", "Lutterworth", "Oadby", "Ashby-de-la-Zouch", "Syston", "Shepshed"], ce: "Leicester", rc: "nottingham" },
  { code: "856", lat: 52.635, lon: -1.13, km: 4, weight: 110, postcodes: "LE1-5", towns: ["Leicester", "Belgrave", "Braunstone", "Evington", "Humberstone", "Aylestone", "Beaumont Leys", "Highfields"], ce: "Leicester", rc: "nottingham" },
  { code: "857", lat: 52.66, lon: -0.64, km: 6, weight: 20, postcodes: "LE15", towns: ["Oakham", "Uppingham", "Cottesmore", "Ketton", "Empingham"], ce: "Peterborough", rc: "nottingham" },
  { code: "891", lat: 53.13, lon: -1.0, km: 20, weight: 350, postcodes: "DN10-11 NG4 NG9 NG11-25 S80-81", towns: ["Mansfield", "Newark", "Worksop", "Retford", "Sutton-in-Ashfield", "Hucknall", "Beeston", "West Bridgford", "Arnold", "Kirkby-in-Ashfield", "Southwell", "Carlton"], ce: "Southwell and Nottingham", rc: "nottingham" },
  { code: "892", lat: 52.955, lon: -1.16, km: 4, weight: 105, postcodes: "NG1-3 NG5-8", towns: ["Nottingham", "Bulwell", "Sneinton", "Radford", "Clifton", "Aspley", "Basford", "Bestwood"], ce: "Southwell and Nottingham", rc: "nottingham" },
  { code: "925", lat: 53.1, lon: -0.25, km: 32, weight: 380, postcodes: "LN1-13 NG31-34 PE9-12 PE20-25", towns: ["Lincoln", "Grantham", "Boston", "Spalding", "Skegness", "Louth", "Sleaford", "Stamford", "Gainsborough", "Horncastle", "Market Rasen", "Bourne"], ce: "Lincoln", rc: "nottingham" },
  { code: "940", lat: 52.4, lon: -0.68, km: 12, weight: 140, postcodes: "NN8-10 NN14-16 PE8", towns: ["Kettering", "Corby", "Wellingborough", "Rushden", "Oundle", "Desborough", "Raunds", "Burton Latimer", "Thrapston"], ce: "Peterborough", rc: "northampton" },
  { code: "941", lat: 52.23, lon: -0.98, km: 14, weight: 160, postcodes: "NN1-7 NN11-13", towns: ["Northampton", "Daventry", "Towcester", "Brackley", "Duston", "Kingsthorpe", "Brixworth"], ce: "Peterborough", rc: "northampton" },
  // West Midlands
  { code: "330", lat: 52.48, lon: -1.89, km: 8, weight: 440, postcodes: "B1-38 B42-45 B72-76", towns: ["Aston", "Handsworth", "Erdington", "Edgbaston", "Sparkhill", "Small Heath", "Kings Norton", "Northfield", "Sutton Coldfield", "Selly Oak", "Moseley", "Acocks Green", "Hall Green", "Kingstanding", "Ladywood"], ce: "Birmingham", rc: "birmingham" },
  { code: "331", lat: 52.41, lon: -1.51, km: 5, weight: 110, postcodes: "CV1-6", towns: ["Coventry", "Canley", "Tile Hill", "Foleshill", "Willenhall", "Earlsdon", "Holbrooks", "Radford"], ce: "Coventry", rc: "birmingham" },
  { code: "332", lat: 52.49, lon: -2.1, km: 5, weight: 105, postcodes: "DY1-3 DY5-9", towns: ["Dudley", "Stourbridge", "Halesowen", "Brierley Hill", "Kingswinford", "Sedgley", "Netherton"], ce: "Worcester", rc: "birmingham" },
  { code: "333", lat: 52.51, lon: -2.01, km: 5, weight: 115, postcodes: "B64-71", towns: ["West Bromwich", "Oldbury", "Smethwick", "Tipton", "Wednesbury", "Rowley Regis", "Cradley Heath"], ce: "Lichfield", rc: "birmingham" },
  { code: "334", lat: 52.42, lon: -1.75, km: 6, weight: 80, postcodes: "B36-37 B90-94", towns: ["Solihull", "Shirley", "Knowle", "Chelmsley Wood", "Dorridge", "Balsall Common", "Olton"], ce: "Birmingham", rc: "birmingham" },
  { code: "335", lat: 52.59, lon: -1.98, km: 5, weight: 115, postcodes: "WS1-10", towns: ["Walsall", "Bloxwich", "Willenhall", "Darlaston", "Aldridge", "Brownhills", "Pelsall"], ce: "Lichfield", rc: "birmingham" },
  { code: "336", lat: 52.59, lon: -2.13, km: 4, weight: 100, postcodes: "WV1-6 WV10-11", towns: ["Wolverhampton", "Bilston", "Wednesfield", "Tettenhall", "Penn", "Heath Town", "Whitmore Reans"], ce: "Lichfield", rc: "birmingham" },
  { code: "860", lat: 52.8, lon: -2.02, km: 24, weight: 400, postcodes: "B77-79 DE13-15 ST5 ST7-21 WS11-15", towns: ["Stafford", "Burton upon Trent", "Tamworth", "Lichfield", "Cannock", "Newcastle-under-Lyme", "Leek", "Stone", "Uttoxeter", "Rugeley", "Kidsgrove", "Cheadle"], ce: "Lichfield", rc: "birmingham" },
  { code: "861", lat: 53.01, lon: -2.18, km: 5, weight: 90, postcodes: "ST1-4 ST6", towns: ["Stoke", "Hanley", "Burslem", "Longton", "Tunstall", "Fenton", "Meir", "Bentilee"], ce: "Lichfield", rc: "birmingham" },
  { code: "884", lat: 52.08, lon: -2.75, km: 18, weight: 95, postcodes: "HR1-9", towns: ["Hereford", "Leominster", "Ledbury", "Ross-on-Wye", "Kington", "Bromyard", "Weobley"], ce: "Hereford", rc: "cardiff" },
  { code: "885", lat: 52.2, lon: -2.2, km: 18, weight: 240, postcodes: "B60-61 B96-98 DY10-14 WR1-15", towns: ["Worcester", "Kidderminster", "Redditch", "Bromsgrove", "Malvern", "Evesham", "Droitwich", "Pershore", "Stourport", "Tenbury Wells"], ce: "Worcester", rc: "birmingham" },
  { code: "893", lat: 52.65, lon: -2.75, km: 22, weight: 160, postcodes: "SY1-15 TF9 WV15-16", towns: ["Shrewsbury", "Oswestry", "Bridgnorth", "Ludlow", "Market Drayton", "Whitchurch", "Church Stretton", "Wem"], ce: "Lichfield", rc: "shrewsbury" },
  { code: "894", lat: 52.7, lon: -2.48, km: 6, weight: 75, postcodes: "TF1-8 TF10-12", towns: ["Telford", "Newport", "Wellington", "Madeley", "Donnington", "Oakengates", "Dawley"], ce: "Lichfield", rc: "shrewsbury" },
  { code: "937", lat: 52.3, lon: -1.55, km: 20, weight: 240, postcodes: "B49-50 B78-80 CV8-13 CV21-23 CV31-37", towns: ["Nuneaton", "Rugby", "Warwick", "Leamington Spa", "Stratford-upon-Avon", "Bedworth", "Kenilworth", "Atherstone", "Alcester", "Southam"], ce: "Coventry", rc: "birmingham" },
  // East of England
  { code: "820", lat: 52.14, lon: -0.47, km: 8, weight: 80, postcodes: "MK40-44", towns: ["Bedford", "Kempston", "Biddenham", "Bromham", "Sharnbrook", "Wootton"], ce: "St Albans", rc: "northampton" },
  { code: "821", lat: 51.88, lon: -0.42, km: 4, weight: 80, postcodes: "LU1-4", towns: ["Luton", "Stopsley", "Lewsey", "Marsh Farm", "Leagrave", "Farley Hill"], ce: "St Albans", rc: "northampton" },
  { code: "822", lat: 51.99, lon: -0.5, km: 14, weight: 150, postcodes: "LU5-7 MK17 MK45 SG15-19", towns: ["Leighton Buzzard", "Dunstable", "Biggleswade", "Flitwick", "Sandy", "Houghton Regis", "Ampthill", "Shefford", "Cranfield"], ce: "St Albans", rc: "northampton" },
  { code: "873", lat: 52.35, lon: 0.05, km: 22, weight: 265, postcodes: "CB1-5 CB21-25 PE13-19 PE26-28", towns: ["Cambridge", "Ely", "Huntingdon", "St Neots", "Wisbech", "March", "St Ives", "Chatteris", "Soham", "Cambourne"], ce: "Ely", rc: "east-anglia" },
  { code: "874", lat: 52.58, lon: -0.25, km: 6, weight: 75, postcodes: "PE1-7", towns: ["Peterborough", "Werrington", "Orton", "Hampton", "Bretton", "Stanground", "Eye"], ce: "Peterborough", rc: "east-anglia" },
  { code: "881", lat: 51.78, lon: 0.55, km: 24, weight: 560, postcodes: "CM0-9 CM11-24 CO1-16 SS4-8 SS11-16 IG7-10 EN9", towns: ["Chelmsford", "Colchester", "Basildon", "Harlow", "Braintree", "Brentwood", "Clacton-on-Sea", "Witham", "Billericay", "Saffron Walden", "Maldon", "Epping", "Canvey Island", "Harwich", "Rayleigh", "Loughton"], ce: "Chelmsford", rc: "brentwood" },
  { code: "882", lat: 51.55, lon: 0.71, km: 4, weight: 50, postcodes: "SS0-3 SS9", towns: ["Southend", "Leigh-on-Sea", "Westcliff", "Shoeburyness", "Eastwood", "Prittlewell"], ce: "Chelmsford", rc: "brentwood" },
  { code: "883", lat: 51.5, lon: 0.35, km: 6, weight: 55, postcodes: "RM15-20 SS17", towns: ["Grays", "Tilbury", "Stanford-le-Hope", "Purfleet", "South Ockendon", "Corringham", "Chafford Hundred"], ce: "Chelmsford", rc: "brentwood" },
  { code: "919", lat: 51.8, lon: -0.2, km: 20, weight: 520, postcodes: "AL1-10 EN6-8 EN10-11 HP1-4 SG1-14 WD3-7 WD17-25", towns: ["St Albans", "Watford", "Stevenage", "Hemel Hempstead", "Hertford", "Hitchin", "Hatfield", "Welwyn Garden City", "Letchworth", "Bishop's Stortford", "Harpenden", "Berkhamsted", "Ware", "Borehamwood", "Cheshunt", "Royston"], ce: "St Albans", rc: "westminster" },
  { code: "926", lat: 52.65, lon: 1.0, km: 30, weight: 420, postcodes: "NR1-35 PE30-38 IP20-25", towns: ["Norwich", "King's Lynn", "Great Yarmouth", "Thetford", "Dereham", "Cromer", "Wymondham", "Swaffham", "Fakenham", "Diss", "North Walsham", "Attleborough", "Downham Market"], ce: "Norwich", rc: "east-anglia" },
  { code: "935", lat: 52.2, lon: 1.0, km: 24, weight: 330, postcodes: "CB8-9 CO10 IP1-19 IP27-33 NR32-34", towns: ["Ipswich", "Bury St Edmunds", "Lowestoft", "Felixstowe", "Sudbury", "Haverhill", "Stowmarket", "Newmarket", "Beccles", "Woodbridge", "Mildenhall", "Hadleigh"], ce: "St Edmundsbury and Ipswich", rc: "east-anglia" },
  // London
  { code: "201", lat: 51.514, lon: -0.085, km: 0.7, weight: 2, postcodes: "EC1-4", towns: ["Aldgate", "Barbican", "Smithfield"], ce: "London", rc: "westminster" },
  { code: "202", lat: 51.546, lon: -0.16, km: 2.5, weight: 60, postcodes: "NW1 NW3 NW5 NW6 WC1", towns: ["Camden Town", "Kentish Town", "Hampstead", "Kilburn", "Gospel Oak", "Holborn", "Somers Town", "Belsize Park"], ce: "London", rc: "westminster" },
  { code: "203", lat: 51.47, lon: 0.06, km: 3.5, weight: 90, postcodes: "SE2-3 SE7-10 SE18 SE28", towns: ["Greenwich", "Woolwich", "Eltham", "Charlton", "Plumstead", "Thamesmead", "Abbey Wood", "Kidbrooke"], ce: "Southwark", rc: "southwark" },
  { code: "204", lat: 51.55, lon: -0.06, km: 2.5, weight: 75, postcodes: "E2 E5 E8-9 N1 N16", towns: ["Hackney", "Dalston", "Stoke Newington", "Homerton", "Clapton", "Hoxton", "Shoreditch", "Haggerston"], ce: "London", rc: "westminster" },
  { code: "205", lat: 51.495, lon: -0.22, km: 2.2, weight: 55, postcodes: "W6 W12 W14 SW6", towns: ["Hammersmith", "Fulham", "Shepherd's Bush", "White City", "Parsons Green", "Brook Green"], ce: "London", rc: "westminster" },
  { code: "206", lat: 51.547, lon: -0.105, km: 2.2, weight: 60, postcodes: "EC1 N1 N4-5 N7 N19", towns: ["Islington", "Highbury", "Holloway", "Archway", "Canonbury", "Finsbury", "Barnsbury", "Tufnell Park"], ce: "London", rc: "westminster" },
  { code: "207", lat: 51.502, lon: -0.19, km: 2, weight: 40, postcodes: "SW3 SW5 SW7 SW10 W8 W10-11", towns: ["Kensington", "Chelsea", "Notting Hill", "North Kensington", "Earl's Court", "Holland Park"], ce: "London", rc: "westminster" },
  { code: "208", lat: 51.46, lon: -0.117, km: 3, weight: 80, postcodes: "SE1 SE11 SE24 SE27 SW2 SW4 SW8-9 SW16", towns: ["Brixton", "Clapham", "Streatham", "Stockwell", "Kennington", "West Norwood", "Vauxhall", "Herne Hill"], ce: "Southwark", rc: "southwark" },
  { code: "209", lat: 51.445, lon: -0.02, km: 3, weight: 90, postcodes: "SE4 SE6 SE8 SE12-14 SE23 SE26", towns: ["Lewisham", "Deptford", "Catford", "Forest Hill", "Sydenham", "Brockley", "New Cross", "Lee"], ce: "Southwark", rc: "southwark" },
  { code: "210", lat: 51.47, lon: -0.075, km: 3, weight: 95, postcodes: "SE1 SE5 SE15-17 SE21-22", towns: ["Peckham", "Camberwell", "Bermondsey", "Dulwich", "Walworth", "Rotherhithe", "Nunhead", "Elephant and Castle"], ce: "Southwark", rc: "southwark" },
  { code: "211", lat: 51.515, lon: -0.035, km: 2.5, weight: 95, postcodes: "E1-3 E14", towns: ["Bethnal Green", "Bow", "Poplar", "Stepney", "Whitechapel", "Limehouse", "Isle of Dogs", "Wapping", "Mile End"], ce: "London", rc: "westminster" },
  { code: "212", lat: 51.455, lon: -0.19, km: 3, weight: 85, postcodes: "SW11-12 SW15 SW17-18", towns: ["Wandsworth", "Battersea", "Putney", "Tooting", "Balham", "Roehampton", "Earlsfield", "Southfields"], ce: "Southwark", rc: "southwark" },
  { code: "213", lat: 51.515, lon: -0.165, km: 2.5, weight: 55, postcodes: "NW8 SW1 W1-2 W9", towns: ["Westminster", "Marylebone", "Paddington", "Pimlico", "Maida Vale", "St John's Wood", "Queen's Park", "Bayswater"], ce: "London", rc: "westminster" },
  { code: "301", lat: 51.545, lon: 0.13, km: 3, weight: 65, postcodes: "IG11 RM6 RM8-10", towns: ["Barking", "Dagenham", "Chadwell Heath", "Becontree", "Thames View", "Marks Gate"], ce: "Chelmsford", rc: "brentwood" },
  { code: "302", lat: 51.615, lon: -0.21, km: 5, weight: 135, postcodes: "EN4-5 HA8 N2-3 N11-12 N20 NW4 NW7 NW9 NW11", towns: ["Barnet", "Finchley", "Hendon", "Edgware", "Mill Hill", "Golders Green", "Colindale", "Whetstone", "Burnt Oak"], ce: "London", rc: "westminster" },
  { code: "303", lat: 51.455, lon: 0.14, km: 4, weight: 80, postcodes: "DA1 DA5-8 DA14-18", towns: ["Bexleyheath", "Sidcup", "Erith", "Welling", "Crayford", "Belvedere", "Bexley"], ce: "Rochester", rc: "southwark" },
  { code: "304", lat: 51.56, lon: -0.275, km: 3.5, weight: 90, postcodes: "HA0 HA3 HA9 NW2 NW6 NW10", towns: ["Wembley", "Willesden", "Kilburn", "Harlesden", "Kingsbury", "Neasden", "Kensal Green", "Stonebridge"], ce: "London", rc: "westminster" },
  { code: "305", lat: 51.385, lon: 0.05, km: 6, weight: 110, postcodes: "BR1-7 SE20", towns: ["Bromley", "Orpington", "Beckenham", "Penge", "Chislehurst", "Hayes", "West Wickham", "Biggin Hill"], ce: "Rochester", rc: "southwark" },
  { code: "306", lat: 51.37, lon: -0.09, km: 5, weight: 125, postcodes: "CR0 CR2 CR5 CR7-8 SE25", towns: ["Croydon", "Thornton Heath", "Norbury", "Purley", "Coulsdon", "New Addington", "South Norwood", "Selsdon"], ce: "Southwark", rc: "southwark" },
  { code: "307", lat: 51.515, lon: -0.31, km: 4, weight: 100, postcodes: "UB1-2 UB5-6 W3 W5 W7 W13", towns: ["Ealing", "Acton", "Southall", "Hanwell", "Greenford", "Northolt", "Perivale"], ce: "London", rc: "westminster" },
  { code: "308", lat: 51.65, lon: -0.08, km: 5, weight: 100, postcodes: "EN1-3 N9 N13-14 N18 N21", towns: ["Enfield", "Edmonton", "Southgate", "Palmers Green", "Ponders End", "Winchmore Hill", "Bush Hill Park"], ce: "London", rc: "westminster" },
  { code: "309", lat: 51.59, lon: -0.11, km: 3, weight: 80, postcodes: "N4 N6 N8 N10 N15 N17 N22", towns: ["Tottenham", "Wood Green", "Hornsey", "Muswell Hill", "Crouch End", "Highgate", "Harringay"], ce: "London", rc: "westminster" },
  { code: "310", lat: 51.585, lon: -0.335, km: 4, weight: 60, postcodes: "HA1-3 HA5 HA7", towns: ["Harrow", "Wealdstone", "Pinner", "Stanmore", "Rayners Lane", "Kenton", "Harrow Weald"], ce: "London", rc: "westminster" },
  { code: "311", lat: 51.575, lon: 0.21, km: 6, weight: 85, postcodes: "RM1-5 RM7 RM11-14", towns: ["Romford", "Hornchurch", "Upminster", "Rainham", "Harold Hill", "Collier Row", "Elm Park"], ce: "Chelmsford", rc: "brentwood" },
  { code: "312", lat: 51.54, lon: -0.45, km: 6, weight: 105, postcodes: "HA4 HA6 UB3-4 UB7-11", towns: ["Uxbridge", "Hayes", "West Drayton", "Ruislip", "Northwood", "Ickenham", "Yiewsley", "Harefield"], ce: "London", rc: "westminster" },
  { code: "313", lat: 51.465, lon: -0.37, km: 4.5, weight: 85, postcodes: "TW3-5 TW7-8 TW13-14 W4", towns: ["Hounslow", "Feltham", "Brentford", "Chiswick", "Isleworth", "Heston", "Cranford"], ce: "London", rc: "westminster" },
  { code: "314", lat: 51.39, lon: -0.29, km: 3.5, weight: 55, postcodes: "KT1-6 KT9", towns: ["Kingston", "Surbiton", "New Malden", "Tolworth", "Chessington", "Norbiton"], ce: "Southwark", rc: "southwark" },
  { code: "315", lat: 51.41, lon: -0.19, km: 3, weight: 60, postcodes: "CR4 SM4 SW19-20", towns: ["Wimbledon", "Mitcham", "Morden", "Raynes Park", "Colliers Wood", "Pollards Hill"], ce: "Southwark", rc: "southwark" },
  { code: "316", lat: 51.525, lon: 0.03, km: 3.5, weight: 100, postcodes: "E6-7 E12-13 E15-16 E20", towns: ["Stratford", "East Ham", "West Ham", "Forest Gate", "Canning Town", "Plaistow", "Beckton", "Manor Park"], ce: "Chelmsford", rc: "brentwood" },
  { code: "317", lat: 51.575, lon: 0.075, km: 4, weight: 80, postcodes: "E11 E18 IG1-8", towns: ["Ilford", "Woodford", "Wanstead", "Barkingside", "Seven Kings", "Goodmayes", "Gants Hill"], ce: "Chelmsford", rc: "brentwood" },
  { code: "318", lat: 51.44, lon: -0.33, km: 4, weight: 60, postcodes: "SW13-14 TW1-2 TW9-12", towns: ["Richmond", "Twickenham", "Teddington", "Hampton", "Barnes", "Whitton", "Kew"], ce: "London", rc: "westminster" },
  { code: "319", lat: 51.36, lon: -0.19, km: 3.5, weight: 60, postcodes: "SM1-3 SM5-6", towns: ["Sutton", "Carshalton", "Wallington", "Cheam", "Worcester Park", "Belmont"], ce: "Southwark", rc: "southwark" },
  { code: "320", lat: 51.59, lon: -0.02, km: 3.5, weight: 80, postcodes: "E4 E10-11 E17", towns: ["Walthamstow", "Leyton", "Leytonstone", "Chingford", "Highams Park"], ce: "Chelmsford", rc: "brentwood" },
  // South East
  { code: "825", lat: 51.76, lon: -0.8, km: 20, weight: 240, postcodes: "HP5-23 MK18 SL7-9", towns: ["Aylesbury", "High Wycombe", "Amersham", "Chesham", "Beaconsfield", "Marlow", "Buckingham", "Princes Risborough", "Gerrards Cross", "Wendover"], ce: "Oxford", rc: "northampton" },
  { code: "826", lat: 52.04, lon: -0.76, km: 7, weight: 110, postcodes: "MK1-15 MK46", towns: ["Milton Keynes", "Bletchley", "Newport Pagnell", "Wolverton", "Olney", "Stony Stratford", "Kents Hill"], ce: "Oxford", rc: "northampton" },
  { code: "845", lat: 50.93, lon: 0.25, km: 20, weight: 190, postcodes: "BN7-8 BN20-27 TN5-6 TN19-22 TN31-40", towns: ["Eastbourne", "Hastings", "Bexhill", "Lewes", "Crowborough", "Uckfield", "Seaford", "Newhaven", "Rye", "Hailsham", "Battle"], ce: "Chichester", rc: "arundel-brighton" },
  { code: "846", lat: 50.84, lon: -0.14, km: 4, weight: 70, postcodes: "BN1-3 BN41-42", towns: ["Brighton", "Hove", "Whitehawk", "Moulsecoomb", "Patcham", "Portslade", "Woodingdean"], ce: "Chichester", rc: "arundel-brighton" },
  { code: "850", lat: 51.06, lon: -1.25, km: 26, weight: 530, postcodes: "BH23-25 GU10-14 GU30-35 GU46 GU51-52 PO7-17 RG21-29 SO20-24 SO30-32 SO40-45 SO50-53 SP6-11", towns: ["Winchester", "Basingstoke", "Andover", "Eastleigh", "Fareham", "Gosport", "Havant", "Aldershot", "Farnborough", "Petersfield", "Romsey", "Alton", "Waterlooville", "Lymington", "Fleet", "Ringwood"], ce: "Winchester", rc: "portsmouth" },
  { code: "851", lat: 50.81, lon: -1.07, km: 3, weight: 60, postcodes: "PO1-6", towns: ["Portsmouth", "Southsea", "Cosham", "Fratton", "Paulsgrove", "Drayton", "Hilsea"], ce: "Portsmouth", rc: "portsmouth" },
  { code: "852", lat: 50.92, lon: -1.4, km: 4, weight: 75, postcodes: "SO14-19", towns: ["Southampton", "Shirley", "Bitterne", "Portswood", "Woolston", "Millbrook", "Thornhill", "Sholing"], ce: "Winchester", rc: "portsmouth" },
  { code: "867", lat: 51.41, lon: -0.75, km: 5, weight: 40, postcodes: "GU47 RG12 RG42 RG45", towns: ["Bracknell", "Crowthorne", "Sandhurst", "Binfield", "Warfield"], ce: "Oxford", rc: "portsmouth" },
  { code: "868", lat: 51.48, lon: -0.68, km: 7, weight: 65, postcodes: "SL4-6", towns: ["Windsor", "Maidenhead", "Ascot", "Eton", "Cookham", "Datchet", "Sunningdale"], ce: "Oxford", rc: "portsmouth" },
  { code: "869", lat: 51.43, lon: -1.25, km: 13, weight: 85, postcodes: "RG7-8 RG14 RG17-20", towns: ["Newbury", "Thatcham", "Hungerford", "Theale", "Pangbourne", "Burghfield", "Lambourn"], ce: "Oxford", rc: "portsmouth" },
  { code: "870", lat: 51.455, lon: -0.97, km: 3.5, weight: 55, postcodes: "RG1-2 RG4 RG30-31", towns: ["Reading", "Caversham", "Tilehurst", "Whitley", "Southcote", "Coley"], ce: "Oxford", rc: "portsmouth" },
  { code: "871", lat: 51.51, lon: -0.59, km: 3.5, weight: 50, postcodes: "SL1-3", towns: ["Slough", "Langley", "Cippenham", "Chalvey", "Britwell", "Upton"], ce: "Oxford", rc: "northampton" },
  { code: "872", lat: 51.41, lon: -0.88, km: 6, weight: 65, postcodes: "RG5-6 RG10 RG40-41", towns: ["Wokingham", "Woodley", "Earley", "Twyford", "Finchampstead", "Winnersh"], ce: "Oxford", rc: "portsmouth" },
  { code: "886", lat: 51.2, lon: 0.75, km: 28, weight: 590, postcodes: "CT1-21 DA2-4 DA9-13 ME1-3 ME6-20 TN1-4 TN8-18 TN23-30", towns: ["Maidstone", "Canterbury", "Ashford", "Dover", "Folkestone", "Tunbridge Wells", "Sevenoaks", "Dartford", "Gravesend", "Margate", "Ramsgate", "Tonbridge", "Sittingbourne", "Faversham", "Deal", "Herne Bay"], ce: "Canterbury", rc: "southwark" },
  { code: "887", lat: 51.39, lon: 0.55, km: 5, weight: 95, postcodes: "ME1-5 ME7-8", towns: ["Chatham", "Gillingham", "Rochester", "Strood", "Rainham", "Hoo St Werburgh", "Walderslade"], ce: "Rochester", rc: "southwark" },
  { code: "921", lat: 50.68, lon: -1.3, km: 9, weight: 50, postcodes: "PO30-41", towns: ["Newport", "Ryde", "Cowes", "Sandown", "Shanklin", "Ventnor", "Freshwater"], ce: "Portsmouth", rc: "portsmouth" },
  { code: "931", lat: 51.78, lon: -1.3, km: 22, weight: 280, postcodes: "OX1-18 OX20 OX25-29 OX33 OX39 OX44 OX49 RG9", towns: ["Oxford", "Banbury", "Abingdon", "Bicester", "Didcot", "Witney", "Wantage", "Thame", "Henley-on-Thames", "Wallingford", "Chipping Norton", "Carterton"], ce: "Oxford", rc: "birmingham" },
  { code: "936", lat: 51.25, lon: -0.45, km: 20, weight: 400, postcodes: "CR3 CR6 GU1-9 GU15-27 KT7-24 RH1-10 TW15-20", towns: ["Guildford", "Woking", "Epsom", "Reigate", "Redhill", "Camberley", "Farnham", "Staines", "Weybridge", "Leatherhead", "Dorking", "Godalming", "Esher", "Caterham", "Haslemere"], ce: "Guildford", rc: "arundel-brighton" },
  { code: "938", lat: 50.96, lon: -0.45, km: 20, weight: 270, postcodes: "BN5-6 BN11-18 BN43-45 GU28-29 PO18-22 RH10-20", towns: ["Chichester", "Crawley", "Horsham", "Worthing", "Bognor Regis", "Littlehampton", "Haywards Heath", "Burgess Hill", "East Grinstead", "Shoreham-by-Sea", "Midhurst"], ce: "Chichester", rc: "arundel-brighton" },
  // South West
  { code: "420", lat: 49.93, lon: -6.3, km: 1.2, weight: 1, postcodes: "TR21-25", towns: ["St Mary's", "Hugh Town", "Tresco", "St Martin's"], ce: "Truro", rc: "plymouth" },
  { code: "800", lat: 51.35, lon: -2.45, km: 8, weight: 80, postcodes: "BA1-2 BS31 BS39", towns: ["Bath", "Keynsham", "Midsomer Norton", "Radstock", "Paulton", "Peasedown St John", "Saltford"], ce: "Bath and Wells", rc: "clifton" },
  { code: "801", lat: 51.46, lon: -2.59, km: 5, weight: 140, postcodes: "BS1-11 BS13-16", towns: ["Bristol", "Bedminster", "Southmead", "Fishponds", "Hartcliffe", "Easton", "Knowle", "Henbury", "Lawrence Hill", "Clifton", "Lockleaze"], ce: "Bristol", rc: "clifton" },
  { code: "802", lat: 51.39, lon: -2.82, km: 9, weight: 80, postcodes: "BS20-24 BS48-49", towns: ["Weston-super-Mare", "Clevedon", "Portishead", "Nailsea", "Backwell", "Yatton", "Worle"], ce: "Bath and Wells", rc: "clifton" },
  { code: "803", lat: 51.53, lon: -2.45, km: 9, weight: 115, postcodes: "BS30 BS32 BS34-37 GL12", towns: ["Yate", "Thornbury", "Kingswood", "Bradley Stoke", "Filton", "Chipping Sodbury", "Patchway", "Emersons Green"], ce: "Bristol", rc: "clifton" },
  { code: "838", lat: 50.8, lon: -2.35, km: 24, weight: 170, postcodes: "BH16-21 DT1-11 SP7-8", towns: ["Dorchester", "Weymouth", "Bridport", "Sherborne", "Blandford Forum", "Wimborne", "Gillingham", "Shaftesbury", "Swanage", "Wareham", "Portland"], ce: "Salisbury", rc: "plymouth" },
  { code: "839", lat: 50.74, lon: -1.88, km: 5, weight: 80, postcodes: "BH1-15", towns: ["Bournemouth", "Poole", "Christchurch", "Boscombe", "Kinson", "Parkstone", "Broadstone"], ce: "Salisbury", rc: "portsmouth" },
  { code: "865", lat: 51.3, lon: -1.95, km: 24, weight: 240, postcodes: "BA12-15 SN8-16 SP1-5", towns: ["Salisbury", "Chippenham", "Trowbridge", "Devizes", "Melksham", "Warminster", "Calne", "Marlborough", "Corsham", "Amesbury", "Bradford on Avon", "Royal Wootton Bassett"], ce: "Salisbury", rc: "clifton" },
  { code: "866", lat: 51.56, lon: -1.78, km: 6, weight: 75, postcodes: "SN1-6 SN25-26", towns: ["Swindon", "Highworth", "Stratton", "Penhill", "Wroughton", "Abbey Meads", "Old Town"], ce: "Bristol", rc: "clifton" },
  { code: "878", lat: 50.75, lon: -3.75, km: 32, weight: 380, postcodes: "EX1-39 PL19-21 TQ6-14", towns: ["Exeter", "Barnstaple", "Exmouth", "Newton Abbot", "Tiverton", "Bideford", "Sidmouth", "Tavistock", "Okehampton", "Honiton", "Ilfracombe", "Crediton", "Totnes", "Dawlish"], ce: "Exeter", rc: "plymouth" },
  { code: "879", lat: 50.39, lon: -4.12, km: 5, weight: 90, postcodes: "PL1-7", towns: ["Plymouth", "Devonport", "Plympton", "Plymstock", "Stoke", "Whitleigh", "Honicknowle", "Efford"], ce: "Exeter", rc: "plymouth" },
  { code: "880", lat: 50.45, lon: -3.55, km: 5, weight: 40, postcodes: "TQ1-5", towns: ["Torquay", "Paignton", "Brixham", "Chelston", "Preston", "Babbacombe"], ce: "Exeter", rc: "plymouth" },
  { code: "908", lat: 50.42, lon: -4.85, km: 35, weight: 280, postcodes: "PL10-18 PL22-35 TR1-20 TR26-27", towns: ["Truro", "Falmouth", "Penzance", "St Austell", "Newquay", "Bodmin", "Camborne", "Redruth", "Launceston", "Liskeard", "Helston", "Saltash", "Bude", "St Ives"], ce: "Truro", rc: "plymouth" },
  { code: "916", lat: 51.85, lon: -2.2, km: 22, weight: 290, postcodes: "GL1-20 GL50-56", towns: ["Gloucester", "Cheltenham", "Stroud", "Tewkesbury", "Cirencester", "Dursley", "Stonehouse", "Lydney", "Cinderford", "Coleford", "Bishop's Cleeve"], ce: "Gloucester", rc: "clifton" },
  { code: "933", lat: 51.1, lon: -2.95, km: 26, weight: 270, postcodes: "BA3-11 BA16 BA20-22 TA1-24", towns: ["Taunton", "Yeovil", "Bridgwater", "Frome", "Wells", "Glastonbury", "Minehead", "Street", "Shepton Mallet", "Chard", "Wellington", "Burnham-on-Sea"], ce: "Bath and Wells", rc: "clifton" },
];

/** A local authority with what the generator needs to place schools in it. */
export interface Area extends LocalAuthority {
  lat: number;
  lon: number;
  km: number;
  weight: number;
  towns: readonly string[];
  postcodeDistricts: readonly string[];
  /** Church of England diocese, e.g. "Diocese of Leeds". */
  cofeDiocese: string;
  /** Roman Catholic diocese, e.g. "Diocese of Leeds (rc)". */
  catholicDiocese: string;
}

function expandPostcodes(spec: string): string[] {
  const districts: string[] = [];
  for (const token of spec.split(/\s+/)) {
    const match = /^([A-Z]{1,2})(\d{1,2})(?:-(\d{1,2}))?$/.exec(token);
    if (!match) throw new Error(`bad postcode district spec ${token}`);
    const [, area = "", from = "0", to] = match;
    for (let n = Number(from); n <= Number(to ?? from); n++) districts.push(`${area}${n}`);
  }
  return districts;
}

const factsByCode = new Map(areaFacts.map((f) => [f.code, f]));

/** Every local authority of the domain's list, with its area facts, in the domain's order. */
export const areas: readonly Area[] = localAuthorityList.map((la) => {
  const facts = factsByCode.get(la.code);
  if (!facts) throw new Error(`no area facts for local authority ${la.code} ${la.name}`);
  return {
    ...la,
    lat: facts.lat,
    lon: facts.lon,
    km: facts.km,
    weight: facts.weight,
    towns: facts.towns,
    postcodeDistricts: expandPostcodes(facts.postcodes),
    cofeDiocese: `Diocese of ${facts.ce}`,
    catholicDiocese: catholicDioceseNames[facts.rc],
  };
});

const areaByCode = new Map(areas.map((a) => [a.code, a]));

export function areaOf(code: string): Area {
  const area = areaByCode.get(code);
  if (!area) throw new Error(`unknown local authority ${code}`);
  return area;
}

const neighbourCache = new Map<string, readonly Area[]>();

/** Every area ordered by the distance of its centre from this one's (itself first). */
export function areasByDistanceFrom(code: string): readonly Area[] {
  const cached = neighbourCache.get(code);
  if (cached) return cached;
  const from = areaOf(code);
  const sorted = areas
    .map((a) => ({ a, d: distanceKm(from.lat, from.lon, a.lat, a.lon) }))
    .sort((x, y) => x.d - y.d || x.a.code.localeCompare(y.a.code))
    .map(({ a }) => a);
  neighbourCache.set(code, sorted);
  return sorted;
}

export function areasIn(region: Region): Area[] {
  return areas.filter((a) => a.region === region);
}

// Letters used in the inward part of a postcode (C, I, K, M, O and V never are).
const inwardLetters = [..."ABDEFGHJLNPQRSTUWXYZ"];

/** A postcode in one of the area's districts, e.g. "LS6 2QD". */
export function postcodeIn(area: Area, random: Random): string {
  const district = random.pick(area.postcodeDistricts);
  return `${district} ${random.int(1, 9)}${random.pick(inwardLetters)}${random.pick(inwardLetters)}`;
}

const england = { minLat: 49.9, maxLat: 55.8, minLon: -6.4, maxLon: 1.8 };

/** A point near the area's centre: uniform over a disc of its spread, kept inside England's box. */
export function pointIn(area: Area, random: Random): { latitude: number; longitude: number } {
  const r = area.km * Math.sqrt(random.next());
  const theta = random.next() * 2 * Math.PI;
  const deg = Math.PI / 180;
  const latitude = area.lat + (r * Math.cos(theta)) / 111.32;
  const longitude = area.lon + (r * Math.sin(theta)) / (111.32 * Math.cos(area.lat * deg));
  const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
  return {
    latitude: Math.round(clamp(latitude, england.minLat + 0.01, england.maxLat - 0.01) * 1e6) / 1e6,
    longitude:
      Math.round(clamp(longitude, england.minLon + 0.01, england.maxLon - 0.01) * 1e6) / 1e6,
  };
}

/** Places that have schools of faiths other than Christian ones, by local authority code. */
export const otherFaithAreas = {
  JEWISH: ["302", "204", "351", "355", "919", "310", "317", "383"],
  MUSLIM: ["330", "380", "889", "856", "211", "382", "350"],
  SIKH: ["871", "313", "307", "856", "330", "331", "336"],
  HINDU: ["310", "856", "304", "302"],
} as const;

/** Local authorities that still run a three-tier system, so have middle schools. */
export const middleSchoolAreas: ReadonlySet<string> = new Set([
  "929",
  "822",
  "820",
  "885",
  "838",
  "860",
  "865",
]);
