"""Build the HELD-OUT evaluation corpus for the DHR anonymiser.

HELD OUT: this corpus was written before any tuning of the detector. It must
never be used for tuning: do not read its misses to change the detector, its
lexicons, its rules or its thresholds. Use it only to report a final score.

Everything here is synthetic and was written from general knowledge, not from
the tool's code, name lists or lexicons. All people, addresses, postcodes,
phone numbers (Ofcom drama ranges for UK numbers), e-mail addresses
(example.org/.com/.net), NHS numbers (999...) and NI numbers (QQ...) are
invented.

How it works
------------
Each document is written as a block of paragraphs separated by blank lines.
Inside a paragraph a span is written as [[surface text|CODE]], where CODE is

    V, P, M        MAPPED_PERSON (victim, perpetrator, victim's mother)
    u001..u133     UNMAPPED_PERSON (one id per person, see PEOPLE)
    K              KEEP (distractor that must survive unchanged)
    PL             PLACE
    UP             UK_PHONE
    FP             PHONE (non-UK)
    EM             EMAIL_ADDRESS
    NHS            UK_NHS
    NI             UK_NINO
    PC             UK_POSTCODE
    SA             STREET_ADDRESS
    DOB            DATE_OF_BIRTH

The markup is turned into pieces -- ("plain text", None) and
("Siobhán Ní Bhriain", ("UNMAPPED_PERSON", "u007")) -- and the pieces are
concatenated; offsets are computed from the pieces (Python str indexing,
[start, end)) and checked with text[start:end] == piece.

Span conventions: a person span covers the name only, including a title
(Mr/Mrs/Ms/Miss/Dr) and name particles, but not a rank (PC, DS, DI...), a role
word ("Interpreter", "neighbour", "Auntie") or a possessive 's. PLACE spans
cover the proper name only ("Brookfield Vale", not "estate"). KEEP month
spans cover the month name only.

Run:  python eval/heldout/build.py            (writes documents.jsonl, README.md)
      python eval/heldout/build.py --audit    (also lists capitalised words left
                                               outside spans, for proof-reading)

Imports only the standard library and PyYAML.
"""
import collections
import json
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))

CODES = {
    "K": "KEEP",
    "PL": "PLACE",
    "UP": "UK_PHONE",
    "FP": "PHONE",
    "EM": "EMAIL_ADDRESS",
    "NHS": "UK_NHS",
    "NI": "UK_NINO",
    "PC": "UK_POSTCODE",
    "SA": "STREET_ADDRESS",
    "DOB": "DATE_OF_BIRTH",
}
MAPPED = {"V", "P", "M"}

# id: (canonical name, origin group, role in the case)
PEOPLE = {
    "u001": ("Jayden Morgan", "Welsh", "son of the victim"),
    "u002": ("Ruby-Mae Cole", "English", "daughter of the victim and perpetrator"),
    "u003": ("Rhiannon Davies", "Welsh", "sister of the victim"),
    "u004": ("Huw Llewellyn", "Welsh", "stepfather of the victim"),
    "u005": ("Owain Morgan", "Welsh", "father of the victim's son"),
    "u006": ("Maureen Cole", "English", "mother of the perpetrator"),
    "u007": ("Siobhán Ní Bhriain", "Irish", "colleague and friend of the victim"),
    "u008": ("Pádraig Ó Súilleabháin", "Irish", "co-worker of the perpetrator"),
    "u009": ("Aoife Gallagher", "Irish", "former partner of the perpetrator"),
    "u010": ("Ayaan Warsame", "Somali", "friend of the victim"),
    "u011": ("Hope Bishop", "English", "neighbour"),
    "u012": ("Joy Green", "English", "Portuguese interpreter"),
    "u013": ("Rose Lane", "English", "homicide service caseworker"),
    "u014": ("Faith Adeyemi", "Nigerian (Yoruba)", "IDVA"),
    "u015": ("Chinwe Nwachukwu", "Nigerian (Igbo)", "neighbour"),
    "u016": ("Amber Whitfield", "English", "nursery manager"),
    "u017": ("Emine Yilmaz", "Turkish", "shopkeeper"),
    "u018": ("Emeka Okonkwo", "Nigerian (Igbo)", "police constable"),
    "u019": ("Will Sterling", "English", "housing officer"),
    "u020": ("Mark Hunter", "English", "friend of the perpetrator"),
    "u021": ("Dawn Young", "English", "GP receptionist"),
    "u022": ("Summer White", "English", "health visitor"),
    "u023": ("Sky Long", "English", "friend of the victim"),
    "u024": ("Rachel Brown", "English", "detective constable"),
    "u025": ("Abdirahman Farah", "Somali", "police call handler"),
    "u026": ("Hodan Mohamed Ali", "Somali", "social worker"),
    "u027": ("Guled Abdi", "Somali", "private hire driver, witness"),
    "u028": ("Oluwaseun Adebayo", "Nigerian (Yoruba)", "HEMS doctor"),
    "u029": ("Tunde Bakare", "Nigerian (Yoruba)", "flatmate of the perpetrator"),
    "u030": ("Folasade Ogunleye", "Nigerian (Yoruba)", "ICB panel member"),
    "u031": ("Ngozi Eze", "Nigerian (Igbo)", "community psychiatric nurse"),
    "u032": ("Chukwudi Nwosu", "Nigerian (Igbo)", "probation officer"),
    "u033": ("Kwame Mensah", "Ghanaian", "GP of the victim"),
    "u034": ("Akosua Boateng", "Ghanaian", "school DSL"),
    "u035": ("Kofi Asante", "Ghanaian", "income officer"),
    "u036": ("Efua Owusu", "Ghanaian", "paramedic"),
    "u037": ("Tesfay Gebremariam", "Eritrean", "neighbour"),
    "u038": ("Selam Tesfamariam", "Eritrean", "Tigrinya interpreter"),
    "u039": ("Yonas Habte", "Eritrean", "nursery caretaker"),
    "u040": ("Mehmet Demir", "Turkish", "landlord"),
    "u041": ("Ayşe Kaya", "Turkish", "paralegal"),
    "u042": ("Rojin Baran", "Kurdish", "specialist DA service worker"),
    "u043": ("Hêvî Amedi", "Kurdish", "panel member, specialist DA service"),
    "u044": ("Inês Carvalho", "Portuguese", "neighbour"),
    "u045": ("Rui Ferreira", "Portuguese", "co-worker of the perpetrator"),
    "u046": ("Thiago de Souza", "Brazilian", "husband of the nail technician"),
    "u047": ("Larissa Oliveira dos Santos", "Brazilian", "nail technician, friend"),
    "u048": ("Agnieszka Wiśniewska", "Polish", "substance misuse key worker"),
    "u049": ("Krzysztof Nowak", "Polish", "co-worker of the perpetrator"),
    "u050": ("Małgorzata Zielińska", "Polish", "locum GP"),
    "u051": ("Ionuț Popescu", "Romanian", "repair operative"),
    "u052": ("Andreea Dumitrescu", "Romanian", "safeguarding nurse"),
    "u053": ("Rasa Kazlauskienė", "Lithuanian", "deputy nursery manager"),
    "u054": ("Mindaugas Jankauskas", "Lithuanian", "line manager of the perpetrator"),
    "u055": ("Imran Qureshi", "Pakistani", "detective sergeant"),
    "u056": ("Saima Chaudhry", "Pakistani", "family law solicitor"),
    "u057": ("Bilal Akhtar", "Pakistani", "process server"),
    "u058": ("Nasreen Bibi", "Pakistani", "housing customer service officer"),
    "u059": ("Rahima Begum", "Bangladeshi", "housing panel member"),
    "u060": ("Shahidul Islam", "Bangladeshi", "community pharmacist"),
    "u061": ("Tanvir Ahmed", "Bangladeshi", "substance misuse key worker"),
    "u062": ("Priti Mistry", "Indian (Gujarati)", "GP practice manager"),
    "u063": ("Nilesh Desai", "Indian (Gujarati)", "GP safeguarding lead"),
    "u064": ("Jayshree Parmar", "Indian (Gujarati)", "children's services panel member"),
    "u065": ("Harpreet Kaur Sandhu", "Indian (Punjabi)", "probation panel member"),
    "u066": ("Gurdeep Singh Gill", "Indian (Punjabi)", "detective inspector"),
    "u067": ("Manjit Dhillon", "Indian (Punjabi)", "deputy DSL"),
    "u068": ("Lakshmi Subramaniam", "Indian (Tamil)", "consultant psychiatrist"),
    "u069": ("Karthik Ramasamy", "Indian (Tamil)", "paramedic"),
    "u070": ("Meenakshi Sundaram", "Indian (Tamil)", "hospital panel member"),
    "u071": ("Dilani Wijesinghe", "Sri Lankan", "ED staff nurse"),
    "u072": ("Chaminda Perera", "Sri Lankan", "senior coroner"),
    "u073": ("Nuwan Jayasuriya", "Sri Lankan", "GP of the perpetrator"),
    "u074": ("Mei Ling Chen", "Chinese", "GP registrar"),
    "u075": ("Zhang Hao", "Chinese", "forensic psychiatrist"),
    "u076": ("Long Jian", "Chinese", "shop owner"),
    "u077": ("Nguyen Thi Lan", "Vietnamese", "form tutor"),
    "u078": ("Tran Van Minh", "Vietnamese", "takeaway owner"),
    "u079": ("Pham Thu Ha", "Vietnamese", "police call handler"),
    "u080": ("Maricel Santos", "Filipino", "paramedic"),
    "u081": ("Rowena Dela Cruz", "Filipino", "emergency medical technician"),
    "u082": ("Arnel Mendoza", "Filipino", "hospital security officer"),
    "u083": ("Khalid bin Rashid", "Arabic", "neighbour"),
    "u084": ("Layla al-Hassan", "Arabic", "ED consultant"),
    "u085": ("Omar Haddad", "Arabic", "pathologist"),
    "u086": ("Fatima El-Amrani", "Arabic", "detective constable"),
    "u087": ("Parisa Ahmadi", "Iranian", "mental health support worker"),
    "u088": ("Dariush Karimi", "Iranian", "solicitor of the perpetrator"),
    "u089": ("Nasrin Moradi", "Iranian", "safeguarding screening officer"),
    "u090": ("Farid Popal", "Afghan", "taxi driver"),
    "u091": ("Mursal Hakimi", "Afghan", "early help worker"),
    "u092": ("Sohail Stanikzai", "Afghan", "teaching assistant"),
    "u093": ("Ciarán O'Neill", "Irish", "family liaison officer"),
    "u094": ("Caoimhe Ní Dhomhnaill", "Irish", "women's safety worker"),
    "u095": ("Bethan Griffiths", "Welsh", "friend of the victim"),
    "u096": ("Dafydd ap Rhys", "Welsh", "police constable, South Wales"),
    "u097": ("Morag McLeod", "Scottish", "independent chair"),
    "u098": ("Callum MacDonald", "Scottish", "friend of the perpetrator"),
    "u099": ("Fiona McIntyre", "Scottish", "refuge manager"),
    "u100": ("Hamish Buchanan", "Scottish", "detective chief inspector"),
    "u101": ("Marcia Campbell", "Caribbean", "neighbour"),
    "u102": ("Delroy Francis", "Caribbean", "friend of the perpetrator"),
    "u103": ("Claudette Baptiste", "Caribbean", "social work team manager"),
    "u104": ("Winston Gayle", "Caribbean", "paramedic"),
    "u105": ("Grace Atherton", "English", "AAFDA advocate"),
    "u106": ("Steve Harding", "English", "HR business partner"),
    "u107": ("Lisa Carter", "English", "DHR coordinator"),
    "u108": ("Ryan Ashworth", "English", "new partner of the victim"),
    "u109": ("Karen Sutton", "English", "coroner's officer"),
    "u110": ("Pieter Van der Berg", "Dutch", "police constable"),
    "u111": ("Gareth Hughes", "Welsh", "detective chief inspector, public protection"),
    "u112": ("Sahra Jama", "Somali", "housing options officer"),
    "u113": ("Adewale Ogundipe", "Nigerian (Yoruba)", "chair, Home Office QA panel"),
    "u114": ("Liban Yusuf", "Somali", "safeguarding partnership manager"),
    "u115": ("Piotr Kamiński", "Polish", "police constable"),
    "u116": ("Cristina Stoica", "Romanian", "police constable"),
    "u117": ("Zainab Malik", "Pakistani", "crown prosecutor"),
    "u118": ("Ka-wai Ng", "Chinese", "police constable, Greater Manchester"),
    "u119": ("Sinéad Murphy", "Irish", "friend of the perpetrator's former partner"),
    "u120": ("Jenny Thorne", "English", "IDVA manager"),
    "u121": ("Jerome Campbell", "Caribbean", "grandson of a neighbour"),
    "u122": ("Sharon Bell", "English", "aunt of the victim"),
    "u123": ("Girlie Manalo", "Filipino", "community nursery nurse"),
    "u124": ("Le Van Duc", "Vietnamese", "council lawyer"),
    "u125": ("Hasan Öztürk", "Turkish", "community safety board member"),
    "u126": ("Behnaz Rostami", "Iranian", "health visiting safeguarding supervisor"),
    "u127": ("Youssef Nasser", "Arabic", "head of community safety"),
    "u128": ("Mebrat Kidane", "Eritrean", "wife of a neighbour"),
    "u129": ("Gabriela Souza Lima", "Brazilian", "Victim Support manager"),
    "u130": ("Rajinder Bains", "Indian (Punjabi)", "prison offender manager"),
    "u131": ("Berivan Doğan", "Kurdish", "public health lead"),
    "u132": ("Errol Thompson", "Caribbean", "safeguarding adults board manager"),
    "u133": ("Ama Darko", "Ghanaian", "police constable, Greater Manchester"),
    "u134": ("Vasco Carvalho", "Portuguese", "husband of a neighbour"),
    "u135": ("Oksana Kovalenko", "Ukrainian", "Sanctuary scheme coordinator"),
    "u136": ("Gintarė Vaitkutė", "Lithuanian", "contractor scheduler"),
    "u137": ("Aled Bowen", "Welsh", "locksmith"),
    "u138": ("Chipo Moyo", "Zimbabwean", "community safety housing manager"),
    "u139": ("Joanne Hartley", "English", "police sergeant"),
    "u140": ("Farhan Nazir", "Pakistani", "duty inspector"),
    "u141": ("Siân Pritchard-Jones", "Welsh", "ambulance clinical supervisor"),
    "u142": ("Nadia Benali", "Arabic", "minute-taker"),
    "u143": ("Mariana Ionescu", "Romanian", "PCSO"),
    "u144": ("Paulette Campbell", "Caribbean", "daughter of a neighbour"),
    "u145": ("Bronwen Price", "Welsh", "nursery administrator"),
}

