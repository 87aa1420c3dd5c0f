import { describe, expect, it } from "vitest";
import { analyzeText, brief } from "./helpers.js";

function events(text: string, published = "2024-10-28"): string[] {
  return analyzeText(text, published).events.map(brief);
}

/** [sentence, an event that must be produced] */
const POSITIVE: [string, string][] = [
  // A sponsor before "-backed" is not whose the agent is ("the Saudi-backed government in Aden" is Yemen's).
  ["The Saudi-backed government in Aden rejected the plan.", "YEMGOV>-:120:asserted"],
  // "allied" before a noun phrase after "and" is an adjective: both sides of the coordination push in.
  [
    "Turkish troops and allied Syrian rebels pushed into north-eastern Syria on Thursday.",
    "TURMIL>SYR:192:asserted",
  ],
  // What an announcement says would be done is planned.
  [
    "Sánchez announced that the regional parliament of Catalonia would be dissolved.",
    "ESP>ESPLEG:172:planned",
  ],
  // What an agreement says would happen is planned, not hypothetical.
  [
    "Kenya and Ethiopia agreed in March that all foreign troops would leave Somalia.",
    "ETHMIL>SOM:0874:planned",
  ],
  // What reports say is denied when the speaker calls the reports false.
  [
    "Pashinyan's office said reports that he had already signed an agreement with Baku were false.",
    "ARMGOV>AZEGOV:057:denied",
  ],
  // What a forecast's future clause governs or times is forecast too.
  [
    "In our assessment, it is likely that the rebels will try to attack Goma before the rains.",
    "CODREB>COD:190:predicted",
  ],
  // A speech verb with a clause of its own after it reports that clause, not what came before its speaker.
  [
    "The EU had urged Ankara on Wednesday to halt the offensive, and Ursula von der Leyen, the European Commission president, said the bloc would not pay.",
    "IGOEUREEC>TURGOV:0256:asserted",
  ],
  // An -ed form joined by "and" to an article's adjective before a noun is an adjective ("a deliberate and prepared provocation").
  [
    "A British destroyer sailed near Crimea. Peskov called it a deliberate and prepared provocation.",
    "RUSGOV>-:111:asserted",
  ],
  // "called it a provocation": blame of the act just told ("called it a day" labels nothing).
  [
    "A British destroyer sailed near Crimea. Peskov called it a deliberate provocation.",
    "RUSGOV>-:111:asserted",
  ],
  // "whose" before an event noun stands for the actor before its comma.
  ["Putin, whose summit with Trump in Helsinki ended early, flew home.", "RUSGOV>USA:040:asserted"],
  // Naming or identifying a side as the one behind an act blames it (112).
  [
    "Kyiv identified Russian military intelligence as responsible for the sabotage.",
    "UKRGOV>RUSSPY:112:asserted",
  ],
  // Calling a measure pointless or futile is criticism (111).
  ["The European Union called the sanctions pointless.", "IGOEUREEC>-:111:asserted"],
  // A subject's -ing modifier after a fronted adverbial's comma; "sit-in" as one noun; security agents as SPY.
  [
    "Earlier in the week, Malian soldiers guarding the sit-in exchanged fire with security agents.",
    "MLIMIL>MLISPY:193:asserted",
  ],
  // Capturing a capital is occupying territory (192).
  ["Yemen's Houthis captured the capital in September.", "YEMREB>-:192:asserted"],
  // "stun grenades" is a noun compound (the tagger reads "stun" as a verb); crowd-control weapons are 175.
  ["Police used stun grenades and pepper spray against protesters in Tbilisi.", "GEOCOP>GEOOPP:175:asserted"],
  // A side's own people it urges or advises are whom it appeals to.
  ["Canada urged its citizens to leave the country at once.", "CAN>CANCVL:020:asserted"],
  // Exchanging letters or messages is correspondence (040); passing a chairmanship on hands it over (080).
  ["Kenya and Uganda exchanged letters on Monday.", "UGA>KEN:040:asserted"],
  [
    "Sudan's army chief was due to pass the chairmanship of the council to a civilian.",
    "SDNMIL>SDNCVL:080:planned",
  ],
  // Losses of a side that in the same sentence uses force on another are that other's doing.
  [
    "Mali's army said it had killed 40 rebels near Kidal and that three of its soldiers had been killed.",
    "MLIREB>MLIMIL:190:reported",
  ],
  // Saying a side was complicit (or at fault) blames it; saying a vote was neither free nor fair is criticism.
  ["Kyiv said Minsk had been either complicit or negligent.", "UKRGOV>BLRGOV:112:asserted"],
  ["Canada said that the election in Belarus had been neither free nor fair.", "CAN>-:111:asserted"],
  // An act done to people right after a common noun, with a place or time and no object, is a reduced
  // passive relative: the noun is its target, the authorities where it happened its source.
  [
    "Ana Ruiz, a Spanish journalist detained in Minsk in May, was freed on Friday.",
    "BLR>ESPMED:173:asserted",
  ],
  // "them" after coordinated actors is all of them, in its own sentence or an earlier one.
  [
    "Oman summoned the envoys of Kenya and Ghana and accused them of interference.",
    "OMN>KENGOV:112:asserted",
  ],
  ["Kenya and Ghana questioned the count. Oman accused them of interference.", "OMN>GHA:112:asserted"],
  // Standing with or lining up behind another side is public support (051).
  ["Latvia and Canada said they stood with Helsinki.", "CAN>FINGOV:051:asserted"],
  ["Nordic governments lined up behind Copenhagen on Monday.", "SCNGOV>DNKGOV:051:asserted"],
  // The relative clause of a group the copula's subject is counted in is each listed subject's act.
  ["Portugal, Chile and Ghana are among the countries that have sent aid to Nepal.", "GHA>NPL:070:asserted"],
  ["Portugal, Chile and Ghana are among the countries that have sent aid to Nepal.", "PRT>NPL:070:asserted"],
  ["Norway was one of the first states to recognise the new government in Libya.", "NOR>LBYGOV:051:asserted"],
  // Claiming an attack acknowledges one's own act.
  ["Islamic State claimed the attack on the concert hall on Friday night.", "IMGMUSISI>-:015:acknowledged"],
  // After ", and", a new speaker named with a possessive and an apposition speaks in its own voice.
  [
    "The Kremlin denied any role in the hacking, and Putin's spokesman, Dmitry Peskov, called the sanctions illegal.",
    "RUSGOV>-:111:asserted",
  ],
  // Agreeing to do what has no code of its own is an intent, vowed (the outlet tells it, no one's word).
  [
    "North Korea and the United States agreed to recover the remains of soldiers missing from the Korean War.",
    "PRK>USA:030:vowed",
  ],
  // Drills two countries hold or open together are a joint exercise (062), each with the other.
  [
    "The United States and Ukraine opened the annual Sea Breeze naval exercise on Monday.",
    "UKR>USA:062:asserted",
  ],
  // A happening a verb of ordering takes as its object is the orderer's act ("ordered the killing of X").
  [
    "The Kremlin denied that it had ordered the killing of the Ukrainian commander.",
    "RUSGOV>UKRMIL:1823:denied",
  ],
  ["Putin ordered an invasion of Ukraine.", "RUSGOV>UKR:192:asserted"],
  // Irregular pasts the tagger reads as nouns ("retook", "overthrew") are verbs after a subject.
  ["Zimbabwe's army overthrew President Robert Mugabe in 2017.", "ZWEMIL>ZWEGOV:170:asserted"],
  ["Iran's Revolutionary Guards retook the British tanker on Friday.", "IRNMIL>GBRBUS:192:asserted"],
  // Warplanes intercepting aircraft show force (150); intercepting missiles is force (190).
  ["Two Russian jets intercepted the US drone over the Black Sea.", "RUSMIL>USAMIL:150:asserted"],
  ["Israeli jets intercepted the Iranian missiles.", "ISRMIL>IRNMIL:190:asserted"],
  // Fighting or exchanging fire with someone is done by both sides.
  ["Indian troops exchanged fire with Pakistani soldiers on Friday.", "PAKMIL>INDMIL:193:asserted"],
  ["Indian troops clashed with Chinese soldiers on Monday.", "CHNMIL>INDMIL:190:asserted"],
  // A modifier of the subject ("troops guarding the plant", "drones carrying explosives", "troops
  // stationed near the plant") is no clause of its own: the subject is the noun it follows.
  ["Russian troops guarding the plant shelled the Ukrainian town.", "RUSMIL>UKR:194:asserted"],
  ["Russian troops stationed near the plant shelled the Ukrainian town.", "RUSMIL>UKR:194:asserted"],
  ["Ukrainian drones carrying explosives struck the Russian refinery.", "UKRMIL>RUS:190:asserted"],
  // "the Treasury" that imposes sanctions is the US Treasury (USAGOV), whatever country was named before.
  [
    "Russia expelled 35 American diplomats. The Treasury imposed sanctions on the GRU.",
    "USAGOV>RUSSPY:163:asserted",
  ],
  // Trading threats threatens (130), trading insults denounces (111): not the economic default of "trade".
  ["India and Pakistan traded threats of war last year.", "IND>PAK:130:asserted"],
  ["India and Pakistan traded insults on Monday.", "PAK>IND:111:asserted"],
  // A speaker in apposition ("Russia's foreign minister, Sergei Lavrov, said") reports what follows,
  // not the whole sentence; another clause after ", and" is the story's.
  [
    "Russia's foreign minister, Sergei Lavrov, said Moscow would respond, and Russian jets struck Idlib on Friday.",
    "RUSMIL>SYR:195:asserted",
  ],
  // Another body of the speaker's side, named anew after ", and", speaks in the story's voice.
  [
    "The Kremlin spokesman, Dmitry Peskov, said Putin regarded the strike as aggression, and the foreign ministry suspended a memorandum with Washington.",
    "RUSGOV>USAGOV:160:asserted",
  ],
  // What a proposal or a recommendation puts forward is not done ("proposed that Russia expel …").
  ["Lavrov recommended that Russia expel 31 American diplomats.", "RUS>USAGOV:161:hypothetical"],
  // "even if" concedes, it sets no condition: the forecast stays a prediction.
  ["Israel will strike targets in Gaza again, even if the truce broadly holds.", "ISR>PSE:195:predicted"],
  // A relative clause set off by commas inside a report is the story's background, asserted.
  [
    "Yoon said the pact, which Seoul had threatened to scrap in 2019, was now back in force.",
    "KORGOV>-:138:asserted",
  ],
  // "help" that governs no verb is aid in its own right (070); "helped Kyiv repel" codes the repelling.
  ["The United States helped Sri Lanka after the bombings.", "USA>LKA:070:asserted"],
  // A missile test names no target; a country named in a clause joined before it is not its scene.
  [
    "The United States and South Korea began a joint exercise on Monday, and North Korea fired two ballistic missiles on Tuesday.",
    "PRK>-:150:asserted",
  ],
  // Warplanes or ships shadowing another side's ships show force at close range (150).
  ["Russian jets and two coastguard boats shadowed the British destroyer.", "RUSMIL>GBRMIL:150:asserted"],
  // Plotters and putschists are an armed faction of the country (as coup plotters are).
  ["Turkish forces killed 104 of the plotters.", "TURMIL>TURREB:190:asserted"],
  // A name opening with a lower-case Arabic article ("al-Qaeda") is a name.
  ["The Taliban sheltered the al-Qaeda leader in Kabul.", "AFGGOVTAL>IMGMUSALQ:075:asserted"],
  // Declining to say or confirm is declining comment (011), not rejecting a proposal (120).
  ["Pentagon officials declined to say where the drone had taken off.", "USAMIL>-:011:asserted"],
  // A list repeating its preposition ("to X and to Y") is one list of targets; a country in a
  // hyphenated adjective on a name ("the Russian-led CSTO") is no target of its own.
  [
    "Armenia appealed to the Russian-led Collective Security Treaty Organisation and to the UN Security Council.",
    "ARM>IGOUNO:020:asserted",
  ],
  ["Armenia appealed to the Russian-led CSTO on Tuesday.", "ARM>IGOCAS:020:asserted"],
  // A state's own opponents after "its" are whom it jails, not a theme of its own.
  ["Belarus's government began jailing its opponents in 2020.", "BLRGOV>BLROPP:173:asserted"],
  // Being open to talks is an intent to negotiate (036), vowed.
  ["Thailand's prime minister said Bangkok was open to negotiations with Cambodia.", "THAGOV>KHM:036:vowed"],
  // Rebels taking up arms fight (190); they do not seize weapons (1711).
  ["The rebels took up arms against the government in 1964.", "---REB>---GOV:190:asserted"],
  // "long" between "has" and its participle is an adverb, not an adjective that ends the verb group.
  ["Iran has long accused Israel of plotting attacks on its scientists.", "IRN>ISR:112:asserted"],
  // A blockade by a state's own soldiers shows their power at home (150); by protesters it is a protest (144).
  ["Niger's soldiers blocked roads to the palace on Wednesday.", "NERMIL>NER:150:asserted"],
  // Sacking a vice-president is dismissing an official (172), as sacking a minister is.
  ["Zambia's president sacked his vice-president on Monday.", "ZMBGOV>ZMB:172:asserted"],
  // A joint statement or declaration signed by two leaders is a signed agreement.
  ["Erdogan and Aliyev signed a joint statement in Baku on Monday.", "TURGOV>AZEGOV:057:asserted"],
  ["Erdogan and Aliyev signed the 40-page text in Baku on Monday.", "AZEGOV>TURGOV:057:asserted"],
  // Detaining people in protests is an arrest; "hold * protest" (141) wants the protest as the object.
  ["Georgian police detained about 300 people in two nights of protests.", "GEOCOP>GEO:173:asserted"],
  // Entering a country's airspace is a show of force (150), not the occupation of that country (192).
  ["A Chinese surveillance plane entered Japan's airspace on Monday.", "CHNMIL>JPN:150:asserted"],
  [
    "The incursion by Russian fighter jets into Estonian airspace lasted twelve minutes.",
    "RUSMIL>EST:150:asserted",
  ],
  // Listed objects named past their role nouns ("the former US Marine Tom Hale") are each a target.
  [
    "Belarus freed the Swedish journalist Anna Berg, the former US Marine Tom Hale and a Polish priest on Sunday.",
    "BLR>USA:080:asserted",
  ],
  ["Russia attacked Ukraine on Friday.", "RUS>UKR:190:asserted"],
  // A country adjective on a place noun ("the Egyptian capital") says where, not whose government.
  [
    "Sudan's army fought the rebels for months. A truce was signed in the Egyptian capital by the government and the rebels.",
    "SDNGOV>SDNREB:0871:asserted",
  ],
  // Joining talks still meets; joining a group does not (NEGATIVE).
  ["Iran joined the talks with the European Union in Vienna.", "IRN>IGOEUREEC:040:asserted"],
  // Seeking to do X expresses the intent to do X (as a vow does), not a bare 030.
  ["Japan and India are seeking to deepen their partnership in trade.", "JPN>IND:031:vowed"],
  ["Kenya is seeking to mediate between Sudan's warring factions.", "KEN>SDN:039:vowed"],
  // Children are civilians; a side's own children after "its" are not its target (NEGATIVE).
  ["Israeli troops arrested two Palestinian children in Hebron.", "ISRMIL>PSECVL:173:asserted"],
  // Forces withdraw from a place, not from where they go.
  ["French troops withdrew from Mali to Niger.", "FRAMIL>MLI:0874:asserted"],
  // An -ed form between a preposition and its noun is an adjective, not a verb ending the clause.
  [
    "The French president will meet with exiled dissidents from Belarus in Vilnius.",
    "FRAGOV>BLROPP:036:predicted",
  ],
  ["Hezbollah said Israel would receive its just punishment.", "LBNREBHEZ>ISR:130:vowed"],
  // A criminal case is legal action against whom "against" names, a pronoun included (Prigozhin,
  // dead by the test's date, holds no office then: RUS).
  [
    "Prigozhin led the revolt. Hours later, the FSB security service opened a criminal case against him.",
    "RUSSPY>RUS:173:asserted",
  ],
  // A warrant is for whom "for" names, a country adjective on its noun included.
  ["A court in Guyana has issued arrest warrants for two Brazilian men.", "GUYJUD>BRA:173:asserted"],
  // Breaking into or gaining access to another side's networks is a cyber attack (176).
  ["Chinese spies gained access to the networks of the British parliament.", "CHNSPY>-:176:asserted"],
  // A crowd forcing its way in riots (145); "condemned the seizure" is aimed at who seized.
  ["Sri Lankan protesters broke into the prime minister's office.", "LKAOPP>LKAGOV:145:asserted"],
  ["Finland seized the tanker on Thursday. Moscow condemned the seizure.", "RUSGOV>FIN:111:asserted"],
  // A reported "would" act of the speaker's side that codes nothing of its own is an intent (030);
  // taking unspecified measures is a threat (130).
  ["Amman said it would keep working with Washington to secure its border.", "JORGOV>USAGOV:030:vowed"],
  ["Russia's foreign ministry said Moscow would take countermeasures.", "RUSGOV>-:130:vowed"],
  // Named victims of a violent agentless passive whose attacker the story never names: unidentified
  // ("---"); places coordinated with a located one are located too.
  ["Iran's ambassador in Beirut was also wounded, Iranian state media reported.", "--->IRNGOV:180:reported"],
  ["US forces in Iraq and Syria have been attacked more than 160 times.", "--->USAMIL:190:asserted"],
  // "the 46 soldiers" takes up the soldiers named before, a count between article and noun.
  [
    "Forty-six Ivorian soldiers were detained in Mali in July. A court in Bamako sentenced the 46 soldiers to 20 years in prison.",
    "MLIJUD>CIVMIL:172:asserted",
  ],
  // So is violence by an indefinite weapon or attack whose owner is not said.
  ["A drone attack killed three American soldiers.", "--->USAMIL:195:asserted"],
  // An inverted condition opening the sentence ("Should X be attacked, …") makes its act conditional.
  ["Were Russia to invade Finland, NATO would respond.", "RUS>FIN:192:conditional"],
  // What is "to be done" is planned ("is to blame" blames).
  ["Israeli forces are to pull back from populated areas of the Gaza Strip.", "ISRMIL>PSE:0874:planned"],
  ["Hamas is to blame for the attack on Israel.", "PSEREBHMS>ISR:1123:asserted"],
  // Annulling an election or its results restricts political freedoms (1721).
  [
    "Romania's Constitutional Court on Friday annulled the first round of the presidential election.",
    "ROUJUD>ROU:1721:asserted",
  ],
  // Seeking, filing or preparing charges against someone is legal action against them (173).
  [
    "Bolivian prosecutors sought terrorism charges against General Juan José Zúñiga.",
    "BOLJUD>BOLMIL:173:asserted",
  ],
  // Tear gas and rubber bullets are repression (175), whoever fires them.
  ["Bolivian soldiers fired tear gas at protesters in La Paz.", "BOLMIL>BOLOPP:175:asserted"],
  // Not commenting is declining to comment (011).
  ["The foreign ministry in Paris did not immediately comment.", "FRAGOV>-:011:asserted"],
  // Laying or planting mines is 183 (PETRARCH codes an exploding landmine so).
  ["Russian forces laid mines along the border with Ukraine.", "RUSMIL>UKR:183:asserted"],
  // A passive's agent after "by" is what a pattern's subject words match ("&weapon brought down").
  ["The plane had been brought down by Russian air defences.", "RUSMIL>-:190:asserted"],
  // Ending, terminating or scrapping an agreement or a cooperation with another side reduces relations (160).
  ["Chad said it was ending its defence cooperation agreement with France.", "TCD>FRA:160:acknowledged"],
  // A party telling of its own talks or concessions acknowledges them; of its own support, asserts it;
  // an international body's own word counts as a state's does.
  [
    "Malaysia's prime minister said he had spoken with Thailand's prime minister.",
    "MYSGOV>THAGOV:040:acknowledged",
  ],
  [
    "The US State Department said Washington firmly supported Moldova's sovereignty.",
    "USAGOV>MDA:050:asserted",
  ],
  // Another part of the state telling of the leader's resignation does not acknowledge it.
  ["Bangladesh's army chief said Prime Minister Sheikh Hasina had resigned.", "BGDGOV>-:0831:reported"],
  [
    "The International Monetary Fund said it hoped Sri Lanka would settle the turmoil quickly.",
    "IGOBUSIMF>LKA:020:asserted",
  ],
  ["Chad scrapped its military cooperation with France.", "TCD>FRA:160:asserted"],
  // CAMEO has no coup code: seizing power, toppling a ruler coerce the government (170); house arrest is a detention.
  ["Gabonese officers seized power in Libreville on Wednesday.", "GABMIL>GAB:170:asserted"],
  ["Gabonese officers toppled President Ali Bongo.", "GABMIL>GABGOV:170:asserted"],
  ["Gabonese officers kept President Ali Bongo under house arrest.", "GABMIL>GABGOV:173:asserted"],
  ["Venezuela's defence minister accused the opposition of plotting a coup.", "VENOPP>VENGOV:170:alleged"],
  // Crushing or suppressing dissent or protests is repression (175).
  ["The Kremlin has used such laws to crush dissent in Russia.", "RUSGOV>RUS:175:asserted"],
  // What a body is due to do is planned; the AU's Peace and Security Council is the AU's, not the UN's.
  [
    "The African Union's Peace and Security Council was due to meet on Thursday to discuss Gabon.",
    "IGOAFRAFU>GAB:040:planned",
  ],
  // The one accused of an act a noun names did it, as the accuser tells it, to the accuser's side.
  ["Cambodia accused Thailand of unprovoked aggression.", "THA>KHM:190:alleged"],
  ["Ukraine accused Russia of an attack on a hospital in Kharkiv.", "RUS>UKRHLH:190:alleged"],
  // "the same company" takes up the company named before, with its country.
  [
    "Britain sanctioned a Chinese company on Monday. The US Treasury sanctioned the same company.",
    "USAGOV>CHNBUS:163:asserted",
  ],
  // A speech verb's own act before a relative clause or a coordinated verb; a speaker's comma-listed acts.
  [
    "France declared a state of emergency in New Caledonia that took effect on Thursday.",
    "FRA>NCL:1724:asserted",
  ],
  ["France declared a state of emergency in Marseille and sent troops to the city.", "FRA>FRA:1724:asserted"],
  [
    "Bangkok said the mines had been laid recently, recalled its ambassador from Cambodia and expelled Cambodia's envoy.",
    "THAGOV>KHM:161:asserted",
  ],
  [
    "Thailand said the mines were new, recalled its envoy to Cambodia and expelled Cambodia's envoy.",
    "THA>KHMGOV:161:asserted",
  ],
  [
    "Cambodia denied planting mines, saying the soldiers had strayed into old minefields, and downgraded relations with Thailand.",
    "KHM>THA:160:asserted",
  ],
  // "both sides" / "all sides" after the verb: the pair of parties named before.
  [
    "Israel and Hezbollah traded fire. UN chief Antonio Guterres urged all sides to show restraint.",
    "IGOUNO>ISR:0256:asserted",
  ],
  ["Israel and Hezbollah traded fire on Monday.", "LBNREBHEZ>ISR:193:asserted"],
  // "Each side … the other": both sides, each the other's target.
  [
    "Thailand and Cambodia clashed on Thursday. Each side accused the other of starting the fighting.",
    "KHM>THA:112:asserted",
  ],
  // Verb phrases of aid, judicial cooperation, aid cuts, administrative sanctions and treaties.
  ["China handed over 50 police vehicles to Papua New Guinea.", "CHN>PNG:070:asserted"],
  ["Colombia resumed extraditions to the United States on Monday.", "COL>USA:063:asserted"],
  ["Israel suspended tax revenue transfers to the Palestinian Authority.", "ISR>PSEGOV:1621:asserted"],
  ["Niger's junta revoked a French company's license.", "NERGOV>FRABUS:172:asserted"],
  ["Honduras ended its extradition treaty with the United States.", "HND>USA:160:asserted"],
  // Force used against a side is force (190); by police against a crowd, repression (175).
  ["Russia used force against Ukraine.", "RUS>UKR:190:asserted"],
  ["Kenyan police used excessive force against protesters.", "KENCOP>KENOPP:175:asserted"],
  // People protesting in the street demonstrate (141); a state protesting against a plan rejects it.
  ["Serbian students protested against the plans.", "SRBEDU>-:141:asserted"],
  ["Tens of thousands of people protested in Belgrade against lithium mining plans.", "SRB>-:141:asserted"],
  ["Russia protested against the plan.", "RUS>-:127:asserted"],
  // An agent noun of an organisation is the organisation's, not the country named nearby.
  ["Israel killed the leader of Hamas.", "ISR>PSEREBHMS:186:asserted"],
  [
    "Police in Dhaka arrested a senior leader of the Bangladesh Nationalist Party.",
    "BGDCOP>BGDOPP:173:asserted",
  ],
  // A verdict of blame on a definite act, stated in a speech verb's complement, aims at its author.
  [
    "An Israeli air strike killed three journalists in southern Lebanon. Lebanon's prime minister said the attack was a war crime.",
    "LBNGOV>ISR:111:asserted",
  ],
  // Ships colliding with another side's vessel, or ignoring its warnings; an adverb after "and"
  // keeps the shared subject.
  [
    "The Philippine ship ignored repeated warnings and deliberately collided with the Chinese vessel.",
    "PHL>CHN:171:asserted",
  ],
  ["Vietnam ignored repeated warnings from China.", "VNM>CHN:120:asserted"],
  // A noun of talk with the clause it reports ("claims Russia was behind it") heads the judged phrase;
  // "that evening" is a time, not the complement's "that".
  ["Peskov said that claims Russia was behind the blasts were stupid.", "RUSGOV>-:111:asserted"],
  ["Peskov said claims that Russia was behind the blasts were absurd.", "RUSGOV>-:111:asserted"],
  [
    "Sweden's prime minister said that evening that the blasts were probably sabotage.",
    "SWEGOV>-:111:asserted",
  ],
  // … also told before its speaker and a comma.
  [
    "An Israeli air strike killed three journalists in southern Lebanon. The attack was a war crime, Lebanon's prime minister said.",
    "LBNGOV>ISR:111:asserted",
  ],
  ["The Russian court's ruling was illegal and immoral, Zelensky said.", "UKRGOV>RUSJUD:111:asserted"],
  [
    "A court in Tunisia sentenced 40 opposition figures to prison. Human rights groups said the trial was politically motivated.",
    "TUNHRI>TUNJUD:111:asserted",
  ],
  ["Iran's foreign ministry spokesman said the sanctions were illegal.", "IRNGOV>-:111:asserted"],
  ["Kenya's opposition leader said the election had been rigged.", "KENOPP>-:111:asserted"],
  [
    "Sweden's foreign minister said the irregularities in the count were unacceptable.",
    "SWEGOV>-:111:asserted",
  ],
  // "a Russian strike on X" is an attack (not "a general strike against …"); as a subject with its
  // target after it, the attack's author is the killer.
  ["Talks stalled a day after a Russian strike on a market in Kharkiv.", "RUS>UKR:190:asserted"],
  ["An Israeli strike on a house in Rafah killed a Hamas commander.", "ISR>PSEREBHMS:186:asserted"],
  // … nor the country a story is about.
  [
    "MOSCOW - Russia's president met China's president on Monday. Russia's foreign minister praised the talks. Russian troops shelled Kharkiv. Russia's defence ministry said it had downed drones over Belgorod. The NATO secretary general condemned the shelling of Kharkiv.",
    "IGOWSTNATGOV>RUSMIL:111:asserted",
  ],
  // Withdrawing an ambassador from a capital is 161 against the capital's country; "its" right after
  // the verb is its subject's; a preposition's object is no co-subject of the next clause.
  ["Algeria withdrew its ambassador from Paris.", "DZA>FRA:161:asserted"],
  [
    "Relations soured when Madrid backed Morocco's plan for Western Sahara and Algeria withdrew its ambassador from Madrid.",
    "DZA>ESP:161:asserted",
  ],
  // An international body's agents are the body's: no country from the sentence before.
  [
    "Russia's foreign minister criticised the decision. EU governments adopted a new sanctions package against Iran on Thursday.",
    "IGOEUREECGOV>IRN:163:asserted",
  ],
  // A place before the verb sets the scene of a cooperative act; of force it names where it fell.
  ["In Vienna, Hungary dropped its objection.", "HUN>-:080:asserted"],
  ["In Kursk, Ukrainian troops attacked a convoy.", "UKRMIL>RUS:190:asserted"],
  // A country's "security chief" is its government's.
  [
    "The accord was signed by Oman's security chief and the Qatari national security adviser.",
    "OMNGOV>QATGOV:057:asserted",
  ],
  // "The two sides" are not those of a visit named as a noun in the sentence before.
  [
    "Scholz and Macron agreed to restore flights. Paris suspended talks with Berlin last year in protest at a visit to Cyprus by a Dutch minister. Scholz said the two sides would open talks on trade.",
    "DEUGOV>FRAGOV:046:vowed",
  ],
  // A judgment of "the attack" with nobody named aims at the author of the story's latest attack,
  // however far back, not at the latest act of any kind.
  [
    "Israel struck the consulate on Monday. Seven officers died in the blast. Russia called an emergency meeting. US officials said Washington had warned Tehran not to escalate. Iran's mission to the United Nations called the attack a flagrant violation.",
    "IRNGOV>ISR:111:asserted",
  ],
  // The source's own country named before a noun modifies it; it is no target.
  ["Biden lifted restrictions on US defence cooperation with Azerbaijan.", "USAGOV>AZE:081:asserted"],
  // A country's ships act for it.
  ["Chinese vessels rammed a Philippine boat.", "CHN>PHL:171:asserted"],
  // Where an envoy is posted is not the subject.
  ["Syria's envoy to Lebanon condemned the strike on Beirut.", "SYRGOV>LBNGOV:111:asserted"],
  // Weapons promise nothing: a verb of saying or committing after a report of strikes joins the
  // speaker; a promised response is a threat.
  [
    "Syria's foreign minister said the depot had been hit by four missiles fired from drones and promised a harsh response.",
    "SYRGOV>-:130:vowed",
  ],
  // Coming to blows is fighting, each side the other's target.
  ["Armenian and Azerbaijani soldiers came to blows on Friday.", "AZEMIL>ARMMIL:190:asserted"],
  ["Kyrgyz border guards came to blows with Tajik troops on Friday.", "KGZMIL>TJKMIL:190:asserted"],
  // Complaining that … is the complaint, whatever nouns the clause holds.
  ["Iran complained that US sanctions had harmed its trade.", "IRN>USA:114:asserted"],
  // Taking a case to a court sues the side it is against (not the court); a matter taken to a
  // council appeals to the council.
  ["Chile took its case against Bolivia to the International Court of Justice.", "CHL>BOL:115:asserted"],
  ["Chile took the case to the International Court of Justice.", "CHL>-:115:asserted"],
  ["Peru said it would take the matter to the UN Security Council.", "PER>IGOUNO:020:vowed"],
  // Taking part in talks negotiates; taking part in the fighting fights.
  ["Qatar took part in the talks.", "QAT>-:046:asserted"],
  ["Several hundred Chinese soldiers took part in the fighting.", "CHNMIL>-:190:asserted"],
  // A crowd that no place or actor places protests in the country the story is about.
  [
    "TBILISI - Georgia's parliament passed the bill on Tuesday. The Georgian opposition said the law copied a Russian one. Georgia's president vowed to veto it. The European Union urged Georgia to withdraw the bill. Thousands of people took to the streets on Wednesday.",
    "GEO>GEO:141:asserted",
  ],
  // A listed object may open with a number or an article and lower-case adjectives.
  ["Iran freed two Britons and three French citizens.", "IRN>FRACVL:0841:asserted"],
  // A country adjective before the role's own adjectives names whose the agents are (diplomats expelled: 161).
  ["Spain expelled 12 Moroccan diplomatic and consular officials.", "ESP>MARGOV:161:asserted"],
  // Aid with nobody named on the receiving end goes to the state an amount of it is "for".
  [
    "Japan's prime minister signed a $900 million aid package on Friday, including $300 million for the Philippines.",
    "JPNGOV>PHL:033:asserted",
  ],
  // An -ing adjunct between commas after the subject is not where the subject is.
  [
    "Norway's prime minister, speaking in Oslo after meeting the Finnish president, accused Russia of jamming GPS signals.",
    "NORGOV>RUS:112:asserted",
  ],
  // An agent after ", whose" belongs to the state named right before it, not the sentence's first.
  [
    "Kenya held talks with Ethiopia and Somalia, whose own troops shelled the Kenyan town of Mandera in 2021.",
    "SOMMIL>KEN:194:asserted",
  ],
  // "he" and "she" may be an office holder named by the office alone.
  [
    "The Dutch foreign minister landed in Nairobi on Monday. She met Kenya's president.",
    "NLDGOV>KENGOV:040:asserted",
  ],
  // … after a time adverbial, with a prepositional phrase or an article before the possessor, and
  // on a bare noun of talk whose adjective names its author.
  [
    "Chile's foreign minister said on Monday that any deliberate disruption of the southern ports was unacceptable.",
    "CHLGOV>-:111:asserted",
  ],
  ["Norway said the tribunal's ruling was unjust.", "NOR>NORJUD:111:asserted"],
  ["Brazil said Argentine claims about the islands were a lie.", "BRA>ARG:111:asserted"],
  // An agent of no country at all is where the sentence before took place, when its own names no place.
  [
    "Protesters stormed the parliament building in Kathmandu. Police opened fire on the crowd.",
    "NPLCOP>NPLOPP:175:asserted",
  ],
  // A hedge in a reason or relative clause after the act does not hedge the act.
  [
    "The Sri Lankan navy arrested 22 Indian fishermen for allegedly fishing in its waters.",
    "LKAMIL>INDAGR:173:asserted",
  ],
  ["Brazil ordered Managua's envoy to leave the country.", "BRA>NICGOV:161:asserted"],
  // A reaction to something put forward answers its author ("calls from", "an offer of help by").
  ["London rejected the call from Buenos Aires.", "GBRGOV>ARG:122:asserted"],
  ["The junta turned down an offer of help from ECOWAS.", "---GOV>IGOWAFWAS:120:asserted"],
  // PETRARCH block patterns that coded arrests as occupation, loans as concessions, rescuers as talks.
  ["The Sri Lankan navy arrested 22 Indian fishermen.", "LKAMIL>INDAGR:173:asserted"],
  ["The International Monetary Fund approved a $3 billion bailout for Egypt.", "IGOBUSIMF>EGY:071:asserted"],
  ["Bangladesh asked Myanmar to take back Rohingya refugees.", "BGD>MMR:020:asserted"],
  ["The UN Human Rights Council set up a fact-finding mission on Iran.", "IGOUNOHRI>IRN:090:asserted"],
  ["Turkey sent a search and rescue team to Morocco.", "TUR>MAR:073:asserted"],
  // "The two leaders", "the two men": the pair named before, even of one country.
  [
    "Indonesia's President Prabowo Subianto met Chinese leader Xi Jinping in Beijing. The two leaders agreed to deepen cooperation.",
    "CHNGOV>IDNGOV:032:asserted",
  ],
  [
    "Mozambique's President Daniel Chapo met opposition leader Venancio Mondlane. The two men agreed to end the violence.",
    "MOZOPP>MOZGOV:0871:asserted",
  ],
  // A label of blame aimed at the author of the act the story reported ("the move", "the report").
  [
    "The European Commission proposed new tariffs on Chinese cars. China's commerce ministry called the move protectionist.",
    "CHNGOV>IGOEUREEC:111:asserted",
  ],
  ["Ottawa called the manoeuvre unsafe and unprofessional.", "CANGOV>-:111:asserted"],
  // Force used by police on nobody named is used on the crowd of the sentence, or of the one before.
  [
    "Protesters in Lima blocked roads in the capital, clashing with riot police who fired tear gas.",
    "PERCOP>PEROPP:175:asserted",
  ],
  [
    "Thousands of Kenyan protesters marched on parliament. Police fired tear gas.",
    "KENCOP>KENOPP:175:asserted",
  ],
  // A past form the tagger reads as a noun, between a plural subject and its object.
  ["Kenyan police abducted two activists on Tuesday.", "KENCOP>KENOPP:181:asserted"],
  // Appeals and demands take the code of the act asked for (02x / 10x parallel the intents 03x).
  ["France called on Iran to lift the sanctions.", "FRA>IRN:0254:asserted"],
  ["Germany asked Russia to withdraw its troops.", "DEU>RUS:0256:asserted"],
  ["Iran demanded that the United States lift sanctions.", "IRN>USA:1054:asserted"],
  ["Russia said Ukraine should withdraw its troops from Kursk.", "RUS>UKR:0256:asserted"],
  ["Britain said Libya must hand over the suspects.", "GBR>LBY:100:asserted"],
  // A reaction to an act already reported targets the act's author.
  ["China's military staged exercises near Taiwan. Taiwan condemned the drills.", "TWN>CHNMIL:111:asserted"],
  ["Iran fired missiles at Israel. Qatar condemned the attack.", "QAT>IRN:111:asserted"],
  ["Ukraine proposed a 30-day ceasefire. The Kremlin welcomed the proposal.", "RUSGOV>UKR:051:asserted"],
  // Disapproval with nothing named answers the latest hostile act of another country.
  ["North Korea launched a ballistic missile on Tuesday. Japan lodged a protest.", "JPN>PRK:114:asserted"],
  // The Security Council named without a country is the UN's.
  ["Iran attacked Israel. The Security Council condemned the attack.", "IGOUNO>IRN:111:asserted"],
  // "The strikes" as a subject of further violence stand for their author; weapons guessed from
  // the places they hit belong to the latest attacker.
  ["Russian missiles struck Kyiv on Monday. The strikes destroyed a power plant.", "RUSMIL>-:190:asserted"],
  [
    "Monday's bombardment of central Kyiv by Russian cruise missiles came during the rush hour. Missiles also hit Dnipro and Lviv.",
    "RUSMIL>UKR:194:asserted",
  ],
  // A country adjective in the phrase an act is aimed at names the target.
  ["Chinese coast guard ships fired water cannon at a Philippine vessel.", "CHNMIL>PHL:170:asserted"],
  // Executing captives is killing by physical assault; executing a plan is nothing.
  ["Russian troops executed prisoners of war.", "RUSMIL>-:1823:asserted"],
  // "its participation in X" acts on X.
  ["Armenia froze its participation in the CSTO.", "ARM>IGOCAS:160:asserted"],
  // Closing a strait, ports or airspace is a blockade.
  ["Russia closed its airspace to European airlines.", "RUS>EURBUS:191:asserted"],
  // A warning frames what it warns of and is a threat of its own: never an intent to cooperate.
  ["Iran warned it would retaliate against Israel.", "IRN>ISR:138:vowed"],
  ["China warned the United States not to interfere in Taiwan.", "CHN>USA:130:vowed"],
  // A party reporting its own material act acknowledges it.
  [
    "North Korea said its troops had provided significant assistance to Russian forces.",
    "PRKMIL>RUSMIL:070:acknowledged",
  ],
  // A dated possessive is definite; the verb the noun names picks the act; coordinated authors give the first.
  [
    "The United States and Britain struck targets in Yemen. Iran fired missiles at Israel. Russia condemned Friday's strikes.",
    "RUS>USA:111:asserted",
  ],
  // A partner named with "together with" / "alongside" is neither target nor subject.
  ["Britain, together with France, condemned Iran.", "GBR>IRN:111:asserted"],
  // A pattern's preposition never matches the "to" of an infinitive or stands past one.
  ["The court ordered Venezuela to refrain from any action in the region.", "---JUD>VEN:100:asserted"],
  ["Turkey pressed Sweden for months to crack down on militant groups.", "TUR>SWE:100:asserted"],
  // A denial verb that frames no event still codes its own denial of the accusation (016).
  ["Beijing dismissed the allegations as groundless.", "CHNGOV>-:016:asserted"],
  // Coordinated sides that fight or clash are each other's target; "for a fifth day" is a length of time.
  ["Sudan's army and the Rapid Support Forces fought for a fifth day.", "SDNREB>SDNMIL:190:asserted"],
  // A lower-case descriptor before a name and a bracketed short name after it split no coordination.
  [
    "Sudan's army and the paramilitary Rapid Support Forces (RSF) fought in Khartoum.",
    "SDNMIL>SDNREB:190:asserted",
  ],
  // A gerund the tagger read as a noun after "of" is still the accused act.
  ["Ukraine accused Russian forces of opening fire on civilians.", "RUSMIL>UKRCVL:193:alleged"],
  // Victims whose country was guessed from their attacker belong to where it happened.
  ["Russian forces killed five civilians in Kharkiv.", "RUSMIL>UKRCVL:190:asserted"],
  // A country adjective on an attack noun heading the subject stands for the attacker.
  ["Russian air strikes hit a hospital in Aleppo.", "RUS>SYRHLH:195:asserted"],
  // A title before the surname of an office holder names them; a meeting in an adjunct phrase is held
  // by its clause's subject, with the other side named.
  ["President Yoon approved the decision while on a state visit to Britain.", "KORGOV>GBR:042:asserted"],
  ["In a phone call with Aliyev, Putin expressed concern.", "RUSGOV>AZEGOV:041:asserted"],
  // A capitalised title names its holder; the surname alone later stands for the same actor.
  [
    "The chief of the Philippine armed forces, General Romeo Brawner, spoke on Monday. Brawner demanded that China return the rifles.",
    "PHLMIL>CHN:100:asserted",
  ],
  // A definite armed agent ("the militants") takes up the latest such actor, not the nearest country.
  [
    "The Houthis attacked a ship in the Red Sea. The United States struck the militants on Friday.",
    "USA>YEMREB:190:asserted",
  ],
  [
    "North Korea's trade grew after a summit between Kim and Putin in September.",
    "PRKGOV>RUSGOV:040:asserted",
  ],
  // An agent's country comes from a scene set by "in" before it, over the previous sentence's;
  // "the resignation of X" targets X.
  [
    "Russia's defence ministry said its peacekeepers were killed in Karabakh. In Yerevan, thousands of protesters angry about Karabakh demanded the resignation of Prime Minister Nikol Pashinyan.",
    "ARMOPP>ARMGOV:1041:asserted",
  ],
  [
    "Russian troops, alongside North Korean soldiers, attacked Ukrainian positions.",
    "RUSMIL>UKR:190:asserted",
  ],
  // An allegation about another country's actor is an accusation, coded event inside or not.
  ["Russia alleged that Ukraine was preparing a provocation.", "RUS>UKR:110:asserted"],
  [
    "Trump said China was running the canal. He repeated his claim that China was operating it.",
    "USA>CHN:112:asserted",
  ],
  // Refusing an act is its refusal code; a vow or agreement to an uncoded act is still an intent (vowed).
  ["Russia refused to withdraw its troops.", "RUS>-:1246:asserted"],
  ["Spain refused to commit to the target.", "ESP>-:120:asserted"],
  // An agreement to act is itself done, told as a fact (asserted), unlike a vow or an offer.
  ["NATO agreed to raise defence spending.", "IGOWSTNAT>-:030:vowed"],
  // Verbs joined before their object share it.
  ["Russia attacked and captured Avdiivka.", "RUS>UKR:190:asserted"],
  // Protesting an election is dissent.
  ["Demonstrators protested the election results.", "---OPP>-:140:asserted"],
  // A hostile act an actor announces it will take is a threat.
  ["Cuba announced that it will extend the curfew in Havana.", "CUB>-:1323:vowed"],
  ["The Iraqi government said it is ready to impose martial law.", "IRQGOV>-:1324:vowed"],
  // Intents, yields and rejections are events even with nobody named on the receiving end.
  ["The minister agreed to resign.", "---GOV>-:0341:asserted"],
  ["North Korea sent troops to Russia.", "PRK>RUS:074:asserted"],
  ["North Korean troops were deployed to Russia.", "PRKMIL>RUS:074:asserted"],
  // Troops sent into a territory are a show of force; to a border, a build-up.
  ["Ethiopia sent troops into Tigray.", "ETH>-:150:asserted"],
  ["Israel sent troops into the buffer zone in Syria.", "ISR>SYR:150:asserted"],
  ["North Korea deployed more troops to the border.", "PRK>-:154:asserted"],
  // A quantity's "of" opens the object itself: "thousands of Afghans", "a barrage of missiles at …".
  ["Pakistan deported thousands of Afghans.", "PAK>AFG:174:asserted"],
  ["Russian police arrested dozens of protesters in Moscow.", "RUSCOP>RUSOPP:173:asserted"],
  ["Russia launched a barrage of missiles at Ukrainian cities.", "RUS>UKR:194:asserted"],
  ["Israel killed dozens of Hamas fighters.", "ISR>PSEREBHMS:190:asserted"],
  // Victims whose country was guessed from their attacker belong to the side already struck.
  ["Israel launched strikes on Hezbollah, killing three fighters.", "ISR>LBNUAF:190:asserted"],
  // Crowds: unnamed people protest where they are; state forces' violence against a crowd is repression.
  ["Thousands of people protested in Tbilisi against the law.", "GEO>-:140:asserted"],
  ["Thousands of Israelis rallied in Tel Aviv.", "ISR>-:141:asserted"],
  ["Kenyan police shot protesters dead outside parliament.", "KENCOP>KENOPP:175:asserted"],
  ["Crowds stormed the parliament building.", "---OPP>---LEG:145:asserted"],
  // A counterpart is the other side's minister, never the speaker's.
  ["Defence Secretary Lloyd Austin met his Chinese counterpart in Singapore.", "USAGOV>CHNGOV:040:asserted"],
  // An agent with no country takes a state's, not an international official's.
  [
    "The African Union urged calm in Kenya. Guterres urged the authorities to exercise restraint.",
    "IGOUNO>KENGOV:0256:asserted",
  ],
  // A reaction to a deal targets the party that agreed first; "as did X" repeats the act for X.
  [
    "Saudi Arabia and Iran agreed to restore relations. Oman welcomed the announcement.",
    "OMN>SAU:051:asserted",
  ],
  ["Russia condemned the strikes on Gaza, as did China and Brazil.", "BRA>PSEGZA:111:asserted"],
  // Common acts the PETRARCH verbs lack: suspended ties, trade stops, tariffs, vetoes, shared
  // intelligence, weapons of mass destruction, ethnic cleansing, strikes, turning down.
  ["Mali suspended cooperation with the UN mission.", "MLI>IGOUNO:160:asserted"],
  ["Armenia froze its membership in the CSTO.", "ARM>IGOCAS:160:asserted"],
  ["India halted imports from Pakistan.", "IND>PAK:163:asserted"],
  ["The EU imposed tariffs on Chinese electric cars.", "IGOEUREEC>CHN:163:asserted"],
  ["Russia blocked the resolution.", "RUS>-:129:asserted"],
  ["Britain shared intelligence with Ukraine.", "GBR>UKR:064:asserted"],
  ["Syrian forces used chemical weapons against civilians.", "SYRMIL>SYRCVL:2041:asserted"],
  ["The RSF carried out ethnic cleansing against the Masalit.", "SDNREB>-:203:asserted"],
  // A role noun modifying an event noun is no actor: a general strike is no general's.
  ["Workers launched a general strike.", "---LAB>-:143:asserted"],
  ["Doctors in South Korea went on strike.", "KORHLH>-:143:asserted"],
  ["Israel turned down a US request.", "ISR>USA:120:asserted"],
  ["Germany delivered a Patriot system to Ukraine.", "DEU>UKR:072:asserted"],
  // A toll whose killers the story never names has the unidentified actor as its source.
  ["More than 300 people were killed during the protests in Bangladesh.", "--->BGD:190:asserted"],
  // Attacks "since November" are the attacks, not a summary to discard.
  ["The Houthis, who control northern Yemen, have attacked ships since November.", "YEMREB>-:190:asserted"],
  // An object pronoun or coordinated objects stand between an appeal and the act it asks for.
  ["Egypt and Qatar urged Israel and Hamas to accept the deal.", "QAT>PSEREBHMS:020:asserted"],
  // Denying a part in an attack the story reported is that attack, denied.
  [
    "Gunmen attacked a concert hall near Moscow. Kyiv said it had nothing to do with the attack.",
    "UKRGOV>RUS:180:denied",
  ],
  [
    "Gunmen attacked a concert hall near Moscow. Kyiv flatly denied any involvement.",
    "UKRGOV>RUS:180:denied",
  ],
  // A response still to come is a threat; "any attack" is supposed, not an act.
  ["Iran warned that it would respond to any Israeli attack.", "IRN>ISR:130:vowed"],
  ["Finland is ready to respond to threats to its infrastructure, Stubb said.", "FIN>-:130:vowed"],
  // Targets in the pattern's own preposition: recalled from, closed to.
  ["Israel recalled its ambassador from Ireland.", "ISR>IRL:161:asserted"],
  ["Turkey closed its airspace to Israeli flights.", "TUR>ISR:191:asserted"],
  // "despite US objections" is a circumstance, not the target.
  ["Netanyahu vowed to press on with the Rafah operation despite US objections.", "ISRGOV>PSE:138:vowed"],
  // Force and coercion are aimed "at" their target.
  ["Kenyan police fired tear gas at demonstrators in Nairobi.", "KENCOP>KENOPP:175:asserted"],
  // Sympathy offered is a comment; calm appealed for somewhere targets that place's country; a
  // joint act of coordinated subjects is mutual; the source's own massed troops are no target.
  ["Erdogan offered his sympathy to Iran.", "TURGOV>IRN:018:asserted"],
  ["Pope Francis appealed for calm in Venezuela.", "VATGOV>VEN:020:asserted"],
  ["Russia and Belarus began joint military exercises near the Polish border.", "BLR>RUS:062:asserted"],
  ["Russia massed troops on the border with Ukraine.", "RUS>UKR:154:asserted"],
  ["Iran said it had no role in the attack on the Jordan base.", "IRN>JOR:190:denied"],
  // A "would" after "and" in a report is the report's, not the speaker's own act.
  ["Russia has said it withdrew its troops and would cooperate with Ukraine.", "RUS>UKR:050:vowed"],
  // Coordinated signers sign with each other, not with one signer's own country named nearby.
  [
    "Vladimir Putin and Kim Jong Un signed the pact in Pyongyang during the Russian leader's visit to North Korea.",
    "PRKGOV>RUSGOV:057:asserted",
  ],
  // What a verb of stopping stops is its gerund: "stop fighting" is a truce, asked for or agreed.
  ["Malaysia urged Thailand to stop fighting.", "MYS>THA:0256:asserted"],
  ["Thailand stopped fighting.", "THA>-:0871:asserted"],
  // "call … on/for" appeals only with the preposition right after the verb; else a label may name it.
  ["Putin called the attack on the bridge a provocation.", "RUSGOV>-:111:asserted"],
  // Weapons shot down whose owner is not said are the latest attacker's.
  [
    "Iran launched more than 300 drones and missiles at Israel overnight. U.S. and British aircraft shot down dozens of the drones.",
    "USAMIL>IRN:190:asserted",
  ],
  // A no-confidence motion demands a change of leader; questioning official figures criticises.
  [
    "Opposition leader Matthew Wale filed a motion of no confidence in the prime minister.",
    "SLBOPP>SLBGOV:1041:asserted",
  ],
  ["Venezuela's opposition questioned the official turnout figures.", "VENOPP>-:111:asserted"],
  // Forces leaving a place withdraw from it; a leader leaving a city travels.
  ["The last French troops left Niger in December.", "FRAMIL>NER:0874:asserted"],
  ["Putin left Moscow for Beijing.", "RUSGOV>CHNGOV:042:asserted"],
  // Flying in troops or police deploys them; flying somewhere is a visit.
  ["Russia flew troops to Kazakhstan.", "RUS>KAZ:074:asserted"],
  ["Macron flew to Kyiv on Friday.", "FRAGOV>UKRGOV:042:asserted"],
  // An order that someone be held is the detention, by the one who orders it.
  ["A Peruvian judge ordered Castillo held for seven days.", "PERJUD>PER:173:asserted"],
  [
    "A Moscow court ordered the four suspects, all citizens of Tajikistan, to be held in detention.",
    "RUSJUD>TJKCVL:173:asserted",
  ],
  ["The president ordered the release of the jailed opposition leader.", "---GOV>---OPP:0841:asserted"],
  // Nobody threatens their own country unnamed: a readiness to respond keeps no target.
  [
    "Finland closed its border with Russia. Helsinki said the crossings would stay shut. Finnish officials met on Monday. Finland's president spoke. Finland said it was ready to respond to threats to its infrastructure.",
    "FIN>-:130:vowed",
  ],
  // A definite agent takes up the latest one of the same noun before any other of its family.
  [
    "Forty-six Ivorian soldiers were held in Mali. Malian troops guarded them. A court in Bamako sentenced the 46 soldiers to 20 years in prison.",
    "MLIJUD>CIVMIL:172:asserted",
  ],
  // Denying "the claim" denies the act alleged before it.
  ["Ukraine accused Russia of shelling Kharkiv. The Kremlin denied the claim.", "RUS>UKR:194:denied"],
  // A denial withheld acknowledges.
  ["Russia did not deny sending troops to Syria.", "RUS>SYR:074:acknowledged"],
  [
    "North Korea sent troops to Russia. President Vladimir Putin did not deny the reports.",
    "PRK>RUS:074:acknowledged",
  ],
  // A toll of unrest or repression, with no armed attack before it, is of violence outside combat (18).
  [
    "Sri Lanka's president fled the country. Protesters in Colombo stormed his office. Sri Lanka's prime minister declared a state of emergency. Police fired tear gas and water cannon at protesters in Colombo. About 80 people were injured.",
    "--->LKA:180:asserted",
  ],
  // Who dies undergoes the act: the victims are the target, the cause its source.
  ["Three Ukrainian soldiers died in a Russian missile strike.", "RUSMIL>UKRMIL:190:asserted"],
  // An apposition's relative clause closes at its comma before the main verb: its place is no speaker.
  [
    "James O'Brien, a senior State Department official who visited Tbilisi on Tuesday, said the law was a mistake.",
    "USAGOV>GEOGOV:042:asserted",
  ],
  // Calling an act a coup, persecution or treason condemns it.
  ["Georgescu called the ruling a formalised coup d'état.", "ROU>-:111:asserted"],
  // "It" after a speech verb, judged with a word of blame, is the act just told; a label may open
  // with a quotation mark.
  [
    "Police in Quito raided the Mexican embassy. Brazil said it was a clear violation of the Vienna Convention.",
    "BRA>ECUCOP:111:asserted",
  ],
  [
    'Police in Quito raided the Mexican embassy. Mexico\'s president called the raid "a flagrant violation of international law".',
    "MEXGOV>ECUCOP:111:asserted",
  ],
  // Troops sent go to whom "to" names past their clause, not to whoever the next clause names.
  [
    "Belarus and Russia agreed to deploy a joint grouping of troops, accusing Kyiv of plotting an attack.",
    "BLR>RUS:0334:asserted",
  ],
  // Stepping up cooperation expands it, whatever field its object names.
  [
    "Russia and Tajikistan agreed to step up cooperation between their security services.",
    "RUS>TJK:032:asserted",
  ],
  // Casualties nobody is named for come from a side the story shows in conflict with the victims'
  // country, not from a partner it only meets and aids.
  [
    "India's foreign minister met Bangladesh's prime minister. India pledged aid to Bangladesh. At least 14 Bangladeshi police officers died in clashes on Sunday.",
    "--->BGDCOP:190:asserted",
  ],
  // A possessor inside an apposition before the verb is not its subject; what the apposition describes is.
  ["Russia, Iran's main ally, sent troops to Syria.", "RUS>SYR:074:asserted"],
  // Police sent or flown in reinforce a police force (153), aimed where they go; troops flown in deploy (074).
  ["France sent 1,000 extra police to New Caledonia.", "FRA>NCL:153:asserted"],
  ["Russia flew troops in to Syria.", "RUS>SYR:074:asserted"],
  // "The public" are the speaker's own civilians.
  ["Officials in Astana have urged the public not to draw conclusions.", "KAZGOV>KAZCVL:020:asserted"],
  // An arrest somewhere is an arrest, not the seizure of the place.
  ["Police arrested two men in the town of Ruse.", "---COP>-:173:asserted"],
  // A quantifier floating after its subject ("both", "all", "each") leaves the verb a verb.
  ["Aliyev and Pashinyan both thanked Trump.", "ARMGOV>USA:051:asserted"],
  // A noun compounded with the agent's head stays inside the "by" phrase.
  ["Two Iranian activists were arrested by the morality police in Tehran.", "IRNCOP>IRNOPP:173:asserted"],
  // A participle no past tense shares ("drawn", "taken") after a noun is a reduced relative, not the
  // clause an announcement reports.
  ["The Pentagon announced a package of arms drawn from US stocks.", "USAMIL>-:0332:asserted"],
  // A suspicion rejected is a charge denied.
  ["Ukraine accused Russia of attacking the pipelines. Moscow rejected the suspicion.", "RUS>UKR:190:denied"],
  // A reaction to "the package" is aimed at whoever gave or pledged it.
  ["The United States sent Ukraine military aid. Kyiv welcomed the package.", "UKRGOV>USA:051:asserted"],
  // A subject pronoun after ", and" continues the previous clause's subject, past a relative clause.
  [
    "New Delhi had designated Nijjar, who campaigned for a homeland, a terrorist, and it accuses Canada of sheltering extremists.",
    "INDGOV>CAN:112:asserted",
  ],
  // A warning naming nobody is aimed at the first other side its "that" clause names.
  ["Iran warned that the project would become a graveyard for American troops.", "IRN>USAMIL:130:vowed"],
  ["France warned that anyone who attacked French troops would face a response.", "FRA>-:130:conditional"],
  // A "whom" clause between commas is skipped on the way to the main verb's subject.
  [
    "Wickremesinghe, whom Rajapaksa appointed acting president before leaving, declared a state of emergency.",
    "LKA>LKA:1724:asserted",
  ],
  // Welcoming an arrest endorses it; declaring a general strike is a strike; "Centre" is no place.
  ["Families of the victims welcomed the arrest.", "---CVL>-:051:asserted"],
  [
    "The country's largest union federation, the Bolivian Workers' Centre, declared an indefinite general strike.",
    "BOLLAB>-:143:asserted",
  ],
  // Organising an attack is the attack, as the accuser tells it.
  ["Prime Minister Albin Kurti accused Serbia of organising the assault.", "SRB>KSVGOV:190:alleged"],
  // A warning naming nobody takes its target from the story, like an appeal or a reproach.
  [
    "Thailand attacked Cambodia on Thursday. Cambodia shelled Thailand on Friday. Thailand struck Cambodian positions again. Thailand's prime minister warned that if the situation escalated, it could move towards war.",
    "THAGOV>KHM:130:vowed",
  ],
  // A report ends at a semicolon, and at ", and" before another actor speaking or appealing …
  [
    "Trump said 14 missiles had been launched; Qatar condemned the attack on its territory.",
    "QAT>-:112:asserted",
  ],
  [
    "The Organization of American States said it would convene its council, and Washington urged Mexico to resolve the dispute.",
    "USAGOV>MEX:022:asserted",
  ],
  // … and before any other actor's act in a plain past or past perfect.
  [
    "Peru's foreign minister said Lima was breaking off relations, and Panama suspended its ties with Caracas.",
    "PAN>VENGOV:160:asserted",
  ],
  // A speech verb's that-clause blaming its subject actor accuses it (112) or judges it (111), also
  // in a later "and that" clause of the same verb.
  [
    "The Dutch foreign ministry said Belarus bore responsibility for the collapse of the border talks.",
    "NLDGOV>BLR:112:asserted",
  ],
  [
    "Chile's president said that Bolivia was solely to blame for the diplomatic rift.",
    "CHLGOV>BOL:112:asserted",
  ],
  // … also a clause told before its speaker and a comma, and responsibility borne for what the story told.
  ["Belarus bore full responsibility, the Dutch foreign ministry said.", "NLDGOV>BLR:112:asserted"],
  ["Bolivia was solely to blame for the rift, Chile's president said.", "CHLGOV>BOL:112:asserted"],
  [
    "Poland's defence minister told reporters that Belarus was responsible for the border crisis.",
    "POLGOV>BLR:112:asserted",
  ],
  ["Armenia's prime minister declared that Azerbaijan was an aggressor state.", "ARMGOV>AZE:111:asserted"],
  [
    "Armenia's foreign minister said Azerbaijan had chosen the path of aggression.",
    "ARMGOV>AZE:111:asserted",
  ],
  [
    "Kenya's president said the talks would resume next week and that Sudan's army was responsible for the deadlock.",
    "KENGOV>SDNMIL:112:asserted",
  ],
  // An act that "bore the hallmarks of" an actor accuses it; a subject actor past a relative clause
  // between commas is still the clause's; a word of praise praises it; the speaker's own side's
  // support called firm backs the supported actor; a judged involvement is its possessor's.
  [
    "Kenya's interior ministry said the bombing bore the hallmarks of Islamic State.",
    "KENGOV>IMGMUSISI:112:asserted",
  ],
  [
    "France insisted that the Malian government, which was ousted in a coup, remained the only legitimate authority.",
    "FRA>MLIGOV:051:asserted",
  ],
  [
    "Japan's prime minister said that Japan's commitment to the Philippines was ironclad.",
    "JPNGOV>PHL:051:asserted",
  ],
  [
    "The OSCE said that the Serbian president's involvement in the campaign was unfair.",
    "IGOEURSCE>SRBGOV:111:asserted",
  ],
  // A verdict on a definite act or remark with no author named aims at the author the story gave it.
  [
    "Hungary's prime minister said Romania was stealing its water. Romania's foreign ministry said the remark was wrong.",
    "ROUGOV>HUNGOV:111:asserted",
  ],
  [
    "Azerbaijani troops shelled an Armenian village. Armenia's defence ministry said the shelling was a criminal act.",
    "ARMMIL>AZEMIL:111:asserted",
  ],
  // A verbal act after "and" past a plain past in the speech verb's clause is the speaker's; any
  // other act there is the clause subject's.
  [
    "Sweden's foreign ministry said Hungarian officials blocked the vote and urged Budapest to ratify the treaty.",
    "SWEGOV>HUNGOV:027:asserted",
  ],
  ["Ukraine said Russian troops shelled Kharkiv and killed five civilians.", "RUSMIL>UKRCVL:190:asserted"],
  // What the text calls an accusation is the speaker's accusation of the reported act's author.
  [
    "Georgia's president said Russian warplanes had bombed a village near Gori, an accusation Moscow denied.",
    "GEOGOV>RUSMIL:112:asserted",
  ],
  // Watching something with a feeling is a comment on it.
  ["Germany was watching the Russian military buildup with deep concern.", "DEU>RUSMIL:012:asserted"],
  // "it" judged right after another judgment is what that one judged.
  [
    "Lithuania's president called the blockade a blatant provocation by Belarus. Latvia's prime minister said it was a dangerous escalation.",
    "LVAGOV>BLR:111:asserted",
  ],
  // A verdict on a possessed act is aimed at its possessor.
  [
    "Congo's foreign minister said Rwanda's offensive amounted to a declaration of war.",
    "CODGOV>RWA:111:asserted",
  ],
  // Participles spelt as their base form are passive after "be"; an investigation of someone is the
  // place's authorities'.
  ["Two Israeli soldiers were hit by a Hezbollah missile.", "LBNREBHEZ>ISRMIL:194:asserted"],
  ["A US national has been put under investigation in Italy.", "ITA>USA:090:asserted"],
  // A resignation answers one's own country, not the story's foreign partner.
  [
    "India said Hasina had flown to Delhi. Hasina met India's foreign minister. Bangladesh's prime minister Sheikh Hasina resigned on Monday.",
    "BGDGOV>-:0831:asserted",
  ],
  // Taking power is a coup only when the sentence says so.
  ["Mali's leader took power in a coup in 2020.", "MLIGOV>MLI:170:asserted"],
  // A coup with nobody named is against the putschists' own government.
  ["Mahamat Deby seized power in April 2021.", "TCDGOV>TCD:170:asserted"],
  // A vow to carry on the violence one wages threatens it (the vow's code is the act's threat).
  ["Hezbollah said it would keep up its attacks on Israel.", "LBNREBHEZ>ISR:138:vowed"],
  // Rejecting a charge denies the act it alleges: the charge's clause, or the act alleged before it.
  ["Moscow rejected the accusation that its troops had shelled Kharkiv.", "RUSMIL>UKR:194:denied"],
  ["Ukraine accused Russia of shelling Kharkiv, a charge Moscow rejected.", "RUS>UKR:194:denied"],
  [
    "Ukraine accused Russian troops of shelling Kharkiv. The Kremlin dismissed the accusations as lies.",
    "RUSMIL>UKR:194:denied",
  ],
  ["Vucic denied that Belgrade had any role in the attack on Kosovo police.", "SRBGOV>KSVCOP:190:denied"],
  // "opening fire along the border" is firing, not opening a border.
  ["Azerbaijan and Armenia accused each other of opening fire along the border.", "ARM>AZE:193:alleged"],
  // A party's own stance, said by its spokesman, is asserted.
  [
    "The Chinese foreign ministry said Beijing firmly opposed the US arms sale to Taiwan.",
    "CHNGOV>USA:110:asserted",
  ],
  // A relative clause without commas is skipped when looking for the main verb's subject.
  ["The rebels who seized Goma last month attacked an army base near Bukavu.", "CODREB>COD:190:asserted"],
  // A toll "in the Israeli strike" names who struck; the side reporting it is the victims'.
  ["24 people were killed in the Israeli strike, Hamas officials said.", "ISR>PSE:190:reported"],
  ["Hamas officials said 24 people were killed in the Israeli strike.", "ISR>PSE:190:reported"],
  // A deadline given to act is an ultimatum.
  ["Turkey gave Sweden a month to act.", "TUR>SWE:139:asserted"],
  ["The sanctions imposed by the EU on Belarus took effect on Friday.", "IGOEUREEC>BLR:163:asserted"],
  ["Israel's siege of Gaza continued.", "ISR>PSEGZA:191:asserted"],
  // The author of a decision or a move, after "by", is whom a reaction answers.
  ["Kyiv welcomed the decision by Washington to allow strikes inside Russia.", "UKRGOV>USAGOV:052:asserted"],
  ["Hezbollah and Israel exchanged fire across the border.", "ISR>LBNREBHEZ:193:asserted"],
  // Where an agent sits ("parliament in Nairobi") is a place of the sentence: it localises the others.
  ["Students held a rally outside parliament in Nairobi.", "KENEDU>KENLEG:141:asserted"],
  ["Macron left for Beijing on Thursday.", "FRAGOV>CHNGOV:042:asserted"],
  // A mutual act's object whose country was only guessed names no side.
  ["Russia and Ukraine exchanged 95 prisoners of war on Friday.", "UKR>RUS:0841:asserted"],
  ["Iran's Supreme Leader vowed harsh punishment for Israel.", "IRNGOV>ISR:138:vowed"],
  ["Germany will deliver three more IRIS-T systems to Ukraine, Scholz said.", "DEU>UKR:0332:vowed"],
  ["Israel accused Hezbollah of firing more than 200 rockets at Israel.", "LBNREBHEZ>ISR:194:alleged"],
  // A state's protest is an official complaint; a crowd's is a demonstration.
  ["Beijing protested the visit to Taiwan.", "CHNGOV>TWN:111:asserted"],
  ["Manila protested on Monday.", "PHLGOV>-:114:asserted"],
  // The author of a proposal "put forward by X" (a particle before the agent) is whom accepting it answers.
  [
    "Hamas said it had accepted a ceasefire proposal put forward by Egypt and Qatar.",
    "PSEREBHMS>QAT:0871:acknowledged",
  ],
  ["Israel rejected the plan drawn up by Washington.", "ISR>USAGOV:120:asserted"],
  // Casting a veto is a veto; deploying nuclear weapons is no use of them.
  ["The Security Council failed to adopt a resolution after Russia cast its veto.", "RUS>-:129:asserted"],
  ["Russia has deployed tactical nuclear weapons in Belarus, Lukashenko said.", "RUS>BLR:072:reported"],
  // An act that drew condemnation from X is X's criticism of its author.
  ["Israel's strike on the convoy drew condemnation from the United States.", "USA>ISR:111:asserted"],
  // What a document says, its author says; the adoption is only its vehicle.
  ["The Security Council adopted a resolution condemning Russia.", "IGOUNO>RUS:111:asserted"],
  // A reduced relative with its agent is a passive event: "an officer killed by gunmen".
  ["Kosovo mourned a police officer killed by Serb gunmen.", "SRBUAF>KSVCOP:1823:asserted"],
  [
    "The bodies of three soldiers killed by heavily armed militants were found.",
    "---UAF>---MIL:1823:asserted",
  ],
  ["The Kim regime is providing weapons to Russia.", "PRKGOV>RUS:072:asserted"],
  ["Ukraine was attacked by Russia.", "RUS>UKR:190:asserted"],
  ["The State Duma ratified the treaty with North Korea.", "RUSLEG>PRK:057:asserted"],
  ["Russia denied sending troops to Syria.", "RUS>SYR:074:denied"],
  // Force told by the side that suffered it is its allegation; a third side's telling is a report.
  ["Ukraine said Russia attacked Kharkiv.", "RUS>UKR:190:alleged"],
  ["Poland said Russia attacked Kharkiv.", "RUS>UKR:190:reported"],
  [
    "Russian troops attacked Kharkiv, according to Ukraine's intelligence service.",
    "RUSMIL>UKR:190:reported",
  ],
  ["Trump has vowed to end the war in Ukraine.", "USA>UKR:0356:vowed"],
  ["China threatened to attack Taiwan.", "CHN>TWN:1384:asserted"],
  ["North Korea would send more troops to Russia if asked.", "PRK>RUS:074:conditional"],
  ["Japan could impose sanctions on Russia.", "JPN>RUS:163:hypothetical"],
  ["Brazil and Argentina signed an agreement.", "BRA>ARG:057:asserted"],
  ["Brazil and Argentina signed an agreement.", "ARG>BRA:057:asserted"],
  ["Israel launched airstrikes on Iran.", "ISR>IRN:195:asserted"],
  ["Iran will retaliate against Israel, Israeli officials warned.", "IRN>ISR:190:predicted"],
  ["Russia plans to deploy troops to Belarus.", "RUS>BLR:074:planned"],
  ["Germany did not provide weapons to Ukraine.", "DEU>UKR:1212:asserted"],
  ["The United States said it would send troops to Poland.", "USA>POL:074:vowed"],
  ["Russian forces captured Avdiivka in February.", "RUSMIL>UKR:192:asserted"],
  // (Gaza after "from" is the actor the dictionary names, PSEGZA.)
  ["Israeli troops withdrew from Gaza.", "ISRMIL>PSEGZA:0874:asserted"],
  ["Moscow and Kyiv have since accused each other of breaking the truce.", "RUSGOV>UKRGOV:1123:asserted"],
  ["Moscow and Kyiv have since accused each other of breaking the truce.", "UKRGOV>RUSGOV:1123:asserted"],
  ["India struck what it called terrorist camps in Pakistan.", "IND>PAK:190:asserted"],
  [
    "Washington would curb military aid if Kyiv refused to negotiate with Moscow.",
    "UKRGOV>RUSGOV:125:conditional",
  ],
  [
    "Pakistan said it remained committed to the truce and blamed India for the breaches.",
    "PAK>IND:112:asserted",
  ],
  ["Biden told Israel not to strike the oil fields.", "USAGOV>ISR:100:asserted"],
  ["A ceasefire between Israel and Hezbollah took effect on Wednesday.", "ISR>LBNREBHEZ:0871:asserted"],
  // An -ing adjunct after a comma shares the main clause's subject, not the nearest noun's.
  [
    "North Korea confirmed that it had sent troops to fight for Russia, saying its soldiers had helped.",
    "PRK>RUS:074:acknowledged",
  ],
  ["Kyiv said Russian forces shelled Kharkiv, urging the UN to act.", "UKRGOV>IGOUNO:020:asserted"],
  // The object of "accuse … of" is the subject of the gerund.
  ["India accused Pakistan of violating the ceasefire.", "PAK>IND:196:alleged"],
  // A finite verb after "and" joins the finite verb, not the gerund that verb governs.
  ["India accused Pakistan of violating the deal and said its forces would respond.", "IND>PAK:112:asserted"],
  // A claim of someone else's violence is an accusation; of one's own, a claim of responsibility.
  ["The US claimed that ISIL had attacked Iraq.", "USA>IMGMUSISI:112:asserted"],
  ["Hamas claimed it had fired rockets at Israel.", "PSEREBHMS>ISR:015:asserted"],
  ["Russia alleged that Ukrainian forces shelled the plant.", "UKRMIL>-:194:alleged"],
  // An agreement to yield is an intent to yield (035x); to a ceasefire, the ceasefire (0871 usage notes).
  ["The US Congress agreed to lift the embargo on Cuba.", "USALEG>CUB:0354:asserted"],
  ["Israel and Hamas agreed to a ceasefire.", "ISR>PSEREBHMS:0356:asserted"],
  ["Israel and Hamas declared a ceasefire.", "ISR>PSEREBHMS:0871:asserted"],
  // With nobody named, a country adjective in the object names the target; an act's author is who is answered.
  ["Russia rejected the Ukrainian plan.", "RUS>UKR:120:asserted"],
  ["Turkey condemned the Israeli strikes.", "TUR>ISR:111:asserted"],
  ["Iran welcomed an offer from Qatar to mediate.", "IRN>QAT:030:asserted"],
  // A threat stays a threat: its own specific pattern, or the threat of the act threatened (1381 blockade).
  ["Russia has threatened to stop negotiations on arms control.", "RUS>-:134:asserted"],
  ["Iran threatened to close the Strait of Hormuz.", "IRN>-:1381:vowed"],
  // An agent of unknown country takes the country of the one city its sentence names.
  ["President Amadou Diallo threatened to impose a curfew in Bamako.", "MLIGOV>-:1323:asserted"],
  // A "CITY:" dateline is where the story was filed, not a place of the event (the victims helped are
  // the target, of no known country).
  ["LYON: Interpol said it would send a team to help identify the victims.", "IGOCOPITP>---CVL:036:vowed"],
  // A subject pronoun opening a sentence continues the previous subject; an object pronoun names the target.
  ["Putin met Kim in Pyongyang. He thanked him for the troops.", "RUSGOV>PRKGOV:051:asserted"],
  ["Zelensky congratulated Trump and spoke with him by phone.", "UKRGOV>USA:041:asserted"],
  // "spoke by telephone" is a past tense with a means, not a reduced relative ("rebels backed by Russia").
  ["Biden spoke by telephone on Tuesday with Xi.", "USAGOV>CHNGOV:041:asserted"],
  ["Macron talked by phone with Zelensky.", "FRAGOV>UKRGOV:041:asserted"],
  // Naming with a word of blame or praise is that judgment of what the object names.
  [
    "Guyana's president called Venezuela's actions a direct threat to his country.",
    "GUYGOV>VEN:111:asserted",
  ],
  ["NATO described Russia as a long-term threat.", "IGOWSTNAT>RUS:111:asserted"],
  ["Lavrov called Blinken's proposal constructive.", "RUSGOV>USAGOV:051:asserted"],
  // An adjective the dictionary does not know still joins its role noun to the coordination.
  ["Ethiopia's government and Tigrayan forces signed a peace agreement.", "ETHGOV>ETHMIL:057:asserted"],
  // Declaring war is the declarer's own act, not a report of it.
  ["Israel declared war on Hamas.", "ISR>PSEREBHMS:190:asserted"],
  [
    "Israel's security cabinet declared war on Sunday, a day after Hamas gunmen broke through the border fence.",
    "PSEREBHMS>-:190:asserted",
  ],
  // A vowed response answers the story's latest hostile act of another side.
  ["Ukrainian drones struck a refinery in Ryazan. Moscow vowed a harsh response.", "RUSGOV>UKRMIL:130:vowed"],
  // Force used in answer hits the author of the latest attack by another side.
  ["Hezbollah fired rockets at Israel. Israel struck back with artillery.", "ISR>LBNREBHEZ:194:asserted"],
  [
    "Taliban fighters attacked a Pakistani border post. Pakistani troops returned fire.",
    "PAKMIL>AFGGOVTAL:190:asserted",
  ],
  // A pattern opening with an aimed-at preposition ("FIRE: * AT") has its target there.
  [
    "Taliban forces responded by firing heavy weapons at Pakistani military posts.",
    "AFGGOVTAL>PAKMIL:190:asserted",
  ],
  ["Hezbollah fired rockets and shells at Israeli positions.", "LBNREBHEZ>ISR:194:asserted"],
  ["Pakistani jets bombed Afghanistan.", "PAKMIL>AFG:195:asserted"],
  // Blame both ways between the two sides the sentence names, else the story's latest two.
  [
    "Talks between Kurti and Vucic broke down, with each side blaming the other.",
    "SRBGOV>KSVGOV:112:asserted",
  ],
  [
    "Sudan's army and the RSF fought in Khartoum. Each side accused the other of breaking the truce.",
    "SDNREB>SDNMIL:1123:asserted",
  ],
  // The modifier of an attack noun in an "in"/"by" phrase names the author of agentless violence.
  ["More than 300 Palestinians had been killed in the Israeli strikes.", "ISR>PSE:190:asserted"],
  // Unidentified gunmen belong to no country until the story names one; their force is assault (18).
  ["Gunmen opened fire on concertgoers in Krasnogorsk near Moscow.", "---UAF>RUS:180:asserted"],
  ["Rebels killed five villagers in Ituri.", "CODREB>CODCVL:1823:asserted"],
  ["Rebels attacked an army base in Ituri.", "CODREB>COD:190:asserted"],
  // "responded by firing" is a means, not a reduced relative; the object of "struck" is no co-subject.
  [
    "Pakistani jets struck Afghanistan and Taliban forces responded by firing at Pakistani posts.",
    "AFGGOVTAL>PAK:190:asserted",
  ],
  // A free relative's report ("what Islamabad said were") ends at its comma.
  [
    "Pakistani jets struck what Islamabad said were militant hideouts, and Taliban forces fired at Pakistani posts.",
    "AFGGOVTAL>PAK:190:asserted",
  ],
  // "close" after a modal is a verb, whatever the tagger says; closing border crossings reduces relations (160).
  ["Finland will close its border with Russia.", "FIN>RUS:160:predicted"],
  // Questioning why another side did something is criticism of it; a participle of speech after a
  // comma ("…, remarking that …") reports what follows it, not the clause before.
  [
    "Blinken questioned why Kazakhstan had needed outside help, remarking that it was difficult.",
    "USAGOV>KAZ:111:asserted",
  ],
  ["Moscow called the remark offensive.", "RUSGOV>-:111:asserted"],
  // One's own envoys recalled are no target: the reduction is aimed where the sentence's earlier one was.
  [
    "Bolivia cut its ties with Israel, while Chile and Honduras recalled their ambassadors.",
    "HND>ISR:161:asserted",
  ],
  // What two coordinated objects are asked to do is the appeal's content, no act of theirs.
  ["Haiti asked the United States and the United Nations to send troops.", "HTI>IGOUNO:0234:asserted"],
  // A state's demand named as a noun, aimed at the subject of the clause it opens with "that".
  [
    "Indian officials repeated New Delhi's demand that Pakistan take action against militants.",
    "INDGOV>PAK:100:asserted",
  ],
  // Police belong to the place where they act, not to a foreigner named before them.
  ["A Russian tourist was attacked in Kharkiv, and police arrested two men.", "UKRCOP>UKR:173:asserted"],
  // A past verb after "but" joins the verb governing a bare infinitive ("let … go"), not the infinitive.
  [
    "The rebels let the five passengers, all indigenous Papuans, go unharmed but kept the pilot, and they demanded that Indonesia recognise Papua's independence.",
    "IDNREB>IDN:102:asserted",
  ],
  // Holding an actor responsible for an act of violence reports the act, the actor its author, as
  // "Greece said Turkey raided the island" does, and the state saying so accuses it (112).
  ["Greece said Turkey was responsible for the deadly raid on the island.", "TUR>-:190:reported"],
  ["Greece said Turkey was responsible for the deadly raid on the island.", "GRC>TUR:112:asserted"],
  // Holding an actor responsible for an act of violence reports the act, the actor its author.
  [
    "Britain said that actors linked to the Iranian state were responsible for the attack on Albania.",
    "IRN>ALB:190:reported",
  ],
  // A second "that" clause of the speech verb is no part of the first's: France is not the target.
  ["Britain said Russia had seized the ship and that France would send a frigate.", "RUS>GBR:181:alleged"],
  // Letting captives go releases them (the bare infinitive is part of the verb's clause).
  ["Hamas let the hostages go.", "PSEREBHMS>---CVL:0841:asserted"],
  // "make it pay": a pronoun for the party threatened.
  ["Hezbollah blamed Israel and vowed to make it pay.", "LBNREBHEZ>ISR:130:vowed"],
  // A multi-word event noun is found by its last word and the words before it ("air strike").
  ["The death toll from an Israeli air strike in Gaza rose to 40.", "ISR>PSEGZA:195:asserted"],
  // A phone call told in an adjunct is between the clause's subject and the one its verb addressed.
  ["Vladimir Putin apologised to Aliyev in a phone call on Saturday.", "RUSGOV>AZEGOV:041:asserted"],
  // "had to" is an obligation with its own subject, as "must" is.
  ["Britain said that Russia had to withdraw its troops.", "GBR>RUS:1056:asserted"],
  // Brushing aside calls for talks rejects them (the plural after a verb's particle is its object).
  ["Abiy has so far brushed aside calls for talks with the TPLF.", "ETHGOV>ETHOPP:125:asserted"],
  // Dismissing or replacing one's own commanders and ministers is an administrative sanction (172).
  ["Ethiopia's prime minister replaced his army chief on Sunday.", "ETHGOV>ETH:172:asserted"],
  ["Putin sacked his defence minister.", "RUSGOV>RUS:172:asserted"],
  ["Helsinki shut four crossings on the border with Russia.", "FINGOV>RUS:160:asserted"],
  // What one warns one may do is a threat, in one's own word.
  ["Russia warned that it could strike Kyiv.", "RUS>UKRGOV:138:vowed"],
  // Residents reporting their own state's act report it; they do not acknowledge it.
  ["Myanmar's junta bombed villages in Sagaing on Sunday, residents said.", "MMRGOV>-:190:reported"],
  ["Iran swore revenge.", "IRN>-:138:vowed"],
  // Armed men killed, as a state's forces report it, were killed by those forces.
  ["All six attackers were killed, Pakistan's army said.", "PAKMIL>---UAF:190:acknowledged"],
  // The object of a preposition is no subject; a mis-tagged "chief" keeps its verb.
  [
    "The European Union's foreign policy chief voiced solidarity with Vilnius and urged Minsk to stop the flights.",
    "IGOEUREEC>BLRGOV:020:asserted",
  ],
  // A gerund after "consider" is its complement, under the governor's modal.
  ["The ministry said it would consider closing the border with Belarus.", "---GOV>BLR:160:hypothetical"],
  // Doers of a deed after "by" are its authors; a comma list closed by "and" is coordinated.
  [
    "Pyongyang denounced joint drills by the United States, South Korea and Japan.",
    "PRKGOV>JPN:111:asserted",
  ],
  ["Guyana had spoken with the United States, Brazil and other partners.", "GUY>BRA:040:asserted"],
  // A protest naming nobody answers the latest hostile act of another side, up to two sentences back.
  [
    "North Korea fired missiles into the sea. The missiles flew about 300 km. Tokyo lodged a protest.",
    "JPNGOV>PRK:114:asserted",
  ],
  // A label's author after "by" is its target; a speaker goes on to describe after what it said.
  [
    "Orpo said the step was needed to protect national security and described the arrivals as a hybrid operation by the Russian authorities.",
    "FINGOV>RUSGOV:111:asserted",
  ],
  [
    "Putin dismissed the Western warnings as provocative attempts to frighten Russian society.",
    "RUSGOV>WST:111:asserted",
  ],
  // A military strike is an attack; a general strike is not.
  ["Russian forces carried out a massive strike on Ukrainian energy sites.", "RUSMIL>UKR:190:asserted"],
  // A claim of responsibility answers the attack's victims, here known only by where it happened.
  [
    "Gunmen opened fire at a concert hall near Moscow. Islamic State claimed the attack.",
    "IMGMUSISI>RUS:015:acknowledged",
  ],
  // "slammed" is criticism; the author of a deed past its participle ("imposed by") is the target.
  [
    "North Korea's foreign ministry slammed the sanctions imposed by the UN Security Council.",
    "PRKGOV>IGOUNO:111:asserted",
  ],
  // "Russia Today" is a broadcaster; "Russia today" is the country.
  ["Taiwan's foreign minister visited Russia today.", "TWNGOV>RUS:042:asserted"],
  // A surname alone keeps the code of the title or apposition that introduced it.
  [
    "Brazil's foreign minister, Carlos Almeida Duarte, arrived on Monday. Duarte praised Argentina.",
    "BRAGOV>ARG:051:asserted",
  ],
  // A named group before an agent noun is the actor ("Hamas militants"); killing a prominent
  // individual is assassination (186), killing soldiers is not.
  ["Hezbollah guerrillas attacked an Israeli patrol.", "LBNREBHEZ>ISR:190:asserted"],
  ["Rebels killed a senior army commander in the north.", "---REB>---MIL:186:asserted"],
  ["Rebels killed three soldiers.", "---REB>---MIL:190:asserted"],
  // "it is prepared to …" refers back to the speaker; it is not the expletive of "it is likely that".
  ["Russia said it is prepared to attack Ukraine.", "RUS>UKR:138:vowed"],
  // A noun phrase after "as" followed by a verb is a new clause, not the object of the first verb.
  [
    "The government imposed martial law as street battles raged between insurgents and the police.",
    "---GOV>-:1724:asserted",
  ],
  // Irregular participles the tagger reads as nouns ("shot down"); a speech verb after "and" shares
  // the earlier speech verb's subject, not that of the clause it reported.
  ["Pakistan shot down five Indian aircraft.", "PAK>INDMIL:190:asserted"],
  [
    "Pakistan said 26 civilians were killed and claimed to have shot down five Indian aircraft.",
    "PAK>INDMIL:190:alleged",
  ],
  // A plural pronoun after coordinated actors means all of them.
  ["Russia and China said they would veto the resolution.", "CHN>-:129:vowed"],
  // An -ed form between a verb and its noun is an adjective ("expel exiled leaders").
  ["Qatar has pledged to expel exiled leaders of Egypt's Muslim Brotherhood.", "QAT>EGYOPP:137:vowed"],
  // An investigation of something in a country targets that country; "re-" acts code as the act.
  ["The United Nations inspectors want to re-examine the refineries in Iran.", "IGOUNO>IRN:090:planned"],
  // A passive matches its pattern against the subject's whole noun phrase.
  ["Evidence against Russia was presented by the US.", "USA>RUS:1124:asserted"],
  // A country after another actor and "in" places that actor; it is not the subject.
  ["The French military in Rwanda attacked the rebels.", "FRAMIL>RWAREB:190:asserted"],
  // Killings and massacres carried out or committed are acts, not vows.
  ["The militia committed a massacre in the village.", "---UAF>-:202:asserted"],
  // Stopping the fighting is a truce; agreeing to it keeps the truce code.
  ["India and Pakistan agreed on Saturday to stop all firing and military action.", "IND>PAK:0871:asserted"],
  // A plain past clause-taking verb after a backshifted reported verb continues the main clause,
  // outside the report; a verb sharing the reported verb's auxiliary stays inside it.
  [
    "President Yoon Suk Yeol declared martial law. The Democratic Party said Yoon had committed insurrection and demanded that he resign.",
    "KORPTY>KORGOV:1041:asserted",
  ],
  ["Russia said Ukraine had attacked Kursk and killed civilians.", "UKR>RUSCVL:190:alleged"],
  // What a protest or demand is for picks CAMEO's parallel subcode (1 leadership, 2 policy, 3 rights,
  // 4 institutions); what an accusation charges picks 112x.
  ["Students staged mass demonstrations in Jakarta to demand political reforms.", "IDNEDU>-:1412:asserted"],
  ["Thousands of Kurds demonstrated in Kirkuk calling for independence from Iraq.", "IRQCVL>-:1414:asserted"],
  [
    "The opposition demanded that President Mugabe abandon his policy of land confiscations.",
    "---OPP>ZWEGOV:1042:asserted",
  ],
  [
    "Amnesty International accused the United States of violating human rights.",
    "NGOHRIAMN>USA:1122:asserted",
  ],
  ["The Sudanese government accused Darfur rebels of violating a ceasefire.", "SDNGOV>SDNREB:1123:asserted"],
  // A passive whose subject names no actor still picks its pattern from the subject's words, and
  // coordinated by-agents act together.
  [
    "The protocol was signed by Russian Deputy Foreign Minister Andrei Rudenko and North Korean Vice Foreign Minister Kim Jong Gyu.",
    "PRKGOV>RUSGOV:057:asserted",
  ],
  // Talking or negotiating with someone is consultation or negotiation; readiness to do so an intent.
  ["Putin said Moscow was ready to talk to Trump.", "RUSGOV>USA:036:vowed"],
  ["Rubio talked with Lavrov on Monday.", "USALEG>RUSGOV:040:asserted"],
  // A body's vote to act is the act itself.
  ["The Senate voted to approve the treaty.", "---LEG>-:057:asserted"],
  // "The two sides", "both countries": the pair named together before, else the story's two main countries.
  [
    "Russia and North Korea signed a pact in June. The two sides exchanged instruments of ratification on Wednesday.",
    "PRK>RUS:057:asserted",
  ],
  [
    "Japan and India held talks. Chinese officials were absent. Both countries agreed to expand trade.",
    "IND>JPN:031:asserted",
  ],
  // "who" after "a critic of NATO" is the person that noun stands in apposition to.
  [
    "Romanian candidate Calin Georgescu, a critic of NATO who has praised Vladimir Putin, topped the first round.",
    "ROU>RUSGOV:051:asserted",
  ],
  // "It" is never an agent named in the plural; a second "that" clause of a speech verb has its speaker
  // (whose own tip-off it acknowledges).
  [
    "In Minsk, the Belarusian general staff said some of the Russian drones had lost their way and that it had warned Warsaw of their approach.",
    "BLRMIL>POLGOV:064:acknowledged",
  ],
  // "and then" joins a verb to the one before as "and" does.
  [
    "Militants rammed a truck into an army post in Pakistan and then stormed it, killing seven soldiers.",
    "---UAF>PAKMIL:1823:asserted",
  ],
  // "had nothing to do with", "had not been involved in" an act the story told: that act, denied.
  [
    "Serb gunmen attacked a Kosovo police patrol on Sunday. Serbian President Aleksandar Vucic said that his government had nothing to do with the violence.",
    "SRBGOV>KSVCOP:180:denied",
  ],
  [
    "An Israeli strike hit Iran's consulate in Damascus. The Pentagon said the United States had not been involved in the strike.",
    "USA>IRNGOV:190:denied",
  ],
  // The authors of a passive are its "by" phrase, "representatives of" an actor included, not a later one's.
  [
    "The deal was signed in Pretoria by representatives of the Ethiopian government and the TPLF after talks led by the African Union.",
    "ETHGOV>ETHOPP:057:asserted",
  ],
  // Interfering or meddling in another side's affairs is coercion, not PETRARCH's aid default.
  ["Russia meddled in the US election.", "RUS>USA:170:asserted"],
  ["The Kremlin has denied interfering in the vote in Romania.", "RUSGOV>ROU:170:denied"],
  // Not accepting or admitting responsibility is denying it (015 negated is 016).
  ["Moscow has not accepted responsibility for the crash.", "RUSGOV>-:016:asserted"],
  // Launching a probe into an attack investigates it; it is no attack. Investigators are law enforcement.
  ["Prosecutors in Kenya launched a probe into the attack.", "KENJUD>-:090:asserted"],
  ["Russian investigators opened a criminal investigation.", "RUSCOP>-:091:asserted"],
  // The owner of a decision or plan does the infinitive after it, and the verb joined to that.
  ["Kyiv welcomed Washington's decision to send tanks to Ukraine.", "USAGOV>UKR:072:asserted"],
  [
    "Niger's military rulers hailed France's decision to recall its ambassador and pull its troops out of Niger.",
    "FRA>NER:0874:asserted",
  ],
  // A verb after "but" shares the subject of the speech verb it continues.
  [
    "Beijing said it would cooperate with the investigation but turned down a request from Sweden.",
    "CHNGOV>SWE:120:asserted",
  ],
  // Ordering strikes on a side threatens it with force (PETRARCH's ORDER * ATTACK), no demand on it.
  ["Defence Minister Israel Katz ordered forceful strikes on Tehran.", "ISRGOV>IRNGOV:138:asserted"],
  // A clause ends at ", and" before another subject, a list of actors with an adverb included.
  [
    "Israel struck Iran's consulate in Damascus. Russia condemned the strike as unacceptable, and Saudi Arabia, Qatar and Jordan also denounced it.",
    "RUS>ISR:111:asserted",
  ],
  // An act that "would not go unanswered" threatens its author; a party that "would be punished", that party.
  [
    "Israel struck Iran's consulate in Damascus. President Ebrahim Raisi said the cowardly attack would not go unanswered.",
    "IRNGOV>ISR:130:vowed",
  ],
  ["Khamenei said Israel would be punished.", "IRNGOV>ISR:130:vowed"],
  ["Iran vowed on Tuesday to make Israel pay for an air strike in Damascus.", "IRN>ISR:130:vowed"],
  ["Putin vowed that everyone behind the attack would be punished.", "RUSGOV>---:130:vowed"],
  // Water cannon is coercion (by police on a crowd, repression), not military fire.
  ["China's coast guard fired water cannon at two Philippine vessels.", "CHNMIL>PHL:170:asserted"],
  ["Police fired water cannon at protesters in Tbilisi.", "GEOCOP>GEOOPP:175:asserted"],
  // Entering another country's airspace or waters is a show of force, as violating it.
  ["Russian jets crossed into Estonian airspace.", "RUSMIL>EST:150:asserted"],
  // A country adjective on a noun of territory names whose ground it is.
  ["Russian troops on Ukrainian territory attacked a village.", "RUSMIL>UKR:190:asserted"],
  // A capital naming a document signed there ("the Rome Statute") is no government.
  [
    "The Philippines has left the Rome Statute, and its prosecutor opened an examination.",
    "PHLJUD>-:091:asserted",
  ],
  // Passing or signing an aid package is a commitment to give it (033), like approving it.
  ["The US Senate passed the aid bill for Ukraine.", "USALEG>UKR:033:asserted"],
  // Dissolving a parliament, a government or the courts by decree is an administrative sanction (172).
  ["Peru's President Pedro Castillo tried to dissolve Congress.", "PERGOV>PERLEG:172:asserted"],
  // Restrictions on media are 1721; restrictions, curfews and emergency rule fall on the people where they are imposed.
  ["Iran's government blocked Instagram and WhatsApp.", "IRNGOV>IRN:1721:asserted"],
  ["The authorities in Gabon cut internet access.", "GABGOV>GAB:1721:asserted"],
  ["Bangladesh's government imposed a curfew.", "BGDGOV>BGD:1723:asserted"],
  // "The two sides" after talks are the two sides of those talks, not the story's most named countries.
  [
    "Rubio met Ukraine's foreign minister in Jeddah. Russian troops attacked Kharkiv, and Russian drones hit Odesa. The two sides agreed to restore relations.",
    "UKRGOV>USALEG:032:asserted",
  ],
  // A verbal reaction after a backshifted reported act is the speaker's own.
  [
    "Serbia's prime minister said Russia's security services had warned Belgrade in advance about the plans, and thanked them.",
    "SRBGOV>RUSSPY:051:asserted",
  ],
  // Force threatened with no object is aimed at the side whose act the "if" clause names.
  [
    '"If Hezbollah breaks the agreement, we will strike," Netanyahu said.',
    "ISRGOV>LBNREBHEZ:138:conditional",
  ],
  ["If Hezbollah breaks the agreement, Israel will strike.", "ISR>LBNREBHEZ:190:conditional"],
  // A leader taking its own state out of a body or a treaty cuts that tie (160), aimed at the body.
  [
    "Duterte pulled the Philippines out of the International Criminal Court.",
    "PHLGOV>IGOJUDICC:160:asserted",
  ],
  ["Trump took the United States out of the World Health Organization.", "USA>IGOUNOHLHWHO:160:asserted"],
  // "Called the strikes a terrorist attack" is a label, not a strike called.
  [
    "Ukrainian drones hit four Russian air bases. Russia's defence ministry called the strikes a terrorist attack.",
    "RUSMIL>UKRMIL:111:asserted",
  ],
  // Pulling out is a withdrawal (080), not a consultation (PETRARCH also lists it under GO_SOMEWHERE, 040).
  ["Israeli forces pulled out of the town.", "ISRMIL>-:080:asserted"],
  // A deal "brokered by" or talks "mediated by" a third party: it mediates (045) between the deal's
  // parties — the sentence's coordinated parties, else the two sides of the story's talks.
  [
    "Saudi Arabia and Iran agreed on Friday to restore relations, in a deal brokered by China.",
    "CHN>IRN:045:asserted",
  ],
  [
    "Israel and Hezbollah held talks in Paris. The agreement, brokered by the United States and France, was announced on Tuesday.",
    "FRA>LBNREBHEZ:045:asserted",
  ],
  // "had mediated": an -ed word after "had" is its participle, not an adjective.
  ["Faure Gnassingbé had mediated between Mali and Ivory Coast.", "TGOGOV>CIV:045:asserted"],
  // "between the two camps" after the verb: the story's two sides, here two actors of one country.
  [
    "Burkina Faso's army and President Damiba held talks in Ouagadougou. Religious leaders, who mediated between the two camps, announced a deal.",
    "BFAREL>BFAGOV:045:asserted",
  ],
  // A report's frame runs past a parenthesis before its "that" ("reported, citing unnamed sources, that").
  [
    "Japan's Kyodo news agency reported, citing unnamed sources, that the Chinese defence ministry had notified the United States.",
    "CHNMIL>USA:040:reported",
  ],
  // "a May Day rally": the month's name is no modal.
  ["Colombia's president used a May Day rally to accuse Israel of genocide.", "COLGOV>ISR:1124:asserted"],
  // A state's army telling of rebels' acts reports them; it does not acknowledge them.
  [
    "Pakistan's army said the Baloch Liberation Army had killed 21 passengers.",
    "PAKREB>PAKCVL:1823:reported",
  ],
  // "warned that Moscow would respond": the speaker's own side in the clause is no target; the threat stands.
  ["Shoigu warned that Moscow would respond to any provocation.", "RUSGOV>-:130:vowed"],
  // Labels of blame added: "genocidal", "antisemitic", "thugs"; "hit back" is a retort, not a strike.
  [
    "Israel's foreign minister hit back within hours, calling Petro antisemitic.",
    "ISRGOV>COLGOV:111:asserted",
  ],
  ["Israel hit back with missiles.", "ISR>-:194:asserted"],
  // A group's members through a possessive or "-led"; designating is labelling.
  ["Hamas's fighters attacked southern Israel.", "PSEREBHMS>ISR:190:asserted"],
  ["Hamas-led fighters attacked southern Israel.", "PSEREBHMS>ISR:190:asserted"],
  // (A number or an adjective between the possessive and the members.)
  ["At their summit in Brussels, the EU's 27 leaders condemned Belarus.", "IGOEUREEC>BLR:111:asserted"],
  // (An -ing modifier of the subject is no clause, and its place is not the subject.)
  ["The Saudi-led coalition fighting in Yemen said it had expelled Qatar.", "SAU>QAT:174:acknowledged"],
  // (A past verb after a comma that closes a clause shares that clause's subject.)
  [
    "Islamabad recalled its ambassador from Tehran, told Iran's ambassador not to come back, and suspended visits.",
    "PAKGOV>IRN:161:asserted",
  ],
  ["Egypt, locked in a long dispute with Ethiopia, said it firmly backed Somalia.", "EGY>SOM:050:asserted"],
  // (Allies agreeing on a measure against a third party decide it: the measure, planned.)
  [
    "European Union leaders agreed late on Monday to bar Belarusian airlines from the bloc's airspace.",
    "IGOEUREECGOV>BLRBUS:160:planned",
  ],
  // (A relative clause on an attack noun: its author is the attack's country, past the place it fell.)
  [
    "Khamenei vowed revenge on those behind an American drone strike near Baghdad's airport that killed Qassem Soleimani.",
    "USAMIL>IRN:186:asserted",
  ],
  // (A mistake blamed on someone in a speech verb's clause.)
  ["Trump told reporters that Iran had made a very big mistake.", "USA>IRN:111:asserted"],
  ["Trump said Iran was making a big mistake.", "USA>IRN:111:asserted"],
  // (A state that stops working with another cuts cooperation; workers stopping work strike.)
  ["Beijing also stopped working with the United States on climate.", "CHNGOV>USA:160:asserted"],
  // (Sides trading strikes or attacks fight each other; trade is no cooperation here.)
  ["Pakistan and Iran traded strikes this week.", "IRN>PAK:190:asserted"],
  ["Israel and Hezbollah exchanged attacks across the border.", "ISR>LBNREBHEZ:190:asserted"],
  // (A bloc suspending or expelling a member from its bodies or ranks cuts relations with it.)
  ["ECOWAS suspended Guinea from its decision-making bodies.", "IGOWAFWAS>GIN:160:asserted"],
  ["The Saudi-led coalition said it had expelled Qatar from its ranks.", "SAU>QAT:160:acknowledged"],
  // (Air-defence and military assets sent to another side are military aid.)
  ["NATO sent additional air-defence assets to Poland.", "IGOWSTNAT>POL:072:asserted"],
  // (A verb after ", and" joins the speech verb past a relative clause set off by commas; a protest
  // lodged after what was said is the speaker's own act.)
  [
    "Japan said five missiles came down inside its zone, the first time that had happened, and lodged a protest with Beijing.",
    "JPN>CHNGOV:114:asserted",
  ],
  // (A second "of" + gerund after "and" is controlled by the object before the first.)
  [
    "UN experts have accused Rwanda of commanding M23 operations and of deploying its own troops in eastern Congo.",
    "RWA>COD:074:alleged",
  ],
  // (Restoring or reimposing sanctions imposes them; an attack noun's author past a time.)
  ["Trump restored sanctions on Iranian oil.", "USA>IRN:163:asserted"],
  ["The Pakistani strikes early on Thursday hit villages near Saravan in Iran.", "PAK>IRN:190:asserted"],
  // (Whose the policy is, not whom it is aimed at.)
  ["The emir criticised Saudi policy towards Iran.", "---GOV>SAU:111:asserted"],
  // (Pressing on with drills is the same posturing as holding them, not force.)
  ["Chinese forces pressed on with large exercises around Taiwan.", "CHNMIL>TWN:150:asserted"],
  // (Summoning an envoy in protest is an official complaint, not a rally.)
  ["Iran summoned Pakistan's chargé d'affaires in protest.", "IRN>PAKGOV:114:asserted"],
  ["The United States designated the Houthis a terrorist organisation.", "USA>YEMREB:111:asserted"],
  // Noting with concern is a comment (012); "a direct assault on" labels; a party discussed as the
  // direct object is whom the body consults about.
  ["India said it had noted the developments in Myanmar with deep concern.", "IND>-:012:asserted"],
  ["Biden called the detentions a direct assault on democracy.", "USAGOV>-:111:asserted"],
  ["The UN Security Council is due to discuss Myanmar on Tuesday.", "IGOUNO>MMR:040:planned"],
  // Two parties talking or speaking with no one else named consult each other (040), both ways.
  ["Biden and Xi talked for four hours.", "CHNGOV>USAGOV:040:asserted"],
  ["Biden and Xi spoke about Taiwan, the White House said.", "USAGOV>CHNGOV:040:acknowledged"],
  // A disapproval of "it" after another in its sentence is aimed where that one was.
  [
    "Israeli warplanes struck the Iranian consulate in Damascus. Iran summoned the Swiss envoy. The Pentagon said the United States had not been involved. Iran's mission called the attack a flagrant violation. Russia condemned the strike as unacceptable, and Saudi Arabia, Qatar and Jordan also denounced it.",
    "JOR>ISRMIL:111:asserted",
  ],
  // A happening between two parties is each one's toward the other ("fighting" before "between" too).
  ["Fighting between Thailand and Cambodia spread along their border on Friday.", "KHM>THA:190:asserted"],
  ["Talks between Iran and the United States ended on Friday.", "USA>IRN:046:asserted"],
  // Talks judged are the other side's at the table.
  [
    "Iran and the United States held talks in Oman on Saturday. The White House said the discussions had been very positive and constructive.",
    "USAGOV>IRN:051:asserted",
  ],
  // Talks counted out as another act's time, no party named, are the story's table pair's.
  [
    "Congo and Rwanda held talks in Washington. Technical teams initialled the text on June 18 after three days of talks.",
    "RWA>COD:046:asserted",
  ],
  // A leader or state called right after "call", with no label after it, is telephoned (041).
  ["Putin called Erdogan on Tuesday.", "RUSGOV>TURGOV:041:asserted"],
  ["Biden called Putin a killer.", "USAGOV>RUSGOV:111:asserted"],
  ["Pakistan's army chief called his Indian counterpart that afternoon.", "PAKMIL>INDGOV:041:asserted"],
  // "about 300 of them": "them" after a number and "of" is people named before, not the speaker.
  [
    "About 11,000 North Korean soldiers were sent to Russia, and South Korea's spy agency said in January that about 300 of them had been killed.",
    "--->PRKMIL:190:reported",
  ],
  // Warning another party in advance of a danger tips it off (064, as PETRARCH's "WARN * ABOUT PLOT").
  [
    "Brnabic said Russia's security services had warned Belgrade in advance about the plans.",
    "RUSSPY>SRBGOV:064:reported",
  ],
  // A contact clause's speaking pronoun ("two men they said were …") is the clause's subject, and its
  // report ends at the comma: the adjunct after it is the subject's own act.
  [
    "Britain imposed sanctions on Monday on a Chinese company and two men they said were part of a hacking group, accusing Beijing of a cyber campaign.",
    "GBR>CHNGOV:112:asserted",
  ],
  [
    "Britain imposed sanctions on Monday on a Chinese company and two men they said were part of a hacking group, accusing Beijing of a cyber campaign.",
    "GBR>CHNBUS:163:asserted",
  ],
  // Fighting named with no party, heading its clause, is between the story's two warring sides.
  [
    "Tajik forces shelled Kyrgyz villages on Friday. The clashes began on Wednesday.",
    "KGZ>TJKMIL:190:asserted",
  ],
  // ", it said." closing a sentence frames it; "it" is the story's latest speaker (its own side's act).
  [
    "South Korea's military said North Korea blew up two roads. South Korean troops fired shots in response south of the line, it said.",
    "KORMIL>-:190:acknowledged",
  ],
  // Trading accusations is with each other; an organisation's name after a hyphen is part of another.
  [
    "Estonia summoned Russia's envoy. Tallinn and Moscow will trade further accusations.",
    "RUSGOV>ESTGOV:112:predicted",
  ],
  // Sinking a ship is force (190); "the US embassy for Yemen" is posted there, not Yemen's.
  ["The Houthis sank a Liberian ship.", "YEMREB>LBR:190:asserted"],
  [
    "The Houthis seized a ship. The US embassy for Yemen accused the group of piracy.",
    "USAGOV>YEMREB:112:asserted",
  ],
  // Missiles fired into a sea or an ocean are a show of force (150), not an attack on it.
  ["China test-fired an intercontinental ballistic missile into the Pacific Ocean.", "CHN>-:150:asserted"],
  ["North Korea fired two ballistic missiles into the sea off its east coast.", "PRK>-:150:asserted"],
  // An absolute "with X -ing" names the -ing verb's own subject.
  [
    "Russia attacked Kharkiv on Friday, with Ukraine calling the strikes a war crime.",
    "UKR>RUS:111:asserted",
  ],
  // A speech verb's "that" past a longer adjunct ("said on behalf of the 27 member states that …").
  [
    "Borrell said on behalf of the 27 member states that any deliberate disruption of European energy infrastructure was utterly unacceptable.",
    "IGOEUREEC>-:111:asserted",
  ],
  // A verb after ", and" that closes a relative clause between commas joins the verb before that clause.
  [
    "Trump pulled the United States out of the deal with Iran, which had capped enrichment, and reimposed sanctions on Tehran.",
    "USA>IRNGOV:163:asserted",
  ],
  // Of several pairs at the table, the one the story has seen there most, however far back.
  [
    "Iran and the United States held talks in Oman on Saturday. They agreed to meet again next week. Washington kept up its pressure. The Treasury imposed sanctions on Iranian firms. Netanyahu, who met Trump at the White House on Monday, said any deal must dismantle Iran's nuclear sites. The two sides will hold more talks in May.",
    "IRN>USA:036:predicted",
  ],
  // Two countries' leaders named together are "the two countries"; a pair naming nobody else acts on itself.
  [
    "Trump hosted Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan. He said the two countries had committed to stop all fighting.",
    "ARMGOV>AZEGOV:0356:vowed",
  ],
  // An -ed form after a number or a degree word modifies the noun ("one more named exercise").
  ["The PLA will hold at least one more named exercise around Taiwan.", "CHNMIL>TWN:150:predicted"],
  // Leaving or suspending a treaty reduces relations; a place naming the treaty is not the place left.
  ["The United States withdrew from the Paris climate agreement.", "USA>-:160:asserted"],
  ["India said it would hold the treaty in abeyance.", "IND>-:160:vowed"],
  // Branding another party a threat is a denunciation.
  ["NATO described Russia as a long-term threat.", "IGOWSTNAT>RUS:111:asserted"],
  // A party announcing its own next step vows it; an agreement to a future act is a commitment.
  ["Ukraine said it would release the prisoners.", "UKR>UKRCVL:0841:vowed"],
  // A country saying another country's actor used violence accuses it (112), besides the reported act.
  ["The US said that Iraq had attacked Kuwait.", "USA>IRQ:112:asserted"],
  ["Israel said a mortar bomb was fired at it from the Gaza Strip.", "ISR>PSEGZA:112:asserted"],
  // An agentless passive of fire at a target: where the fire came from is its source.
  ["Israel said a mortar bomb was fired at it from the Gaza Strip.", "PSEGZA>ISR:194:reported"],
  ["Rockets were fired at Israel from Lebanon.", "LBN>ISR:194:asserted"],
  // A future act under the writer's estimate is predicted as the act; stated plainly, an intent.
  ["It is likely that North Korea will send more troops to Russia.", "PRK>RUS:074:predicted"],
  ["North Korea will send more troops to Russia.", "PRK>RUS:0334:predicted"],
  // A stated feeling is a comment on what it is about: concern 012, satisfaction 013; said by its
  // own subject, the comment is the statement itself.
  ["Germany is deeply concerned about Russia's actions.", "DEU>RUS:012:asserted"],
  ["The State Department said it was seriously concerned by China's drills.", "USAGOV>CHN:012:asserted"],
  ["China said it was pleased with the talks with Japan.", "CHN>JPN:013:asserted"],
  // Reducing aid is 162x like halting it.
  ["Washington would curb military aid to Ukraine.", "USAGOV>UKR:1622:hypothetical"],
  // An agentless passive of a home authority's act (impeach, arrest, jail) takes the country where it
  // happens, else the target's own, as its source; "under investigation by X" targets the one under it.
  ["Two Russian activists were arrested in Minsk.", "BLR>RUSOPP:173:asserted"],
  ["President Yoon Suk Yeol was impeached on Saturday.", "KOR>KORGOV:115:asserted"],
  ["Yoon Suk Yeol is under criminal investigation by prosecutors.", "KORJUD>KORGOV:090:asserted"],
  // A bare country joined to a country-and-role phrase shares its head ("US and British warplanes").
  [
    "US and British warplanes, warships and a submarine struck Houthi military targets across Yemen.",
    "USAMIL>YEMREB:195:asserted",
  ],
  // Coordinated subjects of a mutual act code every pair ...
  ["Czechia and Albania upgraded their diplomatic ties.", "ALB>CZE:050:asserted"],
  // "since November" is a preposition: it dates the clause, and ", saying" does not take it.
  [
    "The Houthis have fired missiles at commercial vessels since November, saying they act for Gaza.",
    "YEMREB>-:194:asserted",
  ],
  // "The bloc", "the group": an organisation named before; "the group's negotiator" speaks for it, and
  // the "would" of its reported speech is a vow.
  ["ECOWAS leaders met in Abuja. The bloc imposed sanctions on Niger.", "IGOWAFWAS>NER:163:asserted"],
  [
    "The Houthis attacked ships. The group's chief negotiator said it would keep targeting ships bound for Israel.",
    "YEMREB>ISR:190:vowed",
  ],
  // Rebels act on their own country; a crowd's violence is a riot; ships are seized (181) or boarded (171).
  ["M23 rebels captured Goma.", "CODREB>COD:192:asserted"],
  ["On Tuesday, protesters in Kinshasa attacked the Rwandan embassy.", "CODOPP>RWAGOV:145:asserted"],
  ["The Houthis seized a cargo ship in the Red Sea.", "YEMREB>---BUS:181:asserted"],
  ["Chinese personnel boarded Philippine navy boats.", "CHNMIL>PHLMIL:171:asserted"],
  // A ceasefire's partner is the one it is "with"; lifting a pause on aid resumes it (07x); "intelligence
  // sharing" names no intelligence service.
  ["Ukraine said it was ready to accept a US proposal for a ceasefire with Russia.", "UKR>RUS:0356:vowed"],
  ["Washington resumed military aid to Kyiv.", "USAGOV>UKRGOV:072:asserted"],
  ["The United States lifted the pause on military aid and intelligence sharing.", "USA>-:072:asserted"],
  // Saying another party will pay a price or face punishment threatens it (130); "would have to" is
  // a finite group with its own subject.
  [
    "A senior Houthi official said America and Britain would have to prepare to pay a heavy price.",
    "YEMREB>GBR:130:vowed",
  ],
  ["Putin vowed that Ukraine would face inevitable punishment.", "RUSGOV>UKR:130:vowed"],
  // "condemned what it called X": the naming verb's object is the condemnation's.
  [
    "The US State Department condemned what it called China's escalatory and irresponsible actions.",
    "USAGOV>CHN:111:asserted",
  ],
  // "endorsed it": an "it" after an instrument verb stands for the agreement named before.
  [
    "Israel and Hamas reached an agreement. Israel's cabinet endorsed it on Friday.",
    "ISRGOV>PSE:057:asserted",
  ],
  // A comma before the next clause's subject ends the clause: Putin is not what the council approved.
  [
    "The Duma ratified the treaty in October, the Federation Council approved the treaty in November, and Putin signed it.",
    "RUSLEG>-:057:asserted",
  ],
  // A leader's supporters act, not the leader: out of office, the opposition, and their violence a riot.
  ["Supporters of former president Jair Bolsonaro stormed Brazil's Congress.", "BRAOPP>BRALEG:145:asserted"],
  // A relative clause's infinitive is its own: the main verb after it still has the subject.
  [
    "Brazilian soldiers who refused to accept the result stormed Brazil's Congress.",
    "BRAMIL>BRALEG:190:asserted",
  ],
  // A weapon in the reported clause summons nobody: the speaker's next act is the speaker's.
  [
    "Poland's foreign ministry said the missile had been made in Russia and summoned Russia's ambassador.",
    "POLGOV>RUSGOV:114:asserted",
  ],
  // Destroying another side's drone is force used on it, not property destroyed.
  ["A US Navy ship destroyed an Iranian drone in the strait.", "USAMIL>IRNMIL:190:asserted"],
  // A signed defence pact is a signed agreement (057).
  ["Niger's rulers signed a mutual defence pact with Mali.", "NERGOV>MLI:057:asserted"],
  // Revoking an agreement is done, not threatened: relations reduced (160).
  ["Mali's junta revoked the defence agreements with France.", "MLIGOV>FRA:160:asserted"],
  // Drones sent over another side's land are a show of force there, not weapons supplied to it.
  ["South Korea sent drones over Pyongyang.", "KOR>PRK:150:asserted"],
  // "them" after a pair named in its sentence is both of the pair.
  [
    "Kyrgyz troops clashed with Tajik forces on Friday. Russia, which has military bases in both countries, urged them to settle the dispute.",
    "RUS>TJKMIL:027:asserted",
  ],
  [
    "Kyrgyz troops clashed with Tajik forces on Friday. Russia, which has military bases in both countries, urged them to settle the dispute.",
    "RUS>KGZMIL:027:asserted",
  ],
  // Holding a call with someone is a phone call (041), both ways.
  ["General Mark Milley held a separate call with General Valery Gerasimov.", "USAMIL>RUSMIL:041:asserted"],
  // Inflicting losses is the fighting; giving or ordering out an embassy's people is an expulsion.
  ["Tuareg rebels inflicted heavy losses on Malian troops.", "---REB>MLIMIL:190:asserted"],
  ["Belarus ordered 12 employees of the Lithuanian embassy to leave.", "BLR>LTULAB:161:asserted"],
  ["Niger's junta gave the French ambassador 48 hours to leave.", "NERGOV>FRAGOV:161:asserted"],
];

