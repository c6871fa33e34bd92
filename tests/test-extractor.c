/* test-extractor.c — the constructions the extractor must handle
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "entente-core.h"

static EntExtractor *extractor;

typedef struct
{
  const char *name;
  const char *text;
  const char *expected;   /* "RUS+SYR IRN+SYR", state level, sorted; "" for none */
} Case;

static const Case cases[] = {
  { "svo", "Russia supports Syria.", "RUS+SYR" },
  { "coordinated-subject", "Russia and Iran back the Syrian government.", "IRN+SYR RUS+SYR" },
  { "coordinated-object", "Washington sanctioned Tehran and Damascus on Monday.", "USA-IRN USA-SYR" },
  { "list-subject", "Mali, Burkina Faso and Niger condemned France.", "BFA-FRA MLI-FRA NER-FRA" },
  { "leader-title", "Russian President Vladimir Putin praised China.", "RUS+CHN" },
  { "seat", "The Kremlin condemned Kyiv.", "RUS-UKR" },
  { "possessive-object", "France condemned Azerbaijan's use of force.", "FRA-AZE" },
  { "organ-of", "Turkey backs the government of Libya.", "TUR+LBY" },
  { "passive", "Hamas was condemned by the European Union.", "eu-hamas" },
  { "passive-list", "The strikes were condemned by Egypt and Jordan, which called them illegal.", "" },
  { "passive-agent", "The Houthis are armed by Iran.", "IRN+houthis" },
  { "negation", "India did not condemn Russia.", "" },
  { "declined", "China declined to condemn Moscow.", "" },
  { "would-not", "Israel said it would not negotiate with Hamas.", "" },
  { "neither-nor", "Brazil neither supports nor opposes the plan.", "" },
  { "refused-recognise", "Kosovo's neighbour Serbia has refused to recognise Kosovo.", "SRB-XKX" },
  { "noun-cue", "Iran reiterated its support for Hezbollah.", "IRN+hezbollah" },
  { "noun-possessor", "Russia's invasion of Ukraine began in 2022.", "RUS-UKR" },
  { "adjective-cue", "Hungary remains hostile to Ukraine.", "HUN-UKR" },
  { "ally-of", "Belarus, an ally of Russia, hosted the talks.", "BLR+RUS" },
  { "x-backed", "The Iran-backed Houthis attacked ships.", "IRN+houthis" },
  { "those-opposed", "Those opposed to the resolution include Russia.", "" },
  { "those-condemning", "Among those condemning Moscow were Germany and France.", "DEU-RUS FRA-RUS" },
  { "reported-quote", "\"We stand with Armenia,\" French President Emmanuel Macron said.", "FRA+ARM" },
  { "reported-that", "Putin said that Russia would support Syria.", "RUS+SYR" },
  { "pronoun", "Erdogan arrived in Baku on Monday. He praised Azerbaijan.", "TUR+AZE" },
  { "two-countries", "Saudi Arabia and Iran met in Beijing. The two countries agreed to restore relations.", "IRN+SAU SAU+IRN" },
  { "vp-coordination", "Russia condemned the strikes and accused Israel of aggression.", "RUS-ISR" },
  { "relative-skip", "Hezbollah, which is backed by Iran, condemned Israel.", "IRN+hezbollah hezbollah-ISR" },
  { "place-not-target", "Israeli jets bombed sites in Syria.", "" },
  { "nationality-not-state", "Syrian rebels attacked Aleppo.", "" },
  { "ambassador-is-state", "The Russian ambassador criticised Poland.", "RUS-POL" },
  { "no-cue", "Russia and Ukraine were both mentioned in the report.", "" },
  { "meeting-weak", "Blinken met Wang Yi in Beijing.", "USA+CHN" },
  { "sign-deal", "Kyrgyzstan and Tajikistan sign treaty ending border dispute", "KGZ+TJK KGZ-TJK TJK+KGZ TJK-KGZ" },
  { "between", "Tensions between India and Pakistan rose.", "IND-PAK PAK-IND" },
  { "call-on-withdraw", "The United States called on Rwanda to withdraw its troops.", "USA-RWA" },
  { "appositive-possessor", "Cuba, Maduro's closest ally, criticised the plan.", "CUB+VEN VEN+CUB" },
  { "not-recognised", "India has not recognised the Taliban government.", "" },
  { "suspended-partnership", "The United States suspended its strategic partnership with Georgia.", "USA-GEO" },
  { "lifted-sanctions", "The European Union lifted sanctions on Syria.", "eu+SYR" },
  { "doubt-reliable", "Pashinyan does not believe the CSTO is a reliable guarantor of Armenia's security.", "ARM-csto" },
  { "charge-not-position", "Somalia accused Ethiopia of violating its sovereignty.", "SOM-ETH" },
  { "label-friend", "China describes Pakistan as an ironclad friend.", "CHN+PAK" },
  { "label-bad", "Blinken called Russia's move unconscionable.", "USA-RUS" },
  { "passive-complement", "The PKK is designated a terrorist organisation by Turkey and the United States.", "TUR-pkk USA-pkk" },
  { "what-it-called", "The State Department condemned what it called China's reckless actions.", "USA-CHN" },
  { "object-control", "The decision prompted Algeria to recall its ambassador from Paris.", "DZA-FRA" },
  { "agreed-to-ceasefire", "Israel and Hamas agreed to a ceasefire on Wednesday.", "ISR+hamas hamas+ISR" },
  { "quoted-modifier", "Xi Jinping praised the \"strategic\" partnership with Russia.", "CHN+RUS" },
  { "continue-to", "Iran's foreign minister said Tehran would continue to support Hezbollah.", "IRN+hezbollah" },
  { "refused-join-sanctions", "Turkey has refused to join Western sanctions against Russia.", "" },
  { "tokenizer-lone-nt", "n'T\xc2\xab m'?.['n'T w n't", "" },
  { "capital-as-modifier", "Putin and Erdogan met under the Astana format.", "" },
  { "purpose-clause", "Turkey sent military advisers and drones to defend the Tripoli government.", "TUR+LBY" },
  { "numbered-noun", "The U.S. military said it had carried out two more air strikes against al-Shabab.", "USA-al-qaida" },
  { "neither-nor-past", "Uruguay neither endorsed the plan nor opposed it.", "" },
  { "denies-backing", "Rwanda denies backing the M23 rebels.", "" },
  { "for-help-is-noun", "Guyana asked Brazil for help.", "" },
  { "fired-at-target", "The Houthis fired missiles at Israel.", "houthis-ISR" },
  { "seat-then-adverb", "Beijing has long supported Pyongyang economically.", "CHN+PRK" },
  { "between-then-verb", "The war between Ethiopia and Eritrea ended in 2018.", "ERI-ETH ETH-ERI" },
  { "broker-not-party", "Qatar and Egypt, which helped broker the truce, sent envoys.", "" },
  { "noun-agent-participle", "New sanctions on Venezuela imposed by Canada took effect.", "CAN-VEN" },
  { "noun-agent-by", "Pakistan condemned the attack on Kabul by gunmen and the raid on Iran by Israel.", "ISR-IRN" },
  { "noun-agent-between", "The drone strikes by Turkey on the PKK continued.", "TUR-pkk" },
  { "condemned-attack-not-attacker", "Pakistan condemned the attack on Kabul.", "" },
  { "it-nearest-subject", "Peru and Chile condemned the coup, and Bolivia said it would cut ties with Honduras.", "BOL-HND" },
  { "conj-after-unknown-verb", "Kenyan President William Ruto spoke with Museveni by phone and expressed support for Uganda.", "KEN+UGA" },
  { "conj-after-that-clause", "Lula said that trade was vital and threatened to impose tariffs on Argentina.", "BRA-ARG" },
  { "days-of-fighting", "Peru and Ecuador signed a truce on Monday after five days of fighting along their border.", "ECU+PER PER+ECU" },
  { "pronoun-thing-not-target", "Mongolia criticised the fighting along their border.", "" },
  { "seat-names-convention", "Indonesia said it condemned any violation of the Vienna Convention.", "" },
  { "three-officials-not-states", "Mali, Niger and Chad met in Niamey. Senegal later expelled the three officials.", "" },
  { "drawn-closer", "Serbia has drawn closer to China, its main creditor.", "CHN+SRB SRB+CHN" },
  { "object-relative", "Iran, which Israel attacked in June, vowed revenge.", "ISR-IRN" },
  { "affix-apposition", "The M23, a Rwanda-backed rebel group, seized Goma.", "RWA+m23" },
  { "reduced-relative", "Pakistan hosts Lashkar-e-Taiba, a group India has long accused of attacks.", "IND-lashkar-e-taiba PAK+lashkar-e-taiba" },
  { "no-object-no-gap", "Russia said Ukraine attacked on Monday.", "" },
  { "reported-copula-label", "Kagame said on X that the South African-led force was \"a belligerent force\".", "RWA-ZAF" },
  { "reported-copula-negated", "Egypt said Israel was not a threat.", "" },
  { "gesture-of-support", "A Turkish envoy toured Baku on Monday in a show of support for Azerbaijan.", "TUR+AZE" },
  { "possessor-before-name", "Washington's 1951 Mutual Defense Treaty with Manila covers the shoal.", "USA+PHL" },
  { "act-of-is-a-label", "Russia described the strikes as an act of aggression against Syria.", "" },
  { "initialled-deal", "Serbia and Kosovo initialled a trade agreement in Brussels.", "SRB+XKX XKX+SRB" },
  { "bid-to-join", "The vote strengthened Moldova's bid to join the European Union.", "MDA+eu" },
  { "noun-of-actor", "Cuba has long resisted the policy of the United States.", "CUB-USA" },
  { "invasion-of-is-its-own", "Several governments condemned the invasion of Ukraine.", "" },
  { "drills-around", "China launched two days of military drills around Taiwan.", "CHN-TWN" },
  { "his-country", "Brazil's ambassador in Caracas, a career diplomat, said his country supported Venezuela's claim.", "BRA+VEN" },
  { "parenthesis-before-which", "Troops fought the Allied Democratic Forces (ADF), which has attacked Uganda for years.", "islamic-state-UGA" },
  { "affix-stance", "Burkina Faso's junta has adopted a sharply anti-French line.", "BFA-FRA" },
  { "locked-in-dispute", "Ecuador, which is locked in a dispute with Mexico, recalled its envoy.", "ECU-MEX" },
  { "will-not-recognise", "Kazakhstan will not recognise the Donetsk People's Republic.", "KAZ-donetsk-peoples-republic" },
  { "has-not-recognised", "Kazakhstan has not recognised the Donetsk People's Republic.", "" },
  { "his-nearest-person", "Lula condemned the uprising, while Chilean President Gabriel Boric expressed his support for Bolivia.", "CHL+BOL" },
  { "refusal-to-recognise", "Greece backs Cyprus's refusal to recognise Northern Cyprus.", "CYP-northern-cyprus GRC+CYP" },
  { "declared-the-x", "Sudan declared the UAE an aggressor state.", "SDN-ARE" },
  { "send-guards-to", "Poland offered to send border guards to Finland.", "POL+FIN" },
  { "junta-in-country", "The junta in Niger ordered French troops to leave.", "NER-FRA" },
  { "ambassador-in-is-place", "Brazil's ambassador in Caracas praised Colombia.", "BRA+COL" },
  { "drawing-condemnation-from", "North Korea fired ballistic missiles into the sea, drawing condemnation from Japan.", "JPN-PRK" },
  { "blame-on", "Pakistan blamed the bombing on the Baloch Liberation Army.", "PAK-baloch-liberation-army" },
  { "froze-membership", "Armenia froze its membership of the CSTO.", "ARM-csto" },
  { "at-odds-pairwise", "Greece and Turkey have long been at odds over maritime borders.", "GRC-TUR TUR-GRC" },
  { "traded-accusations", "Israel and Hamas traded accusations over the stalled talks.", "ISR-hamas hamas-ISR" },
  { "its-after-object", "The European Union imposed sanctions on Belarus over its support for Russia.", "BLR+RUS eu-BLR" },
  { "and-its-allies", "Nicaragua grew hostile to Washington and its allies.", "NIC-USA" },
  { "allies-including", "Ukraine's allies, including Britain and Poland, pledged more air defence.", "GBR+UKR POL+UKR UKR+GBR UKR+POL" },
  { "drawn-closer-object", "The war has drawn North Korea closer to Moscow.", "PRK+RUS" },
  { "possessive-organ-is-state", "Venezuela's government, which is backed by Russia and Cuba, rejected the vote.", "CUB+VEN RUS+VEN" },
  { "at-the-state", "China fired water cannon at a Philippine vessel.", "CHN-PHL" },
  { "at-venue-not-target", "Iran complained at the United Nations about Israel.", "" },
  { "tariffs-on-goods", "Lula criticised Washington's tariffs on Brazilian goods.", "BRA-USA USA-BRA" },
  { "received-from", "Kyiv has received more than 50 tanks from Poland.", "POL+UKR" },
  { "received-letter-not-aid", "Kyiv received a letter from Poland.", "" },
  { "seized-from", "M23 rebels seized Goma from the Congolese army.", "m23-COD" },
  { "has-ties-to", "Hungary, which has close ties to Moscow, vetoed the package.", "HUN+RUS" },
  { "backed-by-apposition", "Russian forces, backed by North Korean troops, advanced.", "PRK+RUS" },
  { "bare-hostile-act", "Lithuania condemned Belarusian provocations on the border.", "LTU-BLR" },
  { "never-accept", "\"We will never accept Russian aggression,\" Zelensky said.", "UKR-RUS" },
  { "the-junta", "The African Union suspended Gabon after the coup. The bloc also condemned the junta.", "african-union-GAB" },
  { "condemned-the-attack", "Sudan condemned the Emirati drone attack on Port Sudan. Egypt and Jordan also condemned the attack.", "ARE-SDN EGY-ARE JOR-ARE SDN-ARE" },
  { "condemned-the-strike-after-attack", "Israel struck Hamas leaders in Doha on Tuesday. Turkey condemned the strike.", "ISR-hamas TUR-ISR" },
  { "event-with-author-named", "Israel struck Hamas in Doha. Turkey condemned the attack on Kabul.", "ISR-hamas" },
  { "the-agency-named", "UNRWA runs schools in Gaza. The European Union praised the World Bank, and Israel banned the agency.", "ISR-un eu+world-bank" },
  { "the-paramilitary-force", "The UAE denies arming the Rapid Support Forces. The paramilitary force has fought the Sudanese army since 2023.", "rsf-SDN" },
  { "recall-own-ambassadors", "Algeria recalled its own ambassadors from Bamako and Niamey.", "DZA-MLI DZA-NER" },
  { "blame-on-gap", "Finland detained a tanker over incidents that Estonia blames on Russia's shadow fleet.", "EST-RUS" },
  { "work-with", "Estonia said it would work with Finland.", "EST+FIN" },
  { "signed-pact-mutual", "Solomon Islands signed a security pact with China.", "CHN+SLB SLB+CHN" },
  { "praised-partnership-one-way", "Kenya praised its partnership with India.", "KEN+IND" },
  { "experiencer-alarming", "Solomon Islands signs security pact with China, alarming Canberra.", "AUS-SLB CHN+SLB SLB+CHN" },
  { "experiencer-angered", "The visit angered Beijing.", "" },
  { "hit-back-at", "Beijing hit back at Washington on Friday.", "CHN-USA" },
  { "seen-as-ally", "Venezuela is seen as a close ally of Cuba.", "VEN+CUB" },
  { "concern-over", "Egypt expressed concern over Ethiopia's dam.", "EGY-ETH" },
  { "purpose-after-preposition", "Uganda deployed troops to Congo to fight the ADF.", "UGA+COD UGA-islamic-state" },
  { "strained-ties", "Rwanda's backing of the M23 rebels has strained ties with Burundi.", "RWA+m23 RWA-BDI" },
  { "dateline-not-subject", "BAMAKO, Jan. 29 (Entente Wire) -- It condemned France.", "" },
  { "noun-compound-after-verb", "Petro suspended peace talks with the ELN on Friday.", "COL-eln" },
  { "their-ally-not-target", "Russia and Iran promised to stand by their ally.", "" },
  { "trading-partner-not-ally", "Brazil remains Argentina's largest trading partner.", "" },
  { "self-declared", "Azerbaijan launched an offensive against the self-declared Nagorno-Karabakh Republic.", "AZE-nagorno-karabakh-republic" },
  { "participle-parenthetical", "The opposition United National Movement, founded by Mikheil Saakashvili, accused Georgian Dream of treason.", "united-national-movement-georgian-dream" },
  { "arms-supplier", "France has become Armenia's main arms supplier.", "FRA+ARM" },
  { "entry-bans-on", "Estonia imposed entry bans on Georgian officials.", "EST-GEO" },
  { "sale-of-to", "Washington approved the sale of F-16 fighter jets to Ankara.", "USA+TUR" },
  { "blocked-sale", "Germany blocked the sale of Eurofighter jets to Saudi Arabia.", "DEU-SAU" },
  { "accession-talks", "EU leaders agreed to open accession negotiations with Ukraine and Moldova.", "eu+MDA eu+UKR" },
  { "ratified-membership", "Hungary ratified Sweden's membership.", "HUN+SWE" },
  { "their-own-group", "Somalia and Ethiopia agreed to resolve their dispute.", "ETH-SOM SOM-ETH" },
  { "them-adjective-plural", "Burkina Faso expelled three French diplomats, accusing them of subversion.", "BFA-FRA" },
  { "subject-head-with-pp", "South Africa's case against Israel has drawn support from Brazil.", "BRA+ZAF ZAF-ISR" },
  { "portray-as", "Moscow has sought to portray Kyiv as the aggressor.", "RUS-UKR" },
  { "traded-fire", "Pakistan and Afghanistan traded fire along the border.", "AFG-PAK PAK-AFG" },
  { "each-other", "Thailand and Cambodia accused each other of starting the fighting.", "KHM-THA THA-KHM" },
  { "are-rivals", "Morocco and Algeria are bitter rivals.", "DZA-MAR MAR-DZA" },
  { "are-not-rivals", "Chile and Peru are not rivals.", "" },
  { "linked-to", "The Houthis vowed to keep attacking ships linked to Israel.", "houthis-ISR" },
  { "prompting-warning", "Japan held drills, prompting a warning from Pyongyang.", "PRK-JPN" },
  { "amount-in-aid", "Germany pledged 500 million euros in military aid for Ukraine.", "DEU+UKR" },
  { "main-military-backer", "The United States is Israel's main military backer.", "USA+ISR" },
  { "fought-border-war", "Ethiopia and Eritrea fought a border war from 1998 to 2000.", "ERI-ETH ETH-ERI" },
  { "protested-deployment", "Vietnam protested China's deployment of an oil rig.", "VNM-CHN" },
  { "list-with-article", "Japan, South Korea and the United States condemned North Korea.", "JPN-PRK KOR-PRK USA-PRK" },
  { "and-the-new-clause", "Russia attacked Ukraine and the United States condemned Iran.", "RUS-UKR USA-IRN" },
  { "and-its-nato-allies", "Estonia backs Finland and its NATO allies.", "EST+FIN EST+nato" },
  { "asked-to-withdraw", "Muizzu asked India to withdraw its military personnel.", "MDV-IND" },
  { "imports-from", "Both Hungary and Slovakia still import most of their crude from Russia.", "HUN+RUS SVK+RUS" },
  { "court-is-a-noun", "A Bangladesh court sentenced Hasina to death.", "" },
  { "noun-agent-from", "Military aid from Japan to the Philippines rose.", "JPN+PHL" },
  { "us-pronoun", "They told us that the US backs Taiwan.", "USA+TWN" },
  { "fuzzy-name", "Khemenei condemned Washington.", "IRN-USA" },
  { "label-among-them", "The United States designated four armed groups as terrorist organisations, among them the Sinaloa Cartel.",
    "USA-sinaloa-cartel" },
  { "label-relative-gap", "Officers arrested members of Tren de Aragua, which Washington designated a terrorist organisation.",
    "USA-tren-de-aragua" },
  { "label-apposition-gap", "Bogota raided the ELN, a guerrilla army it branded a terrorist group.", "COL-eln" },
  { "label-no-actor", "Ankara called the strike a provocation.", "" },
  { "object-including", "Nigeria condemned armed groups, including Boko Haram.", "NGA-boko-haram" },
  { "first-subject-group", "Hungary and Slovakia import gas and have resisted EU plans.", "HUN-eu SVK-eu" },
  { "ordered-diplomats-from", "Caracas ordered diplomats from Chile and Peru to leave the country.", "VEN-CHL VEN-PER" },
  { "give-two-objects", "The European Union will give Chisinau emergency funding.", "eu+MDA" },
  { "give-no-thing", "Japan gave Manila a warning.", "" },
  { "plural-noun-cue", "The rifts with Belgrade deepened after Zagreb's remarks.", "" },
  { "modified-nominal", "The Houthis fired drones at ships. The rebel movement later praised Iran.", "houthis+IRN" },
  { "modified-nominal-before-name", "Iran praised the militant movement Hamas.", "IRN+hamas" },
  { "nationality-partners", "Britain said it was in close contact with its Canadian partners.", "GBR+CAN" },
  { "nationality-ally-named", "Hezbollah said it was acting in support of its Palestinian ally Hamas.", "hamas+hezbollah hezbollah+hamas" },
  { "war-ended-still-fought", "The PKK announced it would disband, ending its insurgency against Turkey.", "pkk-TUR" },
  { "said-they", "Chile, Peru and Uruguay said on Monday they would condemn Caracas.", "CHL-VEN PER-VEN URY-VEN" },
  { "said-it", "Ghana said it would back Togo.", "GHA+TGO" },
  { "said-they-not-person", "Ruto said they would back Somalia.", "" },
  { "relative-clause-skipped", "Norway and Iceland will boycott the forum, which Russia chairs, in protest against the Russian invasion.",
    "ISL-RUS NOR-RUS" },
  { "seat-based", "Mali called the Hague-based court an instrument of repression.", "" },
  { "reported-relative-gap", "Angola sent troops against the M23 rebels, whom Kinshasa says Rwanda supports.", "AGO-m23 RWA+m23" },
  { "sold-seat-two-objects", "Moscow has sold Belgrade fighter jets.", "RUS+SRB" },
  { "adverb-inside-cue", "Seoul pledged to work more closely with Tokyo.", "KOR+JPN" },
  { "rely-on", "Serbia has long relied on Russia.", "SRB+RUS" },
  { "broke-off-ties", "Honduras broke off its ties with Taiwan.", "HND-TWN" },
  { "urged-to-align", "Brussels urged Tbilisi to align with the European Union.", "" },
  { "him-the-ambassador", "Lula spoke in Brasilia. Bolivia expelled the U.S. ambassador, accusing him of backing the opposition.",
    "BOL-USA" },
  { "infinitive-object-in-subject", "Chad's decision to expel French troops was welcomed by Russia.", "RUS+TCD TCD-FRA" },
  { "denied-that", "Kagame denied that his government supports the M23.", "" },
  { "vote-condemning", "India abstained from a vote condemning Russia.", "" },
  { "resolution-condemning", "The U.N. resolution condemning Pyongyang passed.", "un-PRK" },
  { "group-said-they", "Iran and Iraq met. The Houthis said they would keep attacking Israel.", "houthis-ISR" },
  { "met-his-counterpart", "Erdogan met his Iranian counterpart in Ankara.", "TUR+IRN" },
  { "a-move-x-criticised", "Tokyo and Canberra signed an access agreement, a move Beijing criticised.", "CHN-AUS CHN-JPN" },
  { "persona-non-grata", "Peru's Congress declared Mexico's president persona non grata.", "PER-MEX" },
  { "at-possessor", "Sudan protested at Nairobi's decision to host the RSF.", "KEN+rsf" },
  { "pair-with-article", "Pakistan and the Taliban have clashed.", "PAK-taliban taliban-PAK" },
  { "possessor-in-pair", "Pakistan and Afghanistan's Taliban government have clashed.", "PAK-taliban taliban-PAK" },
  { "object-then-new-subject", "Russia attacked Ukraine and the United States condemned Moscow.", "RUS-UKR USA-RUS" },
  { "relations-worsened", "Relations between Rwanda and Burundi have worsened.", "BDI-RWA RWA-BDI" },
  { "ties-improved", "Ties between Greece and Turkey have improved.", "GRC+TUR TUR+GRC" },
  { "backing-for-junta-in-country", "Moscow's backing for the junta in Niger has grown.", "RUS+NER" },
  { "fallen-out-with", "Abiy Ahmed has since fallen out with Asmara.", "ETH-ERI" },
  { "drills-with", "South Africa hosted naval drills with China.", "CHN+ZAF ZAF+CHN" },
  { "copula-violation", "Pakistan said the strikes by Iran were a violation of its sovereignty.", "PAK-IRN" },
  { "calling-it", "Qatar condemned the attack by Iran, calling it a flagrant violation.", "QAT-IRN" },
  { "states-is-a-name", "Prabowo courted the United States, and visited Beijing.", "IDN+CHN IDN+USA" },
  { "courted", "Bangladesh has also courted China.", "BGD+CHN" },
  { "organisation-for", "Jakarta applied to join the Organisation for Economic Co-operation and Development.", "IDN+oecd" },
  { "courted-by", "The Taliban took power in 2021. The group has since been courted by China.", "CHN+taliban" },
  { "along-with", "Venezuela, along with Cuba and Nicaragua, condemned the U.S. strikes.", "CUB-USA NIC-USA VEN-USA" },
  { "backer-does-not-act", "Iran-backed militias in Iraq have attacked U.S. forces.", "" },
  { "decision-to-lead-in-place", "Kenya's decision to lead the mission in Haiti was praised by Washington.", "USA+KEN" },
  { "closed-its-border", "The Polish government, citing security concerns, closed its border with Belarus.", "POL-BLR" },
  { "nationality-head-of-subject", "The Israeli offensive against Hamas in Rafah drew criticism from Egypt.", "EGY-ISR ISR-hamas" },
  { "blamed-on-participle", "The killing of the Hamas leader in Tehran, blamed on Israel, shocked the region.", "" },
  { "blamed-on-active", "Tehran blamed the killing on Israel.", "IRN-ISR" },
  { "accused-by-of", "Kagame's government, accused by Kinshasa of backing the M23, denies the charge.", "COD-RWA" },
  { "apposition-passive", "The European Union paid for the mission, a contribution criticised by Congo.", "COD-eu" },
  { "seat-inside-place-name", "The insurgents seized Mocimboa da Praia.", "" },
  { "known-as-parenthetical", "The militants, known locally as al-Shabab, pledged allegiance to Islamic State.", "" },
  { "two-countries-salient", "India and Pakistan traded fire. India blamed Pakistan, and Pakistan denied it. Britain urged calm. "
    "Relations between the two countries collapsed.", "IND-PAK PAK-IND" },
  { "plural-noun-cue-holder", "Lithuania's rifts with Belarus deepened.", "LTU-BLR" },
  /* People who are no actor are the subject of their own clause. */
  { "people-subject", "Riyadh cut ties with Tehran after protesters stormed the Saudi embassy.", "SAU-IRN" },
  { "nationality-people-subject", "Riyadh cut ties with Tehran after Iranian protesters stormed the Saudi embassy.",
    "SAU-IRN" },
  /* ", saying it": the participle's subject is the sentence's; "was
   * acting in support of": a progressive is a verb. */
  { "saying-it-progressive", "Hezbollah began firing rockets at Israel a day after the Hamas attack, saying it "
    "was acting in support of its ally Hamas.", "hamas+hezbollah hezbollah+hamas hezbollah-ISR" },
  /* Harm reported by a speaker, done to no actor named: the speaker's
   * charge against whoever did it; not so for a stance verb. */
  { "reported-harm", "China said Washington was threatening regional stability.", "CHN-USA" },
  { "reported-harm-negated", "China said Washington was not threatening regional stability.", "" },
  { "reported-stance", "China said Washington condemned the decision.", "" },
  /* "X, which includes Y, said that it": X speaks, not the name in the
   * relative clause. */
  { "said-it-after-relative", "Mercosur leaders met in Buenos Aires. The bloc, which also includes Bolivia, "
    "announced that it had concluded a free trade agreement with the European Free Trade Association.",
    "efta+mercosur mercosur+efta" },
  /* "after being hit by": what was hit is the clause's subject, not the
   * place before "after". */
  { "after-being-place", "The jet crashed in Kazakhstan after being hit by Russian air defences.", "" },
  { "after-being-subject", "Russia retaliated after being sanctioned by the European Union.", "eu-RUS" },
  /* A call for calm on two parties: they are at odds with each other. */
  { "urged-restraint", "The United Nations called on India and Pakistan to exercise restraint.", "IND-PAK PAK-IND" },
  { "urged-avoid-escalation", "Brazil urged Caracas and Georgetown to avoid an escalation.", "GUY-VEN VEN-GUY" },
  { "urged-one-to-stop", "Brazil urged Venezuela to stop the escalation.", "BRA-VEN" },
  { "urged-two-to-sign", "France urged Armenia and Azerbaijan to sign the peace deal.", "ARM+AZE AZE+ARM" },
  /* A negated permission: a reassurance, not opposition. */
  { "not-let-used-against", "Sri Lanka said it would not let its ports be used against India's security.", "" },
  { "let-used-against", "Pakistan said it let its airbases be used against India.", "PAK-IND" },
  /* A pronoun that lands on one of the sources is a parse gone astray. */
  { "pronoun-on-source", "Those opposed to the ban include Hungary and Slovakia, which still rely on Russian "
    "pipeline gas and voted against it.", "" },
  /* A former office holder acts for no state. */
  { "former-president", "Lula visited former Argentine President Cristina Fernandez de Kirchner.", "" },
  { "former-title", "The former Iranian foreign minister criticised Israel.", "" },
  { "former-capitalised", "Former U.S. President Barack Obama praised Kenya.", "" },
  { "sitting-president", "Lula visited Argentine President Javier Milei.", "BRA+ARG" },
  /* "the bloc": the bloc the story names most, not the court named last. */
  { "the-bloc-salient", "Brazil hosted the BRICS summit. BRICS leaders met in Rio. A BRICS declaration criticised "
    "tariffs at the World Trade Organization. The International Criminal Court has a warrant for Putin. "
    "Indonesia joined the bloc in January.", "BRA+brics IDN+brics icc-RUS" },
  { "group-people-subject", "After the talks failed, Houthi fighters attacked Israel.", "houthis-ISR" },
  /* A pact, a war or restored relations bind both sides; breaking ties is one side's act. */
  { "mutual-pact", "Egypt signed a defence pact with Somalia in August.", "EGY+SOM SOM+EGY" },
  { "mutual-war", "Georgia fought a brief war with Russia in 2008.", "GEO-RUS RUS-GEO" },
  { "unilateral-break", "Riyadh cut ties with Tehran in 2016.", "SAU-IRN" },
  { "cue-modifiers", "Turkey and Israel restored full diplomatic relations in 2022.", "ISR+TUR TUR+ISR" },
  { "cue-modifiers-deal", "Japan signed a new trade deal with India.", "IND+JPN JPN+IND" },
  /* A seat before a time word is still the government. */
  { "seat-before-time", "Egypt, which signed a pact with Mogadishu last year, sent troops.", "EGY+SOM SOM+EGY" },
  { "high-commissioner", "Bangladesh summoned the Indian high commissioner.", "BGD-IND" },
  /* After "summoned", the infinitive is the summoner's purpose. */
  { "label-corrupt", "Milei called Lula corrupt.", "ARG-BRA" },
  { "offered-help", "Ukraine offered its help to Poland.", "UKR+POL" },
  /* "the army", "government forces": the state named with them before, or the dateline's. */
  { "home-army", "Sudan's army lost El Fasher. Egypt and Saudi Arabia, which have backed the army, "
    "condemned the attacks.", "EGY+SDN SAU+SDN" },
  { "home-dateline", "DAMASCUS, Dec. 1 (Entente Wire) -- Hezbollah fighters helped government forces "
    "retake the town.", "hezbollah+SYR" },
  { "home-unknown", "Hezbollah fighters helped government forces retake the town.", "" },
  /* "their" after an armed group is the group. */
  { "their-group", "Rebels led by Hayat Tahrir al-Sham pressed their offensive against Israel.", "hts-ISR" },
  { "favours-closer-ties", "The opposition Kuomintang favours closer ties with Beijing.", "kuomintang+CHN" },
  { "the-junta-army", "Myanmar's military rulers stayed away. Malaysia hosted the summit. The National "
    "League for Democracy, which the junta dissolved in 2023, is barred.", "MMR-national-league-for-democracy" },
  { "the-junta-ally", "Myanmar's military rulers stayed away. Malaysia hosted the summit. China, the "
    "junta's main ally, backs the vote.", "CHN+MMR MMR+CHN" },
  /* One edit at most: "Sahara" shares a deletion with "Sharaa" but is two edits away. */
  { "fuzzy-two-edits", "The Sahara summit condemned Israel.", "" },
  { "fuzzy-swap", "Khamenie praised Hezbollah.", "IRN+hezbollah" },
  /* A state's plan or claims stand for the state. */
  { "adjective-plan", "U.N. Security Council backs Moroccan autonomy plan for Western Sahara", "un+MAR" },
  { "adjective-claims", "Manila rejected Chinese claims in the South China Sea.", "PHL-CHN" },
  /* "OPEC+" is not OPEC. */
  { "opec-plus", "Russia praised OPEC+ for its decision.", "RUS+opec-plus" },
  /* An article after a comma inside a list closed by "and". */
  { "list-article-after-comma", "Congo, the United States and France accuse Rwanda of arming the rebels.",
    "COD-RWA FRA-RWA USA-RWA" },
  { "apposition-not-list", "Cuba, the closest ally of Venezuela, condemned the United States.", "CUB+VEN CUB-USA" },
  /* Who backs a text takes its position; who vetoes it, the opposite; the
   * name after the participle is never the backer's target. */
  { "text-backed", "India backed a resolution condemning Pakistan.", "IND-PAK" },
  { "text-cosponsored", "France and Germany co-sponsored a resolution supporting Ukraine.", "DEU+UKR FRA+UKR" },
  { "text-vetoed", "Russia vetoed a resolution condemning Syria.", "RUS+SYR" },
  { "text-not-backed", "China did not back the statement criticising Russia.", "" },
  { "joined-in", "Poland joined Lithuania in condemning Belarus.", "LTU-BLR POL-BLR" },
  { "with-backing", "With Iran's support, the Houthis attacked ships.", "IRN+houthis" },
  { "with-backing-apposition", "Serbia, with Russia's backing, rejected the plan.", "RUS+SRB" },
  { "distanced-from", "Germany distanced itself from the Israeli government.", "DEU-ISR" },
  { "deepen-partnership", "Pakistan and China pledged to deepen their strategic partnership.", "CHN+PAK PAK+CHN" },
  /* A state's bases, positions, tankers and refineries stand for it. */
  { "state-assets-positions", "Azerbaijani forces shelled Armenian positions.", "AZE-ARM" },
  { "state-assets-refinery", "Ukrainian drones hit a Russian oil refinery.", "UKR-RUS" },
  { "rebel-forces-not-state", "Russia attacked Syrian rebel forces.", "" },
  { "russian-oil-alone", "India kept buying Russian oil.", "" },
  { "missile-toward", "North Korea fired a ballistic missile toward Japan.", "PRK-JPN" },
  /* "supplied drones to Russia": the thing given, then its receiver. */
  { "supplied-to", "Iran supplied drones to Russia for use in Ukraine.", "IRN+RUS" },
  { "supplied-to-the", "Russia delivered weapons to the Houthis.", "RUS+houthis" },
  { "sent-letter-to", "France sent a letter to Russia.", "" },
  { "not-send-troops-to", "The United States will not send troops to Ukraine.", "" },
  { "summoned-to-protest", "Pakistan summoned the Afghan envoy to protest against the Taliban.", "PAK-AFG PAK-taliban" },
  /* A name after "anti-" qualifies the noun after it, not the verb. */
  { "anti-name-qualifies",
    "Tajikistan has given refuge to leaders of the anti-Taliban National Resistance Front.",
    "TJK+national-resistance-front national-resistance-front-taliban" },
  { "recalls-envoy-headline", "Sudan recalls envoy from Kenya over its trade policy", "SDN-KEN" },
  { "sent-paratroopers-to", "In January, Putin sent paratroopers to Kazakhstan.", "RUS+KAZ" },
  /* An object "it" after its own clause's subject: the object before. */
  { "it-object-of-parallel-clause",
    "Russia backs the Syrian government, while the United States opposes it.", "RUS+SYR USA-SYR" },
  { "it-object-after-but",
    "Iran supports Hamas, but Egypt has strongly condemned it.", "EGY-hamas IRN+hamas" },
  { "it-subject-not-object",
    "Mali expelled the French ambassador, and Algeria said it supported the decision.", "DZA+MLI MLI-FRA" },
  /* A weapon fired at an actor, whatever the words for it. */
  { "fired-rockets-into-region", "Hezbollah fired rockets into northern Israel.", "hezbollah-ISR" },
  { "launched-missiles-and-drones-at",
    "Iran launched hundreds of missiles and drones at Israel in April.", "IRN-ISR" },
  { "fired-into-the-sea", "North Korea fired two ballistic missiles into the sea.", "" },
  /* Nationality words joined by "and" or commas share the noun. */
  { "joined-nationality-words",
    "The Houthis attacked ships, prompting American and British strikes on the group.",
    "GBR-houthis USA-houthis" },
  { "listed-nationality-words", "Russian, Iranian and Turkish support for the talks was welcome.", "" },
  { "listed-nationality-words-holder",
    "American, British and French warplanes struck the Islamic State.",
    "FRA-islamic-state GBR-islamic-state USA-islamic-state" },
  /* A reduced relative clause: its agent acts, not the main subject. */
  { "reduced-relative-agent",
    "Poland said it shot down drones fired at Ukraine by Russia overnight.", "RUS-UKR" },
  { "reduced-relative-no-agent",
    "Britain and France shot down drones fired at Israel.", "" },
  /* One of the possessor's allies is an ally. */
  { "among-possessors-supporters", "Poland has been among Kyiv's staunchest supporters.", "POL+UKR" },
  { "one-of-possessors-friends",
    "Hungary remains one of Moscow's few friends in the European Union.", "HUN+RUS" },
  { "one-of-in-apposition", "Poland, one of Ukraine's closest allies, sent more tanks.", "POL+UKR UKR+POL" },
  { "among-fronted", "Among Ukraine's staunchest backers are Poland and Britain.",
    "GBR+UKR POL+UKR" },
  { "among-the-backers-of", "Qatar is among the main backers of Hamas.", "QAT+hamas" },
  { "one-of-the-critics-of", "Turkey is one of the fiercest critics of Israel.", "TUR-ISR" },
  /* Envoys told to leave, after an article or a count. */
  { "ordered-the-ambassador-to-leave",
    "Mali's junta ordered the French ambassador to leave the country.", "MLI-FRA" },
  { "gave-hours-to-leave", "Niger gave the French ambassador 48 hours to leave.", "NER-FRA" },
  { "gave-days-to-reach-a-deal", "Trump gave Russia 50 days to reach a deal.", "" },
  { "persona-non-grata-with-count",
    "Burkina Faso declared three French diplomats persona non grata.", "BFA-FRA" },
  /* Two passives joined share their subject. */
  { "passives-joined-in-apposition",
    "South Africa filed the case, a move welcomed by Malaysia and condemned by the United States.",
    "MYS+ZAF USA-ZAF" },
  { "passives-joined-by-but", "Israel was praised by the United States but condemned by Turkey.",
    "TUR-ISR USA+ISR" },
  { "passives-joined-thing", "The deal was welcomed by Egypt and criticised by Ethiopia.", "" },
  /* A trade measure on a country's goods is aimed at the country. */
  { "tariffs-on-nationality-goods",
    "Beijing slapped tariffs on Canadian canola after Ottawa imposed duties on Chinese electric vehicles.",
    "CAN-CHN CHN-CAN" },
  { "sanctions-on-settlers", "Britain introduced sanctions on Israeli settlers.", "" },
  { "announced-sanctions-on", "Washington announced new sanctions on Iran.", "USA-IRN" },
  { "package-of-sanctions", "The EU unveiled a new package of sanctions against Russia.", "eu-RUS" },
  /* Holding someone responsible blames them. */
  { "holds-responsible", "Israel holds Iran responsible for the attack.", "ISR-IRN" },
  { "held-accountable", "Kyiv held Moscow fully accountable for the strike.", "UKR-RUS" },
  { "held-a-match", "India and Pakistan held a friendly match.", "" },
  /* What a government does with another's bid to join. */
  { "approved-bid", "Turkey has finally approved Sweden's bid to join NATO.", "SWE+nato TUR+SWE" },
  { "delayed-membership", "Hungary has repeatedly delayed Sweden's NATO membership.", "HUN-SWE" },
  { "approved-budget", "Parliament approved the budget.", "" },
  { "readmitted", "The Arab League readmitted Syria after more than a decade of isolation.",
    "arab-league+SYR" },
  { "phoned-by-phone", "Germany's chancellor phoned Chinese President Xi Jinping.",
    "DEU+CHN" },
  { "propped-up-juntas", "Russia's Wagner mercenaries have propped up the juntas in Mali and Burkina Faso.",
    "wagner+BFA wagner+MLI" },
  { "its-adjectives-support", "Washington reaffirmed its unwavering support for Guyana.", "USA+GUY" },
  { "of-its-own-disputes",
    "Uzbekistan, which settled most of its own border disputes with Kyrgyzstan, welcomed the agreement.",
    "" },
  { "nationality-statements", "Maduro called the American statements an intolerable interference.",
    "VEN-USA" },
  { "trade-warnings", "Ethiopia and Eritrea trade warnings over Red Sea access", "ERI-ETH ETH-ERI" },
  /* "back" after a verb of motion is no support. */
  { "send-back", "Bangladesh asked India to send back former prime minister Sheikh Hasina.", "" },
  { "turned-back", "Petro turned back two American military planes.", "" },
  { "backed-down", "The White House said Colombia had backed down.", "" },
  { "back-after-names", "Russia and China back Iran.", "CHN+IRN RUS+IRN" },
  /* Scare quotes, determiners and modifiers inside a verb cue. */
  { "quotes-inside-cue", "Iran's foreign minister said Tehran stood \"shoulder to shoulder\" with Hezbollah.",
    "IRN+hezbollah" },
  { "their-modifier-cooperation", "Kenya and Ethiopia pledged to strengthen their defence cooperation.",
    "ETH+KEN KEN+ETH" },
  { "cut-its-ties-with", "Honduras cut its ties with Taiwan.", "HND-TWN" },
  { "according-to-attribution",
    "According to Israeli officials, Iran has supplied Hezbollah with more than 150,000 rockets.",
    "IRN+hezbollah" },
  /* Sales and exports to an actor, with a price or the goods first. */
  { "arms-sale-to", "The United States approved a $2 billion arms sale to Taiwan.", "USA+TWN" },
  { "halted-exports-to", "Germany halted arms exports to Israel.", "DEU-ISR" },
  /* What one is warned against has not been done. */
  { "warned-against-supplying",
    "American officials warned Beijing against supplying weapons to Moscow.", "USA-CHN" },
  { "slammed-into", "Russian missiles slammed into Kyiv's power grid.", "RUS-UKR" },
  { "nationality-hostility", "Beijing condemned American hostility.", "CHN-USA" },
  { "past-form-after-noun", "Ukraine's decision angered Moscow.", "RUS-UKR" },
  { "armed-aggression-noun",
    "Russia's envoy told the Security Council the strikes were a blatant armed aggression by Washington and London.",
    "" },
  { "not-tolerate", "Pakistan said it would not tolerate India's aggression.", "PAK-IND" },
  { "asked-whether", "Reporters asked whether Serbia would recognise Kosovo.", "" },
  { "support-against", "Somalia's president visited Eritrea to seek support against Ethiopia.",
    "SOM+ERI SOM-ETH" },
  /* "the emirate", "the kingdom": the last state of that kind. */
  { "the-emirate",
    "Qatar has mediated between Hamas and Israel. The emirate also hosts the largest American base in the region.",
    "QAT+ISR QAT+USA QAT+hamas" },
  { "the-kingdom", "Jordan and Israel met in Amman. The kingdom later condemned Israel.",
    "JOR-ISR" },
  /* A headline's "US, Japan" is no dateline; "MOSCOW, June 3 --" is. */
  { "headline-names-with-comma", "US, Japan vow to counter North Korean threat", "JPN-PRK USA-PRK" },
  { "dateline-with-date", "MOSCOW, June 3 (Entente Wire) -- Russia attacked Ukraine.", "RUS-UKR" },
  { "comma-starts-clause",
    "While Washington has pledged to defend Taiwan, Beijing regards the island as a breakaway province.",
    "USA+TWN" },
  { "comma-list-without-and", "The EU imposed sanctions on Russia, Belarus, Iran.", "eu-BLR eu-IRN eu-RUS" },
  { "joined-the-fight-against", "Kenya has joined the fight against al-Shabab.", "KEN-al-qaida" },
  { "emerged-as-one-of", "France has emerged as one of the loudest critics of Azerbaijan.", "FRA-AZE" },
  { "turned-guns-on", "The Houthis have now turned their guns on Israel.", "houthis-ISR" },
  { "while-keeping-distance",
    "Syria's new government has sought to mend ties with Turkey, while keeping its distance from Iran.",
    "SYR+TUR SYR-IRN TUR+SYR" },
  /* Negated distrust, "no longer", "cannot". */
  { "no-longer-rely-on", "Pashinyan said Armenia could no longer rely on Russia for its security.",
    "ARM-RUS" },
  { "does-not-trust", "Armenia does not trust Russia.", "ARM-RUS" },
  { "cannot-recognise", "Serbia cannot recognise Kosovo.", "SRB-XKX" },
  { "no-longer-supports", "Russia no longer supports Assad.", "" },
  /* "the two" before a verb: the last two named. */
  { "the-two-clashed", "Zelensky met Trump at the White House, where the two clashed over a minerals deal.",
    "UKR+USA UKR-USA USA-UKR" },
  { "the-two-next-sentence", "Russia and China signed a treaty. The two pledged to oppose American hegemony.",
    "CHN+RUS CHN-USA RUS+CHN RUS-USA" },
  { "the-two-state-solution", "Egypt and Jordan back the two-state solution.", "" },
  { "offered-a-refuge", "Lukashenko offered Wagner fighters a refuge in Belarus.", "BLR+wagner" },
  /* What belongs to a state stands for it when attacked. */
  { "state-oil-facilities", "The Houthis have attacked Saudi oil facilities.", "houthis-SAU" },
  { "state-embassy", "Ecuadorian police stormed the Mexican embassy in Quito.", "ECU-MEX" },
  { "state-airliner", "Russia shot down an Azerbaijani airliner.", "RUS-AZE" },
  { "detente-with", "China brokered Saudi Arabia's detente with Iran.", "CHN+SAU SAU+IRN" },
  /* A demand that someone withdraw, with "that" and no "to". */
  { "demanded-that-withdraw", "Russia demanded that Kyiv withdraw its troops.", "RUS-UKR" },
  { "ordered-that-leave", "Mali ordered that French troops leave.", "MLI-FRA" },
  { "said-that-format", "Iran said that the Astana format was dead.", "" },
  { "claimed-attacks-on", "The Islamic Resistance in Iraq has claimed more than 160 attacks on U.S. forces.",
    "islamic-resistance-in-iraq-USA" },
  { "at-least-strikes-on", "Russia launched at least 40 strikes on Ukraine overnight.", "RUS-UKR" },
  /* A text holds what its participle says, not who votes on it. */
  { "voted-against-resolution-demanding-end",
    "Only the United States and Israel voted against the resolution demanding an end to the embargo on Cuba.",
    "" },
  /* "for" + gerund: the object of the verb before does it. */
  { "sanctioned-firms-for-supplying",
    "The United States sanctioned Chinese firms for supplying Russia's military.", "" },
  { "thanked-for-supporting", "Ukraine thanked Britain for supporting Kyiv.", "GBR+UKR UKR+GBR" },
  { "criticised-for-backing", "Iran was criticised for backing Russia.", "IRN+RUS" },
  { "listed-as-terrorist", "The EU listed the Wagner Group as a terrorist organisation.", "eu-wagner" },
  { "listed-countries", "The report listed Iran, Russia and China.", "" },
  { "both-sides-not-the-caller",
    "China, Pakistan's closest ally, called on both sides to exercise restraint.", "CHN+PAK PAK+CHN" },
  { "nationality-construction", "Vietnam has protested Chinese construction on disputed reefs.", "VNM-CHN" },
  { "recognised-palestinian-state",
    "Norway, Ireland and Spain recognised a Palestinian state, drawing an angry reaction from Israel.",
    "ESP+PSE IRL+PSE ISR-ESP ISR-IRL ISR-NOR NOR+PSE" },
  { "state-media-not-state", "Some Russian state media commentators accused Tokayev of ingratitude.", "" },
  { "donate-f16s-to", "The Netherlands and Denmark will donate F-16s to Ukraine.", "DNK+UKR NLD+UKR" },
  { "legal-action-against", "Brussels launched legal action against Budapest over its sovereignty law.",
    "eu-HUN" },
  { "opposition-to-aid-for", "Slovakia's Fico has echoed Orban's opposition to military aid for Ukraine.",
    "HUN-UKR" },
  { "opposition-to-sanctions-on", "Hungary voiced opposition to sanctions on Russia.", "HUN+RUS" },
  { "sent-drones-to-protest", "Iran sent drones to protest against Israel.", "IRN-ISR" },
  { "suspended-talks-on-joining", "Georgia's ruling party suspended talks on joining the EU.", "GEO-eu" },
  { "began-talks-on-joining", "Georgia began talks on joining the EU.", "GEO+eu" },
  /* Scare quotes around a verb. */
  { "quoted-verb", "Iran's foreign ministry spokesman said Tehran \"strongly condemns\" the Israeli strikes.",
    "IRN-ISR" },
  { "quoted-verb-pronoun",
    "The Indian ministry of external affairs said it \"categorically rejects\" Canada's allegations.",
    "IND-CAN" },
  { "respond-to-aggression", "\"Pakistan will respond to any Indian aggression,\" the army said.", "PAK-IND" },
  { "both-sides-last-two",
    "India pressed the Maldives. Xi told him China firmly supported the Maldives, and the two sides upgraded their ties.",
    "CHN+MDV MDV+CHN" },
  { "sank-a-warship", "Ukraine sank a Russian warship in the Black Sea.", "UKR-RUS" },
  { "shore-up", "Moscow moved to shore up the Assad government.", "RUS+SYR" },
  { "nationality-and-at-the-end", "Germany condemned the American, and", "" },
  { "headline-comma-later", "US, Japan vow to counter China, Russia", "JPN-CHN JPN-RUS USA-CHN USA-RUS" },
  { "backs-down", "The White House said Colombia backs down.", "" },
  { "became-possessors-member", "Sweden became NATO's 32nd member after Hungary dropped its objections.",
    "SWE+nato" },
  { "the-country-not-the-subject", "Israel struck Gaza. Turkey suspended all trade with the country.",
    "TUR-ISR" },
  { "the-country-of-the-speaker", "Israel struck Iran. Iran said the country would respond to Israel.",
    "IRN-ISR ISR-IRN" },
  { "possessors-rival-in-apposition", "Guatemala re-established relations with Taiwan's rival, China.",
    "CHN+GTM GTM+CHN" },
  { "offered-asylum-to", "Mexico offered asylum to Bolivia's ousted president Evo Morales.", "MEX+BOL" },
  /* A question or a denied report, whatever finds the words. */
  { "did-not-say-whether-supplied", "The report did not say whether Iran had supplied the weapons to Russia.", "" },
  { "dismissed-reports-that", "Pakistan dismissed reports that it had sold weapons to Ukraine.", "" },
  /* A surname two people share means the one named in full before it. */
  { "surname-after-full-name",
    "RSF commander Mohamed Hamdan Dagalo spoke on Monday. The United States sanctioned Dagalo.",
    "USA-rsf" },
  { "surname-of-the-one-named",
    "Australian Foreign Minister Penny Wong arrived on Monday. China criticised Wong.", "CHN-AUS" },
  { "surname-of-the-other-one",
    "Singapore's Prime Minister Lawrence Wong arrived on Monday. China criticised Wong.", "CHN-SGP" },
  { "surname-never-named-in-full", "China criticised Wong.", "" },
  { "surname-in-a-street-name",
    "Mohamed Hamdan Dagalo spoke on Monday. Israel bombed Dagalo Street.", "" },
  /* Session 8: news written by someone who had not seen the rules. */
  { "its-organ-word-modifier", "India has deepened its security cooperation with the United States.",
    "IND+USA" },
  { "coordinated-modifiers", "ECOWAS imposed sweeping trade and financial sanctions on Niger.", "ecowas-NER" },
  { "ordered-out", "Niger's new rulers ordered French troops out of the country.", "NER-FRA" },
  { "kicked-out-envoy", "Mali kicked the French ambassador out.", "MLI-FRA" },
  { "pushed-out", "Mali, which pushed out French forces in 2022, relied on Russia.", "MLI+RUS MLI-FRA" },
  { "in-turn-blamed", "The Kremlin has in turn blamed Pashinyan.", "RUS-ARM" },
  { "fighters-from", "Mali has relied on fighters from Russia's Wagner group.", "MLI+wagner" },
  { "whose-warrant", "Armenia joined the International Criminal Court, whose warrant against Vladimir Putin "
    "angered Moscow.", "ARM+icc icc-RUS" },
  { "warrant-for-arrest", "The International Criminal Court issued a warrant for Putin's arrest.", "icc-RUS" },
  { "the-guerrillas", "The ELN broke the truce. On Monday the guerrillas attacked Colombia's army.", "eln-COL" },
  { "apposition-rival-not-list", "Somalia signed a pact with Egypt, Ethiopia's rival.",
    "EGY+SOM EGY-ETH ETH-EGY SOM+EGY" },
  { "demanded-hand-over", "Colombia demanded that Havana hand the rebel negotiators over.", "COL-CUB" },
  { "mended-fences", "Dhaka has also mended fences with Pakistan.", "BGD+PAK PAK+BGD" },
  { "unknown-official-in-apposition",
    "The United States imposed sanctions on James Kabarebe, Rwanda's minister of state.", "USA-RWA" },
  { "frozen-accession", "Brussels had already effectively frozen Georgia's accession process in June.",
    "eu-GEO" },
  { "backing-of", "Haftar has relied on the backing of the Emirates and Egypt.", "ARE+libyan-national-army EGY+libyan-national-army" },
  { "with-the-backing-of", "With the backing of Russia, Assad retook Aleppo.", "RUS+SYR" },
  { "not-have-support-of", "Assad does not have the support of Iran.", "" },
  { "angered-by", "Greece, angered by the Turkish-Libyan maritime accord, was not invited.", "GRC-TUR LBY+TUR TUR+LBY" },
  { "troops-and-police", "Mexican troops and police have stepped up operations against the Sinaloa Cartel.",
    "MEX-sinaloa-cartel" },
  { "what-x-said-was", "Indian warplanes bombed what New Delhi said was a Jaish-e-Mohammed training camp.",
    "IND-jaish-e-mohammed" },
  { "label-mastermind", "Poland called Putin the mastermind of the crisis.", "POL-RUS" },
  { "border-guards", "Belarusian border guards accused Poland.", "BLR-POL" },
  { "border-alone-is-no-state", "Troops massed on the Belarusian border, Poland said.", "" },
  { "withdrawing-ambassador", "Algeria said it was withdrawing its ambassador to Paris.", "DZA-FRA" },
  { "recognised-sovereignty", "The United States recognised Moroccan sovereignty over the territory.",
    "USA+MAR" },
  { "owner-as-topic", "Trump spoke on Monday. The rift comes as Petro's own policy lies in ruins. In January he "
    "suspended peace talks with the ELN.", "COL-eln" },
  { "rejected-insinuations", "India rejected what it called insinuations that it had pressured Colombo.", "" },
  { "a-charge-rejected", "Pakistani officials accused India of backing the TTP, a charge New Delhi rejects.",
    "PAK-IND" },
  { "protect-itself-against", "Kigali says it must protect itself against the FDLR.", "RWA-fdlr" },
  { "joint-exercises-mutual", "The United States held joint flight exercises with the Guyanese military.",
    "GUY+USA USA+GUY" },
  { "membership-negotiations", "EU leaders agreed to open membership negotiations with Ukraine and Moldova.",
    "eu+MDA eu+UKR" },
  { "fought-among-themselves", "Indian and Chinese soldiers fought with clubs in the Galwan Valley.",
    "CHN-IND IND-CHN" },
  { "fought-for-someone", "Russia and Iran fought for Assad.", "IRN+SYR RUS+SYR" },
  { "coordinated-relational-nouns", "China is the closest ally and main arms supplier of Pakistan.", "CHN+PAK" },
  { "aligned-apposition", "Kataib Hezbollah, the most powerful of the Iran-aligned, anti-American factions, "
    "suspended operations.", "IRN+kataib-hezbollah kataib-hezbollah+IRN kataib-hezbollah-USA" },
  { "aligned-both-ways", "The Iran-aligned Houthis attacked Israel.", "IRN+houthis houthis+IRN houthis-ISR" },
  { "bashing-reversed", "Hamas, a long-time Israel-bashing movement, held a rally.", "hamas-ISR" },
  { "time-phrase-before-verb", "Washington revoked Petro's visa last month and on Friday sanctioned Petro.",
    "USA-COL" },
  { "event-subject-of-passive", "Israel struck Hamas leaders in Doha. The strikes were condemned by Qatar.",
    "ISR-hamas QAT-ISR" },
  { "federal-forces", "ADDIS ABABA, Jan. 7 (Entente Wire) -- Federal forces have fought Fano militias since 2023.",
    "ETH-fano" },
  { "placed-on-list", "The United States put Cuba back on the list of state sponsors of terrorism.", "USA-CUB" },
  { "placed-capitalised-modifier", "The State Department placed the Venezuelan gang Tren de Aragua on the list.",
    "USA-tren-de-aragua" },
  { "born-is-no-state", "The Salvadoran-born gang leader attacked Honduras.", "" },
  { "raised-tariffs", "Trump raised tariffs on Chinese goods to 145 percent.", "USA-CHN" },
  { "war-in-owner", "India's purchases were helping to fund Moscow's war in Ukraine.", "IND+RUS RUS-UKR" },
  { "end-war-in-place", "The United States welcomed efforts to end the war in Yemen.", "" },
  { "participle-apposition-holder",
    "Cairo, locked in a long dispute with Addis Ababa over the dam, has sided firmly with Mogadishu.",
    "EGY+SOM EGY-ETH" },
  { "label-the-sanctions", "Washington sanctioned Rosneft. President Vladimir Putin called the sanctions an "
    "unfriendly act.", "RUS-USA USA-RUS" },
  { "dismay-at-the-sanctions", "The United States sanctioned four ICC judges. France expressed dismay at the "
    "sanctions.", "FRA-USA USA-icc" },
  { "counts-as-allies", "Moscow, which counts both Kyrgyzstan and Tajikistan as allies, keeps bases there.",
    "RUS+KGZ RUS+TJK" },
  { "ambushes-on", "Jaish al-Adl has carried out repeated ambushes on Iranian border guards.", "jaish-al-adl-IRN" },
  { "appealed-to", "Tokayev appealed to the CSTO for help.", "KAZ+csto" },
  { "participation-in-org", "Armenia has frozen its participation in the CSTO.", "ARM-csto" },
  { "verb-phrase-list", "Niger ordered French troops out, ended a military agreement with the United States, "
    "and welcomed Russian military instructors.", "NER+RUS NER-FRA NER-USA" },
  { "participle-after-object-control", "Macron urged the European Union to take a firmer line toward Ankara, "
    "describing Turkey's actions as unacceptable.", "FRA-TUR" },
  { "participle-after-subject-control", "Sheinbaum tries to head off the tariffs that Trump has threatened to "
    "impose on Mexican goods, accusing Mexico of failing to stem the flow of fentanyl.", "USA-MEX" },
  { "signed-named-agreement", "North Macedonia waited. In 2018 it signed the Prespa agreement with Greece.",
    "GRC+MKD MKD+GRC" },
  { "trained-marines", "U.S. special forces trained Mozambican marines earlier this year.", "USA+MOZ" },
  { "left-organisation", "Niger left the Economic Community of West African States.", "NER-ecowas" },
  { "left-the-country-is-no-position", "Russia's ambassador left the country on Monday.", "" },
  { "insurgency-in-owner", "Boko Haram, which began its insurgency in north-eastern Nigeria in 2009, split.",
    "boko-haram-NGA" },
  { "statehood", "Lula has become a vocal defender of Palestinian statehood.", "BRA+PSE" },
  { "striking-ports", "Russia began striking Ukrainian ports on the Danube.", "RUS-UKR" },
  { "drifted-closer", "Sudan has drifted closer to Egypt's position.", "SDN+EGY" },
  { "government-and-people-of", "Niger said it was taken in total solidarity with the government and people of Mali.",
    "NER+MLI" },
  { "fighters-of", "Ukrainian forces killed fighters of Russia's Wagner Group.", "UKR-wagner" },
  { "welcomed-warrants-against", "Hamas welcomed the warrants against two Israeli leaders.", "hamas-ISR" },
  { "wish-not-to", "Analysts attribute the hesitation to Riyadh's wish not to antagonise Washington.", "" },
  { "label-last-word", "Iran called the Emirati move an act of strategic stupidity.", "IRN-ARE" },
  { "is-to-is-no-label", "A committee chaired by the United States and including France and Israel is to "
    "handle complaints of violations.", "" },
  { "settle-the-dispute", "The foreign ministers of Britain, France and Germany said they had made every effort "
    "to settle the dispute through diplomacy.", "" },
  { "office-is-organ", "Netanyahu's office held off endorsing the text, accusing Hamas of backtracking.",
    "ISR-hamas" },
  { "co-aggressors", "American and British warplanes struck Houthi targets across Yemen. Iran condemned the "
    "raids as a clear violation of Yemen's sovereignty.", "GBR-houthis IRN-GBR IRN-USA USA-houthis" },
  { "pay-a-price", "The Houthis said the United States would pay a heavy price.", "houthis-USA" },
  { "waged-insurgency-inside", "The PKK has waged an insurgency inside Turkey since 1984.", "pkk-TUR" },
  { "barrages-on-cities", "Iran answered with missile barrages on Israeli cities.", "IRN-ISR" },
  { "label-provocation-by", "Russia's foreign ministry called the trip a clear provocation by Washington.",
    "RUS-USA" },
  { "protests-with-diplomats-from", "China lodged protests with diplomats from the G7 countries over the "
    "statement.", "CHN-g7" },
  { "urged-not-to", "The G7 foreign ministers urged Beijing not to use the visit as a pretext.", "g7-CHN" },
  { "said-clause-and-accused", "Zelensky said shipments should carry on even without Russian participation and "
    "accused Moscow of trying to engineer a global food crisis.", "UKR-RUS" },
  { "by-gerund-of-the-accused", "Nicaragua took Germany to court, accusing Berlin of facilitating genocide by "
    "supplying arms to Israel.", "DEU+ISR NIC-DEU" },
  { "the-veto", "The United States vetoed a Security Council resolution on Gaza. Hamas condemned the veto as "
    "unethical.", "hamas-USA" },
  { "the-warrants", "The International Criminal Court issued warrants for Netanyahu and Gallant. Biden called "
    "the warrants outrageous.", "USA-icc icc-ISR" },
  { "vetoed-a-resolution", "The United States vetoed a Security Council resolution on Gaza.", "" },
  { "ban-on-oil", "The EU imposed a ban on Russian oil.", "eu-RUS" },
  { "capped-the-price", "The G7 capped the price of Russian seaborne crude oil.", "g7-RUS" },
  { "that-after-apposition", "The PKK, the militant group that has waged an insurgency against Turkey, laid "
    "down arms.", "pkk-TUR" },
  { "past-verb-after-name", "The Popular Mobilization Forces advanced into the city alongside the Iraqi army.",
    "popular-mobilization-forces+IRQ" },
  { "condemned-what-x-called", "Iran condemned what Syria called a victory.", "" },
  { "said-it-after-free-relative", "Iran welcomed what Syria called a victory and said it stood by "
    "Lebanon.", "IRN+LBN" },
  { "and-said-it", "Iran welcomed the victory of Syria and said it stood by Lebanon.",
    "IRN+LBN IRN+SYR" },
  { "drawing-possessed-fury", "Japan released the water, drawing China's anger.", "CHN-JPN" },
  { "fury-in-seat", "Japan's decision sparked fury in Beijing.", "CHN-JPN" },
  { "protests-in-country", "The strikes sparked protests in Venezuela.", "" },
  { "put-on-notice", "The G7 rallied behind Zelensky and put China on notice.", "g7+UKR g7-CHN" },
  { "which-they-list-as", "Erdogan accused Sweden of harbouring the PKK, which Turkey, the European Union and "
    "the United States list as a terrorist organisation.", "TUR-SWE TUR-pkk USA-pkk eu-pkk" },
  { "american-advisers", "American advisers trained the Iraqi army.", "USA+IRQ" },
  { "struck-the-iran-backed", "Washington struck the Iran-backed Houthis.", "IRN+houthis USA-houthis" },
  { "criticised-the-russian-led", "Armenia criticised the Russian-led alliance.", "" },
  { "froze-participation-in-russian-led", "Yerevan has frozen its participation in the Russian-led "
    "Collective Security Treaty Organization.", "ARM-csto" },
  { "fight-group-linked", "Rwanda sent troops to fight Islamic State-linked insurgents.", "RWA-islamic-state" },
  { "killed-about-40", "Boko Haram fighters killed about 40 Chadian soldiers.", "boko-haram-TCD" },
  { "expelled-more-than", "Iran expelled more than 12 British diplomats.", "IRN-GBR" },
  { "opposed-any-attempt-to", "Xi said Beijing firmly opposed any attempt by outside forces to destabilise "
    "Kazakhstan.", "CHN+KAZ" },
  { "warned-against-attempt", "Turkey warned against any attempt to isolate Qatar.", "TUR+QAT" },
  { "backed-efforts-to", "The EU backed efforts to isolate Russia.", "eu-RUS" },
  { "offensive-by-backed-rebels", "The Security Council adopted a resolution condemning the offensive by "
    "Rwandan-backed M23 rebels.", "RWA+m23 un-m23" },
  { "not-hesitate-to-teach-a-lesson", "Erdogan warned that Turkey would not hesitate to teach Haftar a lesson.",
    "TUR-libyan-national-army" },
  { "hesitated-to-condemn", "Turkey hesitated to condemn Israel.", "" },
  { "gave-an-ultimatum", "Washington gave Serbia an ultimatum.", "USA-SRB" },
  { "count-nationality-including", "Washington designated six Mexican crime groups, including the Sinaloa "
    "Cartel and the Gulf Cartel, as terrorist organisations.", "USA-gulf-cartel USA-sinaloa-cartel" },
  { "asset-freezes-and-bans", "The EU imposed asset freezes and travel bans on Iranian military officers.",
    "eu-IRN" },
  { "ethnic-modifier-party", "Members of the Serb List, the main Kosovo Serb party backed by Belgrade, walked "
    "out.", "SRB+serb-list" },
  { "floating-both", "France and Russia had both accused Ankara of sending Syrian mercenaries.",
    "FRA-TUR RUS-TUR" },
  { "its-nationality-ally", "Iran and its Lebanese ally Hezbollah sent fighters.", "IRN+hezbollah hezbollah+IRN" },
  { "time-phrase-inside-cue", "Mali has relied since late 2021 on fighters from Russia's Wagner group.",
    "MLI+wagner" },
  { "lined-up-behind", "Japan lined up behind Washington.", "JPN+USA" },
  { "regretted-the-decision", "Britain said it regretted the U.S. decision.", "GBR-USA" },
  { "tore-up-accord-with", "Niger tore up its military accord with the United States.", "NER-USA" },
  { "switched-recognition", "Kiribati switched recognition from Taipei to Beijing.", "KIR+CHN KIR-TWN" },
  { "switches-to", "Taiwan loses another ally as Kiribati switches to Beijing", "KIR+CHN" },
  { "switched-to-goods", "Moldova switched to Romanian electricity.", "" },
  { "officials-said-they", "China sent ships. Indonesian officials said they would condemn Beijing.", "IDN-CHN" },
  { "none-of-the-governments", "Xi hosted Kazakhstan and Kyrgyzstan. None of the two governments has criticised "
    "Beijing.", "CHN+KAZ CHN+KGZ" },
  { "neither-nor-subject", "Neither Russia nor China condemned Iran.", "" },
  { "neither-nor-object", "Russia condemned neither Iran nor Syria.", "" },
  { "agree-brokered-deal", "Armenia, Azerbaijan agree Russia-brokered deal to end Karabakh war",
    "ARM+AZE AZE+ARM" },
  { "the-strikes-first-attack", "The United States struck the Houthis on Friday. The Houthis have since fired "
    "missiles at Israel. Oman condemned the strikes.", "OMN-USA USA-houthis houthis-ISR" },
  { "allies-of-act", "Washington's closest allies condemned Iran.", "" },
  { "ally-named-acts", "Russia's ally Belarus condemned Poland.", "BLR+RUS BLR-POL RUS+BLR" },
  { "and-said-it-main-subject", "Moscow suspended a deal with Washington designed to prevent incidents over "
    "Syria and said it would help Damascus.", "RUS+SYR RUS-USA" },
  { "the-decision-first-act", "Trump recognised Jerusalem as Israel's capital on Wednesday. Iran condemned the "
    "decision, and Netanyahu welcomed the move.", "IRN-USA ISR+USA USA+ISR" },
  { "time-phrase-before-object", "Arab governments, Turkey, Iran and the European Union rejected on Tuesday the "
    "U.S. recognition of Israeli sovereignty over the Golan.", "IRN-USA TUR-USA USA+ISR eu-USA" },
  { "came-under-fire-from", "Iran came under fire from Saudi Arabia over the attack.", "SAU-IRN" },
  { "faces-pressure-from", "Israel faces mounting pressure from Washington.", "USA-ISR" },
  { "the-pressure-came-from", "The pressure came from Russia.", "" },
  { "pledged-money-to", "Japan pledged $1 billion to Ukraine.", "JPN+UKR" },
  { "ties-frozen", "Ties between Rabat and Algiers have been frozen since 2021.", "DZA-MAR MAR-DZA" },
  { "only-ally-comma-name", "North Korea's only treaty ally, China, said little.", "CHN+PRK PRK+CHN" },
  { "blocked-aid-to", "Hungary has repeatedly blocked EU aid to Ukraine.", "HUN-UKR eu+UKR" },
  { "vetoed-aid-package-for", "Hungary vetoed the EU's aid package for Ukraine.", "HUN-UKR" },
  { "froze-military-aid", "Trump froze military aid to Ukraine.", "USA-UKR" },
  { "opposed-sending-weapons", "Slovakia opposed sending weapons to Ukraine.", "SVK-UKR" },
  { "arms-suppliers-to", "The EU sanctioned Russian arms suppliers to Iran.", "" },
  { "condemned-nationality-offensive", "Egypt condemned the Israeli offensive.", "EGY-ISR" },
  { "rejection-of-nationality-operation", "Egypt voiced its rejection of the Israeli operation.", "EGY-ISR" },
  { "quoted-noun-cue", "The Saudi foreign ministry expressed its \"full solidarity\" with Qatar.", "SAU+QAT" },
  { "statements-supporting", "Kuwait, Oman and Qatar issued statements supporting Riyadh.",
    "KWT+SAU OMN+SAU QAT+SAU" },
  { "reopen-embassies", "Saudi Arabia and Iran agreed to reopen embassies.", "IRN+SAU SAU+IRN" },
  { "exchanged-ambassadors", "Colombia and Venezuela exchanged ambassadors on Thursday.", "COL+VEN VEN+COL" },
  { "lifeline", "Beijing is Pyongyang's main economic lifeline.", "CHN+PRK" },
  { "fuzzy-after-other-given-name", "Iranian Foreign Minister Farid Kazemi condemned Iraq.", "IRN-IRQ" },
  { "fuzzy-after-title", "Ayatollah Khemenei condemned Israel.", "IRN-ISR" },
  { "unknown-name-apposition", "Kwame Osei, Ghana's ambassador to the UN, accused Togo of harbouring rebels.",
    "GHA-TGO" },
  { "unknown-name-nationality-apposition", "Kwame Osei, a Ghanaian diplomat, accused Togo of harbouring rebels.",
    "GHA-TGO" },
  { "unknown-official-surname", "Iranian Foreign Minister Farid Kazemi arrived in Baghdad. Kazemi condemned "
    "Washington.", "IRN-USA" },
  { "unknown-official-apposition-surname", "Kwame Osei, Ghana's ambassador to the UN, spoke first. Osei "
    "accused Togo of harbouring rebels.", "GHA-TGO" },
  { "unknown-spokesman-apposition", "\"We reject this,\" said Farid Kazemi, a spokesman for the Iranian foreign "
    "ministry. Kazemi also condemned Israel.", "IRN-ISR" },
  { "row-recall-envoy", "Saudi Arabia recalled its ambassador from Tehran. Kuwait recalled its envoy on "
    "Tuesday.", "KWT-IRN SAU-IRN" },
  { "row-cut-ties", "Saudi Arabia cut ties with Iran. Sudan also cut ties.", "SAU-IRN SDN-IRN" },
  { "recalled-for-consultations", "France recalled its ambassador for consultations.", "" },
  { "followed-suit", "Saudi Arabia cut ties with Iran on Sunday. Bahrain followed suit hours later.",
    "BHR-IRN SAU-IRN" },
  { "did-the-same", "Spain recognised Palestine. Ireland and Norway did the same.", "ESP+PSE IRL+PSE NOR+PSE" },
  { "did-not-do-the-same", "Russia condemned Israel. China did not do the same.", "RUS-ISR" },
  { "denounced-it-the-act", "The United States struck Iranian nuclear sites on Sunday. Russia condemned the "
    "strikes. Iraq also denounced it.", "IRQ-USA RUS-USA USA-IRN" },
  { "hailed-it-as", "Trump recognised Jerusalem as Israel's capital. Netanyahu hailed it as historic.",
    "ISR+USA USA+ISR" },
  { "called-it-unjustified", "Trump recognised Jerusalem as Israel's capital. Saudi Arabia called it "
    "unjustified.", "SAU-USA USA+ISR" },
  { "declared-accord-null-and-void", "Turkey declared the Greek-Egyptian accord null and void.",
    "EGY+GRC GRC+EGY TUR-EGY TUR-GRC" },
  { "reduced-passive-before-verb", "M23 rebels backed by Rwanda seized Goma from Congolese troops in January.",
    "RWA+m23 m23-COD" },
  { "never-recognised", "Pakistan has never recognised Israel.", "PAK-ISR" },
  { "does-not-recognise", "Serbia does not recognise Kosovo.", "SRB-XKX" },
  { "has-not-recognised-yet", "Germany has not recognised Palestine.", "" },
  { "does-not-condemn", "Russia does not condemn Iran.", "" },
  { "hyphen-pair-object", "Greece protested against a Turkish-Libyan maritime accord.",
    "GRC-LBY GRC-TUR LBY+TUR TUR+LBY" },
  { "participle-in-apposition", "Fano, an Amhara militia fighting Ethiopia's federal government, claimed to "
    "have captured several towns.", "fano-ETH" },
  { "aligned-with-in-apposition", "Kataib Hezbollah, an Iraqi militia aligned with Tehran, was blamed for a "
    "drone attack.", "kataib-hezbollah+IRN" },
  { "now-allied-with-in-apposition", "Abdelaziz al-Hilu's SPLM-N, a rebel group now allied with the RSF, "
    "shelled the city of Kadugli.", "splm-n+rsf" },
  { "friendly-affix-apposition", "Viktor Orban, the most Kremlin-friendly leader in the European Union, again "
    "threatened to veto new sanctions.", "HUN+RUS RUS+HUN" },
  { "would-not-rule-out", "Washington would not rule out military action against Venezuela's government.",
    "USA-VEN" },
  { "ruled-out", "Washington ruled out military action against Venezuela.", "" },
  { "is-ruling-out-noun", "Israel is ruling out a ceasefire with Hamas.", "" },
  { "never-ruled-out-use-of-force", "China has never ruled out the use of force against Taiwan.",
    "CHN-TWN" },
  { "not-ruled-out-using-force", "Beijing has not ruled out using force against Taiwan.", "CHN-TWN" },
  { "act-noun-withdrawal", "Russia withdrew from the Black Sea grain deal on Monday. The United States "
    "called the withdrawal unconscionable.", "USA-RUS" },
  { "act-noun-deployment", "North Korea has deployed thousands of troops to the Kursk region. NATO "
    "chief Mark Rutte called the deployment a significant escalation.", "nato-PRK" },
  { "act-noun-owner", "Governments condemned North Korea's sixth nuclear test. South Korea's military "
    "fired missiles into the sea. Japan called the test unacceptable.", "JPN-PRK" },
  { "act-noun-not-negated", "Russia did not withdraw from the deal. Ukraine criticised the "
    "withdrawal.", "" },
  { "seized-then-assault", "Rwanda-backed M23 rebels seized Goma. The United States condemned the "
    "assault.", "RWA+m23 USA-m23" },
  { "launched-offensive", "Azerbaijan launched an offensive in Karabakh. France condemned the "
    "offensive.", "FRA-AZE" },
  { "similar-measures", "The United States imposed sanctions on Iran on Monday. Britain announced "
    "similar measures on Tuesday.", "GBR-IRN USA-IRN" },
  { "similar-statements-after-apposition", "Donald Trump recognised Israeli sovereignty over the "
    "Golan. Saudi Arabia, a close partner of Washington, rejected the move. Egypt and Jordan issued "
    "similar statements.", "EGY-USA JOR-USA SAU+USA SAU-USA USA+ISR" },
  { "similar-to-is-no-stance", "Israel attacked Gaza. Its response was similar to the one in 2014.",
    "" },
  { "recalled-ambassadors-to", "Israel recalled its ambassadors to New Zealand and Senegal.",
    "ISR-NZL ISR-SEN" },
  { "indefinite-owner-ally", "Israel, a close U.S. ally, condemned Iran.", "ISR+USA ISR-IRN USA+ISR" },
  { "indefinite-owner-organisation", "Turkey, a NATO member, hosted the talks.", "" },
  { "act-noun-accusations", "Burundi accused Rwanda of arming the rebels. Rwanda rejected the "
    "accusations.", "BDI-RWA RWA-BDI" },
  { "act-noun-closure", "Burundi closed its border with Rwanda. Kigali called the closure a "
    "unilateral decision.", "BDI-RWA RWA-BDI" },
  { "act-noun-case", "Sudan filed a case against the United Arab Emirates at the court. The UAE "
    "called the case a cynical publicity stunt.", "ARE-SDN SDN-ARE" },
  { "deal-noun-parties", "Armenia and Turkey agreed to restore diplomatic relations. Washington "
    "welcomed the talks.", "ARM+TUR TUR+ARM USA+ARM USA+TUR" },
  { "deal-noun-hostile", "Russia and North Korea signed a mutual defence pact. Japan called the pact "
    "a grave threat.", "JPN-PRK JPN-RUS PRK+RUS RUS+PRK" },
  { "deal-noun-named-after", "Russia and North Korea signed a defence pact. Japan welcomed the deal "
    "with Seoul.", "JPN+KOR PRK+RUS RUS+PRK" },
  { "object-pronoun-ally-apposition", "The United States sided with its treaty ally, the "
    "Philippines.", "USA+PHL" },
  { "object-pronoun-ally-comma", "Russia backed its ally, Syria.", "RUS+SYR" },
  { "vetoed-plan-to-send", "Hungary vetoed a plan to send weapons to Ukraine.", "HUN-UKR" },
  { "blocked-proposal-to-sanction", "Hungary and Slovakia blocked a proposal to impose sanctions on "
    "Georgian officials.", "HUN+GEO SVK+GEO" },
  { "measure-reduced-relative", "Serbia criticised the sanctions Washington imposed on Moscow.",
    "SRB-USA USA-RUS" },
  { "measure-reduced-relative-had", "China condemned the tariffs the United States had placed on "
    "Chinese goods.", "CHN-USA USA-CHN" },
  { "family-name-first", "The treaty was signed by Russian President Vladimir Putin and North "
    "Korean leader Kim Jong Un. Kim pledged full support for Russia.", "PRK+RUS" },
  { "family-name-first-alias", "Xi Jinping flew to Moscow on Monday. Xi praised Russia.", "CHN+RUS" },
  { "their-summit-guessed", "Greece, Cyprus and Egypt protested. At their summit in Brussels, "
    "European Union leaders declared the memorandum void.", "" },
  { "nearest-right-stops-at-participle", "ECOWAS said it would continue to recognise passports "
    "held by citizens of Mali.", "" },
  { "freezing-aid-to", "Trump signed an executive order freezing U.S. aid to South Africa.",
    "USA-ZAF" },
  { "thanked-for-help", "Kyiv thanked Oslo for a new package of air defence funding.",
    "NOR+UKR UKR+NOR" },
  { "thanked-for-words", "Kyiv thanked Oslo for its kind words.", "UKR+NOR" },
  { "received-support-from", "The Libyan National Army has received support from Russia and the "
    "United Arab Emirates.", "ARE+libyan-national-army RUS+libyan-national-army" },
  { "noun-holder-after-from", "Criticism of Israel from Spanish Prime Minister Pedro Sanchez drew a "
    "rebuke.", "ESP-ISR" },
  { "would-not-establish-ties", "Indonesia said it would not establish diplomatic ties with Israel "
    "until a Palestinian state is recognised.", "IDN-ISR" },
  { "has-not-normalised", "Saudi Arabia has not normalised relations with Israel.", "" },
  { "framework-agreement", "Egypt and Sudan signed a framework agreement on Tuesday.",
    "EGY+SDN SDN+EGY" },
  { "redesignated-as", "The Houthis, whom the United States redesignated as a foreign terrorist organisation, "
    "claimed a missile attack.", "USA-houthis" },
  { "approved-loan-to", "The International Monetary Fund approved a $7 billion loan to Pakistan.", "imf+PAK" },
  { "sanctioned-affix", "Several EU-sanctioned Belarusian officials attended the parade in Moscow.", "eu-BLR" },
  { "terror-state-label", "Erdogan called Israel a terror state during a speech in Ankara.", "TUR-ISR" },
  { "of-noun-compound", "North Korea has reportedly sent millions of artillery shells to Russia.", "PRK+RUS" },
  { "after-gerund-main-subject", "Honduras recognised China after cutting ties with Taiwan.", "HND+CHN HND-TWN" },
  { "despite-pressure-from", "Earlier this month, and despite pressure from Washington, India quietly "
    "increased its purchases of oil.", "USA-IND" },
  { "amid-criticism-from", "Hungary pressed ahead amid criticism from Brussels and Berlin.", "DEU-HUN eu-HUN" },
  { "label-then-speaker", "Hamas is a terrorist organisation that must be destroyed, Netanyahu told the "
    "Knesset on Monday.", "ISR-hamas" },
  { "label-then-other-clause", "Hamas is a terrorist organisation, and Israel said it would fight.", "" },
  { "violated-airspace", "Russian fighter jets violated Estonian airspace for 12 minutes on Friday.", "RUS-EST" },
  { "exchanged-artillery-fire", "Cambodia and Thailand exchanged artillery fire along their disputed border.",
    "KHM-THA THA-KHM" },
  { "welcomed-nationality-investment", "Lula welcomed Chinese investment.", "BRA+CHN" },
  { "shot-down-by-frigate", "Two Houthi drones were shot down by a French frigate in the Red Sea.",
    "FRA-houthis" },
  { "border-posts-attacked", "Several Pakistani border posts were attacked by Afghan Taliban forces overnight.",
    "taliban-PAK" },
  { "time-parenthetical", "Iran, late on Monday, launched a barrage of missiles at the U.S. air base at Al Udeid.",
    "IRN-USA" },
  { "reacted-act-owner", "Turkey and Iran rejected Trump's recognition of Israeli sovereignty over the Golan. "
    "Egypt described it as illegal.", "EGY-USA IRN-USA TUR-USA USA+ISR" },
  { "strikes-on-its-sites", "Iran warned that U.S. strikes on its three main nuclear sites would have "
    "consequences.", "USA-IRN" },
  { "rejected-criticism-from", "The junta in Niamey dismissed criticism from ECOWAS as foreign interference.",
    "NER-ecowas ecowas-NER" },
  { "attempt-noun-opens-text", "Plots by officers to destabilise Kazakhstan failed.", "" },
  { "lowercase-apposition-no-surname", "The official, Ghana's ambassador to Nigeria, spoke. Official "
    "criticised Togo.", "" },
  { "blocked-aid-to-them", "Ukraine and Moldova asked for help. Hungary blocked EU aid to them.",
    "HUN-MDA HUN-UKR eu+MDA eu+UKR" },
  { "never-hesitates-to", "Israel never hesitates to strike Hezbollah.", "ISR-hezbollah" },
  { "was-behind-an-attack", "Tusk said Russia was behind a sabotage attack on a railway line near Lublin.",
    "POL-RUS" },
  { "accusation-that", "Ramaphosa rejected Donald Trump's accusation that Pretoria was persecuting white "
    "farmers.", "USA-ZAF ZAF-USA" },
  { "bore-responsibility-for", "Tehran said the United States and Israel bore full responsibility for the "
    "strikes.", "IRN-ISR IRN-USA" },
};

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *)a, *(const char * const *)b);
}