DOCS = []


def doc(doc_id, register, body):
    DOCS.append((doc_id, register, body))


# ---------------------------------------------------------------------------
# Documents
# ---------------------------------------------------------------------------

doc("hdhr-01", "letter", """
[[Mrs Sandra Pritchard|M]]
[[7 Heol y Felin|SA]]
[[Cwmgarw|PL]]
[[Swansea|K]]
[[SA4 9XQ|PC]]
14 [[February|K]] 2024

Dear [[Mrs Pritchard|M]],
I am writing to you as the independent chair of the Domestic Homicide Review that [[Coventry Community Safety Partnership|K]] has commissioned following the death of your daughter, [[Natasha|V]], on 18 [[November|K]] 2023. Please first accept my sincere condolences. Detective Sergeant [[Ciarán O'Neill|u093]], your family liaison officer, tells me that you would like to be kept informed, and I am grateful that you have agreed to hear from me.

The purpose of a review is not to apportion blame. It is to understand what agencies knew about [[Natasha|V]] and about [[Darren Cole|P]], how they responded, and what needs to change so that other women are safer. The review is carried out under section 9 of the [[Domestic Violence, Crime and Victims Act 2004|K]] and follows the [[Home Office|K]] statutory guidance. I would very much like to include your memories of [[Tash|V]], as I understand the family called her, so that the report shows the person she was and not only the events that led to her death. Where families wish, we also include a short pen portrait written in their own words, and you would see it before anyone else does.

[[Ciarán|u093]] mentioned that [[Natasha|V]]'s sister, [[Rhiannon Davies|u003]], and her stepfather may also wish to speak to me. I would welcome that. An advocate from [[Advocacy After Fatal Domestic Abuse|K]] can support you through the process if you would find it helpful; the advocate is independent of the review panel and of the police.

I would like to meet you at a time and place that suits you, either at home in [[Wales|K]] or online. [[Will|K]] you let me know which you would prefer? My colleague [[Lisa Carter|u107]], the review coordinator, will telephone you next week. You can also reach her on [[07700 900350|UP]] or at [[dhr.coordinator@example.org|EM]]. There is no deadline, and you can stop at any point.

Yours sincerely,
[[Morag McLeod|u097]]
Independent Chair, Domestic Homicide Review
Coventry Community Safety Partnership
""")

doc("hdhr-02", "police log", """
[[WEST MIDLANDS POLICE|K]] – STORM LOG 1187 – 14/06/2019 – DOMESTIC INCIDENT – GRADE 2

2247hrs CALL FROM FEMALE AT [[FLAT 6, 31 LAPWING CLOSE|SA]], [[COVENTRY|K]] [[CV6 9ZX|PC]] ON [[07700 900731|UP]]. CALLER STATES PARTNER IS SHOUTING AND HAS THROWN HER PHONE AT THE WALL. CALLER GIVES NAME AS [[NATASHA PRITCHARD|V]] DOB [[11/02/1989|DOB]]. CALL TAKEN BY [[A FARAH|u025]].

2249hrs SUSPECT NAMED AS [[COLE, Darren James|P]] DOB [[23/09/1985|DOB]]. NO PREVIOUS CALLS TO THIS ADDRESS. CALLER STATES BABY (6 WEEKS) IN THE FLAT AND OLDER CHILD [[JAYDEN MORGAN|u001]] (7) ASLEEP IN BEDROOM. CALLER CRYING, ASKS 'PLEASE DON'T MAKE A BIG THING OF IT.'

2301hrs PC 2231 [[OKONKWO|u018]] AND PC 4410 [[VAN DER BERG|u110]] DEPLOYED FROM COVENTRY NORTH. PS 1409 [[HARTLEY|u139]] AWARE AND MONITORING.

2318hrs OFFICERS ON SCENE. MALE HAS LEFT PRIOR TO ARRIVAL. [[PRITCHARD|V]] TEARFUL, REDNESS TO LEFT FOREARM, DECLINES TO GIVE A STATEMENT. STATES 'HE'S NOT A BAD PERSON, HE'S JUST STRESSED WITH THE BABY.' [[DASH|K]] COMPLETED – 9 YES – STANDARD RISK.

2340hrs NEIGHBOUR [[MRS C NWACHUKWU|u015]] (FLAT 5) STATES SHE HEARD A MAN SHOUTING 'YOU'RE GOING NOWHERE' AND A LOUD BANG AT ABOUT 2240. DID NOT SEE ANYONE. [[OPERATION ENCOMPASS|K]] NOTIFICATION TO BE SENT TO SCHOOL FOR THE OLDER CHILD.

0105hrs [[COLE|P]] LOCATED AT HIS MOTHER'S ADDRESS ON [[ASHBROOK AVENUE|PL]]. ADMITS ARGUMENT OVER MONEY, DENIES ANY ASSAULT. WORDS OF ADVICE GIVEN. NFA. NO PNC CHECK OF SUSPECT RECORDED. OIC PC 2231 [[OKONKWO|u018]].
""")

doc("hdhr-03", "GP note", """
Patient: [[PRITCHARD, Natasha Louise|V]]   DOB: [[11/02/1989|DOB]]   NHS No: [[999 482 7165|NHS]]
Usual GP: [[Dr K Mensah|u033]]   Alerts: none recorded before 2021

24/06/2019 [[Dr Mensah|u033]]. Pt seen with baby for 8/52 postnatal check. c/o low mood, poor sleep, tearful most days, 'not enjoying her'. Lives with partner and 2 children. EPDS 17. Discussed PND. Started [[Sertraline|K]] 50mg od. Asked re home – pt said 'fine, [[Daz|P]]'s a good dad.' Not explored further. HV [[Summer White|u022]] informed by task.

17/10/2019 Tel consult [[Dr M L Chen|u074]] (GP registrar). Pt reports stopped [[Sertraline|K]] after 2/52 due to nausea. Mood 'a bit better'. Partner answered the phone at first and said she was 'in the bath'; pt rang back 20 mins later from a friend's mobile ([[07700 900562|UP]]) and spoke quietly. Plan: review 4/52, HV to continue support.

06/01/2020 [[Dr Mensah|u033]]. Pt attends alone. Bruising R upper arm, 3 fingertip-sized marks; says walked into door frame. Appeared anxious, checked phone repeatedly. Asked directly about DA – denied. [[Women's Aid|K]] leaflet offered, declined ('he goes through my bag'). Coded 'DV – risk unclear'. To discuss with safeguarding lead [[Dr Nilesh Desai|u063]] at practice meeting.

[[Mark|K]] the file: pt requests no letters to home address. Contact by mobile only; text before calling and do not leave voicemail.

11/05/2021 [[Dr Chen|u074]]. Pt c/o low back pain after 'a fall on the stairs'. [[Naproxen|K]] 500mg bd. Mood low again; restarted on [[Citalopram|K]] 20mg. Pt said [[Darren|P]] 'doesn't like me taking tablets'. Gave number for [[Coventry Haven|K]]; pt saved it under a friend's name. Tasked practice manager [[Priti Mistry|u062]] to add DA alert.

14/09/2021 Message from community pharmacist [[Shahidul Islam|u060]]: pt's repeat Citalopram has been collected by her partner for three months, but pt told the pharmacist she had 'not had them since [[June|K]]'. Task to [[Dr Chen|u074]] to call pt. No record of the call being made.
""")

doc("hdhr-04", "IDVA record", """
IDVA SERVICE – Coventry Haven – CASE RECORD
Client: [[Natasha Pritchard|V]] (known as '[[Tink|V]]' to close friends)
Referrer: DC [[Rachel Brown|u024]], [[West Midlands Police|K]]   IDVA: [[Faith Adeyemi|u014]]
Referral date: 22 [[February|K]] 2020   DASH: 16 (high)   [[MARAC|K]]: yes

22/02/20 – Referral received from DC [[Brown|u024]] following an incident on 20/02 in which [[Mr Cole|P]] is alleged to have strangled client in the kitchen until she 'saw stars'. Non-fatal strangulation flagged. Tried client's mobile twice, no answer. Did not leave voicemail; referrer advised that the perpetrator checks her phone.

24/02/20 – Safe contact made at 10:15 while [[Darren|P]] at work. [[Natasha|V]] spoke quickly and quietly. Said [[Daz|P]] 'wasn't always like this' and that things got worse after [[Ruby-Mae|u002]] was born. Safety plan: code word agreed with her friend [[Ayaan|u010]]; spare keys, passports and birth certificates to be kept at [[Ayaan Warsame|u010]]'s flat. Client did not want refuge.

Client asked about [[Clare's Law|K]]. Explained right to ask and right to know. She said 'I don't need to ask, I know what he did to [[Aoife|u009]]' – previous partner in [[Manchester|K]]. IDVA to raise the previous history at [[MARAC|K]] and ask police to check with [[Greater Manchester Police|K]].

02/03/20 – Client did not answer planned call. Text sent to agreed number: 'Hi hun it's [[Faith|u014]] from the nail bar, just confirming [[Thursday|K]]'. No reply. Discussed in supervision with manager [[Jenny Thorne|u120]]: keep open and make three further attempts.

16/03/20 – Client rang from [[Mrs Yilmaz|u017]]'s shop phone. Said she and [[Darren|P]] 'are working on it' and that he has started an anger management course. Asked for the case to close. Closed; open-door letter not sent (unsafe address). [[Young|K]] children in household noted on closure form. No check made that the course existed. [[Mrs Yilmaz|u017]] later told the review that she let [[Tash|V]] use the shop phone 'whenever she needed it, no questions'.
""")

doc("hdhr-05", "minutes", """
COVENTRY COMMUNITY SAFETY PARTNERSHIP
Domestic Homicide Review 2023/04 – Panel Meeting 1
Minutes of meeting held on [[Tuesday|K]] 9 [[January|K]] 2024 by video call

Present: [[Morag McLeod|u097]] (Independent Chair), [[Lisa Carter|u107]] (DHR Coordinator), DI [[Gurdeep Singh Gill|u066]] (West Midlands Police), [[Folasade Ogunleye|u030]] ([[Coventry and Warwickshire ICB|K]]), [[Rahima Begum|u059]] ([[Coventry City Council|K]] Housing), [[Harpreet Kaur Sandhu|u065]] ([[Probation Service|K]]), [[Hêvî Amedi|u043]] (Coventry Haven) and [[Jayshree Parmar|u064]] (Children's Services).

Apologies: [[Dr Lakshmi Subramaniam|u068]] ([[Coventry and Warwickshire Partnership NHS Trust|K]]) and [[Meenakshi Sundaram|u070]] ([[University Hospitals Coventry and Warwickshire|K]]), who sent a written update.

1. Introductions and confidentiality. The Chair welcomed members and reminded them that panel papers are confidential and must not be forwarded. The victim will be referred to by a pseudonym agreed with the family. The Coordinator confirmed that the family have been notified and that [[Mrs Pritchard|M]] would like the pseudonym to be chosen by her grandson.

2. Terms of reference. The panel agreed a scope of 1 January 2018 to 18 [[November|K]] 2023, covering the whole of the relationship between [[Natasha|V]] and [[Darren|P]]. [[Hêvî|u043]] asked that the scope also include [[Mr Cole|P]]'s previous relationship with [[Aoife Gallagher|u009]] in [[Greater Manchester|K]], given what the IDVA recorded in 2020. Agreed.

Action: DHR Coordinator to write to Greater Manchester Police requesting all records of incidents in which [[COLE|P]] was named as suspect, 2013–2017.

3. Agency updates. DI [[Gill|u066]] reported seven police contacts between 2019 and 2023: three graded standard risk and four high. Housing confirmed that a transfer application was made in [[March|K]] 2023 but not progressed. [[Harpreet|u065]] said that [[Darren Cole|P]] was not known to probation in [[Coventry|K]] but had been subject to a community order in [[Salford|K]] in 2016. [[Folasade|u030]] reported that the GP practice holds records for both [[Natasha|V]] and [[Mr Cole|P]], and that the practice did not link the two records until February 2023.

Action: [[HKS|u065]] to obtain the Salford case records. Action: [[JP|u064]] to check whether the 2019 [[Operation Encompass|K]] notification reached the older child's school. Next meeting: Thursday 22 February 2024.
""")