/** One sentence restating one act codes it once; two different acts stay two events. */
const COUNTS: [string, number][] = [
  // The purpose of an act not done is not done: no block, only the sanctions.
  ["The EU imposed sanctions on China. Hungary did not use its veto to block them.", 1],
  // Two verbs of one code and dyad are two acts: the summons and the note of protest.
  ["Latvia summoned Belarus's ambassador on Monday and handed him a note of protest.", 2],
  // Verbs joined in a demanded clause, adverbs before them, are the demand's content, not acts.
  ["China demanded that India strictly control and restrain its frontline troops.", 1],
  ["The Security Council adopted a resolution condemning Russia.", 1],
  // "announce * sanctions" is not "said the sanctions were …": only the verdict (111), no sanction.
  ["Iran's foreign ministry spokesman said the sanctions were illegal.", 1],
  // A noun inside the verb's own pattern, or after a possessor's noun, is no second event.
  ["Seoul condemned Pyongyang's missile launch.", 1],
  ["Stoltenberg travelled to Kyiv for talks with Zelensky.", 1],
  ["Iran warned that it would respond to any Israeli attack.", 1],
  // What an appeal asks for is no act of the appellant: the meeting and the appeal, no "revive".
  ["Erdogan met Putin in Astana. He urged him to revive the grain deal.", 2],
  // An apposition is no list: one signer.
  ["The treaty was signed by Hungary's new president, Tamás Sulyok, on Tuesday.", 1],
  // The clause after "after" has its own subject: balloons, not the envoy, forced the closure.
  [
    "Lithuania summoned Belarus's envoy after dozens of balloons crossed into its airspace and forced the closure of Vilnius airport.",
    1,
  ],
  ["One Serb policeman was murdered in an attack on a police patrol by Kosovo Albanians.", 1],
  ["A Syrian lawmaker started a hunger strike to protest the government's failure to reform.", 1],
  ["Ukrainian forces launched a surprise attack in August and captured a portion of the region.", 2],
  // A noun in the object of a specifically coded verb is part of its event.
  ["Washington halted deliveries of weapons to Ukraine.", 1],
  // ... but several parties each providing support do not act on each other.
  ["Australia, Bahrain, Canada and the Netherlands provided support for the operation.", 4],
  // Police, medics or witnesses reporting violence accuse no one.
  ["Thai police said Burmese troops attacked a village.", 1],
  // Agentless casualties of "people" are the toll of the story's latest stated attack: the same sides.
  [
    "Iran launched more than 300 drones and missiles at Israel overnight. A seven-year-old girl was seriously wounded in the Negev.",
    2,
  ],
  // A place after a noun in the subject is where, not who: the drone attack's author is unknown.
  ["A drone attack on a base in Jordan killed three American soldiers.", 1],
  // A "would" with no named subject right before it is no one's intent.
  ["Iraq warned that retaliatory strikes on US forces would violate its sovereignty.", 1],
  // A subject pronoun right after a speech verb is the speaker, not the actor named nearest before it.
  [
    "France, which has about 350 troops in Gabon, condemned the coup and said it wanted the result of the election to be respected.",
    2,
  ],
  // ... and no fighting of its own.
  ["Thailand agreed to stop fighting.", 1],
  // What someone "called" in a free relative is no appeal.
  [
    "Iran's foreign ministry summoned the ambassadors of Britain, France and Germany over what it called their support for Israel.",
    3,
  ],
  // The detainee of an ordered detention holds no one.
  ["A Moscow court ordered the four suspects, all citizens of Tajikistan, to be held in detention.", 1],
  // A participle after a noun, before the sentence's own verb or at its end, modifies the noun: no killing.
  ["Families of people killed in the crackdown welcomed the arrest of Duterte.", 1],
  // An act alleged and denied in one sentence is the accusation, the act alleged and the act denied.
  ["Ukraine accused Russia of shelling Kharkiv, a charge Moscow rejected.", 3],
  // Two verbs each coded by a pattern of its own object are two acts, even of one code.
  ["Bangkok recalled its ambassador from Phnom Penh and expelled Cambodia's envoy.", 2],
  // What one is warned against is not done: only the warning is an event.
  ["Washington warned Beijing against supplying weapons to Russia.", 1],
  // ... not of one only threatened.
  ["Russia threatened to strike Kyiv. Three people were killed on Monday.", 1],
  // Helping to plan and carry out killings is the killings only.
  ["The report said Belgian soldiers helped to plan and carry out killings in Congo.", 1],
  // ("from occupied territories": no occupation.)
  ["Israel released prisoners from occupied territories.", 1],
];