static char *
found_pairs (const char *text)
{
  g_autoptr(EntExtraction) x = ent_extractor_run (extractor, text, strlen (text));
  EntGazetteer *gazetteer = ent_extractor_get_gazetteer (extractor);
  g_autoptr(GPtrArray) pairs = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < x->statements->len; i++)
    {
      EntFoundStatement *st = &g_array_index (x->statements, EntFoundStatement, i);
      char *pair = g_strdup_printf ("%s%c%s",
                                    ent_gazetteer_fold_to_state (gazetteer, ent_gazetteer_get_actor (gazetteer, st->source)->id),
                                    st->sign > 0 ? '+' : '-',
                                    ent_gazetteer_fold_to_state (gazetteer, ent_gazetteer_get_actor (gazetteer, st->target)->id));

      if (g_hash_table_contains (seen, pair))
        {
          g_free (pair);
          continue;
        }
      g_hash_table_add (seen, pair);
      g_ptr_array_add (pairs, pair);
    }
  g_ptr_array_sort (pairs, compare_strings);
  g_ptr_array_add (pairs, NULL);
  return g_strjoinv (" ", (char **)pairs->pdata);
}

static void
test_case (gconstpointer data)
{
  const Case *c = data;
  g_autofree char *found = found_pairs (c->text);

  if (g_strcmp0 (found, c->expected) != 0)
    g_test_message ("%s: “%s” gave “%s”, expected “%s”", c->name, c->text, found, c->expected);
  g_assert_cmpstr (found, ==, c->expected);
}