doc("hdhr-06", "housing record", """
[[MEADOWGATE HOMES|K]] – TENANCY AND NEIGHBOURHOOD NOTES
Tenant: [[Ms N Pritchard|V]]   Property: [[Flat 6, 31 Lapwing Close|SA]], [[Brookfield Vale|PL]] estate, [[Coventry|K]] [[CV6 9ZX|PC]]
Tenancy start: 1 [[August|K]] 2017. Household: tenant and two children. Additional occupant from 2018 (not on tenancy): [[Darren Cole|P]].

12/11/2020 – Neighbour at flat 4, [[Mr Tesfay Gebremariam|u037]], reported shouting, banging and a child crying at 02:00. Second report this month. Housing officer [[Will Sterling|u019]] logged it as ASB – noise nuisance. Standard noise letter sent to the tenant. No consideration of domestic abuse recorded, and the [[MARAC|K]] marker requested in [[March|K]] 2020 was not on the system.

19/11/2020 – [[W Sterling|u019]] home visit. [[Ms Pritchard|V]] answered the door with [[Mr Cole|P]] standing behind her. She apologised for the noise and said the kids had been 'playing up'. Bedroom door frame split. Repair raised (job 48812). [[Will|u019]] did not ask to see the tenant alone.

03/02/2021 – Repair operative [[Ionuț Popescu|u051]] reported that the hole in the bedroom door 'looks punched' and that the tenant 'seemed frightened, kept saying sorry'. Not passed to the housing officer; logged as rechargeable damage.

[[Amber|K]] flag placed on rent account 21/02/2021 by [[Kofi Asante|u035]] (arrears, six weeks). [[Mr Asante|u035]] spoke to the tenant by phone. She said her partner 'handles the money' and that she had no access to her own bank card. Referred to money advice. Economic abuse was not identified.

14/03/2023 – Tenant attended the office with [[Hope Bishop|u011]] (neighbour, flat 2) and asked for a management transfer 'anywhere away from here'. She said her ex-partner still had keys. [[Rahima Begum|u059]] (transfer team) took the application; police supporting letter requested. Lock change not offered. The officer noted that the tenant 'looked exhausted' and had brought a carrier bag of letters from the perpetrator. Nobody asked to keep copies for the file, and the tenant was not signposted to the IDVA service or to the police.
""")

doc("hdhr-07", "email", """
From: [[Lisa Carter|u107]] <[[lisa.carter@example.org|EM]]>
To: [[Ciarán O'Neill|u093]] <[[c.oneill@example.net|EM]]>
Date: [[Monday|K]] 15 January 2024 09:42
Subject: DHR 2023/04 – family and friends

Hi [[Ciarán|u093]],
Thanks for passing on [[Sandra|M]]'s details – the Chair has written to her today. Could you let her know to expect the letter so it doesn't arrive out of the blue? Also, do you have contact details for [[Natasha|V]]'s friends? The family mentioned a colleague from the nursery and someone who did her nails, but not their surnames.
Thanks,
[[Lisa|u107]]

From: [[Ciarán O'Neill|u093]]
Sent: Monday 15 January 2024 16:05
Hi – [[Mrs Pritchard|M]] is expecting the letter. The colleague is [[Siobhán Ní Bhriain|u007]], who worked with [[Natasha|V]] in the baby room; [[Siobhán|u007]] is happy to be contacted on [[07700 900219|UP]]. The nail technician is [[Larissa Oliveira dos Santos|u047]]. She is [[Brazilian|K]] and speaks good English, but she told us she'd prefer an interpreter for anything formal.

From: DHR Coordinator <[[dhr.coordinator@example.org|EM]]>
To: [[Joy Green|u012]] <[[joy.green@example.com|EM]]>
Subject: [[Portuguese|K]] interpreter – Thursday 1 February
Dear [[Joy|u012]], could you interpret at a witness interview for the review on Thursday 1 February at 10:00? It should last about ninety minutes. The witness is a friend of the victim and the content will be distressing. We will pay your usual rate and travel from [[Leicester|K]].
""")

doc("hdhr-08", "case note", """
CHILDREN'S SERVICES – CONTACT, REFERRAL AND ASSESSMENT RECORD
Children: [[Jayden Morgan|u001]] (born [[4 July 2011|DOB]]); [[Ruby-Mae Cole|u002]] (DOB [[29/04/2019|DOB]])
Mother: [[Natasha Pritchard|V]]. Father of younger child: [[Darren Cole|P]]. Father of older child: [[Owain Morgan|u005]] (Swansea, no contact).

Referral source: MARAC 12/03/2020 via the IDVA. Reason: high-risk domestic abuse incident on 20/02/2020 involving non-fatal strangulation, with children in the home. The baby was in the next room; the older child was at a friend's house.

Social worker: [[Hodan Mohamed Ali|u026]]. 18/03/2020 – Announced home visit. [[Mr Cole|P]] present throughout and answered most questions. [[Ms Pritchard|V]] said the incident was 'a one-off' and that [[Darren|P]] had been drinking because of stress at work. Home clean; baby well presented. [[Hodan|u026]] asked to speak to the mother alone; [[Mr Cole|P]] said 'anything you say to her you can say to me.' The request was not repeated.

Older child (8) seen briefly in his bedroom with the door open. Said he liked his new school and that 'sometimes it's loud at night'. Did not expand. School DSL contacted the same day; no concerns reported. The school later confirmed that he had been late on eleven occasions that term and often arrived without breakfast.

Manager decision ([[Claudette Baptiste|u103]], Team Manager): step down to early help. Rationale: parents engaging; father accepting referral to a behaviour change programme. Covid-19 restrictions from 23 March 2020 meant that the early help worker, [[Mursal Hakimi|u091]], made telephone contact only. All four calls were answered by [[Mr Cole|P]].

Case closed 30/06/2020. [[Long|K]]-term risk was not reassessed after the step-down. [[Hope|K]] was expressed in the closing summary that 'the couple have turned a corner'.
""")

doc("hdhr-09", "police log", """
WEST MIDLANDS POLICE – STORM LOG 0662 – 20/02/2020 – DOMESTIC – GRADE 1 IMMEDIATE

1932hrs CALL FROM [[MR K BIN RASHID|u083]] (NEIGHBOUR, FLAT 3) ON [[07700 900884|UP]]. STATES HE CAN HEAR A WOMAN SCREAMING 'GET OFF ME' FROM THE FLAT ABOVE AND A BABY CRYING. CALLER HAS NOT SEEN ANYTHING.

1934hrs ADDRESS [[FLAT 6, 31 LAPWING CLOSE|SA]]. LINKED STORM 1187 14/06/2019. PERSONS: [[PRITCHARD, NATASHA LOUISE|V]]; [[COLE, DARREN JAMES|P]]. PNC: [[COLE|P]] HAS WARNING MARKERS FOR VIOLENCE AND DOMESTIC ABUSE (GMP).

1941hrs UNITS 2A31 AND 2A36 ASSIGNED. PC 4410 [[VAN DER BERG|u110]] AND PC 6672 [[STOICA|u116]] ON BLUES.

1952hrs OFFICERS ON SCENE. MALE DETAINED ON LANDING. FEMALE HAS RED MARKS BOTH SIDES OF NECK, HOARSE VOICE. STATES 'HE HAD HIS HANDS ROUND MY THROAT, I COULDN'T BREATHE.' BABY IN COT, UNHARMED. OLDER CHILD AT A FRIEND'S FOR A SLEEPOVER.

2004hrs [[COLE|P]] ARRESTED ON SUSPICION OF ASSAULT OCCASIONING ABH. REPLY TO CAUTION: 'SHE WENT FOR ME FIRST, ASK HER.' CONVEYED TO COVENTRY CUSTODY.

2040hrs [[PRITCHARD|V]] DECLINES AMBULANCE. OFFICERS ADVISE ED ATTENDANCE DUE TO STRANGULATION – DECLINED. DASH 16 YES – HIGH. REFERRALS TO IDVA AND MARAC. OIC DC 3391 [[R BROWN|u024]].

21/02/2020 1615hrs UPDATE DC [[BROWN|u024]]: VICTIM DECLINES TO SUPPORT PROSECUTION. EVIDENCE-LED CASE CONSIDERED; NEIGHBOUR [[BIN RASHID|u083]] WILLING TO GIVE STATEMENT BUT DID NOT SEE ASSAULT. NO BODY-WORN VIDEO OF INJURIES. CPS ADVICE: NFA. [[COLE|P]] RELEASED. DVPN CONSIDERED BUT NOT AUTHORISED BY INSP [[GILL|u066]] – REASON NOT RECORDED.
""")

doc("hdhr-10", "letter", """
CASTLEGATE LAW SOLICITORS
[[Suite 4, 18 Draper's Yard|SA]], [[Coventry|K]] [[CV1 9ZQ|PC]]
Tel: [[020 7946 0381|UP]]   Email: [[d.karimi@example.net|EM]]
Our ref: CL/0419/[[COLE|P]]

[[Ms Morag McLeod|u097]]
Independent Chair, DHR 2023/04
c/o Coventry Community Safety Partnership
8 March 2024

Dear [[Ms McLeod|u097]],
Re: our client [[Mr Darren James Cole|P]]
We act for [[Mr Cole|P]], who is remanded at [[HMP Birmingham|K]] awaiting trial at [[Coventry Crown Court|K]]. We acknowledge receipt of your letter of 26 February inviting our client to contribute to the review.

We have taken our client's instructions. While criminal proceedings are ongoing, [[Mr Cole|P]] will not take part in an interview or provide written information, because anything he says could prejudice his defence. He has asked us to tell you that he 'loved [[Tasha|V]] and the kids' and that he asked his GP for help with his mental health on several occasions. We understand that the review will also seek our client's medical records. Our client does not consent to their disclosure at this stage, and we ask that any request be made through this firm so that we can take instructions.

We should also be grateful if you would not approach our client's mother, [[Mrs Maureen Cole|u006]], or his friend [[Mr Callum MacDonald|u098]], both of whom may be called as witnesses. If you need to contact them after the trial, please write to us first.

We will write again when the trial has concluded; it is currently listed for [[June|K]] 2024. Please direct any correspondence to the writer or to our paralegal, [[Ms Ayşe Kaya|u041]].
Yours sincerely,
[[Dariush Karimi|u088]]
Solicitor-Advocate
""")

doc("hdhr-11", "letter", """
Home Office
Homicide Prevention Unit – Domestic Homicide Review Quality Assurance Panel
[[London|K]]
Tel: [[020 7946 0912|UP]]
21 [[October|K]] 2024

Dear Independent Chair,
Thank you for submitting the overview report and executive summary concerning the death of a woman in Coventry in November 2023 (DHR 2023/04) to the Quality Assurance Panel, which considered it at its meeting on 9 October 2024.

The panel found the report to be of a good standard. Members particularly welcomed the way the voices of the victim's mother and sister run through the chronology, and the analysis of how the noise complaints were handled by the housing provider. The panel also noted the helpful comparison with [[Adult B|K]] and [[Child C|K]], two earlier reviews in the [[West Midlands|K]]. The panel would, however, welcome a clearer explanation of why the repeated police call-outs in 2023 did not lead to an arrest for stalking, and whether the officers involved had been trained on the stalking offences.

Before publication, the panel asks you to address the following points: (a) the executive summary still names the children – please replace these with the agreed pseudonyms; (b) paragraph 4.12 names a neighbour, [[Mrs Nwachukwu|u015]], who has not consented to being identified – please anonymise; (c) the action plan should say who will monitor [[Operation Encompass|K]] notifications across [[Warwickshire|K]] as well as Coventry; (d) the glossary should define [[MAPPA|K]] and MARAC.

The panel also noted that the perpetrator's earlier community order in Greater Manchester was closed without any onward referral. It supports the recommendation that this be raised nationally with [[HM Prison and Probation Service|K]].

Once these changes are made, the report may be published. Please send the final version and the date of publication to [[dhr.enquiries@example.com|EM]].
Yours sincerely,
[[Adewale Ogundipe|u113]]
Chair, Quality Assurance Panel
cc: DHR Coordinator, Coventry Community Safety Partnership
""")

doc("hdhr-12", "case note", """
FAMILY MEETING – NOTE AND PART TRANSCRIPT
Date: [[Saturday|K]] 16 March 2024, at the family home in [[Cwmgarw|PL]], near Swansea
Present: [[Sandra Pritchard|M]] (mother), [[Huw Llewellyn|u004]] (stepfather), [[Grace Atherton|u105]] (advocate, [[AAFDA|K]]) and the Chair. Transcribed with consent.

Chair: 'Could you tell me a little about what [[Natasha|V]] was like growing up?'
[[Sandra|M]]: 'Oh, she was a live wire. Always singing. Her nan called her [[Tink|V]], after [[Tinkerbell|K]], because she never stopped flitting about. The rest of us just called her [[Tash|V]]. She was mad about babies from when she was tiny – that's why she went into childcare.'

[[Huw|u004]]: 'She moved to Coventry for a fresh start after she split from [[Owain|u005]]. [[Jayden|u001]] was only six. She had a friend up there, [[Bethan|u095]], who'd gone for university and stayed, and a job lined up at a nursery.'

[[Sandra|M]]: 'The first time I met [[Darren|P]] he brought me flowers and called me [[Mrs P|M]]. Charming. But then she stopped ringing on a [[Sunday|K]], and when I did get hold of her he'd be in the background saying "tell her you're busy". I said to [[Huw|u004]], something's not right there.'

[[Grace|u105]]: 'Do you want to take a break, [[Sandra|M]]?'
[[Sandra|M]]: 'No, I want to say this. Nobody told us about [[Clare's Law|K]] until after. If I'd known what he did to that girl in Manchester I'd have driven up and fetched her home myself. The police knew. The housing knew something. Her GP saw the bruises. Why did nobody put it together?'

Note: [[Mrs Pritchard|M]] asked that the report record that [[Natasha|V]] was a devoted mother, and that in the months before her death she had begun to rebuild her life with [[Ryan|u108]]. The Chair agreed. [[Rhiannon|u003]] was unable to attend and will send a written statement. She also asked that the report name the nursery staff who tried to help; the Chair explained that staff would be anonymised in line with the guidance.
""")