/** Sentences that must not yield an asserted event. */
const NEGATIVE: string[] = [
  "The British prime minister called it a day.",
  // (What a demand or a call asks of someone is not done: "demands for the army to withdraw".)
  "The protests turned into demands for the army to withdraw from Khartoum.",
  // ("help" governing a verb is no aid of its own.)
  "Qatar helped end the siege.",
  // (Publishing material, or leading an inquiry or a delegation, is no act on anyone.)
  "US officials later released satellite images of the sites.",
  "Kazakhstan, which is leading the investigation with Azerbaijan and Russia, said the crash was under review.",
  // (An event noun in a name, or modifying a thing, names no happening.)
  "The strike was meant to deter future Iranian attack plans.",
  "Abu Mahdi al-Muhandis was the deputy head of Iraq's Popular Mobilisation Forces.",
  // What claims say is not the speaker's stance: no accusation of Russia by its own spokesman.
  "Peskov said claims that Russia was behind the blasts were widespread.",
  // A plane colliding with birds is no act of force.
  "The Russian plane collided with a flock of birds.",
  // Bearing no responsibility, told before the speaker, blames nobody.
  "Belarus bore no responsibility, the Dutch foreign ministry said.",
  // "firm" after "stood" is an adjective, no company to force.
  "Indian soldiers stood firm and forced them back to their posts.",
  // A general strike is a stoppage of work, not an attack on what it is against.
  "Unions called a general strike against the pension reform.",
  // What someone is kept from doing is not done.
  "Aid trucks were prevented from entering Gaza.",
  "Moscow rejected the accusation that its troops had shelled Kharkiv.",
  "Serbia declared a day of mourning for the three men killed.",
  // A verb of saying before its "that" says: "add * troops" does not match what is said.
  "Japan's spokesman added that China's build-up of its nuclear and missile forces was a serious concern.",
  // An act someone has no plan or intention to do is negated, as one not done is.
  "Israel has no plans to invade Lebanon.",
  "Ethiopia had no intention of attacking Somalia.",
  // The purpose of what someone is kept from doing is not done either.
  "The deal bars Iran from using its territory to attack Israel.",
  // Posting a video of an attack stages none.
  "The envoy posted a video of the attack on social media.",
  "Biden took power in January 2021.",
  // An organisation of states meeting where it sits has no host; a gerund after "about" is a topic.
  "The North Atlantic Council met in Brussels on Wednesday.",
  "Kyiv was ready to share what its forces had learned about shooting down drones.",
  "Iran refrained from attacking Israel directly.",
  "Mexico's diplomatic staff left Quito.",
  "A statement issued by the ministry of finance said the talks went well.",
  "Ukraine demanded the return of its deported children.",
  "Russia lowered its threshold for using nuclear weapons.",
  "The United States said its defence treaty with the Philippines extends to attacks on Philippine vessels.",
  // What is asked for someone named between ("ask for the region to be annexed") is not done.
  "The resolution did not ask for the region to be annexed by Russia.",
  // (Balloons crossing the border do nothing an actor did, nor does the verb joined to theirs.)
  "Flights were diverted after dozens of balloons drifted across the border and forced the closure of the airport.",
  "The ministers discussed efforts to counter Islamic State militants.",
  "Haiti's transitional council swore in a new prime minister on Friday.",
  "Putin spoke to reporters in Moscow.",
  "Manila has stopped short of calling the incident an armed attack.",
  "The government executed its plan.",
  // A capital naming a document is no actor.
  "The declaration described Russia as a threat under Article 5 of the Washington Treaty.",
  // "told his council that the strikes had hit …": the reported clause's subject is its own noun.
  "Putin told his Security Council that the strikes had hit military targets.",
  // A preposition before a time is no pattern's ("call * (on)"); "call for" is not split by an object.
  "Azerbaijan launched what it called local anti-terrorist measures on Tuesday.",
  "The raid came in what the minister called retaliation for Saturday's explosion.",
  // A meeting in an adjunct with nobody else named is no event of the clause's subject.
  "At an emergency meeting of the council on Sunday, Foreign Minister Penny Wong spoke about the crisis.",
  // A relative clause whose antecedent names no actor has no actor subject.
  "The U.S. Central Command said the militant group that has seized parts of Iraq and Syria was weakened.",
  // A place after a preposition is not the object of "take" ("took effect in Gaza" is no seizure).
  "The agreement took effect in Gaza on Sunday.",
  "The weather in Seoul was mild on Tuesday.",
  "It is no longer possible to deny it.",
  "Military aid is a contentious topic in Washington.",
  "The election is now less than 10 days away.",
  "Ukraine did not attack Russia.",
  "An invaded ally deserves support.",
  "Analysts see the treaty as a revival of the Cold War alliance.",
  // An obligation a speaker states for its own side is no demand.
  "Israel said it must defend itself.",
  // The subject of a reported clause is not the speech verb's object.
  "Khamenei said the attack should be neither exaggerated nor downplayed.",
  // "including" lists, it does not act for the main clause's subject.
  "He signed orders, including directives to pull out of the agreement.",
  // A denied feeling is no comment.
  "Japan is not concerned about China.",
  // "Both sides" inside a prepositional phrase is no party.
  "Sources on both sides said the talks were useful.",
  // A that-clause's predicate blames its subject actor only with a word of blame, not negated, and
  // not for a task or for violence (the act itself is told instead).
  "Japan said the talks were long.",
  "Kenya's opposition leader said the election had been peaceful.",
  "Sweden's foreign minister said the irregularities in the count were minor.",
  "Kenya's opposition leader said the police had recovered stolen cars.",
  "Armenia's foreign minister said Azerbaijan had chosen peace.",
  "Armenia's foreign minister said Azerbaijan had not chosen war.",
  "The Japanese navy was watching the Chinese fleet with binoculars.",
  "Japan's prime minister said that China's commitment to Russia was ironclad.",
  "Japan's prime minister said that Japan's commitment to the Philippines was not unconditional.",
  "Kenya's interior ministry said the bombing bore no hallmarks of Islamic State.",
  "Hungary's prime minister said Romania was stealing its water. Romania's foreign ministry said the remark was long.",
  "Peru's president said Ecuador was not responsible for the crisis.",
  "Italy's interior minister said Libya was a partner in the fight against smuggling.",
  "Norway's foreign minister said Sweden was responsible for organising the conference.",
  // "Match" is no fight, nor residing an occupation, nor overshadowing an attack.
  "Canada cut its staff in India to match India's in Canada.",
  "The general resides in Moscow.",
  "The row overshadowed the summit in Brussels.",
  // Joining a group is membership, not a meeting; planning a massacre is no intent to cooperate.
  "Syrian militants joined an armed group in Iraq.",
  "Hundreds of young Tunisians have joined the ranks of militant groups in Libya.",
  "Serbian officers planned the massacre of villagers in Bosnia.",
];