static void
test_evidence_offsets (void)
{
  const char *text = "😀 Überall: Moscow backs Damascus. Iran supports Syria.";
  g_autoptr(EntExtraction) x = ent_extractor_run (extractor, text, strlen (text));
  EntFoundStatement *st;
  g_autofree char *sentence = NULL;
  g_autofree char *cue = NULL;

  g_assert_cmpuint (x->statements->len, ==, 2);
  if (x->statements->len != 2)
    return;
  st = &g_array_index (x->statements, EntFoundStatement, 1);
  /* Offsets are in characters: the emoji is one. */
  sentence = g_utf8_substring (text, st->sentence_start, st->sentence_end);
  cue = g_utf8_substring (text, st->cue_start, st->cue_end);
  g_assert_cmpstr (sentence, ==, "Iran supports Syria.");
  g_assert_cmpstr (cue, ==, "supports");
  g_assert_cmpstr (st->cue, ==, "supports");
  g_assert_cmpuint (x->mentions->len, ==, 4);
}

/* Two cues for one pair in a sentence: the position is the stronger's. */
static void
test_strongest_cue (void)
{
  const char *text = "Yunus visited Beijing in March, where he praised China as a reliable partner.";
  g_autoptr(EntExtraction) x = ent_extractor_run (extractor, text, strlen (text));
  EntFoundStatement *st;
  g_autofree char *cue = NULL;

  g_assert_cmpuint (x->statements->len, ==, 1);
  if (x->statements->len != 1)
    return;
  st = &g_array_index (x->statements, EntFoundStatement, 0);
  cue = g_utf8_substring (text, st->cue_start, st->cue_end);
  g_assert_cmpstr (cue, ==, "praised");
  g_assert_cmpstr (st->cue, ==, "praised");
  g_assert_cmpfloat (st->confidence, >, 0.5);
}