doc("hdhr-13", "minutes", """
COVENTRY COMMUNITY SAFETY PARTNERSHIP – DHR 2023/04 – PANEL MEETING 2
Thursday 22 February 2024, Committee Room 3, Council House, Coventry

Present: as for meeting 1, with the addition of [[Dr L Subramaniam|u068]]. In attendance for item 3: [[Faith Adeyemi|u014]] (IDVA service). Minutes: [[Nadia Benali|u142]]. Apologies: [[Meenakshi Sundaram|u070]].

1. Minutes of the last meeting were agreed. Actions: letter to Greater Manchester Police sent 12/01 and response received (see item 2). Operation Encompass: [[JP|u064]] confirmed that the [[June|K]] 2019 notification was sent to the older child's previous school, which he had left at Easter.

2. [[GMP|K]] records. DI [[Gill|u066]] summarised: between 2013 and 2016 [[Darren Cole|P]] was recorded as the suspect in eleven incidents involving his then partner at [[Harrowby Court|PL]], Salford. In [[August|K]] 2016 he was convicted of assault by beating and given a community order with a Building Better Relationships requirement, which he did not complete. His former partner moved to [[Ireland|K]] in 2017. [[Harpreet|u065]] added that the probation file from Salford had been found in archive and that its closing summary warned of 'high risk to future partners'; it was never sent to any agency in Coventry because the service user gave no forwarding address.

[[Hêvî Amedi|u043]] asked whether this history was shared when [[Natasha|V]] was discussed at MARAC in March 2020. The police markers were visible on PNC, but the MARAC research form recorded only 'previous DA – nil locally'. The panel agreed that this is a key learning point.

3. IDVA service. The IDVA described the two referrals. In 2020 [[Tash|V]] (as she preferred to be called) closed the case within a month. In October 2023 she engaged well and completed safety planning, but would not consider refuge because her son was settled at school and she did not want to leave her friends.

Action: IDVA service to provide the risk assessment from October 2023. Action: Coordinator to arrange an interview with the nail technician, with a [[Portuguese|K]] interpreter. Action: Chair to write to the former partner via the [[An Garda Síochána|K]] liaison officer to invite her contribution.
""")

doc("hdhr-14", "case note", """
ADULT SAFEGUARDING CONCERN – University Hospitals Coventry and Warwickshire – Emergency Department
Referrer: [[Dilani Wijesinghe|u071]], Staff Nurse   Date/time: 27/08/2022 03:40
Adult at risk: [[PRITCHARD, Natasha|V]]   DOB [[11/02/1989|DOB]]   NHS [[9994827165|NHS]]

Presenting complaint: 3 cm laceration to scalp. States she fell against a radiator while drunk. Brought in by ambulance (crew [[Karthik Ramasamy|u069]] and [[Efua Owusu|u036]]). Alcohol on breath but coherent. Partner, [[Darren|P]], arrived twenty minutes later and insisted on staying in the cubicle.

Concern: account inconsistent with injury (wound to crown of head, not side). Pt became quiet when partner present. When he went outside to smoke she said to me 'please don't write anything, he'll know it came from me'. Asked directly if she was safe at home: 'safe enough'. She then asked whether the hospital would 'tell the police automatically'; when told that this would depend on what she wanted, she said she wanted to go home.

Actions: seen by [[Dr Layla al-Hassan|u084]] (ED consultant); wound glued. Hospital IDVA not on site (service hours 09:00–17:00, Monday to [[Friday|K]]). Pt given a card for the [[National Domestic Abuse Helpline|K]]. Concern raised with local authority; GP informed by discharge letter. Pt self-discharged at 04:55 with partner.

Outcome (added 02/09/2022 by [[Andreea Dumitrescu|u052]], Named Nurse Safeguarding Adults): local authority screening officer [[Nasrin Moradi|u089]] made two calls to pt, both unanswered. Concern closed as 'no care and support needs – signposted'. Not referred to MARAC; DASH not completed in ED.

[[Dawn|K]] handover note (added retrospectively): security officer [[Arnel Mendoza|u082]] recalled that the partner had been 'shouting at the reception desk' and was asked to leave the waiting room at 03:10.
""")

doc("hdhr-15", "GP note", """
Patient: [[COLE, Darren James|P]]   DOB [[23/09/1985|DOB]]   NHS No: [[999 305 2218|NHS]]
Usual GP: [[Dr N Jayasuriya|u073]]

14/02/2022 [[Dr Jayasuriya|u073]]. c/o anxiety, 'head all over the place', poor sleep. Drinking 6–8 cans/night, spirits at weekends. Admits cocaine 'at weekends only'. Says partner 'winds me up, knows which buttons to press'. Denies thoughts of harm to others. [[Mirtazapine|K]] 15mg nocte. Referred to talking therapies and to [[Change Grow Live|K]].

28/03/2022 Tel. Not taking Mirtazapine – 'made me a zombie'. Requests [[Diazepam|K]]; declined, explained risks with alcohol. Pt verbally abusive to receptionist [[Dawn Young|u021]] after the call; warning letter sent by practice.

09/06/2022 [[Dr Jayasuriya|u073]]. Attended with friend [[Callum|u098]]. Low mood; says partner 'threatening to leave and take the baby'. Thoughts of suicide 'if she goes'. No plan. Urgent referral to crisis team; safety-netted. No enquiry made about risk to partner or children.

10/06/2022 Letter from crisis team ([[Ngozi Eze|u031]], CPN): seen at home, calm, denies current suicidal intent. Partner [[Natasha|V]] present and 'supportive'. Discharged back to GP with advice to engage with Change Grow Live.

23/01/2023 [[Dr Małgorzata Zielińska|u050]] (locum). Requests fit note – 'my missus has kicked me out'. Living in a bedsit. Drinking increased. Sertraline 50mg od started. Fit note 4/52, stress. Mentioned that he 'still has a key' to ex-partner's flat. Not explored. Same practice as ex-partner – no alert on his record at this date.
""")

doc("hdhr-16", "case note", """
[[Cheshire and Greater Manchester Community Rehabilitation Company|K]] – CASE RECORDING (extract)
Service user: [[COLE Darren|P]], born [[23 September 1985|DOB]]   Order: Community Order, 18 months, made 12/08/2016 at [[Manchester and Salford Magistrates' Court|K]]
Requirements: Building Better Relationships programme; 20 RAR days; 80 hours unpaid work. Responsible officer: [[Chukwudi Nwosu|u032]]

24/08/2016 Induction. [[Darren|P]] polite and articulate. Minimised the offence: 'it was a push, she fell over the coffee table'. Victim: [[Aoife Gallagher|u009]], ex-partner. Programme explained. Women's Safety Worker [[Caoimhe Ní Dhomhnaill|u094]] to contact the victim. He said that the victim 'made things up to get attention' and that her family in Ireland had 'turned her against him'. He agreed to attend the programme but asked whether it could be done online.

07/09/2016 WSW [[Caoimhe|u094]]: contact with victim by phone. She describes three years of coercive control – phone checking, isolation from friends, control of money – and two incidents of strangulation that were never reported. Victim moving to [[Galway|K]] to be near family. Assessed as high risk of serious harm to any future partner.

17/11/2016 Missed second appointment in a month. [[Mr Nwosu|u032]] issued a formal warning. Service user says he has a new driving job with changing hours. Programme start deferred to January.

03/2017 Breach proceedings. Order revoked and service user re-sentenced to a fine, the court noting 'progress with employment'. Programme never started. Case closed 21/04/2017. Closing summary: 'risk to future partners remains high; no intervention completed.' No onward referral made. [[Mr Cole|P]] told staff he intended to 'move down south'.
""")

doc("hdhr-17", "email", """
From: [[Siobhán Ní Bhriain|u007]] <[[siobhan.nibhriain@example.com|EM]]>
To: DHR Coordinator <[[dhr.coordinator@example.org|EM]]>
Sent: [[Wednesday|K]] 7 February 2024 21:13
Subject: Re: [[Natasha|V]] – the review

Hi [[Lisa|u107]],
Sorry it's taken me so long to reply – I've started this email about ten times. I worked with [[Tash|V]] at the nursery for five years and she was honestly the best practitioner in the building. The babies adored her. I'm happy to talk to the chair, but I wanted to write some things down first while I still remember them properly.

From about 2019 she changed. She stopped coming to Friday drinks at the [[Weaver's Rest|PL]], which had been her idea in the first place. [[Daz|P]] would turn up at the gate at four even though she didn't finish till half five. Our manager, [[Amber|u016]], had a word with her once about her phone going constantly on the floor, and [[Tash|V]] cried in the staff room and said if she didn't answer he'd think she was with someone.

In 2022 she came in with a black eye and said [[Ruby-Mae|u002]] had head-butted her by accident. We all knew. [[Rasa|u053]] and I talked about ringing someone but we didn't know who you ring. I feel terrible about that. If there's one thing I'd want in your report it's that colleagues need to be told who to call.

After she finished with him in January last year she was so much lighter. She met [[Ryan|u108]] through [[Sky|u023]], a friend from the gym, and she was laughing again. But [[Darren|P]] was everywhere – outside the nursery, in the car park at [[Tesco|K]], messaging her from new numbers. She showed me messages from a [[+48 512 000 304|FP]] number and said he'd got [[Krzysztof|u049]] from his old work to send them for him.

Sorry this is so long. My number is [[07700 900219|UP]] if it's easier to talk. Love to [[Sandra|M]] if you speak to her.
[[Siobhán|u007]]
""")

doc("hdhr-18", "police log", """
DOMESTIC VIOLENCE DISCLOSURE SCHEME ([[CLARE'S LAW|K]]) – RIGHT TO ASK – REF 23/0117
Applicant: [[PRITCHARD Natasha|V]]   DOB [[11/02/1989|DOB]]
Subject: [[COLE Darren James|P]]   DOB [[23/09/1985|DOB]]

30/01/2023 Application made in person at the Coventry Central front counter. Applicant states the relationship ended two weeks ago; subject is still turning up at her address and has sent over 200 messages. Applicant wishes to know about subject's past with an ex-partner in Manchester. She brought a folder of screenshots and a handwritten list of dates.

06/02/2023 Checks completed by DS [[Imran Qureshi|u055]]: PNC conviction for assault by beating (2016, GMP); GMP intelligence shows eleven DA incidents, victim [[GALLAGHER Aoife|u009]]. Decision panel 09/02/2023 chaired by DI [[Gill|u066]]: disclosure to be made.

14/02/2023 Disclosure made at applicant's home by DS [[Qureshi|u055]] and DC 5520 [[Fatima El-Amrani|u086]]. Applicant accompanied by friend [[Ayaan Warsame|u010]]. Applicant signed confidentiality undertaking and said: 'I knew it. He told me she was a liar.' Safety advice given. DASH 14 – HIGH. IDVA referral offered – declined ('I've got my mates, I'm fine').

MARAC referral made on professional judgement. Note: subject's current address [[Bedsit 2, 9 Foundry Street|SA]], Coventry [[CV2 8ZJ|PC]]; landlord [[Mr Demir|u040]]. No markers added to that address.
""")

doc("hdhr-19", "IDVA record", """
IDVA SERVICE – CASE RECORD (SECOND REFERRAL)
Client: [[Natasha Pritchard|V]]   Mobile: [[+44 7700 900731|UP]] (safe to call after 6pm)
Source: self-referral 02/10/2023; previous MARAC 2020 and February 2023 (DS [[Qureshi|u055]])
IDVA: [[F. Adeyemi|u014]]   RAG rating: Red (was [[Amber|K]] in February)

02/10/23 – Self-referral by phone. Client said her ex-partner has been 'getting worse again' since she started seeing [[Ryan Ashworth|u108]]. On 28/09 [[Darren|P]] followed her new partner from the [[Mallard|PL]] pub to his car and smashed the wing mirror. Police attended (log 1544). Client has received a voice note: 'if I can't have you no one can.'

DASH 19 – high. Risk factors: separation, stalking, threats to kill, previous strangulation, child contact (contact with [[Ruby-Mae|u002]] arranged informally through his mum, [[Maureen|u006]]). Discussed non-molestation order; client agreed to see a solicitor. Referred to [[Saima Chaudhry|u056]] at a legal aid firm. [[Ms Chaudhry|u056]] confirmed on 09/10 that an application would be made without notice.

05/10/23 – Safety planning at the office. Client brought her new partner; seen alone for first half. Agreed: new phone, number not to be given to [[Maureen Cole|u006]]; school informed; doorbell camera via Sanctuary scheme referral; emergency bag kept at [[Hope|u011]]'s flat (neighbour, flat 2).

12/10/23 – Discussed refuge. Client said 'I'm not letting him drive me out of my own home, and [[Jay|u001]]'s got his mates and his football.' Respected. Refuge space in Leicester offered and declined (see referral form). Client asked whether school would be told about police call-outs – confirmed Operation Encompass in place.

01/11/23 – Client reported [[Darren|P]] parked outside on three evenings. Advised to call 999 each time. Sanctuary works delayed by contractor backlog. Manager [[Jenny Thorne|u120]] agreed escalation to MARAC on 16/11/23. 17/11/23 – IDVA tried to call client after 6pm – no answer; text sent: 'thinking of you, call when safe'.
""")

doc("hdhr-20", "housing record", """
HOUSING OPTIONS – HOMELESSNESS APPLICATION (extract)
Applicant: [[Mr Darren James Cole|P]]   NI No: [[QQ 41 27 83 B|NI]]   DOB [[23/09/1985|DOB]]
Last settled address: [[Flat 6, 31 Lapwing Close|SA]] (not a tenant)
Current: sofa surfing; private let at [[9 Foundry Street|SA]] from 20/01/2023

17/01/2023 Interview by [[Sahra Jama|u112]], Housing Options Officer. Applicant says he left his partner's flat 'by mutual agreement' after 'a row'. Asked whether there had been any domestic abuse, he said 'she gives as good as she gets'. Not recorded as a perpetrator; no link made to the partner's tenancy or to police information. The officer recorded that he 'presented as calm and reasonable'. There was no enquiry about whether he posed a risk to anyone, and the application was not cross-referenced with the housing register, where his former partner's flat was flagged.

Applicant asked for priority because of his mental health and contact with his daughter. Advised that he is unlikely to be in priority need. Given a list of private landlords, including [[Mr Mehmet Demir|u040]] ([[07700 900905|UP]]).

22/03/2023 Email from [[Rahima Begum|u059]] (transfer team) asking whether [[Mr Cole|P]] had been rehoused locally, as [[Ms Pritchard|V]] had applied for a management transfer citing fear of him. [[Sahra|u112]] replied that he was living in [[Foundry Street|PL]], about a mile from the tenant. No joint risk discussion was held.

[[Grace|K]] period: the applicant owed £320 on a former joint utility account and was given 28 days to agree a repayment plan before the debt was referred on.
""")