/** The events of sentence `index` of `text` published on `published`. */
function sentenceEvents(text: string, published: string, index: number) {
  return analyzeText(text, published).events.filter((e) => e.sentence.index === index);
}

/** The event whose verb is `verb` in `text` published on `published`, if any. */
function eventAt(text: string, verb: string, published: string) {
  return analyzeText(text, published).events.find((e) => e.spans?.verb?.text === verb);
}

describe("event coder", () => {
  it.each(POSITIVE)("%s → %s", (text, expected) => {
    expect(events(text)).toContain(expected);
  });

  it.each(COUNTS)("%s → %i events", (text, n) => {
    expect(analyzeText(text).events).toHaveLength(n);
  });

  it.each(NEGATIVE)("no asserted event: %s", (text) => {
    expect(
      analyzeText(text)
        .events.filter((e) => e.modality === "asserted")
        .map(brief),
    ).toEqual([]);
  });

  it("reads a verdict told to reporters on an act the story told, a flight included, as blame of its author", () => {
    const text =
      "A Chinese surveillance plane entered Japan's airspace on Monday. " +
      "Japan's defence minister told reporters on Tuesday that the flight was a serious violation of Japan's sovereignty.";
    expect(sentenceEvents(text, "2024-08-27", 0).map(brief)).toContain("CHNMIL>JPN:150:asserted");
    expect(sentenceEvents(text, "2024-08-27", 1).map(brief)).toContain("JPNGOV>CHNMIL:111:asserted");
  });

  it("matches a pattern's words before the verb in its own clause only, not in the object of another", () => {
    // ("EXPLODE: &WEAPON *" is a weapon that explodes: the shells fired before the "and" are not the
    // subject of the second "fired".)
    const text =
      "Armenian troops fired shells across the border and Azerbaijani forces fired back on Tuesday.";
    const codes = analyzeText(text, "2024-05-20").events.map((e) => `${e.source}:${e.code}`);
    expect(codes).toContain("AZEMIL:190");
    expect(codes).not.toContain("AZEMIL:183");
    // ("fired back" answers the attack told before it in the same sentence.)
    expect(eventAt(text, "fired", "2024-05-20")?.target).toBe("AZEMIL");
    expect(analyzeText(text, "2024-05-20").events.map(brief)).toContain("AZEMIL>ARMMIL:190:asserted");
  });

  it("reads 'each' after listed senders as floating, and bare expelled envoys as those named before", () => {
    const text =
      "Britain expelled 23 Russian diplomats on Monday. Denmark, Norway and Finland each expelled two diplomats.";
    const events = sentenceEvents(text, "2024-05-20", 1).map(brief);
    expect(events).toEqual(
      expect.arrayContaining([
        "DNK>RUSGOV:161:asserted",
        "NOR>RUSGOV:161:asserted",
        "FIN>RUSGOV:161:asserted",
      ]),
    );
    expect(events.some((e) => e.includes(">DNKGOV"))).toBe(false);
  });

  it("takes no clock time after a pattern's preposition for its object ('launched the missile at 7:22 a.m.')", () => {
    const rules = analyzeText(
      "North Korea launched the missile at 7:22 a.m. on Tuesday.",
      "2024-05-20",
    ).events.map((e) => e.rule);
    expect(rules.length).toBeGreaterThan(0);
    expect(rules.some((r) => r.includes("missile-at"))).toBe(false);
  });

  it("aims a reaction to 'the launch' at whoever fired, past an act the story says was not done", () => {
    const text =
      "North Korea fired a ballistic missile over Japan on Tuesday. Japan did not try to shoot the missile down. " +
      "South Korea's president called the launch a reckless provocation.";
    expect(sentenceEvents(text, "2024-05-20", 2).map(brief)).toContain("KORGOV>PRK:111:asserted");
  });

  it("gives a known statement that urges or warns the story's latest speaker as its author", () => {
    const text =
      "In a statement read on state radio, a spokesman for Gabon's army said the officers had taken power. " +
      "The statement urged the public to stay calm.";
    expect(sentenceEvents(text, "2024-05-20", 1).map(brief)).toContain("GABMIL>GABCVL:020:asserted");
  });

  it("reads 'looked like a coup' in a speaker's clause as a verdict on the act it names", () => {
    const text =
      "Niger's presidential guard detained President Bazoum on Wednesday. " +
      "The African Union said the move looked like a coup.";
    expect(sentenceEvents(text, "2024-05-20", 1).map(brief)).toContain("IGOAFRAFU>NER:111:asserted");
  });

  it("hangs an -ing adjunct on the main clause, not on an adverbial clause between", () => {
    const text =
      "Colombian police stopped a truck carrying armed men as it tried to cross the bridge, killing three of the attackers.";
    const killing = eventAt(text, "killing", "2024-05-20");
    expect(killing?.source).toBe("COLCOP");
  });

  it("reads a bare number as object as more of the party the act before it was done to", () => {
    const text =
      "Britain expelled 23 Russian diplomats on Monday. Denmark and Norway each expelled two diplomats, Finland expelled three.";
    expect(sentenceEvents(text, "2024-05-20", 1).map(brief)).toContain("FIN>RUSGOV:161:asserted");
    const capture =
      "Colombian police stopped a truck on Sunday, killing three of the attackers and capturing two.";
    expect(eventAt(capture, "capturing", "2024-05-20")?.target).toBe(
      eventAt(capture, "killing", "2024-05-20")?.target,
    );
  });

  it("codes ordering the closure of a foreign consulate as reduced relations (161), not a restriction", () => {
    const codes = analyzeText(
      "Russia ordered the closure of the British consulate in St Petersburg.",
      "2024-05-20",
    ).events.map((e) => e.code);
    expect(codes).toContain("161");
    expect(codes).not.toContain("1721");
  });

  it("aims a vow to retaliate at the act told before it in its own sentence", () => {
    const text = "Norway expelled 15 Russian diplomats on Monday, and Moscow vowed to retaliate.";
    expect(eventAt(text, "vowed", "2024-05-20")?.target).toBe("NOR");
  });

  it("gives bare fighters the country of the story's latest armed group, not the previous sentence's first state", () => {
    const text =
      "The ELN has fought the Colombian state since 1964. Talks with the group were held in Havana, with Cuba and Norway as guarantors. " +
      "Under the accord, about 2,000 fighters are to gather in ten zones and hand their weapons to a UN mission.";
    const sources = sentenceEvents(text, "2024-05-20", 2).map((e) => e.source);
    expect(sources).toContain("COLUAF");
    expect(sources.some((c) => c?.startsWith("CUB"))).toBe(false);
  });

  it("reads a relative clause between commas past a list inside it ('which groups Russia, Armenia and …,')", () => {
    const text =
      "The CSTO, which groups Russia, Armenia and four other former Soviet states, said it would send a mission.";
    expect(eventAt(text, "send", "2024-05-20")?.source).toBe("IGOCAS");
  });

  it("reads 'a black day', 'a catastrophe' or 'a capitulation' as a label of blame", () => {
    const text =
      "Israel and Bahrain signed the accord on Tuesday. Hamas called the accord a black day for the Palestinians.";
    expect(sentenceEvents(text, "2024-05-20", 1).map(brief)).toContain("PSEREBHMS>ISR:111:asserted");
  });

  it("aims a reaction to 'the agreements' at their signers, as to 'the agreement'", () => {
    const text =
      "The UAE and Bahrain signed agreements with Israel on Tuesday. Iran condemned the agreements.";
    expect(eventAt(text, "condemned", "2024-05-20")?.target).toBe("ARE");
  });

  it("gives a fronted 'by -ing' adjunct the subject of the clause it opens", () => {
    const text =
      "Blinken said that by sheltering the militants in Kabul, the Taliban had violated the Doha agreement.";
    expect(eventAt(text, "sheltering", "2024-05-20")?.source?.startsWith("AFG")).toBe(true);
  });

  it("frames what comes before a speaker named as 'the secretary of X' or with given names before a known surname", () => {
    const of =
      "A ceasefire between Armenia and Azerbaijan took effect on Wednesday, the secretary of Armenia's Security Council said.";
    expect(analyzeText(of, "2024-05-20").events.every((e) => e.modality !== "asserted")).toBe(true);
    const named =
      "Azerbaijan attacked Armenia on Wednesday, Armenia's security chief, Armen Grigoryan, said.";
    expect(eventAt(named, "attacked", "2024-05-20")?.modality).toBe("reported");
  });

  it("dates 'overnight' by the story's last day, not one told in a relative clause", () => {
    const text =
      "Israel and the UAE signed the accord on Tuesday. The deal with Bahrain, which joined the process only last Friday, is shorter. " +
      "Militants fired rockets into Israel overnight.";
    expect(eventAt(text, "fired", "2020-09-16")?.date?.value).toBe("2020-09-15");
  });

  it("counts 'three days later' from an act dated earlier in its own sentence", () => {
    const text =
      "Norway expelled 15 Russian diplomats on Monday. On March 14 Britain expelled 23 Russian diplomats, and three days later Russia expelled the same number of British diplomats.";
    const later = analyzeText(text, "2018-03-27").events.filter((e) => e.source === "RUS");
    expect(later.map((e) => e.date?.value)).toContain("2018-03-17");
  });

  it("joins a verb after 'and' to the verb before a relative clause set off by commas, not to the relative's verb", () => {
    const text =
      "Iran's foreign minister summoned the Swiss envoy, who represents US interests in Tehran, late on Monday and told him that Washington must answer for the attack.";
    const events = analyzeText(text, "2024-05-20").events.map(brief);
    expect(events).toContain("IRNGOV>CHEGOV:114:asserted");
    expect(events.some((e) => e.startsWith("CHEGOV>"))).toBe(false);
  });

  it("reads what a plot or an attempt aims at as not done, and what a plan names as planned", () => {
    const text = "Police arrested the gang leader over an alleged plot to kill the attorney general.";
    expect(eventAt(text, "kill", "2024-05-20")?.modality).toBe("hypothetical");
  });

  it("reads 'the two armies' as the pair of sides named before", () => {
    const text =
      "Indian and Chinese troops clashed in Ladakh on Monday. The two armies exchanged fire again on Tuesday.";
    const pairs = sentenceEvents(text, "2024-05-20", 1).map(
      (e) => `${e.source?.slice(0, 3)}>${e.target?.slice(0, 3)}`,
    );
    expect(pairs).toEqual(expect.arrayContaining(["IND>CHN", "CHN>IND"]));
  });

  it("takes a chargé d'affaires for one person, whom a later 'him' names", () => {
    const text = "Latvia summoned Belarus's charge d'affaires and handed him a note of protest.";
    expect(eventAt(text, "handed", "2024-05-20")?.target).toBe("BLRGOV");
  });

  it("attributes a judgment stated in a speech verb's own clause to its speaker", () => {
    const stance = analyzeText(
      "Chile's president said that Bolivia was solely to blame for the diplomatic rift.",
    ).events;
    expect(stance.map((e) => [e.code, e.modality, e.attributed_to])).toEqual([["112", "asserted", "CHLGOV"]]);
    const verdict = analyzeText(
      "Sweden's foreign minister said the irregularities in the count were unacceptable.",
    ).events;
    expect(verdict.map((e) => [e.code, e.attributed_to])).toEqual([["111", "SWEGOV"]]);
  });

  it("makes an accusation only of what the text calls one", () => {
    const coded = analyzeText(
      "Georgia's president said Russian warplanes had bombed a village near Gori, a city Moscow visited.",
    ).events.map(brief);
    expect(coded.filter((e) => e.includes(":112:"))).toEqual([]);
  });

  it("never aims a verdict on 'it' at the speaker's own side judged just before", () => {
    const coded = analyzeText(
      "Lithuania's president called the blockade a blatant provocation by Belarus. Belarus's foreign ministry said it was a dangerous escalation.",
    ).events.map(brief);
    expect(coded).not.toContain("BLRGOV>BLR:111:asserted");
    expect(coded).toContain("BLRGOV>-:111:asserted");
  });

  it("never takes an adjective of the source's own country as the target", () => {
    const coded = analyzeText("Russia rejected the Russian plan.").events.map(brief);
    expect(coded).toEqual(["RUS>-:120:asserted"]);
  });

  it("dates an event of a same-day anchored sentence by the story's previous dated event", () => {
    const coded = analyzeText(
      "Israel struck Gaza on Friday. Hours later, Hamas fired rockets at Israel.",
    ).events;
    const rockets = coded.find((e) => e.sentence.index === 1);
    expect(rockets?.date?.value).toBe("2024-10-25");
    // Without the anchor the event stays undated.
    const plain = analyzeText("Israel struck Gaza on Friday. Hamas fired rockets at Israel.").events;
    expect(plain.find((e) => e.sentence.index === 1)?.date).toBeNull();
    for (const back of [
      "Hamas fired rockets at Israel throughout the day.",
      "Within hours of the strike, Hamas fired rockets at Israel.",
    ]) {
      const later = analyzeText(`Israel struck Gaza on Friday. ${back}`).events;
      expect(later.find((e) => e.sentence.index === 1)?.date?.value).toBe("2024-10-25");
    }
    // A participle set off after its noun describes it, done before "soon afterwards".
    const brokered = analyzeText(
      "Israel and Hezbollah agreed to a ceasefire on Tuesday. The agreement, brokered by the United States and France, was announced by President Joe Biden soon afterwards.",
      "2024-11-28",
    ).events.filter((e) => e.spans?.verb?.text === "brokered");
    expect(brokered.length).toBeGreaterThan(0);
    expect(brokered.every((e) => e.date === null)).toBe(true);
  });

  it("dates an undated clause opened by 'N days after' that many days before its anchor", () => {
    const shot = analyzeText(
      "Ruto said on Wednesday that he would not sign the bill, a day after police shot protesters dead.",
      "2024-06-27",
    ).events.find((e) => e.code === "175");
    expect(shot?.date?.value).toBe("2024-06-25");
    const plain = analyzeText(
      "Ruto said on Wednesday that he would not sign the bill, after police shot protesters dead.",
      "2024-06-27",
    ).events.find((e) => e.code === "175");
    expect(plain?.date?.value).not.toBe("2024-06-25");
  });

  it("stretches an 'N days after' clause over its coordinated verbs, not past a fronted clause's comma", () => {
    const fire = analyzeText(
      "Ruto said on Wednesday that he would not sign the bill, a day after police shot protesters dead outside parliament and crowds forced their way into the building and set part of it on fire.",
      "2024-06-27",
    ).events.filter((e) => e.spans.verb.text === "set");
    expect(fire.length).toBeGreaterThan(0);
    for (const e of fire) expect(e.date?.value).toBe("2024-06-25");
    // "A day after the vote, …": what follows the comma is the main clause, not the earlier act.
    const fronted = analyzeText(
      "A day after the vote, Kenyan President William Ruto said on Wednesday that police had shot protesters dead in Nairobi.",
      "2024-06-27",
    ).events.find((e) => e.code === "175");
    expect(fronted?.statement_date?.value).toBe("2024-06-26");
    expect(fronted?.date).toBeNull();
  });

  it("dates an 'also' act by the story's previous dated act, unless it is in the present perfect", () => {
    const story = [
      "Russia attacked Ukraine on Monday.",
      "Ukraine also accused Russia of war crimes.",
      "Kyiv has also accused Moscow of war crimes.",
    ].join(" ");
    const coded = analyzeText(story, "2024-10-28").events;
    expect(coded.find((e) => e.sentence.index === 1)?.date?.value).toBe("2024-10-28");
    const perfect = coded.find((e) => e.sentence.index === 2);
    expect(perfect?.code).toBe("1124");
    expect(perfect?.date).toBeNull();
  });

  it("does not date a verb by a time inside a relative clause, only by its own", () => {
    const defied = (text: string) =>
      analyzeText(text, "2021-11-27").events.find((e) => e.code === "128")?.date?.value ?? null;
    expect(
      defied(
        "Crowds torched shops in Honiara, defying a lockdown that Sogavare ordered on Wednesday evening.",
      ),
    ).toBeNull();
    expect(
      defied(
        "Crowds torched shops in Honiara on Thursday, defying a lockdown that Sogavare ordered on Wednesday evening.",
      ),
    ).toBe("2021-11-25");
    // A "that" after a speech verb's object opens what was said: its time is the act's.
    const told = analyzeText(
      "Russia told parliament that Ukrainian drones attacked Moscow on Monday.",
      "2021-11-27",
    );
    expect(told.events.find((e) => e.code === "195")?.date?.value).toBe("2021-11-22");
  });

  it("counts 'X came N days after' back from the lead's day, unless the clause has a time of its own", () => {
    const lead = "Azerbaijan's President Ilham Aliyev said on Sunday that Russia had shot at the jet.";
    const apology = (next: string) =>
      analyzeText(`${lead} ${next}`, "2024-12-30").events.find((e) => e.code === "055")?.date?.value ?? null;
    expect(apology("His remarks came a day after Vladimir Putin apologised to Aliyev in a phone call.")).toBe(
      "2024-12-28",
    );
    expect(apology("Vladimir Putin apologised to Aliyev a day after the crash.")).toBeNull();
    const assistance = analyzeText(
      "North Korea confirmed on Monday that it had sent troops to Russia. The announcement came two days after Russia's chief of the general staff, Valery Gerasimov, told President Vladimir Putin on Saturday that North Korean servicemen had provided significant assistance.",
      "2025-04-28",
    ).events.find((e) => e.code === "070");
    expect(assistance).toBeDefined();
    expect(assistance?.date).toBeNull();
  });

  it("dates an act told in the past progressive by its statement's day, a completed one not", () => {
    const severed = (clause: string) =>
      analyzeText(
        `Peru's foreign minister said on Tuesday that Lima ${clause} relations with Venezuela.`,
        "2024-07-31",
      ).events.find((e) => e.code === "161")?.date?.value ?? null;
    expect(severed("was breaking off")).toBe("2024-07-30");
    expect(severed("was also breaking off")).toBe("2024-07-30");
    expect(severed("had broken off")).toBeNull();
    // A second -ing verb coordinated with the progressive shares it.
    const recalled = (clause: string) =>
      analyzeText(
        `Chile said on Tuesday it ${clause} its ambassador from Caracas for consultations.`,
        "2024-07-31",
      ).events.find((e) => e.code === "161" && e.target === "VEN")?.date?.value ?? null;
    expect(recalled("was expelling three Venezuelan consular officials and recalling")).toBe("2024-07-30");
    expect(recalled("had expelled three Venezuelan consular officials and was recalling")).toBe("2024-07-30");
    expect(recalled("had expelled three Venezuelan consular officials and recalled")).toBeNull();
  });

  it("codes coordinated parties meeting in a third state as acting on each other, not on the host", () => {
    const pairs = (text: string) =>
      analyzeText(text, "2025-04-13").events.map((e) => `${e.source}>${e.target}:${e.code.slice(0, 2)}`);
    expect(pairs("Iran and the United States held talks in Oman on Saturday.")).toEqual([
      "IRN>USA:04",
      "USA>IRN:04",
    ]);
    expect(pairs("Iran and the United States met in the United Arab Emirates.")).toEqual([
      "IRN>USA:04",
      "USA>IRN:04",
    ]);
    // One party alone: the host is all the clause names.
    expect(pairs("Iran held talks in Oman on Saturday.")).toEqual(["IRN>OMN:04"]);
  });

  it("dates an act by a dated possessive only when it happened in that happening", () => {
    const date = (text: string) =>
      analyzeText(text, "2024-09-29").events.find((e) => e.source === "ISR" || e.source === "ISRMIL")?.date
        ?.value ?? null;
    expect(date("Two Hezbollah commanders were killed by Israel in Friday's strike on Beirut.")).toBe(
      "2024-09-27",
    );
    expect(date("Israel condemned Friday's rocket attacks on Haifa.")).toBeNull();
  });

  it("reads a past form the tagger took for an adjective after a name and before a preposition as the verb", () => {
    const mediated = analyzeText("Qatar mediated between Israel and Hamas on Monday.", "2025-04-13").events;
    expect(mediated.map((e) => `${e.source}>${e.target}:${e.code}@${e.date?.value}`)).toEqual([
      "QAT>ISR:045@2025-04-07",
      "QAT>PSEREBHMS:045@2025-04-07",
    ]);
  });

  it("aims a state taken out of a treaty at no one when the treaty is no actor, not at the state or a city", () => {
    expect(
      events("Trump pulled the United States out of the Paris climate agreement.", "2025-03-12"),
    ).toEqual(["USAGOV>-:160:asserted"]);
  });

  it("dates a verb sharing an earlier verb's subject by the time fronted before that subject", () => {
    const reimposed = analyzeText(
      "In 2018, during his first term, Trump pulled the United States out of the deal with Iran, which had capped enrichment, and reimposed sanctions on Tehran.",
      "2025-04-13",
    ).events.find((e) => e.code === "163");
    expect(reimposed?.date?.value).toBe("2018");
  });

  it("leaves a time past ', and' or a semicolon to the clause it opens", () => {
    const dates = (text: string) =>
      analyzeText(text, "2024-09-01")
        .events.filter((e) => e.source?.startsWith("CHN"))
        .map((e) => `${e.spans?.verb?.text}@${e.date?.value ?? null}`);
    expect(
      dates(
        "On August 19, Chinese coast guard ships rammed two Philippine vessels on their way to the islands, and on August 25 a Chinese ship fired water cannon at a Philippine boat.",
      ),
    ).toEqual(["rammed@2024-08-19", "fired@2024-08-25"]);
    expect(
      dates(
        "Chinese coast guard ships rammed two Philippine vessels; on August 25 China protested to Manila.",
      ),
    ).toContain("rammed@null");
    expect(dates("Chinese coast guard ships rammed two Philippine vessels on August 25.")).toEqual([
      "rammed@2024-08-25",
    ]);
  });

  it("expels diplomatic and consular officials as envoys (161), other officials as people (174)", () => {
    const expelled = (who: string) =>
      analyzeText(`Chile expelled ten Venezuelan ${who} on Monday.`, "2024-07-31").events.find(
        (e) => e.source === "CHL" && e.spans?.verb?.text === "expelled",
      )?.code;
    expect(expelled("diplomatic and consular officials")).toBe("161");
    expect(expelled("consular staff")).toBe("161");
    expect(expelled("embassy officials")).toBe("161");
    expect(expelled("officials")).toBe("174");
  });

  it("dates a sentence opened by 'A day after the X,' from the day of the sentence that named X", () => {
    const expelled = (opener: string) =>
      analyzeText(
        `India blamed Pakistan for an attack on April 22 near Pahalgam. Islamabad denied any role. ${opener}, India expelled Pakistan's military attaches.`,
        "2025-05-11",
      ).events.find((e) => e.code === "174")?.date?.value ?? null;
    expect(expelled("A day after the attack")).toBe("2025-04-23");
    expect(expelled("Two days before the attack")).toBe("2025-04-20");
    expect(expelled("Hours after the attack")).toBe("2025-04-22");
    // Nothing earlier names a vote: no date.
    expect(expelled("A day after the vote")).toBeNull();
    // The day is the one the word's own mention carries, not a time of a sentence naming it in passing.
    const dismissed = analyzeText(
      "Gunmen opened fire at a Moscow concert hall on Friday. Islamic State claimed the attack on Friday night. The US embassy warned of an attack on a large gathering, and urged Americans on March 7 to avoid concerts. Three days before the attack, Putin dismissed the Western warnings as provocations.",
      "2024-03-25",
    ).events.find((e) => e.code === "111");
    expect(dismissed?.date?.value).toBe("2024-03-19");
  });

  it("dates an act by the day of an 'as' or 'while' clause right after it", () => {
    const curfew = (rest: string) =>
      analyzeText(`The authorities imposed a night-time curfew in Gabon${rest}.`, "2023-08-31").events.find(
        (e) => e.code === "1723",
      )?.date?.value ?? null;
    expect(curfew(" as polls closed on Saturday")).toBe("2023-08-26");
    expect(curfew(" while polls were closing on Saturday")).toBe("2023-08-26");
    expect(curfew(", and polls closed on Saturday")).toBeNull();
  });

  it("dates an accusation by its time but not the act it alleges", () => {
    const coded = analyzeText(
      "Late on Thursday, Karabakh officials accused Azerbaijani troops of opening fire in Stepanakert.",
      "2023-09-22",
    ).events;
    expect(coded.find((e) => e.modality === "asserted")?.date?.value).toBe("2023-09-21");
    const alleged = coded.find((e) => e.modality === "alleged");
    expect(alleged?.code).toBe("193");
    expect(alleged?.date).toBeNull();
  });

  it("leaves a time after 'after the X' to the happening X, not to the verb before it", () => {
    const halted = (rest: string) =>
      analyzeText(`Washington halted deliveries of weapons to Ukraine ${rest}.`, "2025-03-12").events.find(
        (e) => e.code === "1622",
      )?.date?.value ?? null;
    expect(
      halted("after a public clash between Trump and Zelensky in the Oval Office on February 28"),
    ).toBeNull();
    // A time of day is no happening: "before dawn on February 28" dates the halt.
    expect(halted("before dawn on February 28")).toBe("2025-02-28");
  });

  it("dates a happening named by a noun by the time of the verb it is the subject of", () => {
    const talks = analyzeText(
      "Talks between Kurti and Vucic took place in Brussels on Monday.",
      "2023-09-25",
    ).events.find((e) => e.code === "046");
    expect(talks?.date?.value).toBe("2023-09-25");
    // The object of a preposition, followed by a participle's time, is not dated by it.
    const expulsion = analyzeText(
      "Relations have been strained by Pakistan's expulsion of Afghans living in the country since last autumn.",
      "2024-03-19",
    ).events.find((e) => e.code === "166");
    expect(expulsion).toBeDefined();
    expect(expulsion?.date).toBeNull();
  });

  it("dates the acts of a sentence that points back to 'that night' or 'overnight' by the day named last", () => {
    const held = "Bazoum has been held in Niamey since last Wednesday, when his guard detained him.";
    const dates = (next: string) =>
      analyzeText(`${held} ${next}`, "2023-08-01")
        .events.filter((e) => e.sentence.index === 1)
        .map((e) => e.date?.value ?? null);
    expect(dates("That night, officers removed him and closed the borders.")).toEqual([
      "2023-07-26",
      "2023-07-26",
    ]);
    expect(dates("Officers imposed a curfew in Niamey overnight.")).toEqual(["2023-07-26"]);
    expect(dates("Hours later, officers imposed a curfew in Niamey.")).toEqual(["2023-07-26"]);
    expect(dates("Minutes later officers closed the borders.")).toEqual(["2023-07-26"]);
    // "an overnight curfew" is a kind of curfew, not a pointer back in time.
    expect(dates("Officers imposed an overnight curfew in Niamey.")).toEqual([null]);
    expect(dates("Officers imposed a curfew in Niamey.")).toEqual([null]);
  });

  it("dates an undated ', when' clause by the time closing the clause before it", () => {
    const sent = analyzeText(
      "The war broke out in November 2020, when Abiy sent troops into Tigray.",
      "2022-11-03",
    ).events.find((e) => e.code === "150");
    expect(sent?.date?.value).toBe("2020-11");
  });

  it("dates a clause by its own 'since' time, not a following participle's", () => {
    const fired = analyzeText(
      "The Houthis have fired missiles at commercial vessels since November, saying they act for Gaza.",
      "2024-01-12",
    ).events.find((e) => e.code === "194");
    expect(fired?.date?.value).toBe("2023-11");
  });

  it("aims a targetless act at home in a long domestic story, and only there", () => {
    const story = [
      "South Korean President Yoon Suk Yeol lifted martial law on Wednesday.",
      "The National Assembly had met overnight.",
      "Lawmakers of the Democratic Party gathered in the chamber.",
      "The Constitutional Court will review the case.",
      "Seoul's police chief was questioned by prosecutors.",
    ].join(" ");
    expect(events(story)).toContain("KORGOV>KOR:0814:asserted");
    // One sentence is no story: the act keeps no target.
    expect(events("South Korean President Yoon Suk Yeol lifted martial law on Wednesday.")).toContain(
      "KORGOV>-:0814:asserted",
    );
    // A story in which the country acts on another is not domestic, but still about that country.
    const abroad = story.replace("The National Assembly had met overnight.", "Seoul criticised Japan.");
    expect(events(abroad)).toContain("KORGOV>KOR:0814:asserted");
  });

  it("aims a targetless act at the country a story is about, and only in such a story", () => {
    const story = [
      "Kenyan police fired tear gas at protesters in Nairobi on Tuesday.",
      "Kenya's parliament passed the finance bill.",
      "Kenyan opposition leaders condemned the vote.",
      "Washington urged restraint.",
      "Kenya's president will address the nation.",
    ].join(" ");
    expect(events(story)).toContain("USAGOV>KEN:0256:asserted");
    // No country holds two fifths of the actor mentions: the appeal keeps no target.
    const mixed = [
      "Washington urged restraint.",
      "France and Germany met in Paris.",
      "Japan thanked India.",
      "Brazil praised Mexico.",
      "Spain criticised Italy.",
    ].join(" ");
    expect(events(mixed)).toContain("USAGOV>-:0256:asserted");
  });

  it("codes an agentless arrest of people as the home authorities', and 'them' as the people named before", () => {
    expect(
      events("More than 100 people have been arrested in Honiara since the unrest began on Wednesday."),
    ).toEqual(["SLB>SLB:173:asserted"]);
    // … told by the authorities' own organ, acknowledged; by others, reported.
    expect(events("Solomon Islands police said more than 100 people had been arrested in Honiara.")).toEqual([
      "SLB>SLB:173:acknowledged",
    ]);
    expect(events("Witnesses said more than 100 people had been arrested in Honiara.")).toEqual([
      "SLB>SLB:173:reported",
    ]);
    const story = [
      "Forty-six Ivorian soldiers who had been held in Mali since July returned home on Saturday.",
      "Mali's junta pardoned them on Friday.",
    ].join(" ");
    expect(events(story, "2023-01-08")).toContain("MLIGOV>CIVMIL:080:asserted");
    // "the country's military leader" is of the country named last, not of the sentence's first.
    const one =
      "Forty-six Ivorian soldiers who had been held in Mali since July returned home late on Saturday, a day after the country's military leader pardoned them.";
    expect(events(one, "2023-01-08")).toEqual(["MLIGOV>CIVMIL:080:asserted"]);
  });

  it("codes a protest named as a happening by nobody in particular as the story's people protesting", () => {
    const story = [
      "Kenyan police fired tear gas at protesters in Nairobi on Tuesday.",
      "Kenya's parliament passed the finance bill.",
      "Kenyan opposition leaders condemned the vote.",
      "Ruto defended the bill.",
      "The youth-led protests, organised largely on social media, began last week.",
    ].join(" ");
    expect(events(story)).toContain("KEN>KEN:141:asserted");
    expect(events("The unrest broke out on Monday night in Noumea.")).toEqual(["NCL>-:145:asserted"]);
    // Protests that are only talked about are no happening.
    expect(events("The minister talked about protests.")).toEqual([]);
  });

  it("reads an organisation's title before a person with no office on record for the date as the organisation's", () => {
    // Her UN post is on record from 2024-05: before it, the title decides; after it, the record.
    expect(events("UN envoy Jeanine Hennis-Plasschaert criticized Israel.", "2024-03-26")).toEqual([
      "IGOUNOGOV>ISR:111:asserted",
    ]);
    expect(events("UN envoy Jeanine Hennis-Plasschaert criticized Israel.")).toEqual([
      "IGOUNO>ISR:111:asserted",
    ]);
  });

  it("keeps a bare appeal or reproach whose target the story supplies, and reads a guessed institution as the story's", () => {
    const story = [
      "Kenyan police fired tear gas at protesters in Nairobi on Tuesday.",
      "Kenya's parliament passed the finance bill.",
      "Kenyan opposition leaders condemned the vote.",
      "Washington urged all sides to refrain from violence.",
      "US officials met Kenyan ministers. The government condemned the violence.",
    ].join(" ");
    const coded = events(story);
    expect(coded).toContain("USAGOV>KEN:020:asserted");
    expect(coded.some((e) => e.startsWith("KENGOV>"))).toBe(true);
    expect(coded.some((e) => e.startsWith("USAGOV>USA"))).toBe(false);
    // A lone sentence has no story: the bare appeal names nobody and is not coded.
    expect(events("Washington urged all sides to refrain from violence.")).toEqual([]);
  });

  it("dates what an 'N days after' clause tells N days before the main clause's day", () => {
    const a = analyzeText(
      "Fighting spread along the border on Friday, a day after Thai F-16 jets struck Cambodian positions.",
      "2025-07-26",
    );
    const strike = a.events.find((e) => e.code.startsWith("19"));
    expect(strike?.date?.value).toBe("2025-07-24");
  });

  it("dates a vow made on a day as a statement: what is vowed has no date yet", () => {
    const x = analyzeText("On Tuesday night, President Joe Biden vowed a full response to the attack.");
    const vow = x.events.find((e) => e.code.startsWith("13"));
    expect(vow?.modality).toBe("vowed");
    expect(vow?.date).toBeNull();
    const threat = analyzeText(
      "Putin said on Saturday that the organisers of the mutiny would face inevitable punishment.",
    ).events.find((e) => e.code === "130");
    expect(threat?.date).toBeNull();
    expect(threat?.statement_date?.value).toBe("2024-10-26");
  });

  it("dates neither by a relative clause's time nor by a dated possessive of the object", () => {
    const accused = analyzeText(
      "Sri Lankan protest leaders, whose supporters set fire to his home last Saturday, accused Wickremesinghe of shielding the president.",
    ).events.find((e) => e.code.startsWith("11"));
    expect(accused?.date).toBeNull();
    const condemned = analyzeText("Moscow condemned Friday's strikes on Yemen.").events.find((e) =>
      e.code.startsWith("11"),
    );
    expect(condemned?.date).toBeNull();
  });

  it("dates an order by its own time, a statement not, and no act by a last occasion's time", () => {
    const dated = (text: string, verb: string) => eventAt(text, verb, "2024-03-09")?.date?.value ?? null;
    expect(
      dated("Chile expelled two diplomats on Thursday and told Caracas to shut its consulate.", "told"),
    ).toBe("2024-03-07");
    expect(dated("Chile told Caracas on Thursday to shut its consulate.", "told")).toBe("2024-03-07");
    // "told … that": a statement, which the gold and this coder leave undated.
    expect(dated("Chile told Venezuela on Thursday that its envoy had to leave.", "told")).toBeNull();
    expect(
      dated(
        "On Friday, Peru's defence minister spoke by telephone with his Chilean counterpart for the first time since November.",
        "spoke",
      ),
    ).toBe("2024-03-08");
  });

  it("dates an act framing a clause by a time before it or past its object, and past a pattern's end", () => {
    const dated = (text: string, verb: string) => eventAt(text, verb, "2024-03-21")?.date?.value ?? null;
    expect(dated("Peruvian prosecutors last week charged two Chilean officers.", "charged")).toBe("2024-03");
    expect(dated("Peru had warned Chile in early February that smugglers were arming.", "warned")).toBe(
      "2024-02",
    );
    // A time right after the verb is the statement's: "said on Thursday that …".
    expect(dated("Peru warned on Thursday that Chile would pay for the raid.", "warned")).toBeNull();
    expect(
      dated(
        "Chile test-fired a long-range ballistic missile into the Pacific Ocean on Thursday, its first launch of that kind in two decades.",
        "fired",
      ),
    ).toBe("2024-03-21");
  });

  it("joins a past verb after 'and' to the verb governing a that-clause, not to its subjunctive", () => {
    const sanctions = eventAt(
      "At a summit in Lima, leaders of the Andean Community demanded that the sailors be freed by Friday and said they would impose sanctions on Chile if they were not.",
      "impose",
      "2024-03-21",
    );
    expect(sanctions?.source).toMatch(/^IGO/);
  });

  it("reads a participle of affiliation after a noun as its modifier", () => {
    const events = analyzeText(
      "Gunmen linked to the Islamic State group attacked a convoy near Lima.",
      "2024-03-21",
    ).events;
    expect(events.map((e) => [e.spans?.verb?.text, e.source_text])).toEqual([["attacked", "Gunmen"]]);
  });

  it("lends no agent the country of a state one goes to", () => {
    const officers = analyzeText(
      "Peru's military ruler, Colonel Juan Quispe, has agreed to resign and has left the country for neighbouring Bolivia, two days after junior officers led by Captain Luis Mamani said they had removed him.",
      "2024-03-21",
    ).actors;
    // The officers are counted with Peru's other military actors, none is Bolivia's.
    expect(officers.filter((a) => a.code.endsWith("MIL")).map((a) => a.code)).toEqual(["PERMIL"]);
  });

  it("reads a participle of purpose after a noun as its modifier", () => {
    const events = analyzeText(
      "Chile's defence ministry called reports of Chilean missiles falling in Peru a deliberate provocation meant to escalate the dispute.",
      "2024-03-21",
    ).events;
    expect(events.some((e) => e.spans?.verb?.text === "meant")).toBe(false);
  });

  it("codes no offer of cooperation for offering evidence", () => {
    const codes = (text: string) => analyzeText(text, "2024-03-21").events.map((e) => e.code);
    expect(codes("Chile had offered no evidence of Peru's involvement in the raid.")).toEqual([]);
    expect(codes("Chile offered to help Peru.")).toEqual(["033"]);
  });

  it("leaves a particle past an infinitive to that infinitive's verb", () => {
    const codes = analyzeText(
      "Chilean rebels had been given the information they needed to carry out the raid on Peruvian troops.",
      "2024-03-21",
    ).events.map((e) => e.code);
    expect(codes).not.toContain("174");
  });

  it("ends a clause at ', and' before a subject holding 'for' or 'of'", () => {
    const attacked = eventAt(
      "Peru said Chilean troops attacked Peruvian soldiers, and a spokesman for the Chilean army said the border had always been Chile's.",
      "attacked",
      "2024-03-21",
    );
    expect(attacked?.code.slice(0, 2)).toBe("19");
  });

  it("reads a scheduling participle after a noun as its modifier, not a verb with a subject", () => {
    const events = analyzeText(
      "Chile's foreign minister called off a visit to Peru planned for Friday and advised Chileans not to travel there.",
      "2024-03-21",
    ).events;
    expect(events.some((e) => e.spans?.verb?.text === "planned")).toBe(false);
    expect(events.find((e) => e.spans?.verb?.text === "advised")?.source).toBe("CHLGOV");
  });

  it("takes another country's weapon as the object before anybody past a comma", () => {
    const shot = eventAt(
      "Chilean jets shot down a Peruvian fighter jet near the border on Tuesday, the first time in decades that a NATO member has downed a Peruvian aircraft.",
      "shot",
      "2024-03-21",
    );
    expect(shot?.target).toMatch(/^PER/);
  });

  it("lays emergency rule along the borders with neighbours on the home country", () => {
    const events = analyzeText(
      "Chile's Congress voted on Monday to impose martial law in four regions along the borders with Peru and Bolivia.",
      "2024-03-21",
    ).events.filter((e) => e.code.startsWith("172"));
    expect(events.map((e) => [e.source, e.target])).toEqual([["CHLLEG", "CHL"]]);
  });

  it("ends a clause at a bare 'and' before the next verb's subject", () => {
    const fired = analyzeText(
      "Chilean ships opened fire and special forces boarded the trawler.",
      "2024-03-21",
    ).events.filter((e) => e.spans?.verb?.text === "opened");
    expect(fired.map((e) => e.target)).toEqual([null]);
    const troops = analyzeText(
      "Troops opened fire and police arrested dozens of protesters.",
      "2024-03-21",
    ).events;
    expect(troops.find((e) => e.spans?.verb?.text === "opened")?.target_text).not.toBe("police");
  });

  it("dates an act in a happening by that happening's year, and a clause after 'TIME when'", () => {
    const dated = (text: string, verb: string) => eventAt(text, verb, "2025-07-25")?.date?.value ?? null;
    expect(dated("Two colonels seized power in Lima in a 2021 coup.", "seized")).toBe("2021");
    // A year naming a thing still dates nothing: "the 1960 treaty".
    expect(dated("Peru said on Thursday it would suspend the 1960 border treaty.", "suspend")).not.toBe(
      "1960",
    );
    expect(
      dated("The dispute flared in May when a Peruvian soldier was killed at the border.", "killed"),
    ).toBe("2025-05");
  });

  it("dates an act by a time past a relative clause between commas", () => {
    const shelled = eventAt(
      "Chilean troops shelled Peruvian positions near Tacna, which lies close to the border, early on Thursday.",
      "shelled",
      "2024-05-24",
    );
    expect(shelled?.date?.value).toBe("2024-05-23");
  });

  it("dates every verb of a ', when' clause by the time before it", () => {
    const withdrew = eventAt(
      "Relations had broken down last summer, when Lima backed Quito's claim to the islands and Chile withdrew its ambassador from Lima.",
      "withdrew",
      "2025-04-16",
    );
    expect(withdrew?.date?.value).toBe("2024");
  });

  it("dates no act by a deadline or an end, but by a fronted 'by' of a done act", () => {
    const dated = (text: string, verb: string) => eventAt(text, verb, "2024-03-21")?.date?.value ?? null;
    expect(
      dated(
        "In our assessment, it is likely that Peru and Chile will sign a border accord before the end of May.",
        "sign",
      ),
    ).toBeNull();
    expect(
      dated("The rebels told the soldiers to lay down their weapons by noon on Friday.", "told"),
    ).toBeNull();
    expect(dated("By Tuesday morning, rebel fighters had seized the airport in Goma.", "seized")).toBe(
      "2024-03-19",
    );
    expect(dated("Rebel fighters seized the airport in Goma on Tuesday.", "seized")).toBe("2024-03-19");
  });

  it("takes force told by the side that suffered it as an allegation, a third side's as a report", () => {
    const modality = (text: string) =>
      analyzeText(text, "2022-09-17").events.find((e) => e.spans?.verb?.text === "shelled")?.modality;
    expect(modality("Kyrgyzstan said Tajik forces had shelled villages in its Batken region.")).toBe(
      "alleged",
    );
    expect(modality("Russia said Tajik forces had shelled villages in Kyrgyzstan's Batken region.")).toBe(
      "reported",
    );
    const toll = analyzeText("Kyrgyzstan said 24 of its citizens had been killed.", "2022-09-17").events;
    expect(toll.map((e) => e.modality)).toEqual(["reported"]);
  });

  it("reads the home authorities' agentless act told by one of their organs as acknowledged", () => {
    const story = (speaker: string) =>
      analyzeText(
        `LA PAZ - Bolivian soldiers stormed the presidential palace in La Paz on Wednesday. President Luis Arce ordered them to withdraw. The army chief was detained hours later. ${speaker} said on Thursday that 17 people had been arrested. Bolivia's opposition said the crisis was staged.`,
        "2024-06-28",
      ).events.find((e) => e.sentence.index === 3)?.modality;
    expect(story("Bolivia's government minister")).toBe("acknowledged");
    expect(story("A rights group")).toBe("reported");
  });

  it("leaves a clause of time after a speech frame's report in the story's own voice", () => {
    const accused = eventAt(
      "North Korea blew up two roads on Tuesday, South Korea's military said, days after Pyongyang accused Seoul of sending drones.",
      "accused",
      "2024-10-16",
    );
    expect(accused?.modality).toBe("asserted");
    expect(accused?.attributed_to ?? null).toBeNull();
    // … as is one set off by a comma inside an opening frame's report.
    const ordered = eventAt(
      "France said on Tuesday it was expelling 12 Algerian diplomats, a day after Algeria ordered 12 French diplomats to leave.",
      "ordered",
      "2025-04-16",
    );
    expect(ordered?.modality).toBe("asserted");
  });

  it("takes a meeting named by its noun inside a report as the story's own background", () => {
    const summit = eventAt(
      "South Korea's spy agency told lawmakers on Thursday that Russia had given the North technical help after a summit between Kim Jong Un and Vladimir Putin in September.",
      "summit",
      "2023-11-24",
    );
    expect(summit?.modality).toBe("asserted");
    expect(summit?.attributed_to ?? null).toBeNull();
  });

  it("reads what no evidence shows as hypothetical", () => {
    const [e] = analyzeText(
      "There was nothing to suggest that Russia had fired the missile, he said.",
      "2022-11-17",
    ).events;
    expect(e?.modality).toBe("hypothetical");
  });

  it("reads an -ing complement that is only weighed as hypothetical", () => {
    const [e] = analyzeText("Poland had considered requesting consultations with NATO.", "2022-11-17").events;
    expect(e?.modality).toBe("hypothetical");
  });

  it("gives a noun heading a clause its verb's modality", () => {
    const truce = analyzeText(
      "In our assessment, it is likely that the ceasefire between Kyrgyzstan and Tajikistan will hold until October.",
      "2022-09-20",
    ).events.filter((e) => e.spans?.verb?.text === "ceasefire");
    expect(truce.length).toBe(2);
    expect(truce.every((e) => e.modality === "predicted")).toBe(true);
  });

  it("reads a capitalised word inside a name opened by 'the' as the name, not a verb", () => {
    const blew = eventAt(
      "Rebels of the Sahel Liberation Front blew up a bridge near the Kantara Pass on Tuesday.",
      "blew",
      "2024-03-09",
    );
    expect(blew?.date?.value).toBe("2024-03-05");
  });

  it("counts 'a day earlier' from the story's last act dated to the day", () => {
    const story = [
      "Mexico broke off diplomatic relations with Ecuador on Friday.",
      "Glas had been granted asylum.",
      "Ecuador defended the operation.",
      "Mexico's president condemned it.",
      "Relations had already soured a day earlier, when Quito expelled Mexico's ambassador.",
    ].join(" ");
    const expelled = analyzeText(story, "2024-04-07").events.find((e) => e.sentence.index === 4);
    expect(expelled?.date?.value).toBe("2024-04-04");
  });

  it("does not date a clause with the time of the clause before a ', but'", () => {
    const marched = analyzeText(
      "The Supreme Court scaled back most of the quotas on July 21, but the students kept marching.",
    ).events.find((e) => e.code.startsWith("14"));
    expect(marched?.date).toBeNull();
  });

  it("takes the time after its own verb in a run of clauses", () => {
    const coded = analyzeText(
      "The council approved it on Wednesday, and Putin signed the law on Thursday.",
    ).events.map((e) => `${e.code}@${e.date?.value}`);
    expect(coded).toContain("057@2024-10-24");
  });

  it("gives a local office the country of the place its sentence names", () => {
    const [e] = analyzeText(
      "A Ukrainian drone struck a fuel depot in Russia's Bryansk region overnight, the regional governor said.",
    ).events;
    expect(e?.attributed_to).toBe("RUSGOV");
    expect(e?.modality).toBe("reported");
  });

  it("reads a trailing report by an outside source no actor names as reported, and keeps a spokesman's", () => {
    const [shelled] = analyzeText("Russian troops shelled Kharkiv, witnesses said.").events;
    expect(shelled?.modality).toBe("reported");
    const [local] = analyzeText("Russian troops shelled Kharkiv, local activists said.").events;
    expect(local?.modality).toBe("reported");
    // "each side accusing the other" is no report of the exchange of fire before it.
    const fire = analyzeText(
      "Indian and Pakistani troops exchanged heavy fire, each side accusing the other of starting the shooting.",
    ).events.find((e) => e.code.startsWith("19"));
    expect(fire?.modality).toBe("asserted");
  });

  it("attributes reported events and dates the statement", () => {
    const [e] = analyzeText(
      "Russian troops shelled Kharkiv, Ukraine's defence ministry said on Friday.",
    ).events;
    expect(e?.attributed_to).toBe("UKRMIL");
    expect(e?.statement_date?.value).toBe("2024-10-25");
    expect(e?.modality).toBe("reported");
  });

  it("dates the event from its own clause and resolves the place", () => {
    const x = analyzeText(
      "Ukrainian forces launched a surprise attack in the Kursk region of Russia in August.",
    );
    const e = x.events.find((ev) => ev.source === "UKRMIL");
    expect(e?.date).toEqual({ value: "2024-08", precision: "month", text: "August" });
    expect(e?.target).toBe("RUS");
    expect(e?.place?.country).toBe("RUS");
  });

  it("aims a target-less act at the story's one clear counterpart, and only then", () => {
    const clear =
      "Russia attacked Ukraine on Monday. Russia also struck Ukraine's ports. Russian troops launched a new offensive on Tuesday.";
    const found = analyzeText(clear, "2024-10-28").events.find((e) => e.source === "RUSMIL");
    expect(found?.target).toBe("UKR");
    expect(found?.rule).toContain("target.document-dyad");
    const twoFronts =
      "Russia attacked Ukraine on Monday. Russia attacked Georgia on Tuesday. Russian forces launched drones on Wednesday.";
    expect(analyzeText(twoFronts, "2024-10-28").events.find((e) => e.source === "RUSMIL")?.target).toBeNull();
    const once = "Russia attacked Ukraine on Monday. Russian troops launched a new offensive on Tuesday.";
    expect(analyzeText(once, "2024-10-28").events.find((e) => e.source === "RUSMIL")?.target).toBeNull();
  });

  it("aims at the story's focus country only words about it, not acts that must name their other side", () => {
    const story =
      "TBILISI - Georgia's parliament passed the bill on Tuesday. Georgia's president said she would veto it. " +
      "Georgian protesters rallied in Tbilisi. Georgia's prime minister defended the law. " +
      "The European Union criticised Georgia. Russia suspended cooperation. Estonia's navy began patrolling the Baltic.";
    const events = analyzeText(story, "2024-10-28").events;
    // Reduced relations with nobody named: no event, not one aimed at Georgia.
    expect(events.some((e) => e.source === "RUS")).toBe(false);
    // A show of force stands on its own.
    expect(events.find((e) => e.source === "ESTMIL")?.target).toBeNull();
    expect(events.find((e) => e.source === "GEOOPP")?.target).toBe("GEO");
  });

  it("drops an intent of the focus country's own that names no other side", () => {
    const story =
      "STOCKHOLM - Sweden joined NATO on Thursday. Finland welcomed Sweden. " +
      "Swedish leaders celebrated in Stockholm. Sweden's prime minister spoke in Washington. " +
      "The prime minister said Sweden would share burdens and risks.";
    const events = analyzeText(story, "2024-03-08").events;
    expect(
      events.some((e) => e.code.startsWith("03") && e.source?.startsWith("SWE") && e.target === "SWE"),
    ).toBe(false);
  });

  it("aims no refusal to comment at the focus country unless it names a topic", () => {
    const story =
      "MANILA - Philippine police raided a warehouse in Manila. Philippine customs seized smuggled rice. " +
      "The Philippine senate opened an inquiry. Philippine prosecutors charged three importers. " +
      "Japan's embassy declined to comment. Vietnam's embassy declined to comment on the raid.";
    const events = analyzeText(story, "2024-05-02").events;
    expect(events.find((e) => e.code === "011" && e.source?.startsWith("JPN"))?.target).toBeNull();
    expect(events.find((e) => e.code === "011" && e.source?.startsWith("VNM"))?.target).toBe("PHL");
  });

  it("takes no country where an adjunct's act happened for its doer", () => {
    const events = analyzeText(
      "Thousands of pagers exploded across Lebanon on Tuesday, killing 12 people.",
    ).events;
    expect(events.some((e) => e.source === "LBN")).toBe(false);
  });

  it("gives an agentless restriction named by its own noun to the story's home authorities", () => {
    const story =
      "OUAGADOUGOU - Soldiers seized power in Burkina Faso on Friday. Burkina Faso's president fled. " +
      "Burkina Faso's army chief addressed the nation. Burkina Faso's new leaders promised elections. " +
      "The borders were closed and a curfew was imposed from 9 p.m. to 5 a.m.";
    const events = analyzeText(story, "2022-10-01").events;
    expect(events.some((e) => e.code === "1723" && e.source === "BFA")).toBe(true);
  });

  it("shares no object from a verb that takes none ('resigned and left for Togo')", () => {
    const events = analyzeText("Damiba resigned and left for Togo.").events;
    expect(events.find((e) => e.code === "0831")?.target ?? null).toBeNull();
  });

  it("telephones nobody a label names ('called Putin a killer')", () => {
    expect(analyzeText("Biden called Putin a killer.").events.some((e) => e.code === "041")).toBe(false);
  });

  it("removes nobody when a thing is removed", () => {
    for (const text of [
      "South Korea removed its loudspeakers in 2018.",
      "Armenia must remove from its constitution a reference to Karabakh.",
    ])
      expect(analyzeText(text).events.some((e) => e.code === "174")).toBe(false);
    // (Removing ministers from office is an administrative sanction.)
    expect(analyzeText("The military removed 24 ministers.").events.some((e) => e.code === "172")).toBe(true);
  });

  it("takes no warning by those with no force of their own for a threat", () => {
    const events = analyzeText(
      "Aid agencies warned that a long battle for Goma would be catastrophic for civilians.",
    ).events;
    expect(events.some((e) => e.code.startsWith("13"))).toBe(false);
  });

  it("takes no doer for fighting a noun of report counts out", () => {
    const events = analyzeText(
      "Tajik forces shelled Kyrgyz villages on Friday. The UN was concerned by the reports of fighting.",
    ).events;
    expect(events.some((e) => e.source?.startsWith("IGO") && e.code.startsWith("19"))).toBe(false);
  });

  it("reads no news agency inside a hyphenated name ('CSP-DPA')", () => {
    const events = analyzeText(
      "The separatist alliance CSP-DPA said it had killed dozens of Malian soldiers.",
    ).events;
    expect(events.some((e) => e.source?.startsWith("DEU"))).toBe(false);
  });

  it("reads 'Wagner fighters' as the Wagner Group's, not as a minister's surname", () => {
    const out = analyzeText("Rebels killed dozens of Malian soldiers and Wagner fighters.", "2024-08-05");
    expect(out.events.some((e) => e.target?.startsWith("RUS"))).toBe(true);
  });

  it("keeps a show of force by the story's own country with no other side", () => {
    const story =
      "BEIJING - China test-fired a ballistic missile into the Pacific Ocean on Wednesday. China said the launch was routine. " +
      "China's defence ministry called it part of its training plan. China informed other countries in advance. " +
      "China has expanded its arsenal.";
    expect(analyzeText(story, "2024-09-26").events.some((e) => e.code === "150")).toBe(true);
  });

  it("dates a happening heading its clause by that clause", () => {
    const out = analyzeText("A ceasefire between Israel and Iran took effect on Tuesday.", "2025-06-25");
    expect(out.events.find((e) => e.code === "0871")?.date?.value).toBe("2025-06-24");
  });

  it("codes no statement for one party talking", () => {
    expect(analyzeText("Biden talked for four hours.").events).toEqual([]);
  });

  it("codes no strike for a verbal 'hit back'", () => {
    const events = analyzeText(
      "Israel's foreign minister hit back within hours, calling Petro antisemitic.",
    ).events;
    expect(events.some((e) => e.code.startsWith("19"))).toBe(false);
  });

  it("asks for a second infinitive joined to a governed one; it does not do it", () => {
    const events = analyzeText(
      "Suu Kyi urged the army to accept the result and to release the detainees.",
    ).events;
    expect(events.some((e) => e.code.startsWith("084"))).toBe(false);
    expect(events.some((e) => e.code.startsWith("02"))).toBe(true);
  });

  it("codes one act at each place or time of a list, each with its place and its own time", () => {
    const hits = analyzeText(
      "Russian missiles hit Dnipro, Kharkiv and Lviv on Monday.",
      "2024-10-28",
    ).events.filter((e) => e.code.startsWith("19"));
    expect(hits.map((e) => e.place?.name).sort()).toEqual(["Dnipro", "Kharkiv", "Lviv"]);
    const seized = analyzeText(
      "The rebels seized Goma in January and Bukavu in February.",
      "2025-06-28",
    ).events.filter((e) => e.code.startsWith("19"));
    expect(seized.map((e) => `${e.place?.name} ${e.date?.value}`).sort()).toEqual([
      "Bukavu 2025-02",
      "Goma 2025-01",
    ]);
    const coups = analyzeText(
      "The junta, which took power in coups in 2020 and 2021, turned to Russia.",
    ).events;
    expect(coups.filter((e) => e.code.startsWith("17")).map((e) => e.date?.value)).toEqual(["2020", "2021"]);
    // A place and the region it lies in are one place; a place that opens a clause is no list.
    for (const text of [
      "Indian and Chinese soldiers clashed on Friday in Tawang, Arunachal Pradesh.",
      "China staged drills around Taiwan on Monday, and Taipei said it tracked 153 aircraft.",
    ])
      expect(new Set(analyzeText(text).events.map((e) => e.place?.name)).size).toBeLessThanOrEqual(1);
  });

  it("reads an attempt expected of someone as planned, in the story's voice", () => {
    for (const text of [
      "Kuwait's emir was expected to try to mediate between Saudi Arabia and Qatar.",
      "Kuwait's emir was expected to mediate between Saudi Arabia and Qatar.",
    ]) {
      const e = eventAt(text, "mediate", "2017-06-06");
      expect(e?.modality).toBe("planned");
      expect(e?.attributed_to ?? null).toBeNull();
    }
    expect(eventAt("Iran vowed to try to block the strait.", "block", "2019-06-21")?.modality).toBe("vowed");
  });

  it("reads a definite description of a state as the state the story has named most", () => {
    const text =
      "DOHA - Qatar faced isolation on Tuesday, a day after Saudi Arabia and Egypt broke off relations with the Gulf state.";
    const cuts = analyzeText(text, "2017-06-06").events.filter((e) => e.code === "161");
    expect(cuts.map((e) => `${e.source}>${e.target}`).sort()).toEqual(["EGY>QAT", "SAU>QAT"]);
    // A description naming its country, or a role in general, is no reference back.
    const own = analyzeText("Qatar said hackers tied to the Chinese state had attacked Britain.").events;
    expect(own.some((e) => e.target === "QAT" || e.source === "QAT")).toBe(false);
  });

  it("shares no subject across a clause break or a subordinator before the comma", () => {
    const muscat = eventAt(
      "Witkoff and Araghchi sat in separate rooms while Oman's foreign minister, Badr Albusaidi, carried messages between them.",
      "carried",
      "2025-04-13",
    );
    expect(muscat?.source ?? "").not.toMatch(/^(USA|IRN)/);
  });

  it("takes the author of an attack named before for 'the strike also killed'", () => {
    const coded = sentenceEvents(
      "A US drone strike near Baghdad's airport killed Qassem Soleimani on Friday. The strike also killed Abu Mahdi al-Muhandis.",
      "2020-01-04",
      1,
    );
    expect(coded.map((e) => e.source)).toEqual(["USAMIL"]);
  });

  it("dates an utterance (a label, a verdict, a bare urging) as a statement, not as an act", () => {
    for (const [text, verb] of [
      ["Poland's prime minister on Tuesday called the damage an act of sabotage.", "called"],
      ["China's foreign ministry on Tuesday urged Britain to stop smearing China.", "urged"],
    ]) {
      const e = eventAt(text as string, verb as string, "2022-09-28");
      expect(e?.date ?? null).toBeNull();
      expect(e?.statement_date?.value).toBe("2022-09-27");
    }
    // An act a statement reports keeps its own date.
    expect(eventAt("Russia expelled two diplomats on Tuesday.", "expelled", "2022-09-28")?.date?.value).toBe(
      "2022-09-27",
    );
  });

  it("takes the author of an attack named before past a time after the noun ('The strike on Monday …')", () => {
    const coded = sentenceEvents(
      "Israeli jets struck the Iranian consulate in Damascus on Monday. The strike on Monday destroyed the consular section.",
      "2024-04-02",
      1,
    );
    expect(coded.map((e) => e.source)).toEqual(["ISRMIL"]);
    expect(eventAt("Israeli jets razed the village.", "razed", "2024-04-02")?.code.slice(0, 2)).toBe("19");
  });

  it("reads 'both' alone as the pair named before, and 'help' as transparent to what governs it", () => {
    const coded = sentenceEvents(
      "Pakistan and Iran traded strikes this week. China offered to help mediate and urged both to show restraint.",
      "2024-01-19",
      1,
    );
    expect(coded.map((e) => `${e.source}>${e.target}:${e.code.slice(0, 2)}:${e.modality}`).sort()).toEqual([
      "CHN>IRN:02:asserted",
      "CHN>IRN:03:vowed",
      "CHN>PAK:02:asserted",
      "CHN>PAK:03:vowed",
    ]);
  });

  it("reads 'the two countries' as the leaders of the story's talks when they are its pair", () => {
    const coded = sentenceEvents(
      "Biden and Xi met in Woodside on Wednesday. Xi told Biden that Washington should stop arming Taiwan. He said that the two countries would open talks on artificial intelligence.",
      "2023-11-16",
      2,
    );
    expect(coded.map((e) => `${e.source}>${e.target}`).sort()).toEqual(["CHNGOV>USAGOV", "USAGOV>CHNGOV"]);
  });

  it("puts a state's arrests with nobody named at home, not on the story's foreign partner", () => {
    const coded = sentenceEvents(
      "Lula met Biden in Washington on Friday. On Monday, Brazilian police detained about 1,200 people.",
      "2023-01-10",
      1,
    );
    expect(coded.map((e) => `${e.source}>${e.target}:${e.code}`)).toEqual(["BRACOP>BRA:173"]);
  });

  it("reads 'each' alone as one of the pair named before, past an adverb the tagger misreads", () => {
    const coded = sentenceEvents(
      "Pakistan and Iran traded strikes this week. Each has long accused the other of sheltering militants.",
      "2024-01-19",
      1,
    ).filter((e) => e.code.startsWith("11"));
    expect(coded.map((e) => `${e.source}>${e.target}`).sort()).toEqual(["IRN>PAK", "PAK>IRN"]);
  });

  it("reads 'the two Koreas' as the pair of Korean states named before", () => {
    const coded = sentenceEvents(
      "North Korea fired shells into South Korea. It is unlikely that the two Koreas will exchange fire this month.",
      "2024-06-10",
      1,
    );
    expect(coded.map((e) => `${e.source}>${e.target}`).sort()).toEqual(["KOR>PRK", "PRK>KOR"]);
  });

  it("codes no act for an -ing modifier of the subject", () => {
    const events = analyzeText(
      "The Saudi-led coalition fighting in Yemen said it had expelled Qatar.",
    ).events;
    expect(events.filter((e) => e.code.startsWith("19"))).toEqual([]);
  });

  it("reads a side saying its own forces did no material act as denying it", () => {
    for (const text of [
      "The US-led coalition said it had carried out no strikes in the area.",
      "The US-led coalition said it had not carried out any strikes in the area.",
    ])
      expect(eventAt(text, "carried", "2020-01-04")?.modality).toBe("denied");
    // Its own future, or what someone decided against, is no denial.
    for (const [text, verb] of [
      ["Lavrov said Russia was not going to wage war on Turkey.", "going"],
      ["Hajizadeh said his forces had decided not to fire at the plane.", "fire"],
    ])
      expect(eventAt(text as string, verb as string, "2015-11-25")?.modality).not.toBe("denied");
  });

  it("marks direct quotes", () => {
    const x = analyzeText('"We will attack Israel," an Iranian commander said.');
    expect(x.events.some((e) => e.quoted)).toBe(true);
  });

  it("keeps a provenance trail on every event", () => {
    for (const e of analyzeText("North Korea sent troops to Russia.").events) {
      expect(e.rule).toMatch(/\|mod\./);
      expect(e.sentence.text).toContain(e.spans.verb.text);
    }
  });
  it("takes no neighbour that only closed its border for the author of an attack nobody names", () => {
    const text =
      "The Dominican Republic closed its border with Haiti on Thursday and suspended flights to Haiti. " +
      "The president of Haiti was shot dead at his home on Wednesday. " +
      "Haiti's government said his wife was wounded in the attack. Haiti declared a state of siege. " +
      "Haitian police arrested 17 men.";
    const shot = analyzeText(text, "2021-07-10").events.filter((e) => e.code.startsWith("19"));
    expect(shot.length).toBeGreaterThan(0);
    for (const e of shot) expect(e.source).toBe("---");
  });

  it("reads what a state's account or forces must undergo as a demand on that state, by every coordinated speaker", () => {
    const text =
      "Merkel said on Sunday that arms sales could not go ahead, and Britain, France and Germany said in a " +
      "joint statement that the Saudi account had to be backed by facts.";
    const demands = analyzeText(text, "2018-10-22").events.filter((e) => e.code === "100");
    expect(demands.map(brief).sort()).toEqual([
      "DEU>SAU:100:asserted",
      "FRA>SAU:100:asserted",
      "GBR>SAU:100:asserted",
    ]);
    // (The second clause is the three's own statement, not Merkel's report.)
    for (const e of demands) expect(e.attributed_to).toBeNull();
  });

  it("reads 'it' before a charge's 'of' as the party accused, and dates words said in an -ing adjunct as a statement", () => {
    const text =
      "Saudi Arabia and Egypt broke off diplomatic relations with Qatar on Monday, accusing it of supporting terrorism.";
    const accused = analyzeText(text, "2017-06-06").events.filter((e) => e.code.startsWith("112"));
    expect(accused.map(brief).sort()).toEqual(["EGY>QAT:1121:asserted", "SAU>QAT:1121:asserted"]);
    for (const e of accused) {
      expect(e.date).toBeNull();
      expect(e.statement_date?.value).toBe("2017-06-05");
    }
  });

  it("keeps the demanding side as the subject of the verbs listed after a demand's that-clause", () => {
    const text =
      "ECOWAS condemned what it called an attempted coup, demanded that Condé be released unconditionally " +
      "and threatened sanctions if constitutional order was not restored.";
    const events = analyzeText(text, "2021-09-06").events;
    expect(events.map((e) => e.source)).toEqual(["IGOWAFWAS", "IGOWAFWAS", "IGOWAFWAS"]);
    expect(events.map((e) => e.code.slice(0, 2))).toEqual(["11", "10", "13"]);
  });

  it("gives an official of no stated country no country from a capital that stands for its government", () => {
    const text =
      "Japanese fighter jets were scrambled. Vice Foreign Minister Masataka Okano summoned China's " +
      "ambassador on Monday and demanded that Beijing take steps to prevent a recurrence.";
    const demand = analyzeText(text, "2024-08-27").events.find((e) => e.code.startsWith("10"));
    expect(demand && brief(demand)).toBe("JPNGOV>CHNGOV:100:asserted");
  });

  it("denies the act of the denier's own side told further back when it rejects 'the accusations'", () => {
    const text =
      "Poland said Russian drones had struck Polish villages. NATO met on Thursday. Allies sent jets to the east. " +
      "The European Union discussed new sanctions. Moscow rejected the accusations.";
    const last = analyzeText(text, "2025-09-12").events.filter((e) => e.sentence.index === 4);
    expect(last.map(brief)).toEqual(["RUSMIL>POL:195:denied"]);
  });

  it("dates a summons past an 'acting' envoy, and gives its purpose protest to the one who summoned", () => {
    const events = analyzeText(
      "India summoned Pakistan's acting high commissioner on Wednesday to protest against the attack.",
      "2019-03-01",
    ).events;
    expect(events.find((e) => e.spans?.verb?.text === "summoned")?.date?.value).toBe("2019-02-27");
    expect(events.find((e) => e.spans?.verb?.text === "protest")?.source).toBe("IND");
  });

  it("reads 'he' after 'and' as a titled person named in full before", () => {
    const text =
      "Vice Foreign Minister Masataka Okano summoned China's ambassador on Monday, and he demanded that Beijing take steps.";
    const demand = analyzeText(text, "2024-08-27").events.find((e) => e.code.startsWith("10"));
    expect(demand?.source_text).toBe("Vice Foreign Minister Masataka Okano");
  });

  it("aims a regret of 'the recall' at the one who recalled, however far back the story told it", () => {
    const text =
      "France recalled its ambassador to Australia on Friday. Australia signed a pact with the United States " +
      "on Wednesday. It covers eight submarines. The boats will be built in Adelaide. The first is due in the " +
      "2030s. The cost was not given. The deal replaces an earlier order. Australia regretted the recall.";
    const regret = analyzeText(text, "2021-09-18").events.find((e) => e.sentence.index === 7);
    expect(regret && brief(regret)).toBe("AUS>FRA:110:asserted");
  });

  it("gives a state's summons of an envoy nobody places the story's other side, never its own country", () => {
    const text =
      "Russia accused Britain of a provocation on Wednesday. Russia warned Britain against further voyages. " +
      "Russian officials said the ship had entered Russian waters. Russia's foreign ministry summoned Ambassador " +
      "Deborah Bronnert on Thursday. The Kremlin said Russia would respond. Russian jets flew over the area.";
    expect(sentenceEvents(text, "2021-06-24", 3).map(brief)).toEqual(["RUSGOV>GBR:114:asserted"]);
  });

  it("names a pronoun speaker by its antecedent in the event's attribution", () => {
    const text = "Joe Biden spoke in Washington on Friday. He said Russia had attacked Ukraine.";
    const [e] = sentenceEvents(text, "2024-05-20", 1);
    expect(e?.attributed_text).toBe("Joe Biden");
  });

  it("dates an act joined by 'and' to a later act of its source by the time that closes both", () => {
    const [curfew] = analyzeText(
      "The government imposed a curfew and blocked Facebook on Sunday.",
      "2019-04-24",
    ).events;
    expect(curfew?.code).toBe("1723");
    expect(curfew?.date?.value).toBe("2019-04-21");
  });

  it("takes the act a reaction refers to from the story's own account before acts it only reports", () => {
    const text =
      "The United States fired 59 cruise missiles at a Syrian air base on Friday. " +
      "Russia said Syrian jets had struck a rebel warehouse. Iran condemned the strike.";
    expect(sentenceEvents(text, "2017-04-08", 2).map(brief)).toEqual(["IRN>USA:111:asserted"]);
  });

  it("reads fighting 'between the neighbours' as the pair named before, undated after 'after'", () => {
    const text =
      "A ceasefire between Armenia and Azerbaijan took effect on Wednesday, after two days of the heaviest " +
      "fighting between the neighbours since 2020.";
    const fighting = analyzeText(text, "2022-09-15").events.filter((e) => e.code === "190");
    expect(fighting.map(brief).sort()).toEqual(["ARM>AZE:190:asserted", "AZE>ARM:190:asserted"]);
    expect(fighting.map((e) => e.date)).toEqual([null, null]);
  });

  it("reads what an actor is expected or plans to do as planned, in the story's own voice", () => {
    const [expected] = analyzeText(
      "Japan is expected to invite South Korea's president to the summit.",
      "2023-03-17",
    ).events;
    expect(expected && brief(expected)).toBe("JPN>KORGOV:040:planned");
    const [plans] = analyzeText(
      "Japan plans to invite South Korea's president to the summit.",
      "2023-03-17",
    ).events;
    expect(plans?.attributed_to).toBeNull();
  });

  it("sources only the last clause of a sentence ending in 'according to X'", () => {
    const text =
      "Police fired tear gas and water cannon at the crowd in Colombo, and one protester died after inhaling tear gas, according to hospital officials.";
    const events = analyzeText(text, "2022-07-15").events;
    expect(events.find((e) => e.code === "175")?.modality).toBe("asserted");
    // (A list after ", and" is no clause of its own: the whole sentence is sourced.)
    const list = analyzeText(
      "A US strike killed an Iranian general, the head of a militia, and several other people, according to Iraqi officials.",
      "2020-01-04",
    ).events;
    expect(list.length).toBeGreaterThan(0);
    expect(list.every((e) => e.modality === "reported")).toBe(true);
  });

  it("reads force on the speaker's side, whose target the story's pairing gives, as the speaker's allegation", () => {
    const text =
      "Azerbaijan shelled Armenian villages on Monday. Armenia accused Azerbaijan of aggression. " +
      "Armenia's prime minister said Azerbaijani forces attacked again on Tuesday.";
    expect(sentenceEvents(text, "2022-09-15", 2).map(brief)).toEqual(["AZEMIL>ARM:190:alleged"]);
  });

  describe("people the dictionary does not know, named by the story", () => {
    const actorsOf = (text: string) =>
      analyzeText(text, "2024-05-20").actors.map((a) => `${a.name}=${a.code}`);

    it("gives a name in apposition to a role noun that role's code, and its later surname too", () => {
      const text =
        "Tomas Verhoeven, a senior adviser to Austria's chancellor, said on Monday that Vienna would block the plan. " +
        "Verhoeven accused Hungary of bad faith.";
      expect(actorsOf(text)).toContain("Tomas Verhoeven=AUTGOV");
      expect(sentenceEvents(text, "2024-05-20", 1).map(brief)).toContain("AUTGOV>HUN:112:asserted");
    });

    it("reads a critic of a state's government as that state's opposition", () => {
      const text = "Karim Haddou, a critic of the Moroccan government, was arrested in Rabat on Friday.";
      expect(actorsOf(text)).toContain("Karim Haddou=MAROPP");
    });

    it("gives a name after a role noun whose country comes from the story that role, surname included", () => {
      const text =
        "Bulgaria's parliament voted on Sunday. The liberal reformist Petra Danova came second. " +
        "Danova said the vote was unfair.";
      expect(sentenceEvents(text, "2024-05-20", 2).map(brief)).toContain("BGROPP>-:111:asserted");
    });

    it("takes no clause after a comma for an apposition, nor a place for a person", () => {
      const text =
        "According to Hans Muller, the troops were sent to the border. " +
        "The ship sank in the Black Sea, a busy route for grain.";
      const names = actorsOf(text);
      expect(names.some((n) => n.startsWith("Hans Muller"))).toBe(false);
      expect(names.some((n) => n.startsWith("Black Sea"))).toBe(false);
    });
  });
});