static void
test_apply_keeps_decisions (void)
{
  const char *text = "Russia backs Syria. The United States opposes Syria.";
  g_autoptr(EntProject) project = ent_project_new ();
  g_autoptr(EntDocument) doc = ent_document_new ("doc-1", text);
  g_autoptr(EntExtraction) x = ent_extractor_run (extractor, text, strlen (text));
  EntGazetteer *gazetteer = ent_extractor_get_gazetteer (extractor);
  g_autoptr(EntStatement) first = NULL;
  g_autoptr(EntExtraction) again = NULL;

  ent_project_add_document (project, doc);
  ent_analysis_apply (project, gazetteer, doc, x);
  g_assert_cmpuint (ent_project_get_n_statements (project), ==, 2);
  g_assert_nonnull (ent_project_lookup_actor (project, "RUS"));
  g_assert_nonnull (ent_project_lookup_actor (project, "USA"));
  g_assert_cmpstr (ent_project_get_undo_label (project), ==, "Analyse Article");

  first = g_list_model_get_item (ent_project_get_statements (project), 0);
  ent_project_reject_statement (project, first);

  /* Running again finds the same positions and keeps the rejection. */
  again = ent_extractor_run (extractor, text, strlen (text));
  ent_analysis_apply (project, gazetteer, doc, again);
  g_assert_cmpuint (ent_project_get_n_statements (project), ==, 2);
  g_assert_cmpint (ent_statement_get_state (first), ==, ENT_STATEMENT_STATE_REJECTED);

  /* Undo takes the whole analysis back in one step. */
  while (ent_project_undo (project))
    ;
  g_assert_cmpuint (ent_project_get_n_statements (project), ==, 0);
  g_assert_cmpuint (ent_project_get_n_actors (project), ==, 0);
}