doc("hdhr-21", "letter", """
[[Ms Ayaan Warsame|u010]]
[[Flat 12, 4 Sandpiper Way|SA]]
Coventry
[[CV6 9QT|PC]]
4 March 2024

Dear [[Ms Warsame|u010]],
I am the independent chair of the review into the death of your friend [[Natasha Pritchard|V]]. [[Natasha|V]]'s mother, [[Mrs Sandra Pritchard|M]], told me how much [[Natasha|V]] relied on you, and that you were with her when the police told her about [[Darren Cole|P]]'s past.

Friends often know far more than agencies about what is really happening in a relationship. [[Young|K]] women in particular tell us that they confide in friends long before they approach a professional, so I would be very grateful to hear anything you feel able to share. You do not have to talk about the night she died. The panel is made up of senior people from the police, health, housing, children's services and specialist domestic abuse services, and none of them had any direct involvement with [[Natasha|V]].

If you would prefer to speak in [[Somali|K]], I can arrange an interpreter, and you are welcome to bring someone with you. We can meet wherever you feel comfortable: at home, at the offices of Coventry Haven, or by video.

Please contact the review coordinator on [[07700 900350|UP]] or at [[dhr.coordinator@example.org|EM]] if you would like to take part. If you would rather not, I understand completely, and you do not need to reply.
Yours sincerely,
Independent Chair
""")

doc("hdhr-22", "minutes", """
MARAC – COVENTRY – Thursday 12 March 2020 – CASE 14 OF 22
CONFIDENTIAL – NOT TO BE SHARED OUTSIDE PARTICIPATING AGENCIES
Chair: DCI [[Hamish Buchanan|u100]]

Victim: [[N Pritchard|V]] (31), [[Lapwing Close|PL]]. Perpetrator: [[D Cole|P]] (34). Children: two, aged 8 years and 10 months. Referring agency: police. Repeat: no.

Police (DC [[Brown|u024]]): incident 20/02/2020, non-fatal strangulation; NFA as victim withdrew support. Research form: 'previous DA – nil locally'. Out-of-force history not checked.

IDVA: engaged 24/02, safety plan in place including a code word with a friend. Victim now asking for case closure; says perpetrator attending an 'anger course'. IDVA to check the course exists.

Children's Services ([[Hodan Mohamed Ali|u026]]): assessment under way; home visit 18/03. Health ([[Folasade Ogunleye|u030]]): GP records show bruising in January 2020 and postnatal depression; HV [[Summer White|u022]] to increase contact and see mother alone.

Actions: (1) Police to flag the address 'treat as urgent'. (2) [[Meadowgate Homes|K]] to add DA marker to the tenancy. (3) IDVA to confirm the perpetrator's programme. (4) HV to see mother alone. (5) Change Grow Live: no current involvement – no action. Next review: none.
""")

doc("hdhr-23", "case note", """
[[West Midlands Ambulance Service|K]] – Patient Report Form (extract)
Incident: 18/11/2023 22:51   Location: [[Flat 6, 31 Lapwing Close|SA]], [[CV6 9ZX|PC]]
Crew: [[Karthik Ramasamy|u069]] (Paramedic), [[Rowena Dela Cruz|u081]] (EMT)

On arrival at 22:59 police already on scene (PC [[Van der Berg|u110]]). Female patient, approx. 30s, lying in hallway with multiple stab wounds to chest and abdomen. GCS 3. Identified by neighbour as '[[Tasha|V]]'. CPR in progress by officers.

Advanced life support continued for 35 minutes with the HEMS doctor, [[Dr Oluwaseun Adebayo|u028]]. Life pronounced extinct at 23:41. Police informed; body left in situ for scene preservation.

Children: girl aged 4 found in bedroom by police, unharmed, and cared for by a neighbour, [[Mrs Marcia Campbell|u101]], under police supervision. Boy aged 12 not present – at a friend's house for the night.

Male at scene detained by police with minor lacerations to right hand; treated by second crew ([[Winston Gayle|u104]], [[Maricel Santos|u080]]) and conveyed under arrest to [[University Hospital Coventry|K]]. Crew debrief offered to all staff by clinical supervisor [[Siân Pritchard-Jones|u141]].
""")

doc("hdhr-24", "case note", """
Coventry and Warwickshire Partnership NHS Trust – Crisis Resolution and Home Treatment Team
Name: [[Darren Cole|P]]   NHS [[999 305 2218|NHS]]   Referral: GP, 09/06/2022 (urgent)

10/06/22 Home visit by [[Ngozi Eze|u031]] (CPN) and [[Parisa Ahmadi|u087]] (support worker) at partner's flat. [[Mr Cole|P]] reports low mood since losing his job at the warehouse in [[April|K]]; says his supervisor, [[Mindaugas|u054]], 'had it in for me'. Drinking daily; cocaine at weekends. He described the relationship as 'up and down' and said that his partner 'pushes and pushes'. He was not asked what happened when arguments escalated.

Partner [[Natasha|V]] present throughout, sitting on the arm of the sofa; said little. When asked how she was she said 'I'm fine, it's him we need to sort out.' Children at nursery and school. Risk to others: not assessed – 'no forensic history known'.

Plan: discharge to GP; signpost to Change Grow Live; Mirtazapine to be reviewed by GP. [[Mr Cole|P]] declined psychology. Discussed at MDT 13/06/22 with [[Dr Subramaniam|u068]]: 'no further role for CRHTT'.

Reviewer's note for panel: the team did not consider whether [[Natasha|V]] could speak freely with [[Darren|P]] in the room, nor ask about domestic abuse, although the GP referral recorded that he said his partner 'winds me up'. The 2016 conviction was not on trust records. [[Dr Subramaniam|u068]] has accepted this learning and will lead a practice event.
""")

doc("hdhr-25", "email", """
From: [[Amber Whitfield|u016]] <[[manager@example.net|EM]]>
To: DHR Coordinator <[[dhr.coordinator@example.org|EM]]>
Date: 20 February 2024
Subject: Information for the review

Dear DHR Coordinator,
Please find below the information you asked for about [[Natasha|V]]'s employment with us. She joined in [[September|K]] 2017 as a Level 3 practitioner and became room leader for the baby room in 2019. Her sickness record was very good until 2021.

Absences: 2021 – 11 days (back pain, 'flu'); 2022 – 19 days, including three days after what she described as a fall in [[August|K]] 2022. On two occasions her partner rang in sick on her behalf, which we noted as unusual. Both calls were taken by our administrator, [[Bronwen Price|u145]], who remembers that he 'did all the talking'. My deputy, [[Rasa Kazlauskienė|u053]], raised this with me at the time.

In November 2022 I held a welfare meeting with [[Tash|V]]. She told me that [[Darren|P]] was 'controlling' and that he took her wages. I gave her the number for Coventry Haven and said she could use the office phone at any time. I did not make a referral because she asked me not to. With hindsight, I should have sought advice from the local authority safeguarding team.

From February 2023 [[Mr Cole|P]] was seen outside the nursery on at least six occasions. Our caretaker, [[Yonas Habte|u039]], asked him to leave twice. At [[Ms Pritchard|V]]'s request we added him to our 'do not release' list for their daughter, who attends the nursery.

We have since trained all staff on domestic abuse and appointed a DA champion. Please let me know if you need anything further.
Kind regards,
[[Amber|u016]]
Nursery Manager
""")

doc("hdhr-26", "case note", """
INTERVIEW NOTE – WITNESS: [[Larissa Oliveira dos Santos|u047]]
Date: Thursday 1 February 2024, 10:00. Interpreter: [[Joy Green|u012]] (Portuguese). Interviewer: DHR Chair. Notes agreed with the witness afterwards.

Chair: 'How did you know [[Natasha|V]]?'
[[Larissa|u047]] (via interpreter): 'She came to my salon every three weeks, for four years maybe. Always the same colour, a pale pink. We talked about everything. My husband [[Thiago de Souza|u046]] says I know more about my clients than their doctors do.'

Interpreter [[Joy Green|u012]] noted that the witness switched to English for the next answer and asked that it be recorded in her own words.

[[Ms Oliveira dos Santos|u047]]: 'One time, 2021, she came in and her nails were all broken, her hands were shaking. I said, [[Tash|V]], what happened? She said [[Dazza|P]] took her phone and she tried to take it back. She laughed like it was funny. It was not funny.'

Chair: 'Did she ever tell you she was frightened of him?'
[[Larissa|u047]]: 'In October, yes. She said he was outside every night, just sitting in the car. She said, if something happens to me, [[Lari|u047]], you tell my mum it was him. I told her go to the police. She said she did, many times. I wish I did more.'
""")

doc("hdhr-27", "police log", """
WEST MIDLANDS POLICE – STORM LOG 2288 – 18/11/2023 – GRADE 1 – CONCERN FOR SAFETY / WEAPON

2244hrs 999 CALL FROM [[MRS MARCIA CAMPBELL|u101]] (FLAT 1) ON [[07700 900146|UP]]. STATES A MAN IS KICKING THE DOOR OF FLAT 6 AND A WOMAN IS SCREAMING 'HE'S GOT A KNIFE'. CALLER KNOWS MALE AS '[[DARREN|P]], [[TASH|V]]'S EX'.

2245hrs ADDRESS HAS MARAC FLAG AND DA MARKERS. LINKED: [[PRITCHARD, NATASHA|V]] – HIGH RISK VICTIM; [[COLE, DARREN JAMES|P]] – NON-MOLESTATION ORDER SERVED 03/11/2023. GRADED IMMEDIATE. CALL HANDLER [[PHAM THU HA|u079]].

2246hrs SECOND CALL FROM [[MR T GEBREMARIAM|u037]] (FLAT 4): 'SHE HAS STOPPED SCREAMING.' CALLER ADVISED NOT TO APPROACH AND TO STAY ON THE LINE.

2249hrs ON SCENE: PC 4410 [[VAN DER BERG|u110]] AND PC 7718 [[KAMIŃSKI|u115]]. DOOR OPEN. FEMALE ON HALLWAY FLOOR WITH MULTIPLE WOUNDS. MALE IN KITCHEN HOLDING KNIFE, COMPLIES WITH INSTRUCTION TO DROP IT. [[COLE|P]] ARRESTED FOR ATTEMPTED MURDER. REPLY TO CAUTION: 'SHE MADE ME DO IT.'

2250hrs CPR COMMENCED BY PC [[KAMIŃSKI|u115]]. CHILD (F, 4) LOCATED IN BEDROOM, UNHARMED; PLACED WITH [[MRS CAMPBELL|u101]] UNDER OFFICER SUPERVISION. AMBULANCE ETA 8 MINS.

2341hrs LIFE PRONOUNCED EXTINCT. INCIDENT UPGRADED TO MURDER. SIO DCI [[BUCHANAN|u100]]. DUTY INSP [[NAZIR|u140]] INFORMED. FLO DS [[C O'NEILL|u093]] TO BE DEPLOYED; FAMILY IN [[SWANSEA|K]] TO BE INFORMED VIA [[SOUTH WALES POLICE|K]] (PC [[DAFYDD AP RHYS|u096]]).

19/11/2023 0020hrs [[RYAN ASHWORTH|u108]] (CURRENT PARTNER OF VICTIM) ATTENDS CORDON, DISTRESSED. STATES HE LEFT THE FLAT AT 2200HRS AND [[NATASHA|V]] TEXTED HIM AT 2231HRS 'HE'S OUTSIDE AGAIN'. PHONE SEIZED AS EVIDENCE WITH CONSENT.
""")

doc("hdhr-28", "GP note", """
Patient: [[Pritchard, Natasha L|V]]   DOB [[11.02.1989|DOB]]   NHS [[999 482 7165|NHS]]
Alerts: DA – do not discuss with partner; MARAC flag (added 06/02/2023)

06/02/2023 [[Dr K Mensah|u033]]. Pt attends, much brighter. Has ended relationship with [[Darren|P]] ('finally'). Sleeping better. Stopped Citalopram herself in [[December|K]], no withdrawal. Disclosed past DA in detail: strangulation x2, financial control, phone monitoring. Has applied under Clare's Law. Coded DA. Safeguarding lead [[Dr Desai|u063]] informed.

06/02/2023 (cont.) Son 'angry with me and with him' – suggested referral to school counsellor. Pt asked that [[Mr Cole|P]] is not given any information via the practice – note: he is registered at the same practice. Alert added to both records.

19/06/2023 Tel [[Dr Chen|u074]]. c/o palpitations, panic attacks. Ex 'everywhere I go' – parks outside flat, turned up at daughter's nursery. Advised to report each time to police. [[Propranolol|K]] 10mg prn. Self-referral to talking therapies discussed.

04/10/2023 [[Dr Mensah|u033]]. Attends with new partner. Requests letter to support housing transfer. Letter written the same day and handed to pt (housing later said not received). Mood low, sleep poor, 'always listening for the door'. Restarted Sertraline 50mg.

10/11/2023 Note by receptionist [[Dawn|u021]]: a man giving his name as '[[Daz|P]]' phoned asking 'what time is [[Natasha Pritchard|V]]'s appointment'. Information not given. Not escalated to GP or police.
""")