describe("coordinated speakers", () => {
  it("attributes each speaker's own act to that speaker, not to the first one named", () => {
    const events = analyzeText("Latvia and Canada said they stood with Helsinki.", "2024-05-20").events;
    expect(events.map((e) => `${e.source}:${e.attributed_to}`).sort()).toEqual(["CAN:CAN", "LVA:LVA"]);
  });
});

describe("commands at home", () => {
  it("codes no demand (100) for an order to one's own forces or of something done at home", () => {
    const codes = (text: string) => analyzeText(text, "2024-05-20").events.map((e) => e.code);
    expect(codes("Peru's president ordered the army to secure the border with Chile.")).not.toContain("100");
    expect(codes("The Thai court ordered a recount of the ballots on Monday.")).not.toContain("100");
    // (An order to another state is still a demand on it.)
    expect(codes("Niger's junta ordered Benin to reopen the border.")).toContain("100");
  });
});

describe("reported intents", () => {
  it("reads no intent (030) into what weapons would do or what would befall a side", () => {
    const codes = (text: string) => analyzeText(text, "2024-05-20").events.map((e) => e.code);
    expect(codes("Peskov said the German tanks would burn like all the others.")).not.toContain("030");
    expect(codes("Katz said Israel would remember the Colombian leader's words.")).not.toContain("030");
    // (A state's own plan still is one.)
    expect(codes("Rubio said Washington would take the offer to Moscow.")).toContain("030");
  });
});