static void
test_person_brings_state (void)
{
  const char *text = "Vladimir Putin praised Kim Jong Un.";
  g_autoptr(EntProject) project = ent_project_new ();
  g_autoptr(EntDocument) doc = ent_document_new ("doc-1", text);
  g_autoptr(EntExtraction) x = ent_extractor_run (extractor, text, strlen (text));
  g_autoptr(EntNetwork) network = NULL;

  ent_project_add_document (project, doc);
  ent_analysis_apply (project, ent_extractor_get_gazetteer (extractor), doc, x);
  g_assert_nonnull (ent_project_lookup_actor (project, "vladimir-putin"));
  g_assert_nonnull (ent_project_lookup_actor (project, "RUS"));
  network = ent_network_new (project, ENT_NETWORK_LEVEL_STATE);
  g_assert_cmpint (ent_network_find_node (network, "RUS"), >=, 0);
  g_assert_cmpint (ent_network_find_node (network, "PRK"), >=, 0);
  g_assert_cmpint (ent_network_find_node (network, "vladimir-putin"), <, 0);
}

/* A cue listed twice would have its first strength silently replaced. */
static void
test_cues_listed_once (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "lexicon", "cues.tsv", NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;
      char *key;

      if (lines[i][0] == '#' || lines[i][0] == '\0')
        continue;
      fields = g_strsplit (lines[i], "\t", 3);
      g_assert_cmpuint (g_strv_length (fields), >=, 2);
      key = g_strconcat (fields[0], " ", fields[1], NULL);
      if (g_hash_table_contains (seen, key))
        g_test_message ("cues.tsv, line %u: “%s” again", i + 1, key);
      g_assert_false (g_hash_table_contains (seen, key));
      g_hash_table_add (seen, key);
    }
  g_assert_cmpuint (g_hash_table_size (seen), >=, 300);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  g_test_set_nonfatal_assertions ();
  extractor = ent_extractor_new_default (&error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/entente/extractor/%s", cases[i].name);
      g_test_add_data_func (path, &cases[i], test_case);
    }
  g_test_add_func ("/entente/extractor/evidence-offsets", test_evidence_offsets);
  g_test_add_func ("/entente/extractor/cues-listed-once", test_cues_listed_once);
  g_test_add_func ("/entente/extractor/apply-keeps-decisions", test_apply_keeps_decisions);
  g_test_add_func ("/entente/extractor/strongest-cue", test_strongest_cue);
  g_test_add_func ("/entente/extractor/person-brings-state", test_person_brings_state);

  status = g_test_run ();
  g_object_unref (extractor);
  return status;
}