doc("hdhr-29", "letter", """
[[HM Coroner for Coventry|K]]
Coroner's Officer: [[Karen Sutton|u109]]
Tel: [[0116 496 0722|UP]]   Email: [[coroners.officer@example.org|EM]]
2 [[August|K]] 2024

Dear DHR Coordinator,
Inquest touching the death of [[Natasha Louise PRITCHARD|V]]
Thank you for your letter of 4 [[April|K]] 2024. I can confirm that the inquest was opened on 24 November 2023 and adjourned pending the outcome of criminal proceedings against [[Darren James COLE|P]].

Following [[Mr Cole|P]]'s conviction for murder at Coventry Crown Court on 19 [[July|K]] 2024, the Senior Coroner, [[Mr Chaminda Perera|u072]], has decided not to resume the inquest, as the circumstances of the death were sufficiently examined at trial. The family were told of this decision by the coroner's office on 26 [[July|K]] 2024 and did not object.

The post-mortem report prepared by [[Dr Omar Haddad|u085]], Home Office pathologist, may be released to the review under the usual undertaking. Please note that it contains photographs and should not be shared with the family without warning and support.

[[Mrs Pritchard|M]] has asked this office to pass on her thanks to the panel. She would also like her daughter's personal effects, including a notebook in which [[Natasha|V]] recorded every time [[Mr Cole|P]] came to the flat, returned to her once the review has seen it.

Yours sincerely,
[[Karen Sutton|u109]]
Coroner's Officer, on behalf of the Senior Coroner
""")

doc("hdhr-30", "minutes", """
DHR 2023/04 – PANEL MEETING 4 (FINAL)
Wednesday 11 September 2024, by video
Present: Chair; Coordinator; DI [[Gill|u066]]; [[Folasade|u030]] ([[ICB|K]]); [[Rahima|u059]] (Housing); [[Harpreet|u065]] (Probation); [[Hêvî|u043]] (Coventry Haven); [[Jayshree|u064]] (Children's Services); [[Meenakshi Sundaram|u070]] (UHCW); [[Dr Subramaniam|u068]]. Attending for item 1: [[Grace Atherton|u105]] (AAFDA) on behalf of the family.

1. Family comments on the draft. [[Grace|u105]] read a statement from [[Mrs Pritchard|M]] and her elder daughter. The family want the report to say plainly that [[Darren|P]] had done this before, that [[Natasha|V]] did everything she was told to do, and that agencies did not talk to each other. They asked that the report use the pseudonym chosen by her son throughout.

2. Recommendations. Fourteen recommendations agreed. [[Hope|K]] was expressed that the [[Domestic Abuse Act 2021|K]] statutory guidance on economic abuse will be reflected in housing training. The housing representative accepted recommendations 6–8 on behalf of Meadowgate Homes and the council. The panel also agreed to describe the nursery only as 'the victim's employer', at the request of [[Amber Whitfield|u016]], who was concerned for her staff.

[[Harpreet|u065]] noted that recommendation 3 (sharing closure summaries when an offender moves area) is a national issue and should go to HM Prison and Probation Service. [[Folasade Ogunleye|u030]] agreed to take recommendation 9 (routine enquiry in primary care when a patient describes relationship stress) to the ICB safeguarding group.

Action: Chair to finalise the report by 30 September. Action: Coordinator to submit to the Home Office QA panel. Action: police panel member to brief the MAPPA Strategic Management Board on serial perpetrators.

AOB: [[Meenakshi|u070]] reported that an ED nurse, [[Dilani Wijesinghe|u071]], who treated [[Natasha|V]] in 2022, has asked to be told the outcome of the review. The Chair agreed to write to her. Meeting closed at 12:10.
""")

doc("hdhr-31", "case note", """
Change Grow Live – Coventry – assessment and key work notes
Service user: [[D. Cole|P]]   Key worker: [[Tanvir Ahmed|u061]]

21/07/2022 Assessment. AUDIT 31. Cocaine 1–2g at weekends. Reports 'my missus says I'm a different person when I drink'. DA screening question 'Have you ever hurt a partner?' – recorded as 'No'. Not cross-checked with police or GP. The assessment form has a section on family and relationships, which was left blank.

04/08/2022 Group session – DNA. Text sent to [[07700 900613|UP]]. 11/08/2022 Attended 1:1 with [[Tanvir|u061]]. Talked about childhood: father 'handy with his fists', mother [[Maureen|u006]] 'just took it'. Says he 'would never be like him'.

25/08/22 dna. tc to su – partner answered, said [[dazza|P]] in bed 'not well'. spoke briefly to [[tash|V]] – 'he's fine honestly, he'll ring you'. no call back. fyi [[tanvir|u061]] on leave from 29/08.

01/09/2022 Handover to [[Agnieszka Wiśniewska|u048]] (key worker). [[Agnieszka|u048]] notes: 'SU agitated; says partner "in hospital again, clumsy cow". Concerning language – discuss in supervision.' No record that supervision took place.

10/10/2022 Discharged after three DNAs. Letter to GP. Risk to others recorded as 'low'. Not discussed with MARAC or police.
""")

doc("hdhr-32", "housing record", """
Coventry City Council – Housing Register – Management Transfer Request
Applicant: [[Ms Natasha Pritchard|V]]   NI No: [[QQ123456C|NI]]   Ref HR/23/0733
Supporting evidence: police (requested), GP (letter dated 04/10/2023), IDVA (not requested)

14/03/2023 Application taken by [[Rahima Begum|u059]]. Reason: fear of ex-partner, who knows the address and may still have keys. Neighbour [[Hope Bishop|u011]] present as supporter. Applicant said: 'I want to be somewhere he can't find me. [[Lapwing Close|PL]] is all I've got but I can't sleep there.'

Police supporting letter requested from DS [[Qureshi|u055]] on 14/03/2023 by email to [[i.qureshi@example.net|EM]]. No response. Chased 05/04/2023 – email bounced (officer had moved team). Not chased further.

14/06/2023 Application lapsed for lack of supporting evidence. Automatic letter sent to the applicant at the address she was trying to leave. (The applicant had told the housing provider on 21/02/2021 that her partner controlled the money, and a MARAC marker was requested in 2020 but never actioned.)

04/10/2023 GP letter handed in at reception to customer service officer [[Nasreen Bibi|u058]], who scanned it to the wrong case (another applicant with the same surname). The error was discovered during this review.

Review comment (Housing): 'We accept that a domestic abuse transfer request should not lapse for want of a police letter. The applicant's own account should have been enough under our allocations policy and the Domestic Abuse Act 2021.'
""")

doc("hdhr-33", "email", """
From: DHR Coordinator <[[dhr.coordinator@example.org|EM]]>
To: [[Selam Tesfamariam|u038]] <[[selam.t@example.com|EM]]>
Cc: [[Rojin Baran|u042]]
Subject: [[Tigrinya|K]] interpreter – neighbour interview, Tuesday 5 March

Dear [[Selam|u038]],
Thank you for confirming. The interview is with [[Mr Tesfay Gebremariam|u037]], who lived below [[Natasha|V]] at [[Lapwing Close|PL]] and called the police on the night she died. He is comfortable in English for everyday things but prefers Tigrinya for detailed conversations. It will take place at the Coventry Haven office; [[Rojin|u042]] will meet you at reception.

[[Mr Gebremariam|u037]] has asked that his name is not used in the report and that nobody contacts his employer. Please be aware that the interview may be distressing: he heard much of what happened that night and has had little support since.

Reply from [[Selam Tesfamariam|u038]]:
Dear [[Lisa|u107]], noted, thank you. I will arrive fifteen minutes early. Could you send the address and a contact number on the day? My mobile is [[+44 7700 900277|UP]].
Kind regards, [[Selam|u038]]

Reply from [[Rojin Baran|u042]]:
Room 2 is booked. Our address is on the confidential list, so I will text it to [[Selam|u038]] on the morning rather than email it. If [[Mr Gebremariam|u037]] wants to bring his wife, [[Mebrat|u128]], that is fine – we have a second room.
""")

doc("hdhr-34", "IDVA record", """
REFUGE REFERRAL – Leicester refuge service
Date: 12/10/2023. Referring agency: Coventry Haven IDVA service ([[Faith Adeyemi|u014]], [[faith.adeyemi@example.org|EM]], [[07700 900418|UP]]). Received by: [[Fiona McIntyre|u099]], refuge manager.

Client: [[N. Pritchard|V]] (34), [[White British|K]], with two children (12 and 4). Language: English. Disabilities: none declared. Recourse to public funds: yes. Pets: none.

Perpetrator: [[D. Cole|P]] (38). Drives a silver Vauxhall. No known links to [[Leicestershire|K]]. Previous conviction for DA against an ex-partner in Greater Manchester; non-molestation application in progress.

13/10/2023 [[Fiona|u099]] (refuge): space available from 16/10 in a family unit. Rang IDVA, who spoke to the client the same day. Client declined: 'I'm not taking the kids out of school and away from everyone they know.' Referral closed; client told she can be re-referred at any time.

Note for panel ([[Jenny Thorne|u120]], IDVA manager): in hindsight the refusal, together with the escalating stalking, should have triggered an immediate repeat referral to MARAC. Escalation was agreed only on 1 November, for the meeting on 16 November.
""")

doc("hdhr-35", "letter", """
[[Mr Darren Cole|P]]
c/o [[HMP Long Lartin|K]]
[[Worcestershire|K]]
29 [[July|K]] 2024

Dear [[Mr Cole|P]],
I am the independent chair of the Domestic Homicide Review into the death of [[Ms Natasha Pritchard|V]]. Your solicitor, [[Mr Karimi|u088]], has told me that you may now be willing to speak to the review, since the criminal proceedings have ended. I understand that you are considering an appeal; nothing you tell the review will be shared with the court.

The review wants to understand what contact you had with services – your GP, the crisis team, Change Grow Live and the probation service in Salford – and whether anyone asked you about your behaviour towards [[Natasha|V]] or towards [[Ms Gallagher|u009]]. What you say will be considered alongside other information. It will not affect your sentence.

If you agree, I would visit you with the review coordinator. The prison offender manager, [[Rajinder Bains|u130]], has offered to arrange a private room. You may have a legal adviser present if you wish.

Please reply using the enclosed form. [[Mark|K]] the envelope 'Confidential – DHR' and hand it to wing staff.
Yours sincerely,
Independent Chair
""")

doc("hdhr-36", "case note", """
INTERVIEW WITH PERPETRATOR – [[HMP Long Lartin|K]] – 12 [[August|K]] 2024
Present: [[Darren Cole|P]]; [[Mr Rajinder Bains|u130]] (POM) for the first ten minutes; Chair; Coordinator (notes). Notes checked against the recording.

Chair: 'Can you tell me how you met [[Natasha|V]]?'
[[Darren|P]]: 'In the [[Weaver's Rest|PL]], [[August|K]] 2018. She was out with her mate [[Ayaan|u010]], they were celebrating something. I was in with [[Mark Hunter|u020]] and [[Delroy|u102]] after five-a-side. She was funny, [[Tash|V]]. Everyone loved her. That was the problem.'

Chair: 'What do you mean, the problem?'
[[Cole|P]]: 'Everyone wanted a piece of her. Her mates, her mum ringing every [[Sunday|K]], blokes at the gym. I just wanted it to be us two. I know how that sounds now.'

Chair: 'Did anyone from a service ever ask you how you treated her?'
[[Darren|P]]: 'No. The GP gave me tablets. The crisis lot came round and she sat there. The drug worker, [[Tanvir|u061]], he was all right, but he asked me once if I'd hurt her and I said no, and that was that. Probation in Salford, [[Chuks|u032]], he was on my case, but then I moved. Nobody ever joined it up. I'm not saying that's an excuse.'

Note: [[Mr Cole|P]] declined to discuss the events of 18 November 2023. He asked that the report say he is 'sorry for the kids'. [[Mr Bains|u130]] said afterwards that a psychiatric report for the trial by [[Dr Zhang Hao|u075]] had found no mental illness, and that [[Mr Cole|P]] has since been assessed for an accredited programme.
""")

doc("hdhr-37", "police log", """
[[GREATER MANCHESTER POLICE|K]] – INCIDENT LOG 0388 – 03/05/2015 – DOMESTIC

0212hrs CALL FROM FEMALE [[GALLAGHER, Aoife|u009]] ON [[+353 87 555 0123|FP]] (IRISH MOBILE) AT [[22 HARROWBY COURT|SA]], [[SALFORD|K]] [[M6 9ZW|PC]]. STATES BOYFRIEND HAS LOCKED HER OUT ON THE BALCONY IN HER NIGHTCLOTHES. SHE HAS NO SHOES. CALLER CRYING.

0230hrs PC 9121 [[NG|u118]] AND PC 6204 [[DARKO|u133]] ASSIGNED.

0241hrs ON SCENE. MALE [[COLE|P]] CALM AND POLITE, STATES FEMALE IS 'HYSTERICAL AND DRUNK'. FEMALE HAS BRUISING TO BOTH WRISTS AND STATES HE DRAGGED HER OUTSIDE. DOES NOT WANT TO MAKE A COMPLAINT: 'HE'LL CALM DOWN IN THE MORNING.'

0305hrs FEMALE TAKEN TO FRIEND'S ADDRESS (FRIEND [[SINÉAD MURPHY|u119]]). DASH MEDIUM. NO ARREST. INTELLIGENCE SUBMITTED BY PC [[NG|u118]]. NOTE: NINTH DA INCIDENT INVOLVING THIS COUPLE.

14/03/2016 2355hrs (LINKED LOG 1140) FEMALE REPORTS ASSAULT – PUSHED INTO COFFEE TABLE. [[COLE|P]] ARRESTED AND CHARGED WITH ASSAULT BY BEATING. PLEADED GUILTY 12/08/2016. VICTIM RELOCATED TO [[IRELAND|K]] 2017.
""")