describe("fighting as a clause's subject", () => {
  it("reads a gerund heading its clause as the story's fighting, dated by the time fronted before it", () => {
    const text =
      "Kenyan and Somali troops clashed on Friday. In May last year, fighting near the border killed 40 people.";
    const second = analyzeText(text, "2024-09-14").events.filter((e) => e.sentence.index === 1);
    expect(second.map((e) => `${e.source}>${e.target}:${e.code}:${e.date?.value}`).sort()).toEqual([
      "KENMIL>SOMMIL:190:2023-05",
      "SOMMIL>KENMIL:190:2023-05",
    ]);
  });
});

describe("acts done by saying them", () => {
  it("dates an appeal or a rejection as a statement, not as an event", () => {
    for (const text of [
      "Armenia asked Russia for military help on Tuesday.",
      "Armenia rejected the proposal on Tuesday.",
    ]) {
      const [e] = analyzeText(text, "2022-09-15").events;
      expect(e?.date).toBeNull();
      expect(e?.statement_date?.value).toBe("2022-09-13");
    }
  });
});

describe("governing at home", () => {
  it("codes no act for ruling a country or passing a bill", () => {
    const codes = (text: string) => analyzeText(text, "2024-05-20").events.map((e) => e.code);
    expect(codes("Deby had ruled Chad for three decades.")).toEqual([]);
    expect(codes("Kenya's lawmakers passed the finance bill on Tuesday.")).toEqual([]);
    // (Nor for releasing a document: it publishes it, it frees nobody.)
    expect(codes("Caracas released a document that it said proved the plot.")).not.toContain("084");
  });
});

