# articles.py — the article texts of the HTML fixtures, written for Entente
# about real events. Each: slug, headline, byline, ISO date, dateline, and
# paragraphs; a paragraph starting with "## " is a subheading, "> " a
# block quotation, "* " a list item.
#
# Copyright 2026 The Entente authors
# SPDX-License-Identifier: GPL-3.0-or-later

ARTICLES = [
("jcpoa-vienna", "Iran and six powers reach nuclear deal in Vienna", "Leila Farahani", "2015-07-14", "VIENNA", [
 "Iran and six world powers agreed on Tuesday to curb Tehran's nuclear programme in exchange for the lifting of international sanctions, ending nearly two years of negotiations in the Austrian capital.",
 "The accord, known as the Joint Comprehensive Plan of Action, limits the number of centrifuges Iran may operate, caps its stockpile of enriched uranium and gives inspectors of the International Atomic Energy Agency wide access to its sites.",
 "President Barack Obama said the deal cut off every pathway to a bomb, while Iranian President Hassan Rouhani called it a win-win outcome that opened a new chapter with the world.",
 "Israeli Prime Minister Benjamin Netanyahu condemned the agreement as a historic mistake and said Israel was not bound by it. Saudi Arabia gave a guarded welcome, stressing that inspections must be strict.",
 "Russia and China, which negotiated alongside the United States, Britain, France and Germany, praised the outcome and said sanctions relief should follow quickly once the agency verifies Iran's steps.",
]),
("us-quits-jcpoa", "Trump pulls United States out of Iran nuclear accord", "Daniel Okafor", "2018-05-08", "WASHINGTON", [
 "President Donald Trump announced on Tuesday that the United States would withdraw from the 2015 nuclear agreement with Iran and reimpose sanctions that had been lifted under the deal.",
 "Speaking at the White House, Trump called the accord defective at its core and said it had failed to stop Iran's missile programme or its support for armed groups across the Middle East.",
 "Britain, France and Germany said they regretted the decision and would remain committed to the agreement as long as Iran kept to its terms. The European Union's foreign policy chief urged Tehran not to follow Washington out.",
 "Iranian President Hassan Rouhani said his country would stay in the deal for now and negotiate with the remaining parties, but warned that Iran could resume enrichment without limits if talks failed.",
 "Israel and Saudi Arabia welcomed the move. Prime Minister Benjamin Netanyahu praised what he called a bold decision against a regime bent on destroying his country.",
]),
("abraham-accords", "Israel, UAE and Bahrain sign normalisation accords at the White House", "Sarah Lindqvist", "2020-09-15", "WASHINGTON", [
 "Israel signed agreements establishing full diplomatic relations with the United Arab Emirates and Bahrain on Tuesday at a ceremony on the South Lawn of the White House.",
 "The documents, which the administration called the Abraham Accords, make the two Gulf states the third and fourth Arab countries to recognise Israel, after Egypt in 1979 and Jordan in 1994.",
 "President Donald Trump, who hosted the signing, said the agreements marked the dawn of a new Middle East. Emirati Foreign Minister Abdullah bin Zayed thanked Israel for halting plans to annex parts of the occupied West Bank.",
 "Palestinian leaders denounced the deals as a betrayal of their cause. President Mahmoud Abbas said peace would not come until the occupation ended, and Hamas called for a day of rage.",
 "Iran and Turkey also criticised the accords. Tehran described them as a dagger in the back of Muslims, while Ankara said history would not forgive the hypocrisy of the signatories.",
]),
("beijing-saudi-iran", "Saudi Arabia and Iran agree to restore ties in deal brokered by China", "Mei Chen", "2023-03-10", "BEIJING", [
 "Saudi Arabia and Iran agreed on Friday to restore diplomatic relations and reopen embassies within two months, seven years after the regional rivals cut ties, in an agreement mediated by China.",
 "A joint statement issued in Beijing after four days of talks said the two countries would respect each other's sovereignty and refrain from interfering in each other's internal affairs.",
 "Wang Yi, China's top diplomat, hailed the deal as a victory for dialogue and peace. The United Nations secretary-general welcomed it, as did Iraq and Oman, which had hosted earlier rounds of talks.",
 "The White House said it supported any effort to end the war in Yemen and de-escalate tensions, while noting that Riyadh had kept Washington informed throughout the negotiations.",
 "Saudi Arabia broke off relations in 2016 after protesters stormed its embassy in Tehran following the execution of a prominent Shi'ite cleric in the kingdom.",
]),
("ukraine-invasion", "Russia launches full-scale invasion of Ukraine", "Oksana Melnyk", "2022-02-24", "KYIV", [
 "Russian forces attacked Ukraine from the north, east and south before dawn on Thursday after President Vladimir Putin announced what he called a special military operation, the largest assault on a European state since the Second World War.",
 "Explosions were heard in Kyiv, Kharkiv and Odesa as missiles struck airfields and military depots. Ukrainian President Volodymyr Zelenskyy declared martial law and urged citizens to stay calm.",
 "President Joe Biden condemned an unprovoked and unjustified attack and promised severe sanctions in concert with allies. European Union leaders gathered in Brussels for an emergency summit.",
 "NATO Secretary-General Jens Stoltenberg said the alliance would reinforce its eastern flank but had no plans to send troops into Ukraine, which is not a member.",
 "China declined to call the offensive an invasion and urged restraint by all sides. Belarus, whose territory Russian troops used to advance toward Kyiv, backed Moscow.",
]),
("finland-nato", "Finland becomes NATO's 31st member", "Aino Virtanen", "2023-04-04", "BRUSSELS", [
 "Finland formally joined the North Atlantic Treaty Organization on Tuesday, doubling the length of the alliance's border with Russia and ending decades of military non-alignment.",
 "The Finnish flag was raised outside NATO headquarters after Foreign Minister Pekka Haavisto handed the accession documents to Secretary of State Antony Blinken, whose country is the treaty's depositary.",
 "Secretary-General Jens Stoltenberg called it a historic day. President Sauli Niinistö said Finland's security had been strengthened and that it would be a stable and predictable ally.",
 "The Kremlin said it would take countermeasures to protect Russian security. Turkey, whose parliament ratified Finland's bid last week, still blocks the application of neighbouring Sweden.",
]),
("sweden-nato", "Sweden joins NATO after two years of waiting", "Erik Holm", "2024-03-07", "WASHINGTON", [
 "Sweden became the 32nd member of NATO on Thursday when Prime Minister Ulf Kristersson deposited the accession documents at the State Department in Washington.",
 "Stockholm applied together with Finland in May 2022, shortly after Russia invaded Ukraine, but its bid was held up for months by Turkey and later Hungary.",
 "Secretary of State Antony Blinken said good things come to those who wait. Kristersson said Sweden would share burdens, responsibility and risks with its allies.",
 "Hungary's parliament approved the membership last week after Kristersson visited Budapest and agreed to sell fighter jets to Hungary. Turkey ratified the bid in January.",
 "Russia has said that NATO's expansion to the Baltic shore threatens its security and warned of military and technical measures in response.",
]),
("aukus", "Australia, Britain and US form AUKUS pact, angering France", "James Whitford", "2021-09-16", "CANBERRA", [
 "Australia will acquire nuclear-powered submarines under a new security partnership with the United States and Britain, the three governments announced, in a move widely seen as a response to China's growing military power.",
 "Prime Minister Scott Morrison said the pact, called AUKUS, would deepen cooperation on cyber capabilities, artificial intelligence and undersea technology as well as submarines.",
 "France reacted with fury because the deal scrapped a contract worth tens of billions of dollars for French-designed submarines. Foreign Minister Jean-Yves Le Drian called it a stab in the back.",
 "China's foreign ministry said the partnership seriously undermined regional peace and intensified an arms race, and accused the three countries of a Cold War mentality.",
 "New Zealand said the submarines would not be welcome in its waters, in line with its long-standing nuclear-free policy.",
]),
("qatar-blockade", "Saudi Arabia and allies cut ties with Qatar", "Omar Haddad", "2017-06-05", "DOHA", [
 "Saudi Arabia, the United Arab Emirates, Bahrain and Egypt severed diplomatic relations with Qatar on Monday, accusing it of supporting terrorism and of being too close to Iran.",
 "The four countries closed their land, sea and air links with the small gas-rich state and gave Qatari citizens two weeks to leave. Saudi Arabia shut Qatar's only land border.",
 "Qatar's foreign ministry said the measures were unjustified and based on false claims. Doha denies funding militant groups and says it pursues an independent foreign policy.",
 "Turkey, which has a military base in Qatar, said it would stand by Doha, and its parliament later fast-tracked the deployment of more troops. Iran offered to send food.",
 "Kuwait offered to mediate. The United States, whose largest regional air base is at Al Udeid in Qatar, urged the Gulf states to resolve their differences through dialogue.",
]),
("al-ula", "Gulf rift ends as Saudi Arabia and Qatar sign declaration at Al-Ula", "Omar Haddad", "2021-01-05", "AL-ULA", [
 "Gulf Arab leaders signed a declaration of solidarity at a summit in the Saudi desert town of Al-Ula on Tuesday, ending a three-and-a-half-year boycott of Qatar.",
 "Crown Prince Mohammed bin Salman greeted Qatar's Emir Sheikh Tamim bin Hamad Al Thani with an embrace on the airport tarmac, a day after Riyadh reopened its airspace and land border to Qatari traffic.",
 "The crown prince said the summit would unite the ranks of the Gulf in the face of challenges, in particular Iran's nuclear and missile programmes.",
 "Kuwait, which mediated throughout the dispute, and the United States, represented by presidential adviser Jared Kushner, praised the reconciliation. Egypt also signed the declaration.",
]),
("kabul-falls", "Taliban take Kabul as Afghan government collapses", "Farid Ahmadzai", "2021-08-15", "KABUL", [
 "Taliban fighters entered Kabul on Sunday and took control of the presidential palace after President Ashraf Ghani fled the country, completing a rapid offensive that swept through Afghanistan in little more than a week.",
 "Thousands of people rushed to the city's airport in the hope of leaving, while the United States sent troops to secure the evacuation of its embassy staff and Afghans who had worked for foreign forces.",
 "A Taliban spokesman said the group wanted peaceful relations with other countries and promised an amnesty for those who had served the government.",
 "Secretary of State Antony Blinken defended the withdrawal of American troops, saying the United States had achieved its aim of degrading the group that attacked it in 2001.",
 "Pakistan's prime minister said Afghans had broken the shackles of slavery. China said it was ready to develop friendly relations with the Taliban, while Britain said no country should recognise them bilaterally.",
]),
("karabakh-2020", "Armenia and Azerbaijan agree to end Karabakh war in Russian-brokered deal", "Anna Grigoryan", "2020-11-10", "MOSCOW", [
 "Armenia and Azerbaijan signed an agreement brokered by Russia to end six weeks of fighting over Nagorno-Karabakh, with Russian peacekeepers to be deployed along the front line.",
 "Under the deal, Armenia will hand back several districts around the enclave that it has controlled since the 1990s. About 2,000 Russian troops will guard the Lachin corridor linking Karabakh to Armenia.",
 "Azerbaijani President Ilham Aliyev hailed a capitulation by Armenia. Armenian Prime Minister Nikol Pashinyan called the agreement incredibly painful, and protesters stormed government buildings in Yerevan.",
 "Turkey, which backed Azerbaijan throughout the conflict with drones and political support, welcomed the result and said it would take part in monitoring the ceasefire.",
]),
("karabakh-2023", "Azerbaijan retakes Nagorno-Karabakh in one-day offensive", "Anna Grigoryan", "2023-09-20", "BAKU", [
 "Ethnic Armenian forces in Nagorno-Karabakh agreed on Wednesday to disarm after a lightning offensive by Azerbaijan, ending three decades of self-rule in the mountain enclave.",
 "Azerbaijan's defence ministry said the operation against what it called illegal Armenian military formations had achieved its goals. The ceasefire was mediated by Russian peacekeepers stationed in the region.",
 "Armenian Prime Minister Nikol Pashinyan accused Russia of failing to protect the population and said Armenia had not taken part in the fighting. Protesters in Yerevan demanded his resignation.",
 "Over the following days more than 100,000 people, nearly the entire Armenian population of the enclave, fled to Armenia. France and the United States called on Baku to protect civilians.",
]),
("grain-deal", "Russia and Ukraine sign deals to resume grain exports", "Mehmet Aydin", "2022-07-22", "ISTANBUL", [
 "Russia and Ukraine signed separate agreements with Turkey and the United Nations on Friday to reopen Ukraine's Black Sea ports to grain exports, easing fears of a global food crisis.",
 "Under the Black Sea Grain Initiative, a joint coordination centre in Istanbul will inspect ships to make sure they carry no weapons, and vessels will follow routes agreed by all sides.",
 "Secretary-General Antonio Guterres called the agreement a beacon of hope. President Recep Tayyip Erdogan, who hosted the ceremony at the Dolmabahce palace, said Turkey was proud to have helped.",
 "The next day Russian missiles struck the port of Odesa, and Kyiv accused Moscow of spitting in the face of the United Nations and Turkey. Ukrainian officials said preparations for exports would continue.",
]),
("grain-exit", "Russia quits Black Sea grain deal", "Mehmet Aydin", "2023-07-17", "MOSCOW", [
 "Russia said on Monday it was suspending its participation in the Black Sea Grain Initiative, the agreement that had allowed Ukraine to ship more than 32 million tonnes of food from its ports.",
 "Kremlin spokesman Dmitry Peskov said Moscow would return to the deal only when its own demands on the export of Russian grain and fertiliser were met.",
 "Secretary-General Antonio Guterres said the decision would strike a blow to people in need everywhere. The United States called it cruel, and the European Union accused Russia of using hunger as a weapon.",
 "President Volodymyr Zelenskyy said Ukraine was ready to keep exporting with the help of Turkey and the United Nations, while Turkey said it would try to persuade Russia to reconsider.",
]),
("wagner-mutiny", "Wagner mercenaries halt march on Moscow", "Pavel Sokolov", "2023-06-24", "MOSCOW", [
 "Yevgeny Prigozhin, the head of the Wagner mercenary group, called off an armed march on Moscow on Saturday evening after a deal mediated by Belarusian President Alexander Lukashenko.",
 "Wagner fighters had seized military facilities in Rostov-on-Don and advanced hundreds of kilometres north in a challenge to Russia's military leadership, which Prigozhin accused of incompetence.",
 "In a televised address, President Vladimir Putin called the mutiny a stab in the back and treason. Under the agreement, charges against Prigozhin were dropped and he was to leave for Belarus.",
 "Chechen leader Ramzan Kadyrov said his forces were ready to help crush the rebellion. Western governments said they were watching closely and that the turmoil was an internal Russian affair.",
]),
("hamas-attack", "Hamas launches surprise attack on Israel", "Noa Peretz", "2023-10-07", "JERUSALEM", [
 "Hamas gunmen crossed from the Gaza Strip into southern Israel on Saturday in the deadliest attack in the country's history, killing about 1,200 people and taking some 250 hostages back to Gaza.",
 "Prime Minister Benjamin Netanyahu declared that Israel was at war and vowed mighty vengeance. Israeli aircraft began striking targets across the Gaza Strip.",
 "President Joe Biden said American support for Israel's security was rock solid and unwavering. European leaders condemned the attack on civilians in the strongest terms.",
 "Iran praised what it called the proud operation, and Hezbollah in Lebanon said it was in contact with the leadership of the Palestinian resistance. Saudi Arabia called for an immediate halt to the escalation.",
]),
("icj-gaza", "World Court orders Israel to prevent acts of genocide in Gaza", "Pieter de Vries", "2024-01-26", "THE HAGUE", [
 "The International Court of Justice ordered Israel on Friday to take all measures within its power to prevent acts of genocide in the Gaza Strip and to allow more humanitarian aid in.",
 "The ruling on provisional measures came in a case brought by South Africa, which accuses Israel of violating the Genocide Convention in its military campaign against Hamas. The court did not order a ceasefire.",
 "South Africa's foreign minister, Naledi Pandor, welcomed the decision as a victory for international law. Prime Minister Benjamin Netanyahu called the genocide charge outrageous and said Israel would continue to defend itself.",
 "The United States said the ruling was consistent with its view that Israel must minimise civilian harm, and restated that it considered the genocide allegation unfounded.",
]),
("red-sea-strikes", "US and Britain strike Houthi targets in Yemen", "Khalid Mansour", "2024-01-12", "SANAA", [
 "American and British warplanes and warships struck more than 60 targets in Houthi-controlled areas of Yemen overnight, in response to weeks of attacks on commercial shipping in the Red Sea.",
 "President Joe Biden said the strikes were a clear message that the United States and its partners would not tolerate attacks on their personnel or allow hostile actors to imperil freedom of navigation.",
 "The Houthis, who say they target ships linked to Israel in solidarity with Palestinians in Gaza, vowed that the attack would not go unpunished. Iran condemned the strikes as a violation of Yemen's sovereignty.",
 "Australia, Bahrain, Canada and the Netherlands provided support. Saudi Arabia, which has held talks with the Houthis on ending Yemen's war, called for restraint.",
]),
("iran-strikes-israel", "Iran launches drones and missiles at Israel", "Noa Peretz", "2024-04-14", "TEL AVIV", [
 "Iran fired more than 300 drones and missiles at Israel overnight, its first direct military attack on Israeli territory, in retaliation for a strike on its consulate compound in Damascus.",
 "The Israeli military said nearly all of the projectiles were intercepted with the help of the United States, Britain, France and Jordan. A young girl was seriously injured in the south.",
 "President Joe Biden said the United States had helped Israel take down nearly all of the drones and missiles and that its commitment to Israel's security was ironclad.",
 "Iran's mission to the United Nations said the matter could be deemed concluded. The Group of Seven condemned the attack, and China and Russia urged all sides to show restraint.",
]),
("brics-expansion", "BRICS invites six countries to join the bloc", "Thandi Nkosi", "2023-08-24", "JOHANNESBURG", [
 "The BRICS group of emerging economies agreed on Thursday to invite Argentina, Egypt, Ethiopia, Iran, Saudi Arabia and the United Arab Emirates to become members from January.",
 "South African President Cyril Ramaphosa, who hosted the summit in Johannesburg, announced the decision, saying the bloc had reached consensus on the first phase of expansion.",
 "Chinese President Xi Jinping called the enlargement historic. Russian President Vladimir Putin, who took part by video because of an international arrest warrant, said the bloc's influence would grow.",
 "Indian Prime Minister Narendra Modi welcomed the new members while stressing that decisions were taken by consensus. Argentina's incoming government later declined the invitation.",
]),
("niger-coup", "West African bloc threatens force after Niger coup", "Aminata Diallo", "2023-07-30", "ABUJA", [
 "The Economic Community of West African States gave the military officers who seized power in Niger one week to reinstate President Mohamed Bazoum, warning that it could use force.",
 "Leaders meeting in Abuja also imposed sanctions, closing borders and freezing Niger's assets in the regional central bank. Nigeria's President Bola Tinubu said the bloc would not tolerate coups.",
 "The juntas in neighbouring Mali and Burkina Faso said any military intervention in Niger would be considered a declaration of war against them. France condemned the coup and demanded Bazoum's release.",
 "Supporters of the coup rallied outside the French embassy in Niamey, some waving Russian flags. The United States suspended some aid programmes but avoided calling the takeover a coup at first.",
]),
("sudan-war", "Fighting erupts in Khartoum between army and paramilitary force", "Hiba Osman", "2023-04-15", "KHARTOUM", [
 "Heavy fighting broke out in Sudan's capital on Saturday between the army and the paramilitary Rapid Support Forces, after weeks of tension over plans to merge the two into one force.",
 "The army, led by General Abdel Fattah al-Burhan, said it was fighting a rebellion, while the RSF commander, General Mohamed Hamdan Dagalo, accused Burhan of attacking his men and called him a criminal.",
 "Gunfire and explosions were heard near the presidential palace and the airport. Doctors reported dozens of civilian deaths on the first day.",
 "The United States, Britain, Saudi Arabia and the United Arab Emirates called for an immediate end to the fighting. The African Union said it would send its commission chairman on a ceasefire mission.",
]),
("singapore-summit", "Trump and Kim meet in Singapore, pledge denuclearisation", "Ji-hoon Park", "2018-06-12", "SINGAPORE", [
 "President Donald Trump and North Korean leader Kim Jong Un shook hands on Tuesday at the first meeting between sitting leaders of the two countries, on the resort island of Sentosa.",
 "In a brief joint statement, Kim committed to work toward the complete denuclearisation of the Korean Peninsula, and Trump pledged security guarantees to North Korea.",
 "Trump later announced that the United States would suspend joint military exercises with South Korea, which he called provocative, surprising officials in Seoul and Tokyo.",
 "South Korean President Moon Jae-in praised the summit as a historic event. China welcomed the meeting and suggested that sanctions on Pyongyang could be eased. Japan said pressure must be maintained.",
]),
("turkey-jet", "Turkey shoots down Russian warplane near Syrian border", "Mehmet Aydin", "2015-11-24", "ANKARA", [
 "Turkish F-16 fighters shot down a Russian Su-24 bomber near the Syrian border on Tuesday, the first time in decades that a NATO member has downed a Russian military aircraft.",
 "Turkey said the jet had violated its airspace and was warned ten times. Russia insisted the plane never left Syrian airspace, and one of its two pilots was killed by ground fire after ejecting.",
 "President Vladimir Putin called the incident a stab in the back delivered by accomplices of terrorists and warned of serious consequences for relations with Ankara.",
 "NATO held an emergency meeting at Turkey's request and said it stood in solidarity with its ally, while urging calm. Russia later imposed economic sanctions on Turkey and halted charter flights.",
]),
("russia-syria-2015", "Russia begins air strikes in Syria", "Pavel Sokolov", "2015-09-30", "MOSCOW", [
 "Russian warplanes carried out their first air strikes in Syria on Wednesday, hours after the upper house of parliament authorised President Vladimir Putin to use force abroad.",
 "Moscow said it was targeting the Islamic State group at the request of President Bashar al-Assad, its long-standing ally. Syrian state media said the strikes hit militant positions in Hama and Homs provinces.",
 "American officials said the strikes appeared to hit areas held by other rebel groups, some backed by the United States, rather than the Islamic State. Defence Secretary Ashton Carter said the approach was doomed to fail.",
 "Iran welcomed the intervention and said it was coordinating with Russia, Syria and Iraq. Saudi Arabia demanded that Russia stop the strikes immediately.",
]),
("crimea-2014", "Putin signs treaty absorbing Crimea into Russia", "Oksana Melnyk", "2014-03-18", "MOSCOW", [
 "President Vladimir Putin signed a treaty on Tuesday making Crimea part of Russia, two days after a referendum in the Ukrainian peninsula that Kyiv and Western governments called illegitimate.",
 "In a speech to both houses of parliament in the Kremlin, Putin said Crimea had always been an inseparable part of Russia and accused the West of crossing a line in Ukraine.",
 "Ukraine's interim government said it would never recognise the annexation. Vice President Joe Biden, visiting Poland, said the United States and its allies would impose further sanctions.",
 "The Group of Eight leading economies suspended Russia's participation within days, and in the United Nations General Assembly 100 countries backed a resolution affirming Ukraine's territorial integrity.",
]),
("minsk-ii", "Leaders agree ceasefire for eastern Ukraine after all-night talks in Minsk", "Klaus Berger", "2015-02-12", "MINSK", [
 "The leaders of Russia, Ukraine, Germany and France agreed after more than 16 hours of talks in the Belarusian capital on a ceasefire in eastern Ukraine, to begin on Sunday.",
 "The package of measures provides for the withdrawal of heavy weapons from the front line, an exchange of prisoners and constitutional reform giving more autonomy to the separatist-held regions.",
 "German Chancellor Angela Merkel said there was a glimmer of hope but no illusions. Ukrainian President Petro Poroshenko said the most important thing was that a ceasefire had been declared.",
 "Heavy fighting continued around the railway town of Debaltseve, which separatist forces captured days after the truce took effect.",
]),
("shayrat-strike", "US fires missiles at Syrian air base after chemical attack", "Daniel Okafor", "2017-04-07", "WASHINGTON", [
 "The United States fired 59 Tomahawk cruise missiles at a Syrian government air base early on Friday in retaliation for a chemical attack that killed dozens of civilians in the town of Khan Sheikhoun.",
 "President Donald Trump said the strike on the Shayrat airfield was in the vital national security interest of the United States and called on civilised nations to join in ending the slaughter in Syria.",
 "Russia, a close ally of President Bashar al-Assad, condemned the strike as an act of aggression against a sovereign state and suspended an agreement to avoid incidents between the two air forces over Syria.",
 "Britain, France, Israel, Saudi Arabia and Turkey expressed support for the American action. Iran said such unilateral actions would strengthen terrorists.",
]),
("ethiopia-eritrea", "Ethiopia and Eritrea declare end to two decades of war", "Selam Tesfaye", "2018-07-09", "ASMARA", [
 "Ethiopian Prime Minister Abiy Ahmed and Eritrean President Isaias Afwerki signed a declaration in Asmara on Monday stating that the state of war between their countries had come to an end.",
 "The two neighbours fought a border war from 1998 to 2000 that killed tens of thousands of people, and relations remained frozen after Ethiopia refused to accept an international boundary ruling.",
 "Under the declaration, the countries will resume flights, trade and diplomatic ties and reopen embassies. Ethiopia said it would implement the border ruling.",
 "The United Nations secretary-general praised the leaders' courage, and the United Arab Emirates, which had encouraged the rapprochement, welcomed it. Abiy was awarded the Nobel Peace Prize the following year.",
]),
("colombia-farc", "Colombia and FARC rebels sign revised peace accord", "Camila Restrepo", "2016-11-24", "BOGOTA", [
 "President Juan Manuel Santos and the leader of the Revolutionary Armed Forces of Colombia, Rodrigo Londono, signed a revised peace agreement in Bogota on Thursday, seeking to end more than half a century of conflict.",
 "The new text was negotiated after voters narrowly rejected the first accord in a referendum in October. It will be sent to Congress for approval rather than to another popular vote.",
 "Former President Alvaro Uribe, who led the campaign against the original deal, said the changes were cosmetic and that rebel leaders would still avoid prison.",
 "Cuba and Norway, which guaranteed the negotiations in Havana, welcomed the signing. The United Nations will monitor the disarmament of the guerrillas.",
]),
("g7-ukraine-loan", "G7 agrees to use frozen Russian assets for Ukraine loan", "Giulia Romano", "2024-06-13", "BORGO EGNAZIA", [
 "Leaders of the Group of Seven agreed on Thursday to provide Ukraine with a loan of about 50 billion dollars backed by the interest earned on Russian central bank assets frozen in the West.",
 "President Joe Biden said the deal showed Vladimir Putin that the coalition would not back down. Ukrainian President Volodymyr Zelenskyy, who attended the summit in southern Italy, called it a vital step.",
 "The Kremlin denounced the plan as theft and warned that Russia would respond. Moscow has said any seizure of its assets would breach international law.",
 "## What the loan covers",
 "The money is expected to support Ukraine's military, budget and reconstruction needs, and most of it will be disbursed by the end of the year.",
 "* The United States will provide up to 20 billion dollars.",
 "* The European Union will contribute most of the rest.",
]),
]