doc("hdhr-38", "email", """
From: [[Rhiannon Davies|u003]] <[[rhi.davies@example.net|EM]]>
To: DHR Coordinator <[[dhr.coordinator@example.org|EM]]>
Date: Sunday 24 March 2024 22:47
Subject: My statement about [[Tash|V]]

Hiya, as promised here's what I want to say. [[Tash|V]] was my little sister, three years younger than me. We grew up in [[Cwmgarw|PL]] and she was the one up on the table at every party doing karaoke. When she moved to Coventry I was gutted, but she needed a fresh start after [[Owain|u005]]. She rang me every single night for the first year.

When [[Darren|P]] came along the calls got shorter. Then he started answering her phone. Once I rang and he said 'She's busy, [[Rhi|u003]]' – and I'd never told him anyone called me that. That's when I knew he was reading her messages.

At Christmas 2021 she came home for two days without him and slept through most of it. Auntie [[Sharon|u122]] said she looked hollowed out. She told me in the kitchen that he had 'put his hands on her neck' twice. I begged her to stay with us. She said [[Ruby-Mae|u002]] needed her dad.

I want people to know she wasn't weak. She did everything – police, GP, the housing, Clare's Law, a new phone, a camera on the door. The system had more chances than she did. I'm happy for this to go in the report, but please use her pseudonym and not her real name.
[[Rhiannon|u003]]
Mob: [[07700 900773|UP]]
""")

doc("hdhr-39", "case note", """
SCHOOL SAFEGUARDING RECORD (extract) – Pupil: [[Jayden Morgan|u001]], Year 8
DSL: [[Mrs Akosua Boateng|u034]]   Deputy DSL: [[Mr Manjit Dhillon|u067]]

03/11/2023 08:20 Operation Encompass notification received from police about an incident at home on 02/11 (mother's ex-partner outside the address; non-molestation order being served). [[Mr Dhillon|u067]] informed the form tutor, [[Ms Nguyen|u077]]. Key adult identified for the pupil.

03/11/2023 10:45 Teaching assistant [[Mr Stanikzai|u092]] noted the pupil was quiet in maths with his head on the desk. He said 'my mum's ex is a psycho'. Offered time with the learning mentor; declined.

10/11/2023 Pupil asked to speak to [[Mrs Boateng|u034]]. Says he is scared to go home because '[[Darren|P]] keeps driving past'. Says he has told his mum and she has told the police. [[Mrs Boateng|u034]] phoned mum, who confirmed this and said she has an IDVA ([[Faith|u014]]). DSL emailed the IDVA at [[faith.adeyemi@example.org|EM]]; no reply recorded (the email was later found in a junk folder). [[Mr Dhillon|u067]] recorded that the pupil 'looked relieved' after speaking and agreed to check in with him each morning.

20/11/2023 Informed by police of mother's death. Critical incident plan activated. [[Jayden|u001]] now living with his maternal grandmother in Wales. Records transferred securely to his new school in Swansea on 27/11/2023.
""")

doc("hdhr-40", "letter", """
[[Mrs Sandra Pritchard|M]] and [[Mr Huw Llewellyn|u004]]
[[7 Heol y Felin|SA]]
[[Cwmgarw|PL]]
[[SA4 9XQ|PC]]
3 February 2025

Dear [[Sandra|M]] and [[Huw|u004]],
I enclose the final report of the review, as approved by the Home Office Quality Assurance Panel. Thank you for the time you gave to the review, and for allowing [[Grace Atherton|u105]] to represent your views at the final panel meeting.

You will see that the report refers to your daughter by the name the family chose, and to her children as [[Child A|K]] and [[Child B|K]]. Nobody who reads it will be able to identify [[Natasha|V]] from the report, but you will recognise her in every chapter, because so much of it is in your words and [[Rhiannon|u003]]'s.

I know that the findings will be hard to read. The panel concluded that [[Natasha|V]]'s death could not be said to have been predictable on any single day, but that the risk [[Darren Cole|P]] posed was known in parts to at least nine agencies and that nobody held the whole picture. Had his history with his previous partner been shared in 2020, [[Natasha|V]] would have been offered a different level of protection. The report also records, as you asked, that [[Natasha|V]] did everything she could to keep herself and the children safe.

[[Hope|K]] is not a word I use lightly in letters like this one, but the partnership has already changed how MARAC research is done, and housing transfer requests will no longer lapse for want of a police letter. [[Ms Begum|u059]] has asked me to say that she would be glad to meet you to explain the housing changes.

The report will be published on the partnership's website on Monday 3 March 2025. If you would like a printed copy for her son when he is older, please let me know.
With my very best wishes,
[[Morag McLeod|u097]]
""")

doc("hdhr-41", "police log", """
WEST MIDLANDS POLICE – STORM LOG 1544 – 28/09/2023 – CRIMINAL DAMAGE (DA-RELATED)

2312hrs CALL FROM [[RYAN ASHWORTH|u108]] ON [[07700 900588|UP]]. STATES THE EX-PARTNER OF HIS GIRLFRIEND HAS FOLLOWED HIM FROM THE [[MALLARD|PL]] PUB ON [[WHARF ROAD|PL]] AND SMASHED HIS WING MIRROR WITH A BOTTLE. SUSPECT NAMED AS '[[DAZ COLE|P]]'.

2315hrs WITNESS: PRIVATE HIRE DRIVER [[GULED ABDI|u027]] WAS PARKED OPPOSITE AND SAW A MALE KICK AND STRIKE THE MIRROR. DESCRIPTION: [[WHITE|K]] MALE, 30S, GREY HOODIE, SHAVED HEAD. DASHCAM FOOTAGE AVAILABLE.

2340hrs PC 6672 [[STOICA|u116]] ATTENDS. [[ASHWORTH|u108]] STATES [[COLE|P]] SHOUTED 'SHE'S STILL MINE, TELL HER THAT.' CRIME RECORDED. [[PRITCHARD|V]] CONTACTED BY PHONE, CONFIRMS HISTORY AND STATES SHE IS 'TERRIFIED'. NO DASH COMPLETED AS THE VICTIM OF THIS CRIME IS THE CALLER.

30/09/2023 [[COLE|P]] ARRESTED AT [[9 FOUNDRY STREET|SA]]. NO COMMENT INTERVIEW. FLATMATE [[TUNDE BAKARE|u029]] (CONTACT [[+234 803 555 0192|FP]]) STATES [[COLE|P]] CAME HOME 'ABOUT MIDNIGHT, BUZZING'. RELEASED UNDER INVESTIGATION. NO CONDITIONS.

02/11/2023 2105hrs [[PRITCHARD|V]] REPORTS [[COLE|P]] SAT IN CAR OUTSIDE HER ADDRESS FOR 40 MINS. NO UNIT AVAILABLE; CAR GONE ON CALL-BACK AT 2210HRS. NMO SERVED ON [[COLE|P]] 03/11/2023 BY PROCESS SERVER [[BILAL AKHTAR|u057]]. OPERATION ENCOMPASS NOTIFICATION SENT.
""")

doc("hdhr-42", "case note", """
SUMMARY OF NEIGHBOUR ACCOUNTS
Prepared by the DHR Coordinator from police statements and review interviews, with the consent of those named.

[[Mrs Inês Carvalho|u044]] (flat 9, opposite block), interviewed with Interpreter [[Joy Green|u012]]: she often saw [[Natasha|V]] walking her little girl to nursery. From spring 2023 'a man in a grey car' sat in the car park 'like a policeman'. She did not report it because she 'did not want trouble'. Through the interpreter she added that she had seen the same car outside the nursery gates when she collected her own son, and that she had told her husband, [[Vasco|u134]], who 'said it was not our business'.

[[Mr Tran Van Minh|u078]], who runs the takeaway at the end of [[Lapwing Close|PL]], said that [[Mr Cole|P]] came in most evenings in October and November 2023 and sat at the window table. [[Mr Tran|u078]] once asked him if he was waiting for someone, and he said 'my family'.

[[Mrs Marcia Campbell|u101]] (flat 1) described [[Natasha|V]] as 'a lovely girl, always had time for my grandson [[Jerome|u121]]'. On the night she heard the door being kicked and called 999 at once. She looked after the little girl until the police took over. Her daughter, [[Paulette|u144]], who was visiting that weekend, sat with the child while [[Mrs Campbell|u101]] spoke to officers.

[[Mr Khalid bin Rashid|u083]] (formerly flat 3) said that after the 2020 incident nobody from the police or the housing came back to him. 'I gave a statement and then nothing. I thought she had moved on from him. I should have knocked on her door.' [[Mr bin Rashid|u083]] moved away in 2021.

[[Hope Bishop|u011]] (flat 2) kept [[Natasha|V]]'s emergency bag. 'Regarding that night: she texted me at half ten saying he was outside again. I told her to ring 999. I'd gone to bed by the time it happened.' [[Hope|u011]] asked the panel to know that she blames nobody but him.
""")

doc("hdhr-43", "email", """
From: [[Steve Harding|u106]] (HR Business Partner) <[[s.harding@example.com|EM]]>
To: DHR Coordinator <[[dhr.coordinator@example.org|EM]]>
Date: 28 February 2024
Subject: [[Darren Cole|P]] – employment information

Hello,
As requested: [[Mr Cole|P]] worked for us as a multi-drop delivery driver from [[May|K]] 2018 to [[April|K]] 2022 at our Coventry depot. His line manager was [[Mindaugas Jankauskas|u054]]. He was dismissed in [[April|K]] 2022 after a disciplinary hearing for aggressive conduct towards a colleague, [[Rui Ferreira|u045]].

Our records show two earlier concerns. In 2019 another driver, [[Pádraig Ó Súilleabháin|u008]], reported that [[Darren|P]] had used his work phone to track his partner's location and had shown colleagues her messages 'to prove she was lying'. In 2021 [[Mindaugas|u054]] noted that [[Darren|P]] had 'repeatedly left his route to drive past the nursery where his missus works'.

Neither concern was treated as a safeguarding matter; both were handled as conduct issues. We did not know about any domestic abuse but, with hindsight, [[Pádraig|u008]]'s report should have been escalated. Our policies now include a domestic abuse section written with [[Respect|K]].

[[Krzysztof Nowak|u049]], who still works for us, has told me that he did send messages on [[Darren|P]]'s behalf from his [[Polish|K]] SIM ([[+48 512 000 304|FP]]) in early 2023 because '[[Daz|P]] said she'd blocked him over nothing'. He is willing to speak to the review.
Regards,
[[Steve|u106]]
""")

doc("hdhr-44", "GP note", """
HEALTH VISITING RECORD – Child: [[Ruby-Mae Cole|u002]]   DOB [[29/04/2019|DOB]]   NHS [[999 617 0043|NHS]]
Health visitor: [[Summer White|u022]]   Community nursery nurse: [[Girlie Manalo|u123]]

10/05/2019 New birth visit. Mother ([[Natasha|V]]) tired, breastfeeding well. Father ([[Darren|P]]) present, 'very hands on', answered most questions. Routine enquiry about domestic abuse not asked as father present – to ask at next contact. Birth partner was a friend.

10/06/2019 6–8 week review by [[Girlie|u123]]. Mother tearful. EPDS 15 – GP informed. Father answered the door and stayed in the room throughout. Routine enquiry not asked. Mother said she 'used to be a happy person'. She said that the baby 'never sleeps' and that her partner 'can't stand the crying'. This was not explored further.

19/03/2020 Post-MARAC visit planned – cancelled (Covid-19). Telephone contact: father answered on speakerphone. [[Summer|u022]] recorded 'unable to speak to mum alone – escalate to safeguarding supervision'.

02/04/2020 Safeguarding supervision with [[Behnaz Rostami|u126]]: plan to offer a clinic appointment once restrictions ease, with mother seen alone. Not done before transfer to the universal service in September 2020.

[[Summer|K]] term 2021: two-year review completed by [[Girlie|u123]] at nursery. Development on track. Mother 'seems well'. No DA enquiry recorded in any health visiting contact from 2019 to 2021.
""")

doc("hdhr-45", "police log", """
West Midlands Police – Occurrence 20230207-0091 – Harassment (DA)
Victim: [[PRITCHARD, Natasha|V]]   Suspect: [[COLE, Darren James|P]]

07/02/2023 14:20 Victim attended front counter with friend [[Sky Long|u023]]. Reports 212 messages since 16/01, including 'I'll be watching'. Numbers include [[07700 900613|UP]] (known to be [[Cole|P]]) and [[+48 512 000 304|FP]] (unknown). Screenshots provided. Linked to DVDS ref 23/0117. The victim said she had changed her number twice and that each new number was found 'within days'; she believed he was getting them from someone at the nursery or from his mother.

07/02/2023 15:05 OIC PC 2231 [[Okonkwo|u018]]. Advised victim about non-molestation orders. DASH 14 – high. Victim agreed to photographs of the messages being taken.

15/02/2023 [[Cole|P]] interviewed voluntarily. Admits sending messages: 'I just want to see my daughter.' Denies the [[Polish|K]] number. PC [[Okonkwo|u018]] sought CPS advice.

03/03/2023 CPS advice ([[Zainab Malik|u117]], Crown Prosecutor): insufficient evidence that the Polish number was used by the suspect; conditional caution considered appropriate for the remaining messages. Caution accepted 10/03/2023.

12/03/2023 CCTV obtained from [[Mr Long Jian|u076]], owner of the convenience store opposite the victim's block, showing the suspect's car parked there on eleven evenings in February. [[Mr Long|u076]] said he had 'seen him sitting there for hours'. Recorded as intelligence only. Footage reviewed by PCSO [[Mariana Ionescu|u143]], who noted the same car on two dates in [[January|K]] as well.
""")