describe("restrictions told in the passive", () => {
  it("finds the restriction's noun past a long time phrase between it and its verb", () => {
    const text =
      "Niger's army removed the president on Thursday. Niger's defence minister said the army would rule. " +
      "Nigerien protesters rejected the council. Niger's army said Niger was calm. " +
      "A nightly curfew from 10 p.m. to 4 a.m. was imposed.";
    const codes = analyzeText(text, "2023-07-29")
      .events.filter((e) => e.sentence.index === 4)
      .map((e) => `${e.source}>${e.target}:${e.code}`);
    expect(codes).toEqual(["NER>NER:1723"]);
  });
});

describe("what an act lacks", () => {
  it("matches no pattern word past 'without' (the summit ended without a deal: no deal ended)", () => {
    const codes = analyzeText(
      "Putin's summit with Trump in Helsinki ended without a deal.",
      "2018-07-20",
    ).events.map((e) => e.code);
    expect(codes).not.toContain("160");
    expect(codes).toContain("040");
  });
});

describe("gangs of the place the story is filed from", () => {
  it("gives bare gangs the dateline's country, not a foreign force's named beside them", () => {
    const text =
      "PORT-AU-PRINCE — About 400 Kenyan police officers arrived on Tuesday. " +
      "Kenyan officers and gang members exchanged fire near the airport.";
    expect(sentenceEvents(text, "2024-06-26", 1).map(brief)).toContain("HTICRM>KENMIL:193:asserted");
  });
});

describe("a journey's purpose", () => {
  it("gives the infinitive of purpose after a verb of motion, its place and its time, the traveller as subject", () => {
    const events = analyzeText(
      "Biden said Blinken would travel to the region in the coming days to meet Palestinian leaders.",
      "2021-05-22",
    ).events;
    expect(events.some((e) => e.code === "040" && e.source === "USAGOV" && e.target === "PSEGOV")).toBe(true);
  });
});

describe("sponsors before '-backed'", () => {
  it("counts no party for a sponsor named before '-backed' (Moscow-backed regions' leaders are not Russia's)", () => {
    const text =
      "Putin recognised two Moscow-backed separatist regions in eastern Ukraine on Monday, and the Kremlin said their leaders had asked for Russian military help.";
    expect(analyzeText(text, "2022-02-25").events.map(brief)).toContain("UKRGOV>RUSMIL:020:reported");
  });
});