doc("hdhr-46", "minutes", """
DHR DECISION MEETING – MINUTES
Tuesday 5 December 2023, Council House, Coventry
Present: [[Youssef Nasser|u127]] (Head of Community Safety, chair), [[Berivan Doğan|u131]] (Public Health), DCI [[Gareth Hughes|u111]] (Public Protection, West Midlands Police), [[Gabriela Souza Lima|u129]] ([[Victim Support|K]]), [[Le Van Duc|u124]] (Legal Services), [[Errol Thompson|u132]] ([[Coventry Safeguarding Adults Board|K]]). Apologies: [[Hasan Öztürk|u125]].

1. Notification. [[Youssef|u127]] summarised the notification from police: a woman aged 34 killed at her home on 18 November 2023; her former partner has been charged with murder. The victim was known to MARAC in 2020 and 2023. The case meets the criteria in section 9 of the Domestic Violence, Crime and Victims Act 2004. The duty to make safeguarding enquiries under the [[Care Act 2014|K]] may also be relevant, given the hospital concern in 2022.

2. Decision. Agreed to commission a DHR. [[Berivan|u131]] noted similarities with [[Adult B|K]] (2021), in which a perpetrator with a history in another force area was also not identified at MARAC, and asked that the new chair read that report. [[Gareth|u111]] agreed to share the progress report on the Adult B action plan.

3. Chair. [[Morag McLeod|u097]] proposed as independent chair; she has no connection with any agency involved. [[Le Van Duc|u124]] to check the contract. [[Gabriela|u129]] asked that the family be offered an AAFDA advocate from the outset, not after the panel has met.

4. Parallel processes. The criminal trial is expected in mid-2024; the inquest has been opened and adjourned. The [[Child C|K]] learning review (unrelated) is still running. [[Will|K]] the review also need a Child Safeguarding Practice Review? Agreed: refer to the safeguarding partnership to decide. [[Liban Yusuf|u114]] to make the referral.

Action: [[YN|u127]] to notify the Home Office within one month. Action: [[GH|u111]] to nominate a senior police panel member. Action: [[Errol|u132]] to confirm whether any adult safeguarding enquiry was opened in 2022.
""")

doc("hdhr-47", "case note", """
Victim Support – National Homicide Service – case notes
Bereaved: [[Mrs Sandra Pritchard|M]] (mother) and family. Caseworker: [[Rose Lane|u013]]   Service line: [[0113 496 0581|UP]]

21/11/2023 First visit at [[Cwmgarw|PL]]. [[Sandra|M]] very distressed, not sleeping. Grandson staying with her and her husband. Granddaughter currently with her paternal grandmother, [[Mrs Cole|u006]], which [[Sandra|M]] is contesting through the family court. Explained role. Referred to [[Cruse|K]] for longer-term bereavement support. [[Rose|u013]] noted that [[Sandra|M]] first heard the details from a neighbour who had seen the news online, before the local police had visited.

28/11/2023 Supported the family at a meeting with the FLO. Discussed media: [[Sandra|M]] does not want [[Tasha|V]]'s photograph used 'with his face anywhere near it'. [[Rose|u013]] contacted the police press office.

12/12/2023 Travel to Coventry for the viewing arranged; taxi booked from the station with driver [[Farid Popal|u090]], who was briefed to wait. [[Huw|u004]] said afterwards 'that was the first thing that went right'.

09/01/2024 [[Rose|u013]] discussed the DHR. [[Sandra|M]] agreed to be contacted by the chair. Referral made to AAFDA (advocate [[Grace Atherton|u105]]). [[Sandra|M]] asked: '[[Will|K]] they tell me the truth?' Case to remain open until after the trial.
""")

doc("hdhr-48", "housing record", """
SANCTUARY SCHEME – REFERRAL AND WORKS RECORD
Property: [[Flat 6, 31 Lapwing Close|SA]], Coventry [[CV6 9ZX|PC]]   Occupant: [[Ms N. Pritchard|V]]
Referred by: IDVA service, 05/10/2023   Coordinator: [[Oksana Kovalenko|u135]]

06/10/2023 Referral received. [[Oksana|u135]] telephoned the occupant on the safe number and completed the property survey questions by phone. The occupant said her former partner had held a key until January, that she did not know whether he had copied it, and that he had twice tried the door handle late at night. She asked for the lock to be changed first, then a door chain, a letterbox guard and a video doorbell. Assessed as priority 1 (works within five working days).

09/10/2023 Works order sent to the contractor. Scheduler [[Gintarė Vaitkutė|u136]] replied that the locksmith team had a three-week backlog because of staff sickness and offered a lock change only, with the other items to follow. [[Ms Kovalenko|u135]] accepted this but did not escalate the delay to her manager or tell the IDVA that the priority target would be missed.

24/10/2023 Locksmith [[Aled Bowen|u137]] attended and changed the euro cylinder on the front door. He recorded that the door frame was 'weak, previously forced and repaired' and recommended a new door set. The occupant told him her ex-partner 'knows this door better than I do'. The recommendation was logged, but no order for a new door was raised.

14/11/2023 Video doorbell and letterbox guard still outstanding. [[Oksana|u135]] left a voicemail asking the occupant to rebook for 21/11/2023. Review note: the front door was forced open on 18/11/2023. The panel has asked the provider to explain why a priority 1 referral for a high-risk victim waited more than five weeks, and why the locksmith's warning about the door was not acted on.

Manager's comment ([[Chipo Moyo|u138]], Community Safety Housing Manager): 'We accept that the scheme was not run as a priority service for this household. From January 2024 all high-risk referrals are tracked weekly, and any delay is reported to the IDVA and the MARAC coordinator the same day.'
""")


# ---------------------------------------------------------------------------
# Assembly
# ---------------------------------------------------------------------------

MARK = re.compile(r"\[\[([^\[\]|]+)\|([A-Za-z0-9]+)\]\]")


def code_to_label(code):
    if code in MAPPED:
        return ("MAPPED_PERSON", code)
    if re.fullmatch(r"u\d{3}", code):
        if code not in PEOPLE:
            raise ValueError("unknown person id %s" % code)
        return ("UNMAPPED_PERSON", code)
    if code in CODES:
        return (CODES[code], None)
    raise ValueError("unknown code %r" % code)


def to_pieces(paragraph):
    """Turn a marked-up paragraph into [(text, None | (label, person_id))]."""
    pieces, pos = [], 0
    for m in MARK.finditer(paragraph):
        if m.start() > pos:
            pieces.append((paragraph[pos:m.start()], None))
        pieces.append((m.group(1), code_to_label(m.group(2))))
        pos = m.end()
    if pos < len(paragraph):
        pieces.append((paragraph[pos:], None))
    return pieces


def assemble(pieces):
    text, spans = "", []
    for piece, tag in pieces:
        start = len(text)
        text += piece
        if tag is not None:
            label, pid = tag
            end = len(text)
            assert text[start:end] == piece
            assert piece == piece.strip(), "span with outer whitespace: %r" % piece
            spans.append([start, end, label, pid])
    assert "[[" not in text and "]]" not in text, text
    return text, spans


UK_PHONE_RE = re.compile(
    r"(?:07700 ?900 ?\d{3}|\+44 ?7700 ?900 ?\d{3}|0113 ?496 ?0\d{3}|"
    r"0116 ?496 ?0\d{3}|020 ?7946 ?0\d{3}|\+44 ?20 ?7946 ?0\d{3})")
POSTCODE_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2}")


def check_span(label, s):
    if label == "UK_PHONE":
        assert UK_PHONE_RE.fullmatch(s), s
    elif label == "EMAIL_ADDRESS":
        assert re.fullmatch(r"[\w.+-]+@example\.(?:org|com|net)", s), s
    elif label == "UK_NHS":
        digits = re.sub(r"\D", "", s)
        assert len(digits) == 10 and digits.startswith("999"), s
    elif label == "UK_NINO":
        assert re.fullmatch(r"QQ ?\d\d ?\d\d ?\d\d ?[A-D]", s), s
    elif label == "UK_POSTCODE":
        assert POSTCODE_RE.fullmatch(s), s
    elif label == "STREET_ADDRESS":
        assert re.search(r"\d", s), s
    elif label == "PHONE":
        assert not UK_PHONE_RE.search(s) and len(re.sub(r"\D", "", s)) >= 9, s


def build():
    rows = []
    for doc_id, register, body in DOCS:
        paragraphs = [p.strip() for p in re.split(r"\n[ \t]*\n", body.strip())]
        assert 3 <= len(paragraphs) <= 10, (doc_id, len(paragraphs))
        for para in paragraphs:
            text, spans = assemble(to_pieces(para))
            for start, end, label, _ in spans:
                check_span(label, text[start:end])
            rows.append({"doc": doc_id, "register": register,
                         "text": text, "spans": spans})
    return rows


def validate(rows, case_map):
    ids = [d[0] for d in DOCS]
    assert len(ids) == len(set(ids)), "duplicate doc id"
    mentions = collections.Counter()
    for row in rows:
        last = 0
        for start, end, label, pid in sorted(row["spans"]):
            assert start >= last, ("overlap", row["doc"], row["text"][start:end])
            last = end
            if label == "UNMAPPED_PERSON":
                mentions[pid] += 1
    missing = sorted(set(PEOPLE) - set(mentions))
    assert not missing, "people never mentioned: %s" % missing
    too_many = {p: n for p, n in mentions.items() if n > 6}
    assert not too_many, "people mentioned more than 6 times: %s" % too_many
    # pseudonyms must not be anybody's real name anywhere in the corpus
    for person in case_map["people"]:
        pseud = person["pseudonym"]
        for row in rows:
            assert not re.search(r"\b%s\b" % re.escape(pseud), row["text"], re.I), \
                (pseud, row["doc"])
        for name, _, _ in PEOPLE.values():
            assert pseud.lower() not in name.lower().split(), (pseud, name)
    return mentions


def audit(rows):
    """List capitalised words outside spans, to proof-read for missed names."""
    seen = collections.Counter()
    for row in rows:
        text = row["text"]
        mask = [False] * len(text)
        for start, end, _, _ in row["spans"]:
            for i in range(start, end):
                mask[i] = True
        for m in re.finditer(r"[^\W\d_][\w'’-]*", text):
            w = m.group(0)
            if w[0].isupper() and not any(mask[m.start():m.end()]):
                seen[w] += 1
    for w, n in sorted(seen.items()):
        print("%4d  %s" % (n, w))


def summarise(rows, mentions):
    labels = collections.Counter(s[2] for r in rows for s in r["spans"])
    total = sum(labels.values())
    words = sum(len(r["text"].split()) for r in rows)
    docs = collections.OrderedDict()
    for r in rows:
        docs.setdefault(r["doc"], r["register"])
    registers = collections.Counter(docs.values())
    mapped = sorted({s[3] for r in rows for s in r["spans"] if s[2] == "MAPPED_PERSON"})
    origins = collections.Counter(PEOPLE[p][1] for p in mentions)
    lines = []
    lines.append("Documents: %d   Paragraphs: %d   Words: %d" % (len(docs), len(rows), words))
    lines.append("Distinct people: %d (mapped %d: %s; unmapped %d)" % (
        len(mapped) + len(mentions), len(mapped), ", ".join(mapped), len(mentions)))
    lines.append("Unmapped mentions per person: min %d, max %d, mean %.1f" % (
        min(mentions.values()), max(mentions.values()),
        sum(mentions.values()) / len(mentions)))
    lines.append("")
    lines.append("Spans per label (total %d):" % total)
    for label, n in sorted(labels.items(), key=lambda kv: -kv[1]):
        lines.append("  %-16s %5d  (%4.1f%%)" % (label, n, 100.0 * n / total))
    lines.append("")
    lines.append("Documents per register:")
    for reg, n in sorted(registers.items(), key=lambda kv: (-kv[1], kv[0])):
        lines.append("  %-16s %3d" % (reg, n))
    lines.append("")
    lines.append("Unmapped people by origin group:")
    for origin, n in sorted(origins.items(), key=lambda kv: (-kv[1], kv[0])):
        lines.append("  %-20s %3d" % (origin, n))
    return "\n".join(lines)


README = """# Held-out evaluation corpus (synthetic DHR case)

Held out: written before any tuning; never read its misses to change the detector.

This directory holds one fictional Domestic Homicide Review case, written
independently of the anonymiser (without reading its code, name lists,
lexicons or tuning corpus) and never run through it while being written.

- `map.yaml` - the pseudonym map. Only the victim, the perpetrator and the
  victim's mother are mapped (with one non-standard nickname, "Tink"). Every
  other person must be found by detection.
- `documents.jsonl` - one paragraph per line:
  `{"doc", "register", "text", "spans": [[start, end, LABEL, PERSON_ID|null], ...]}`.
  Offsets are Python string offsets, `[start, end)`.
- `build.py` - the script that wrote `documents.jsonl` and this README from
  inline markup; it checks every offset (`text[start:end]` equals the piece)
  and the identifier formats. Standard library and PyYAML only.

Everything is invented: people, streets, estates, the village and pubs, UK
phone numbers from the Ofcom drama ranges, `example.org/.com/.net` e-mail
addresses, NHS numbers starting 999, NI numbers with the QQ prefix.

Span conventions: person spans cover the name only, with a title
(Mr/Mrs/Ms/Miss/Dr) and particles (ap, bin, al-, de, dos, Van der, Ní, Ó) when
present, but not ranks (PC, DS, DI), role words ("Interpreter", "Auntie") or a
possessive 's. Nicknames and diminutives that are not in the map ("Tash",
"Tasha", "Daz", "Dazza", "Mrs P", lower-case "tash"/"dazza") are
MAPPED_PERSON. PLACE spans cover the proper name only ("Brookfield Vale", not
"estate"). KEEP marks distractors that must survive unchanged: month names,
days, medicines, laws and schemes, public places, agencies, other reviews'
pseudonyms ("Adult B", "Child C") and name-like ordinary words ("Amber flag",
"Mark the file", "Hope was expressed", "Grace period", "Will you...",
"Young women", "Long-term", "Summer term", "White British", "HMP Long
Lartin", "Tinkerbell").

## Summary

```
%s
```
"""


def main():
    with open(os.path.join(HERE, "map.yaml"), encoding="utf-8") as fh:
        case_map = yaml.safe_load(fh)
    rows = build()
    mentions = validate(rows, case_map)
    with open(os.path.join(HERE, "documents.jsonl"), "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    summary = summarise(rows, mentions)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(README % summary)
    print(summary)
    if "--audit" in sys.argv:
        print()
        audit(rows)


if __name__ == "__main__":
    main()
