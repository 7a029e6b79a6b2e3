"""Builder of the DEVELOPMENT anonymisation corpus (``eval/dev``): tune on this, never on heldout.

This is the development set. Reading its misses and tuning the detector on it is allowed. The
held-out set in ``eval/heldout`` is separate, written apart from this one, and must stay unseen:
nothing here is drawn from it.

One synthetic Domestic Homicide Review set in Bradford (West Yorkshire): the death of Catherine
Greenwood, killed by her partner Robert Hainsworth, with her son Nathan Greenwood as the third
mapped person (see ``map.yaml``). Everything is invented: people, streets, phone numbers (Ofcom
drama ranges and ``555`` forms), NHS numbers (999 prefix), NI numbers (QQ prefix) and e-mail
addresses (example domains).

The text below is written with inline markup, ``[[surface|TAG]]``:

- ``V``, ``P``, ``S``: MAPPED_PERSON (victim, perpetrator, son);
- ``u001`` ... : UNMAPPED_PERSON, one id per person across the whole set;
- ``K``: KEEP, a distractor that must survive unchanged;
- any other tag is the label itself (PLACE, UK_PHONE, PHONE, EMAIL_ADDRESS, UK_NHS, UK_NINO,
  UK_POSTCODE, STREET_ADDRESS, DATE_OF_BIRTH).

``=== <doc id> | <register>`` starts a document; paragraphs are separated by blank lines and the
lines of one paragraph are joined with newlines (address blocks, e-mail headers, dialogue).
Lines starting ``%%`` are comments. Person spans never include a title (Mr, Mrs, Dr, PC ...) or
a possessive ``'s``. Running the builder computes and checks every offset, checks that no spans
overlap, that every unmapped person has 1 to 5 mentions and every document 3 to 8 paragraphs,
warns about any capitalised word of a person's name left unannotated in the same document, and
writes ``documents.jsonl``:

    {"doc": ..., "register": ..., "text": ..., "spans": [[start, end, LABEL, PERSON_ID|null]]}

    python eval/dev/build.py          (add --strict to fail on warnings)
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
OUT, MAP = HERE / "documents.jsonl", HERE / "map.yaml"
MAPPED_IDS = {"V", "P", "S"}
LABELS = {"PLACE", "UK_PHONE", "PHONE", "EMAIL_ADDRESS", "UK_NHS", "UK_NINO", "UK_POSTCODE",
          "STREET_ADDRESS", "DATE_OF_BIRTH"}
MARK = re.compile(r"\[\[([^\[\]|]+)\|([A-Za-z0-9_]+)\]\]")
TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "ds", "dc", "di", "sgt", "pcso", "mx"}
# Tokens of people's names that may also stand unannotated in their documents as ordinary
# words (particles, and the ordinary words some names are made of, where used as such).
ORDINARY = {"de", "da", "dos", "van", "der", "bin", "al", "el", "ap", "ní", "nic", "ó", "mac",
            "thị", "văn"}

SOURCE = r"""
%% People (unmapped ids are unique across the set; V, P and S are in map.yaml).
%% V Catherine Mary Greenwood (Cath, Cathy, Kath); P Robert James Hainsworth (Rob, Robbie,
%% Bob); S Nathan Lee Greenwood (Nath, Nate).

=== dev-01 | police-log
[[WEST YORKSHIRE POLICE|K]] - INCIDENT LOG 1907-0412. OPENED [[SATURDAY|K]] 13/07/2019 23:41. LOCATION: [[27 HEATHERLEA ROAD|STREET_ADDRESS]], [[THORNBURY|PLACE]], [[BRADFORD|K]] [[BD3 7QH|UK_POSTCODE]]. CALLER: [[BIRD, Rose Marian|u001]], NEIGHBOUR NEXT DOOR, TEL [[07700 900518|UK_PHONE]]. REPORTS A MALE AND A FEMALE SHOUTING AND THE SOUND OF GLASS BREAKING. CALLER HAS HEARD SIMILAR BEFORE BUT NEVER CALLED.

23:44 CALL HANDLER [[AMBER SHORT|u002]] GRADES AS PRIORITY. CALLER STATES FEMALE OCCUPANT IS [[CATHERINE GREENWOOD|V]], KNOWN TO HER AS [[CATH|V]], AND THE MALE IS HER PARTNER [[ROB|P]]. CALLER DOES NOT KNOW HIS SURNAME. NO CHILDREN BELIEVED TO BE AT THE ADDRESS. CALLER STAYS ON THE LINE UNTIL OFFICERS ARRIVE.

00:07 PC 2218 [[ASANTE-BOATENG|u003]] AND PCSO 1107 [[LONG|u004]] ON SCENE. SPOKE TO [[GREENWOOD, Catherine Mary|V]] DOB [[12/06/1971|DATE_OF_BIRTH]] WHO STATES A VERBAL ARGUMENT ONLY AND THAT A GLASS WAS DROPPED. NO VISIBLE INJURY. SHE APPEARED TEARFUL AND KEPT LOOKING TOWARDS THE KITCHEN, WHERE THE MALE WAS.

00:15 MALE IDENTIFIED AS [[HAINSWORTH, Robert James|P]] DOB [[03/02/1967|DATE_OF_BIRTH]]. STATES HE HAS LIVED HERE SINCE [[MARCH|K]] 2018. SMELT STRONGLY OF ALCOHOL. PNC SHOWS A 2014 CONVICTION FOR ASSAULT (DOMESTIC, EX-PARTNER [[PICKLES, Lorraine|u005]]). [[HAINSWORTH|P]] SAID: 'SHE WINDS ME UP, THAT'S ALL. NOBODY TOUCHED ANYBODY.'

00:32 DASH COMPLETED BY PC [[ASANTE-BOATENG|u003]] WITH MRS [[GREENWOOD|V]] IN THE HALLWAY. ANSWERED NO TO MOST QUESTIONS. RISK GRADED STANDARD. [[ROSE BIRD|u001]] SPOKEN TO AT HER DOORSTEP; SAYS SHE HAS HEARD SHOUTING 'MOST WEEKENDS' SINCE [[EASTER|K]].

01:10 ADVICE GIVEN. [[CATHERINE|V]] DECLINED A REFERRAL TO SUPPORT SERVICES. [[ROBERT|P]] AGREED TO STAY AT A FRIEND'S ADDRESS IN [[LAISTERDYKE|PLACE]] FOR THE NIGHT (FRIEND [[DREW WHITE|u006]], TEL [[07700 900733|UK_PHONE]]). LOG CLOSED 01:26 [[SUNDAY|K]] 14/07/2019. NO OFFENCES DISCLOSED. SUPERVISOR: SGT 1450 [[KAUR SANDHU|u007]].

=== dev-02 | police-log
INCIDENT 2109-1876 | [[SATURDAY|K]] 18/09/2021 21:12 | CALLER: [[GREENWOOD, Catherine Mary|V]] | ADDRESS: [[27 Heatherlea Road|STREET_ADDRESS]], [[Thornbury|PLACE]] [[BD3 7QH|UK_POSTCODE]] | TEL [[07700 900412|UK_PHONE]] | CALLER WHISPERING. STATES HER PARTNER HAS PUSHED HER DOWN THE STAIRS AND IS NOW IN THE BACK GARDEN.

21:14 CALL HANDLER [[J PETRAUSKAS|u008]] ASKS CALLER TO STAY ON THE LINE. LINE GOES DEAD 21:15. CALL BACK TO [[07700 900412|UK_PHONE]] UNANSWERED. GRADE 1 RESPONSE ALLOCATED.

21:26 PC 3307 [[KOWALCZYK|u009]] AND PC 2218 [[ASANTE-BOATENG|u003]] IN ATTENDANCE. MRS [[GREENWOOD|V]] HAS SWELLING TO THE LEFT CHEEK AND GRAZES TO BOTH KNEES. STATES [[ROB|P]] 'LOST IT' WHEN SHE ASKED ABOUT MONEY MISSING FROM HER ACCOUNT. [[ROBERT HAINSWORTH|P]] ARRESTED 21:34 FOR ASSAULT BY BEATING AND CONVEYED TO CUSTODY.

DASH: 11 YES ANSWERS. MEDIUM RISK. VICTIM DISCLOSED BEING STRANGLED IN [[JUNE|K]] (NOT REPORTED AT THE TIME). OFFICER'S VIEW: RISK HIGHER THAN THE SCORE. REFERRAL TO THE IDVA SERVICE MADE. [[MARAC|K]] REFERRAL CONSIDERED BY SGT [[KAUR SANDHU|u007]] AND NOT MADE: 'CRITERIA NOT MET'.

WITNESS: [[WIŚNIEWSKI, Tadeusz|u010]] ('[[TADEK|u010]]'), LIVES OPPOSITE ON [[HEATHERLEA ROAD|PLACE]]. SAW THE MALE THROW A WHEELIE BIN AT THE FRONT WINDOW. TEL [[07700 900964|UK_PHONE]]. [[WILL|K]] BE IN [[POLAND|K]] FROM 25/09; CONTACT NUMBER THERE [[+48 512 555 014|PHONE]].

19/09/2021 10:40 INTERVIEWED BY DC [[MARK BLACK|u011]]: NO COMMENT. [[HAINSWORTH|P]] RELEASED UNDER INVESTIGATION. VICTIM WITHDREW SUPPORT FOR A PROSECUTION ON [[MONDAY|K]] 20/09/2021: 'HE'S SORRY AND HE'S GOING TO THE DOCTOR ABOUT HIS DRINKING.' NFA 04/10/2021, AUTHORISED BY DI [[MAC GABHANN|u012]].

=== dev-03 | police-log
INCIDENT 2311-0093 | [[FRIDAY|K]] 03/11/2023 06:52 | SOURCE: [[YORKSHIRE AMBULANCE SERVICE|K]] | LOCATION: [[27 HEATHERLEA ROAD|STREET_ADDRESS]] [[THORNBURY|PLACE]] [[BD3 7QH|UK_POSTCODE]] | YAS REPORT A FEMALE UNRESPONSIVE; THE MALE AT THE ADDRESS STATES SHE FELL. CREW REQUEST POLICE ATTENDANCE.

06:58 PARAMEDICS [[WILL BROWN|u013]] AND [[ABDIRASHID NUR|u014]] ON SCENE. FEMALE CONFIRMED AS [[GREENWOOD, Catherine|V]], 52. LIFE PRONOUNCED EXTINCT 07:06. INJURIES NOT CONSISTENT WITH A FALL PER CREW. MALE [[HAINSWORTH, Robert James|P]] PRESENT IN THE KITCHEN.

07:09 PC 4102 [[HAFIZ BIN RAHMAN|u015]] ARRESTS [[ROBERT HAINSWORTH|P]] ON SUSPICION OF MURDER. REPLY AFTER CAUTION: 'I NEVER MEANT IT. ASK [[CATH|V]], SHE'LL TELL YOU.' SCENE LOG STARTED BY PCSO [[R LONG|u004]] AT THE FRONT GATE.

07:40 DS [[OKONKWO-BELLO|u016]] (MAJOR INVESTIGATION TEAM) APPOINTED. NEXT OF KIN: SON [[NATHAN GREENWOOD|S]], [[LEEDS|K]], TEL [[07700 900236|UK_PHONE]]. SISTER [[JOY FOX|u017]], TEL [[0113 496 0527|UK_PHONE]]. FLO DEPLOYMENT REQUESTED.

09:15 HOUSE-TO-HOUSE ON [[HEATHERLEA ROAD|PLACE]] AND [[ASHGROVE CLOSE|PLACE]]. [[BERIVAN ZANA|u018]] NEEDS A KURMANJI INTERPRETER. MR [[B GREEN|u019]], ELDERLY, HEARD 'A THUD AND A SCREAM' AT ABOUT 02:30. [[KRISTAPS BERZINS|u020]] SAW [[HAINSWORTH|P]] SMOKING ON THE DOORSTEP AT ABOUT 03:00. [[FLORIN DUMITRESCU|u021]] (17) HEARD NOTHING, GAMING WITH HEADPHONES. [[LIU YANG|u022]], STUDENT LODGER, OUT ALL NIGHT. CCTV FROM THE TAKEAWAY OF [[AHMET YILDIZ|u023]] SEIZED.

11:30 [[NATHAN|S]] INFORMED IN PERSON AT HIS HOME BY DS [[OKONKWO-BELLO|u016]] AND FLO DC [[CATRIN LLEWELYN|u024]]. HE STATED HIS MUM HAD TEXTED HIM AT 23:58 THE PREVIOUS NIGHT: "[[ROB|P]]'S KICKING OFF AGAIN DONT RING". PHONE SEIZED WITH CONSENT.

=== dev-04 | gp-notes
Patient: [[Catherine Greenwood|V]] | DOB [[12/06/1971|DATE_OF_BIRTH]] | NHS No [[999 412 6637|UK_NHS]] | Address: [[27 Heatherlea Road|STREET_ADDRESS]], [[Bradford|K]] [[BD3 7QH|UK_POSTCODE]] | Usual GP: Dr [[T el-Amin|u025]]. Extract of consultations supplied to the review, 2019 to 2023.

22/11/19 Dr [[el-Amin|u025]] (F2F). Pt c/o low mood, poor sleep x3/12. PHQ-9 17. Says partner drinks 'a lot at weekends'. ?DA - asked directly, pt said 'no, not like that'. Rx [[Mirtazapine|K]] 15mg nocte. Safety-netted. R/v 4/52.

20/12/19 Tel c/s by [[maricel|u026]] (PN): [[cath|V]] didn't attend r/v, rang to apologise, said [[rob|P]] had taken the car to work. Mood 'a bit better'. Nil else. Rebooked for [[January|K]].

07/04/20 Letter from ED, [[Bradford Royal Infirmary|K]]: # distal radius L wrist, pt said she tripped over the dog. NB no dog mentioned at any previous consultation. Dr [[Imran Hussain|u027]] flagged to practice safeguarding lead Dr [[Chidinma Eze|u028]] ('?DA, for discussion at next meeting'). No record the discussion took place.

15/02/22 Dr [[Eze|u028]]. Pt attended with son [[Nathan|S]]. Disclosed long-standing DA from partner [[Robert Hainsworth|P]] incl. non-fatal strangulation. Pt consented to IDVA referral. Rx [[Propranolol|K]] 10mg prn for anxiety, [[Zopiclone|K]] 3.75mg x7 only. Coded: DA - victim. Son asked for a copy of the [[Clare's Law|K]] leaflet.

13/07/23 Dr [[Hussain|u027]]. Requested [[Co-codamol|K]] for back pain. Pt tearful, said '[[Bob|P]]'s being alright at the moment'. Not asked about DA at this consultation (learning point, see IMR). Partner Mr [[R Hainsworth|P]] is also registered here; his notes (NHS [[999 287 5510|UK_NHS]]) record alcohol dependence and a referral to [[Change Grow Live|K]] by Dr [[Hussain|u027]] in [[May|K]] 2023.

=== dev-05 | ae-notes
[[Bradford Royal Infirmary|K]] Emergency Department. Attendance 04/04/2020 14:22 ([[Saturday|K]]). Name: [[GREENWOOD, Catherine Mary|V]]. NHS [[9994126637|UK_NHS]]. Arrived by private car with partner. Triage nurse: [[Z. Aydın|u029]]. PC: fall onto outstretched L hand at home.

Triage: pain 8/10, deformity L wrist. Obs stable. Partner answered most questions on pt's behalf. Nurse [[Zeynep|u029]] asked partner to wait outside during x-ray; he refused at first. Routine DA enquiry not completed ('partner present'). Social hx: lives with partner [[Robert|P]], works as a care assistant, no children at home.

Seen by Dr [[Gary Chan|u030]] (ST3) 15:40. XR: # distal radius, minimally displaced. MUA not required, backslab applied. Analgesia: Co-codamol 30/500. Pt said 'I'm clumsy, ask anyone.' Bruising noted to L upper arm, 'from work'. Dr [[Chan|u030]] did not document any question about the bruise.

Fracture clinic 14/04/2020, consultant Miss [[Wang Xiuying|u031]]: healing well. Pt attended alone, appeared relaxed, said partner 'good as gold since lockdown'. Plan: backslab off at 6/52. Discharged to GP.

Covid-19 note: the department was in its surge plan; the DA screening question on the electronic triage form was suppressed from [[April|K]] to [[June|K]] 2020. Reviewer comment (IMR author Dr [[Dilani Wickramasinghe|u032]]): this was a system decision and is addressed in the Trust's action plan. [[Long-term|K]] learning is recorded in section 6.

Previous ED attendances (summary for the review): 11/2017 scalp laceration, 'hit head on a kitchen cupboard', glued by a nurse practitioner; 08/2018 bruised ribs, 'fell on the stairs', seen by Dr [[Precious Moyo|u033]], who wrote 'partner waiting in car park, pt keen to leave'. Neither attendance was shared with the GP as a safeguarding concern. Both fall before the scoping period, but the panel asked for them because the pattern of explained injuries began before 2019. Dr [[Moyo|u033]] has since left the Trust; her entry was read to the IMR author by the named nurse for adult safeguarding, [[Līga Ozola|u034]].

=== dev-06 | ae-notes
ED attendance Saturday 26/02/2022 23:50. Pt: [[Catherine Greenwood|V]], 50. BIBA, crew lead [[Abdirashid Nur|u014]]. PC: assaulted by partner, c/o neck pain, hoarse voice, petechiae around both eyes. Police at home address. Pt reports partner 'had his hands round my neck till I saw stars'.

Triage nurse [[Līga Ozola|u034]]: non-fatal strangulation pathway started, CT angiogram of neck requested. Pt anxious, asking whether police will tell her partner what she said. [[Abdi|u014]] (YAS) handed over that the partner, Mr [[Hainsworth|P]], was arrested at the scene.

Reviewed by registrar Dr [[Wickramasinghe|u032]] 01:35 ([[Sunday|K]]). CTA NAD. Advice given about delayed effects of strangulation. DASH completed with ED IDVA [[Faith Moss|u035]]: 19/24, HIGH RISK. MARAC referral made by [[Faith|u035]] 03:10.

Liaison psychiatry, Dr [[Priya Raghunathan|u036]] 09:00: [[Cath|V]] (prefers this name) low mood, passive thoughts of death, no plan. 'If he doesn't kill me I'll end up doing it myself.' Protective factors: son [[Nathan|S]] and granddaughter. Plan: continue Mirtazapine, increase to 30mg; GP to refer to community mental health team.

Discharged 11:20 to her sister's home in [[Thornton|PLACE]] (sister [[Joy Fox|u017]], [[07700 900390|UK_PHONE]]). Safeguarding adults concern raised to Bradford [[Adult Social Care|K]] by Dr [[Raghunathan|u036]]. [[Amber|K]] flag added to the ED record for domestic abuse.

Police handover at 00:40 from PC [[Niamh Gallagher|u037]] (collar number 5521): partner in custody; the victim's phone, [[07700 900412|UK_PHONE]], taken as evidence, so a loan phone was arranged. Pt asked for her son to be called; [[Nathan|S]] arrived at 02:15 and stayed until discharge. ED social worker [[Cliff Wells|u038]] spoke to him in the relatives' room and gave him the IDVA service's number. [[Cliff|u038]]'s note: 'son angry, says he has told his mum for years to leave; advised that the Clare's Law disclosure is already in train.'

=== dev-07 | social-care
[[Bradford Council|K]] Adult Social Care - safeguarding adults case notes. Adult at risk: [[Catherine Greenwood|V]] (known as [[Cathy|V]] to her family). Concern received 27/02/2022 from liaison psychiatry. Allocated worker: [[Saima Akhtar|u039]], social worker. Team manager: [[Ivy Lamb|u040]].

28/02/22 [[SA|u039]] rang [[Cathy|V]] on [[07700 900412|UK_PHONE]], no answer; text sent. 01/03/22 [[Cathy|V]] returned the call from her sister's. Says she does not want 'social services involved' and has the IDVA. Capacity not in doubt. Care and support needs: none identified under s.9 [[Care Act 2014|K]].

Section 42 enquiry: [[Ivy|u040]] (TM) agreed s.42(2) was not met as there are no care and support needs; case closed to ASC with signposting. Reviewer note: the panel questioned this; see the minutes of 12 [[March|K]] 2024 and the review of [[Adult C|K]] in a neighbouring area, where the same reasoning was criticised.

09/08/2022 ([[Tuesday|K]]) New concern from [[Citizens Advice|K]] adviser [[Grace Wood|u041]]: Mrs [[Greenwood|V]] attended about rent arrears and said her partner controls her bank cards. [[Grace|u041]] asked: '[[Will|K]] she be safe going home today?' She was told by the duty worker, [[Efua Mensah|u042]], that the IDVA service was already involved.

10/08/22 [[E Mensah|u042]] spoke to the IDVA duty worker, [[Ploy Chaiyaporn|u043]], who confirmed that [[Catherine|V]] was open to the high-risk team and that [[Hainsworth|P]], once bailed to an address in [[Manningham|PLACE]], had moved back to [[Heatherlea Road|PLACE]] in April after the case against him was discontinued. No further ASC action. [[Frank|K]] discussion with the TM about whether this was right; she agreed it was 'borderline'.

Checks made on 28/02/22 by [[SA|u039]]: police safeguarding unit (DC [[Kowalczyk|u009]], [[0113 496 0602|UK_PHONE]]), the GP practice (spoke to the practice nurse, [[Maricel|u026]]) and the IDVA service. No records held by Children's Social Care. Nothing recorded about the granddaughter, although the liaison psychiatry referral named her as a protective factor. DC [[Kowalczyk|u009]] confirmed the bail conditions and said the file was 'with CPS for a charging decision'. The case note ends: 'no role for ASC; adult has capacity and support'.

=== dev-08 | idva
IDVA case record. Service: [[Bradford Domestic Abuse Service|K]] (community team). Client: [[Catherine Greenwood|V]] | DOB [[12/06/1971|DATE_OF_BIRTH]] | Number: [[07700 900412|UK_PHONE]] (safe to text: NO) | Alleged perpetrator: [[Robert Hainsworth|P]] | Referrer: PC [[Kowalczyk|u009]], [[West Yorkshire Police|K]], after the incident of 18/09/2021.

20/09/2021 ([[Monday|K]]) IDVA [[Hodan Abdirahman Warsame|u044]] attempted to call x3, no answer. Letter not sent as the perpetrator lives at the address. 22/09/2021 [[Catherine|V]] called back from her work phone, [[0113 496 0218|UK_PHONE]]: she has withdrawn her statement and '[[Robbie|P]] is trying'. Agreed to keep the case open for two weeks.

05/10/2021 [[Hodan|u044]] met [[Catherine|V]] in a café near her work. Safety plan completed: bag packed and kept at her sister's, code phrase agreed with sister [[Joy|u017]] ('are you still on for the [[Summer holidays|K]]?'), 999 silent solution explained, spare keys and documents copied.

Client disclosed: financial control ('he has my bank card, I get twenty quid on a [[Friday|K]]'), checking her phone, jealousy about male colleagues, and strangulation in June 2021. [[Bill|K]] payments all come out of her account. Client wants the relationship to continue 'if he stops drinking'. Signposted to Change Grow Live for [[Rob|P]]; client to pass on the leaflet. Discussed Clare's Law; client said she 'knows about [[Lorraine|u005]]'.

03/11/2021 Case closed by [[Hodan|u044]]: unable to contact x4 over three weeks. Closure letter not sent (safety). Manager [[Agnieszka Nowak-Zielińska|u045]] agreed closure. IMR comment: a two-week window was short given the risk indicators, and the withdrawal of the statement should itself have been treated as a risk marker.

27/10/2021 Duty IDVA [[Sunita Ghale|u046]] tried the client's number while [[Hodan|u044]] was on a training day; a man answered and said 'wrong number'. [[Sunita|u046]] recorded the call and did not try again. The IMR author notes that a man answering the client's number should have been treated as a serious warning sign and raised with the manager the same day, and that the service now has a written procedure for exactly this.

=== dev-09 | idva
Bradford Domestic Abuse Service - High Risk Team. Referral received 27/02/2022 from ED IDVA [[F Moss|u035]] after the strangulation of 26/02/2022. DASH 19. MARAC referral submitted the same day. Allocated IDVA: [[Sandy Mackintosh|u047]]. Client: Mrs [[C. Greenwood|V]]. Perpetrator: [[HAINSWORTH, Robert|P]] (bail conditions until 26/03/2022).

01/03/2022 [[Sandy|u047]] visited the client at her sister's address. Client said: 'I'm not going back this time. [[Nath|S]] says he'll stop speaking to me if I do.' Target hardening discussed; referral to housing for the [[Sanctuary Scheme|K]] and a lock change at [[Heatherlea Road|PLACE]].

10/03/2022 ([[Thursday|K]]) MARAC. Actions for IDVA: the Clare's Law application already made by the son (right to ask, 02/02/2022) to be completed with an IDVA present. Police marker on the address. [[Operation Encompass|K]] not applicable (no children in the household), but note granddaughter [[Poppy|u048]], 6, stays most weekends.

24/03/2022 Disclosure meeting with PC [[Layla Haddad|u049]] (Clare's Law coordinator) and the IDVA. Disclosed: Mr [[Hainsworth|P]] has a 2014 conviction for assault on a former partner and a 2016 restraining order. [[Catherine|V]] cried and said: 'He told me she made it all up.'

06/05/2022 [[Catherine|V]] told her IDVA that [[Robert|P]] had moved back in on 30/04 'because he has nowhere to go'. Safety plan reviewed. Client declined to end contact. Case stayed open; contact every two weeks by text to a new safe number, [[07700 900688|UK_PHONE]]. The IDVA noted that [[Catherine|V]] spoke more quietly whenever [[Robert|P]] was mentioned and twice checked the window of the café.

14/06/2023 ([[Wednesday|K]]) Client rang the duty line and spoke to [[Ploy Chaiyaporn|u043]], as [[Sandy|u047]] was on leave. Client said she was 'planning to leave for good' after the [[Summer|K]] and asked about a refuge in another city. [[Ploy|u043]] gave the [[Refuge|K]] helpline number and left a note for the allocated IDVA to call back. No call back is recorded.

=== dev-10 | housing
[[Incommunities|K]] tenancy management notes. Tenant: [[Catherine Greenwood|V]] (sole tenant since 2006). Property: [[27 Heatherlea Road|STREET_ADDRESS]], [[Thornbury|PLACE]], [[BD3 7QH|UK_POSTCODE]]. Household per records: tenant only. Housing officer: [[Rūta Kazlauskienė|u050]]. Tenant NI number on file: [[QQ 48 31 07 B|UK_NINO]].

16/05/2022 (Monday) Referral from the IDVA service for the Sanctuary Scheme. [[RK|u050]] visited with the contractor. Locks changed, door chain and letterbox guard fitted. Tenant said her ex-partner [[Bob|P]] no longer lives there. Officer noted a man's work boots in the hallway but did not ask about them.

21/07/2023 (Friday) Anti-social behaviour complaint from neighbour Mr [[Bill Green|u019]] (aged 81) about shouting late at night and a man urinating in the back garden. Complaint logged and a standard letter sent to the tenant by [[Rahima Begum|u051]], covering for [[Ruta|u050]]. Mr [[Green|u019]] said he had complained 'because nobody else would', and that he was worried about the woman next door rather than the noise.

24/07/2023 Tenant phoned [[Rahima|u051]] and said the man was her partner, [[Robert Hainsworth|P]], who 'isn't on the tenancy and won't be'. Asked whether she could move to a flat in [[Leeds|K]] near her son. Advised to join the housing register; transfer form e-mailed to [[cath.greenwood71@example.com|EMAIL_ADDRESS]].

30/09/2023 (Saturday) Out-of-hours repair: glass in the front door broken. Tenant told the contractor, [[Kevin Holroyd|u052]], that a football did it. [[Kevin|u052]] later told the review that he heard a man inside shouting 'Get back in, [[Kath|V]]'. He did not report this to housing at the time.

Tenancy ended 03/11/2023 (death of tenant). Reviewer note: there was no domestic abuse flag on the housing system despite the 2022 Sanctuary Scheme work, so the 2023 complaint was handled as noise. Incommunities has since changed how flags are added.

=== dev-11 | minutes
[[Bradford Community Safety Partnership|K]]. Domestic Homicide Review into the death of [[Catherine Greenwood|V]]. First panel meeting, Tuesday 12 March 2024, 10:00, [[City Hall|K]], Bradford. Restricted: contains real names until the family has chosen pseudonyms.

Present: Dr [[Farida Qureshi|u053]] (Independent Chair, [[FQ|u053]]); [[Orlaith Ní Chonaill|u054]] (DHR Officer, [[ONC|u054]]); DS [[Ikechukwu Okonkwo-Bello|u016]] (West Yorkshire Police, [[IOB|u016]]); [[Rhiannon Prys-Jones|u055]] ([[Probation Service|K]], [[RPJ|u055]]); [[Eilidh MacAskill|u056]] (Adult Social Care, [[EM|u056]]); [[Kenneth Wong|u057]] (Housing, [[KW|u057]]) and [[Agnieszka Nowak-Zielińska|u045]] (specialist domestic abuse service, [[ANZ|u045]]).

Apologies: Dr [[Anand Venkataraman|u058]] (mental health trust), [[Folake Adeyemi|u059]] (MARAC coordinator) and [[Mòrag NicLeòid|u060]] (ICB safeguarding).

1. Introductions and confidentiality. [[FQ|u053]] reminded members that a review is not an inquiry into who is culpable. The family will be asked to choose pseudonyms; until then papers use real names and are restricted. [[Frank|K]] and open discussion was encouraged. [[Grant|K]] funding for an extra IDVA post was noted as context, not as a finding.

2. Scope. Scoping period agreed as 01/01/2019 to 03/11/2023, with the earlier history of [[Robert Hainsworth|P]] to be summarised by [[RPJ|u055]], including his 2014 conviction for assaulting Ms [[Pickles|u005]]. The police representative confirmed that the criminal case concluded at [[Bradford Crown Court|K]] in [[February|K]] 2024 (guilty plea to murder; life, minimum term 19 years; held at [[HMP Wakefield|K]]).

3. IMRs. Requested from West Yorkshire Police, the GP practice, [[Bradford Teaching Hospitals NHS Foundation Trust|K]], the mental health trust, Adult Social Care, housing, the IDVA service, the employer and Change Grow Live. Authors must be independent of the practitioners involved; the ED IMR will be written by Dr [[Wickramasinghe|u032]], who had no direct contact. [[EM|u056]] noted that the ASC author will be [[Ivy Lamb|u040]]'s deputy, not [[Ivy|u040]] herself.

4. Family involvement. The DHR Officer reported that [[Nathan Greenwood|S]] wishes to take part, and that [[Catherine|V]]'s sister, Mrs [[Fox|u017]], has not yet replied. [[Marcia Beckford|u061]], a close friend, has contacted the chair. Action: [[ONC|u054]] to write to Mr [[Greenwood|S]] and Ms [[Beckford|u061]] with the [[Home Office|K]] leaflet and the offer of an advocate from [[AAFDA|K]].

=== dev-12 | minutes
DHR [[Catherine Greenwood|V]]: second panel meeting, Tuesday 18 June 2024, online. Present: Dr [[Farida Qureshi|u053]] (Chair); [[Shahidul Islam Chowdhury|u062]] (Probation Service, replacing [[RPJ|u055]]; [[SIC|u062]]); [[Kenneth Wong|u057]] (Housing); Dr [[Anand Venkataraman|u058]] (mental health, [[AV|u058]]); [[Folake Adeyemi|u059]] (MARAC, [[FA|u059]]); [[Hope Stone|u063]] (Education, [[HS|u063]]) and [[Caoimhe de Búrca|u064]] (minutes).

1. Minutes of 12 March agreed. Matters arising: the letter to the family has been sent. [[Nathan|S]] met the chair on 8 April with his advocate, [[Crystal Young|u065]] of AAFDA. He asked that the report describe his mother as a person and not as a list of incidents.

2. IMR: [[West Yorkshire Police|K]]. The 2021 DASH (11 ticks, including strangulation) should have led to a [[MARAC|K]] referral on professional judgement. The MARAC representative said the threshold guidance was reissued in 2022. [[HS|u063]] asked: 'Was [[Poppy|u048]]'s school told after the February 2022 incident?' Answer: no, as the child did not live at the address.

3. IMR: mental health. [[AV|u058]] presented. Mrs [[Greenwood|V]] was referred to the community mental health team in [[March|K]] 2022 but was discharged after two missed appointments; both letters went to the home address, where [[Hainsworth|P]] was by then living again. [[Long-term|K]] engagement was never established. The panel agreed that the learning is for the service's systems rather than for the individual workers, who followed the policy as written.

4. Publication. The panel noted that the family's pseudonyms will replace every name, and that other reviews, such as Adult C and [[Child D|K]], are cited only by their published pseudonyms. Action: [[SIC|u062]] to obtain the 2016 restraining order file; [[HS|u063]] to check the Operation Encompass logs for 2022; [[Caoimhe|u064]] to circulate the revised chronology by 5 [[July|K]].

5. Any other business. The chair welcomed back [[Mòrag NicLeòid|u060]] (ICB safeguarding). [[KW|u057]] asked that the housing IMR be read alongside the employer's, because both held evidence that [[Robert|P]] was living at the address while other agencies recorded [[Catherine|V]] as living alone. Action: [[MN|u060]] to arrange a practitioners' learning event in [[October|K]]. Next meeting 17 September 2024.

=== dev-13 | minutes
Bradford MARAC - minutes extract, Thursday 10/03/2022. Chair: [[Folake Adeyemi|u059]] ([[FA|u059]]). Case 7 of 22. Victim: [[CATHERINE GREENWOOD|V]] (50, [[White British|K]]). Perpetrator: [[ROBERT HAINSWORTH|P]] (55, [[White British|K]]). Children in household: none. Referrer: ED IDVA.

Present for this case: DC [[M Black|u011]] (police); IDVA [[Sandy Mackintosh|u047]]; [[Saima Akhtar|u039]] (ASC); Dr [[C Eze|u028]] (GP safeguarding lead); [[Rūta Kazlauskienė|u050]] (housing) and [[Ruairidh MacAonghais|u066]] (probation, information only).

Police: [[Hainsworth|P]] on bail, not to contact the victim or attend [[Heatherlea Road|PLACE]]. Previous: 2014 assault on an ex-partner, 2016 restraining order, drink-driving 2011. Intelligence that he drinks at the [[Shoulder of Mutton|PLACE]] on [[Leeds Road|PLACE]] most evenings.

Actions: 1. Marker on [[27 Heatherlea Road|STREET_ADDRESS]] (DC [[Black|u011]]). 2. IDVA to attend the [[Clare's Law|K]] disclosure. 3. Housing to fit Sanctuary Scheme measures ([[RK|u050]]). 4. GP to flag the record and offer follow-up ([[CE|u028]]). 5. Chair: review at the next MARAC only if there is a repeat incident.

Risk discussion: the IDVA reported the victim wants to stay with her sister in [[Thornton|PLACE]] 'until the [[Summer|K]]'. Concern that [[Nathan Greenwood|S]] (son) had threatened [[Robert|P]] on social media; police to give words of advice to Mr [[Greenwood|S]].

Information shared by DWP: Mrs [[Greenwood|V]] receives no benefits. Mr [[Hainsworth|P]] claimed Universal Credit in 2021 giving [[27 Heatherlea Road|STREET_ADDRESS]], [[BD3 7QH|UK_POSTCODE]] as his address and [[QQ 73 90 21 D|UK_NINO]] as his NI number, which contradicts the housing record. Probation ([[Ruairidh|u066]]) had no current involvement and no objection to the information being shared.

=== dev-14 | letter
Mr [[N. Greenwood|S]]
[[14 Aysgarth Walk|STREET_ADDRESS]]
[[Harehills|STREET_ADDRESS]]
[[Leeds|K]]
[[LS9 6RB|UK_POSTCODE]]

Our ref: DHR/2023/04
22 March 2024
Dear [[Nathan|S]],

I am writing as the independent chair of the review into your mum's death. Thank you for speaking to our DHR Officer last week. I am very sorry for the loss of [[Cath|V]], as I know you and her friends called her. The panel wants her voice, and yours, at the centre of this review. We will also ask her friends, and the people she worked with, to help us understand what her life was like, because a review that only reads agency records would miss most of who she was.

You asked whether [[Robert|P]]'s family will be contacted. We will write to his brother, [[Gordon Hainsworth|u067]], but nothing you tell us will be shared with him. You are welcome to bring your partner, [[Kelly-Ann|u068]], or your advocate, Ms [[Young|u065]], to any meeting.

You can reach me through the DHR Officer on [[0113 496 0771|UK_PHONE]] or at [[dhr.bradford@example.org|EMAIL_ADDRESS]]. If you need support at any time, the [[Samaritans|K]] are there day and night. If you want to raise anything with the Home Office directly, its review team is on [[020 7946 0318|UK_PHONE]]. If the draft reaches you while you are away, there is a [[Grace|K]] period of four weeks for your comments.

Yours sincerely,
Dr [[Farida Qureshi|u053]]
Independent Chair, Bradford Community Safety Partnership

=== dev-15 | letter
Incommunities Neighbourhood Team
Bradford East
Tel [[0113 496 0914|UK_PHONE]]

Private and confidential
Mrs [[C Greenwood|V]]
[[27 Heatherlea Road|STREET_ADDRESS]]
[[Thornbury|STREET_ADDRESS]]
[[Bradford|K]]
[[BD3 7QH|UK_POSTCODE]]

25 July 2023
Dear Mrs [[Greenwood|V]],

We have received a report of noise, and of a man behaving in an anti-social way in the rear garden of your home, on Friday 21 [[July|K]]. Your tenancy agreement makes you responsible for the behaviour of visitors. Our records show that Mr [[Robert Hainsworth|P]] is not part of your household.

If you are experiencing abuse, you can talk to us in confidence. We can help with the Sanctuary Scheme, a management move, or a referral to [[Shelter|K]] or Citizens Advice. [[Mark|K]] any reply 'private' and only I will open it.

Yours sincerely,
[[Rahima Begum|u051]]
Neighbourhood Officer
[[rahima.begum@example.org|EMAIL_ADDRESS]]

=== dev-16 | letter
From: Dr [[Imran Hussain|u027]], GP
To: Community Mental Health Team (East), [[Bradford District Care NHS Foundation Trust|K]]
Date: 03/03/2022

Re: Mrs [[Catherine Mary Greenwood|V]], DOB [[12.06.1971|DATE_OF_BIRTH]], NHS [[999 412 6637|UK_NHS]]
Temporary address: c/o Mrs [[J Fox|u017]]
[[8 Cliffe Mill Fold|STREET_ADDRESS]]
[[Thornton|STREET_ADDRESS]]
[[Bradford|K]] [[BD13 3RU|UK_POSTCODE]]

Thank you for seeing this 50-year-old lady with moderate to severe depression in the context of domestic abuse. She was strangled by her partner on 26/02/22 and seen by liaison psychiatry (Dr [[P Raghunathan|u036]]), who advised referral. PHQ-9 21, GAD-7 16. Passive suicidal ideation, no plan; protective factors are her son and her granddaughter.

Current medication: Mirtazapine 30mg nocte, Propranolol 10mg tds prn. Previously [[Sertraline|K]] in 2016, with little effect. Alcohol: minimal. She asks to be contacted on [[07700 900688|UK_PHONE]] and that no letters go to [[Heatherlea Road|PLACE]] while her ex-partner's bail is in place.

She would value a female worker. She would like help with 'getting myself back', and mentions a walking group at [[Chellow Dene|PLACE]] that she used to enjoy.

For information: police contact DC [[Kowalczyk|u009]] ([[0113 496 0602|UK_PHONE]]); IDVA [[S. Mackintosh|u047]], Bradford Domestic Abuse Service.

Yours sincerely,
Dr [[I. Hussain|u027]]
MBChB MRCGP

=== dev-17 | email
From: [[Orlaith Ní Chonaill|u054]] <[[orlaith.nichonaill@example.org|EMAIL_ADDRESS]]>
To: [[Ikechukwu Okonkwo-Bello|u016]] <[[ike.okonkwo-bello@example.org|EMAIL_ADDRESS]]>
Cc: [[Layla Haddad|u049]] <[[layla.haddad@example.org|EMAIL_ADDRESS]]>
Sent: Monday 8 April 2024 09:14
Subject: DHR [[Greenwood|V]] - 2019 and 2021 logs

Hi both,
Thank you for the logs. The chair has two questions before the police IMR is finalised. First, the 2019 log records the caller as [[Rose Bird|u001]], but the DASH in the same log was done with [[Catherine|V]] in the hallway while [[Rob|P]] was in the kitchen. Can you confirm who was present when the questions were asked?

Second, in 2021 PC [[Asante-Boateng|u003]] recorded 11 ticks and a disclosure of strangulation, and the sergeant decided against MARAC. Is there any note of why? We would also like to speak to Sgt [[Kaur Sandhu|u007]] if she is willing.

Many thanks,
[[Orlaith|u054]]
DHR Officer | Bradford Community Safety Partnership | [[0113 496 0771|UK_PHONE]]

From: [[Layla Haddad|u049]]
Sent: Tuesday 9 April 2024 16:02
The Clare's Law file shows that the application was made by [[Nathan Greenwood|S]] on 02/02/2022 from [[nathan.greenwood@example.net|EMAIL_ADDRESS]]; the disclosure was made to [[Catherine|V]] with her IDVA present. On the second point, I have asked [[Harpreet|u007]] and she is happy to meet the chair. - [[LH|u049]]

From: [[Gwen Parry-Williams|u069]] <[[gwen.parry-williams@example.org|EMAIL_ADDRESS]]>
To: DHR Bradford <[[dhr.bradford@example.org|EMAIL_ADDRESS]]>
Sent: 10 April 2024 11:47
I'm the analyst who pulled the logs. The 2019 DASH form is signed by PC 2218 alone; the PCSO on the log, [[Robin Long|u004]], told me he waited in the hall with the male. So [[Rob|P]] was not in the room but was within earshot, in the kitchen. The body-worn video index is attached.
[[Gwen|u069]]

=== dev-18 | email
From: [[Catrin Llewelyn|u024]] <[[catrin.llewelyn@example.org|EMAIL_ADDRESS]]>
To: Interpreting Bookings <[[interpreting@example.org|EMAIL_ADDRESS]]>
Date: 06/11/2023 08:05 (Monday)
Subject: Kurmanji interpreter - witness, [[Heatherlea Road|PLACE]]

Good morning,
Please could you book a Kurmanji interpreter for a witness interview with Mrs [[Berivan Zana|u018]] at her home on Wednesday 8 [[November|K]] at 10:00. She speaks some [[English|K]] but has asked for an interpreter. A female interpreter is preferred. The last interpreter we used, [[Rojda Baran|u070]], would be ideal if she is free.

From: Interpreting Bookings
To: [[Catrin Llewelyn|u024]]
Confirmed: Interpreter [[Baran|u070]] (ID 55213), mobile [[07700 900145|UK_PHONE]]. She will meet you outside at 09:50. If she is delayed, her colleague [[Dariush Mohammadi|u071]] can cover by telephone on [[+44 7700 900322|UK_PHONE]].

Thanks. Note for the file: [[Berivan|u018]] said on the doorstep that she heard [[Catherine|V]] shouting 'Get off me, [[Robbie|P]]' many times over the [[Summer|K]]. Statement to follow, with Interpreter [[Rojda|u070]].
[[Catrin|u024]]
DC, Family Liaison, Major Investigation Team

Booking ref KUR-55213. Invoice address: [[Unit 3, 58 Canal Wharf|STREET_ADDRESS]], Leeds [[LS11 5QA|UK_POSTCODE]]. Interpreter's NI number for payroll: [[QQ 61 42 88 A|UK_NINO]]. Please do not give the interpreter's mobile to the witness; Mrs [[Zana|u018]] should be given the booking line only, and [[Rojda|u070]] will introduce herself on the day.

=== dev-19 | witness
Statement of [[Rose Marian Bird|u001]] (extract), taken 04/11/2023 by DC [[Mark Black|u011]]. Age: over 18. Occupation: retired school cook.

I have lived on [[Heatherlea Road|PLACE]] for thirty years. I knew [[Cath|V]] from when she moved in with her little boy, [[Nathan|S]]. She was a lovely neighbour and always brought my bins in. Things changed after [[Rob|P]] moved in, about five years ago. She stopped coming round for a cup of tea. He was always polite to me, which is what frightens me now, because I never saw the other side of him except through the wall.

One night in the [[Summer|K]] of 2019 I heard glass go and I rang the police. The next day I went round:
Me: 'Are you all right, love? I heard it all.'
[[Cath|V]]: 'He's just stressed, [[Rose|u001]]. He'll calm down. Don't ring them again, please.'

In [[October|K]], a week or so before she died, I saw [[Robert|P]] outside the [[Black Horse|PLACE]] with his mate [[Russell Hargreaves|u072]], who they all call [[Rusty|u072]]. I was waiting for the bus and heard them:
[[Rusty|u072]]: 'Leave it, [[Bob|P]], she's not worth it.'
[[Robert|P]]: 'She's going nowhere. I'll make sure of that.'

I didn't tell anyone, because I thought it was the drink talking. My granddaughter, [[Summer Little|u073]], was with me, and [[Summer|u073]] said afterwards that he frightened her. I wish I had told someone.

I believe the facts stated in this statement are true.

=== dev-20 | witness
Witness statement extract: [[Marcia Beckford|u061]], friend of the deceased. Ethnicity (self-defined): [[Black Caribbean|K]]. Contact while visiting family in [[Florida|K]]: [[+1 (555) 010-4477|PHONE]]. Taken by DC [[Llewelyn|u024]] on 10/11/2023.

I met [[Cathy|V]] at work in 2012. We were care assistants together, with [[Semhar Tesfamariam|u074]], [[Selam Haile|u075]] and [[Ioana Popescu|u076]]. The five of us had a group chat called 'Tea Break Ladies'. [[Cathy|V]] was the funny one, always doing voices.

After [[Robert|P]] came along she stopped coming out. On [[Semhar|u074]]'s birthday in 2022 she came for half an hour and her phone rang the whole time. I heard:
[[Cathy|V]]: 'I'm at [[Marcia|u061]]'s, I told you.'
[[Robert|P]] (on speaker): 'Put [[Marcia|u061]] on then. Prove it.'

[[Ioana|u076]] saw a bruise on her neck in [[February|K]] 2022 and told the manager, [[Dawn Cook|u077]]. [[Dawn|u077]] said it was not a work matter but gave her the Refuge number. I think [[Cath|V]] went to her sister's after that.

In [[September|K]] 2023 she told me she had a plan. She had been saving in a jar at [[Semhar|u074]]'s house. She said: 'By [[Christmas|K]] I'll be in [[Leeds|K]] near [[Nate|S]] and [[Poppy|u048]], and he won't know where.' [[Christmas|K]] was her favourite time of year.

She also said [[Robbie|P]] had found the money once, and that his friend [[Dimitar|u078]] had lent him two hundred pounds to 'put it back'. I don't know [[Dimitar|u078]]'s surname. I never met him.

[[Selam|u075]] and I went to the funeral together. [[Cathy|V]]'s sister had asked for bright colours. An older man from her street, [[Bill|u019]], stood at the back and cried the whole way through. He told me afterwards: 'I heard them, love. Every night. I thought it wasn't my place.'

=== dev-21 | witness
Statement of [[Nathan Lee Greenwood|S]], born [[29/10/1998|DATE_OF_BIRTH]], of [[14 Aysgarth Walk|STREET_ADDRESS]], Leeds [[LS9 6RB|UK_POSTCODE]]. Occupation: warehouse supervisor. Tel [[+44 7700 900236|UK_PHONE]].

My mum is [[Catherine Greenwood|V]]. Everyone called her [[Cath|V]] except my nan, who called her [[Catherine|V]], and my dad, [[Lee Greenwood|u079]], who called her [[Kath|V]] with a K to wind her up.

My mum and dad split up when I was four. [[Robert Hainsworth|P]] came on the scene in 2017. At first he was all right; he'd take me to the match. By 2019 I could see she was scared of him. He was clever about it. He never shouted when I was there, but he'd text her the minute I left, and she'd go quiet. I said to her once:
Me: 'Mum, if he touches you I'm calling the police.'
Mum: 'Don't, [[Nath|S]]. It'll make it worse.'

In January 2022 I looked up Clare's Law and applied online. I used my partner [[Kelly-Ann Sutcliffe|u068]]'s laptop. The police told Mum about [[Robert|P]]'s past with [[Lorraine Pickles|u005]] in March. She cried, but she still let him back.

On the night of 2 November Mum texted me at 23:58 saying [[Rob|P]] was kicking off and not to ring. I didn't ring. I went to bed. I will have to live with that. [[Poppy|u048]] still asks when she can see Nanna [[Cath|V]].

Mum's friends from the walking group paid for a bench with a plaque in [[Bowling Park|PLACE]]. [[Pat|u080]], who runs the group, asked me what it should say. I said it should say '[[Cath|V]], who waited for the slow walkers', because that was what everyone remembered.

I want people to know my mum was kind, loud and brave. She was not just 'a victim'. I would like the review to say that the police had chances in 2019, 2021 and 2022, and that nobody joined them up.

=== dev-22 | chronology
Combined chronology (extract), entries 1 to 8. Subjects: [[GREENWOOD, Catherine|V]] and [[HAINSWORTH, Robert|P]]. Agencies: police, GP, ED, pharmacy, employer. Compiled for the first panel meeting.

1. 03/2018 (approx.) - Family: [[Robert|P]] moves into [[Catherine|V]]'s home on [[Heatherlea Road|PLACE]] after losing his flat at [[Flat 6, 41 Moorcroft Terrace|STREET_ADDRESS]], [[Laisterdyke|PLACE]], [[BD4 8NX|UK_POSTCODE]]; the landlord, [[Yousef al-Khatib|u081]], had served notice for rent arrears.

2. 13/07/2019 (Saturday) - Police: neighbour reports shouting and breaking glass. DASH standard. [[Hainsworth|P]] stays with his friend [[Drew White|u006]] overnight. No referral. Analysis: officers did not speak to [[Catherine|V]] away from [[Robert|P]].

3. 22/11/2019 - GP: low mood, Mirtazapine started. Partner's drinking mentioned; DA asked about and denied. 4. 20/12/2019 - GP: did not attend; telephone contact with practice nurse [[Maricel Dela Cruz|u026]].

5. 04/04/2020 - ED: fractured wrist, 'tripped over the dog'. Partner present throughout; no routine enquiry. 6. 14/04/2020 - Fracture clinic. 7. 05/2020 - Employer: colleague [[Ioana Popescu|u076]] notices [[Cath|V]] wearing long sleeves in hot weather; not reported.

8. 11/2020 - Pharmacy: the pharmacist, [[Tharshini Jeyakumar|u082]], recalls Mrs [[Greenwood|V]] collecting Mirtazapine with Mr [[Hainsworth|P]] waiting in the car; he came in once to ask what the tablets were 'for'. [[Jeyakumar|u082]]: 'I told him I couldn't discuss it. He laughed and said, ask her then.' Pharmacy assistant [[Nikolina Petrova|u083]] confirms this.

Note on sources: entries were supplied by the IMR authors and merged by [[Caoimhe de Búrca|u064]]. Entry 7 comes from a conversation with [[Ioana|u076]] and has not been checked against any record.

=== dev-23 | chronology
9. 18/09/2021 (Saturday) - Police: [[Catherine|V]] pushed down the stairs; [[Hainsworth|P]] arrested. DASH 11, medium. Neighbour [[T. Wiśniewski|u010]] a witness. 10. 20/09/2021 - Victim withdraws support; NFA 04/10/2021.

11. 20/09/2021 to 03/11/2021 - IDVA: contacts by [[Hodan Warsame|u044]]; case closed after non-engagement. 12. 02/02/2022 (Wednesday) - Police: Clare's Law right to ask; applicant [[Nathan Greenwood|S]] (son).

13. 15/02/2022 - GP: disclosure of DA including strangulation; IDVA referral; Propranolol and Zopiclone. 14. 26/02/2022 (Saturday) - Police and ED: strangulation. [[Hainsworth|P]] charged with non-fatal strangulation under the [[Domestic Abuse Act 2021|K]]; bailed to the address of [[Dimitar Kostadinov|u078]] in [[Manningham|PLACE]].

15. 10/03/2022 - [[MARAC|K]]. 16. 24/03/2022 - [[Clare's Law|K]] disclosure. 17. 30/04/2022 - [[Hainsworth|P]] returns to the address after the CPS discontinued the case on 22/04/2022; [[Catherine|V]] had declined to give evidence. His solicitor was [[Ermira Shehu|u084]]. Analysis: no agency reassessed the risk when the case was discontinued, although discontinuance is a known point of danger; the police marker stayed, but nobody told the IDVA that the bail had ended.

18. 16/05/2022 - Housing: [[Sanctuary Scheme|K]] works. 19. 09/08/2022 ([[Tuesday|K]]) - Citizens Advice: concern about financial control passed to ASC by [[G. Wood|u041]]; ASC took no further action. Analysis: Ms [[Wood|u041]]'s concern was the first agency record of economic abuse.

20. 11/2022 - Employer: [[Robert|P]] dismissed by [[Grant Baker|u085]], depot manager, after he was stopped for drink-driving in a company van on [[Thornton Road|PLACE]].

=== dev-24 | chronology
21. 05/2023 - GP: Mr [[Hainsworth|P]] referred to Change Grow Live; attends once and is seen by recovery worker [[Nana Akua Owusu|u086]], who records 'partner [[Cathy|V]] supportive'.

22. 14/06/2023 (Wednesday) - IDVA duty call; client planning to leave; no call back. 23. 13/07/2023 - GP: Co-codamol; no DA enquiry. 24. 21/07/2023 (Friday) - Housing: anti-social behaviour complaint by neighbour [[Bill Green|u019]].

25. 30/09/2023 - Housing repair: door glass broken; the contractor, [[K. Holroyd|u052]], heard shouting. 26. 27/10/2023 - Community: security officer [[Bishnu Gurung|u087]] saw [[Robert|P]] grab [[Catherine|V]]'s arm at a supermarket self-checkout in [[Thornbury|PLACE]]. 27. 28/10/2023 ([[Saturday|K]]) - Community: [[Hainsworth|P]] overheard by a neighbour outside a pub saying 'she's going nowhere'. His barber, [[Emre Kaya|u088]], says [[Rob|P]] told him that week that 'she's planning something'.

27a. 29/10/2023 - Community: [[Chukwuemeka Obi|u089]], a former colleague now living in [[Nigeria|K]], received a voice note from [[Catherine|V]] saying she was 'getting out soon'; he later gave a statement by video call from [[+234 803 555 0142|PHONE]].

28. 31/10/2023 - Taxi: the driver, [[Arben Hoxha|u090]], drove [[Cath|V]] from [[Semhar|u074]]'s house in [[Girlington|PLACE]] to [[Heatherlea Road|PLACE]]; she asked him to wait while she checked 'whether the car is there'. [[Hoxha|u090]] told police she looked 'frightened to go in'. The controller, [[Awad Mohamed Ibrahim|u091]], confirmed the booking.

29. 01/11/2023 - Community: shopkeeper [[Joaquim dos Santos|u092]] sold [[Hainsworth|P]] two bottles of vodka at 22:40; Mr [[dos Santos|u092]] said he 'seemed already drunk'. 30. 02/11/2023 23:58 - Text from [[Catherine|V]] to [[Nathan|S]]. 31. 03/11/2023 (Friday) 06:52 - Ambulance and police; [[Catherine Greenwood|V]] pronounced dead at 07:06. [[Robert Hainsworth|P]] arrested; charged with murder on 05/11/2023.

Analysis note by the chronology author, [[Caoimhe de Búrca|u064]]: between [[June|K]] and November 2023 there were at least six contacts in which [[Catherine|V]]'s plan to leave, the time of highest risk, was visible to someone; none of them reached a professional who could act on it. The panel will consider whether any single agency could reasonably have seen the whole picture, or whether the picture existed only when the records were put side by side after her death.

=== dev-25 | probation
[[National Probation Service|K]] - archived record (OASys summary). Name: [[HAINSWORTH, Robert James|P]]. DOB [[03/02/1967|DATE_OF_BIRTH]]. NINO [[QQ739021D|UK_NINO]]. Offence: assault by beating (domestic), [[Bradford Magistrates' Court|K]], 11/08/2014. Victim: [[Lorraine Pickles|u005]].

Sentence: 12-month community order with the Building Better Relationships programme and 20 RAR days. Offender manager: [[Shahidul Islam Chowdhury|u062]]. Mr [[Hainsworth|P]] completed 14 of 24 sessions. Breach proceedings in [[March|K]] 2015; order revoked and re-sentenced to a fine.

Risk of serious harm: medium, to a known adult (ex-partner). Drivers: alcohol, jealousy, entitlement. [[Robert|P]] described his ex-partner to the offender manager as 'a liar, like all of them'. He said: 'I've never hit a woman who didn't ask for it.' [[SIC|u062]] recorded this verbatim. The assessment recommended that any future partner be treated as at risk and that his drinking be addressed before any relationship work; neither recommendation could be followed up once the order ended.

2016: restraining order (Bradford Magistrates' Court) after [[Hainsworth|P]] sent 60 messages to his ex-partner's new partner, [[Winston Clarke|u093]], including threats to 'torch' his car. No probation involvement. [[Little|K]] of this history was known to the agencies that met [[Robert|P]] later.

The probation IMR author, [[Rhiannon Prys-Jones|u055]], notes that the 2014 OASys flagged him as a risk to future partners. This was not available to agencies in 2019 to 2023 because he was not under supervision. [[MAPPA|K]] did not apply.

Victim contact: in 2014 the victim liaison unit ([[+44 (0)113 496 0849|UK_PHONE]]) recorded that the victim of the 2014 offence had moved out of the area and asked to be told of any breach. A letter to her at [[Flat 2, 9 Wharf Street|STREET_ADDRESS]], [[BD1 4PL|UK_POSTCODE]], came back marked 'not known at this address'. No further contact was made.

=== dev-26 | employer
Employer IMR (summary). Employer: a parcel delivery company, Bradford depot. Employee: [[Robert Hainsworth|P]], van driver, 03/2019 to 11/2022, mobile [[07700900871|UK_PHONE]]. Line manager: [[Grant Baker|u085]]. HR adviser: [[Larissa Costa|u094]]. Before 2019 he worked for a scaffolding firm owned by [[Pádraig Ó Súilleabháin|u095]] (now in [[Ireland|K]], [[+353 87 555 0193|PHONE]]), who told the review that '[[Robbie|P]] was a grafter until the drink got him'.

Colleague [[Thiago da Silva Pereira|u096]] reported in [[December|K]] 2021 that [[Rob|P]] had shown him messages from his partner and said 'if she leaves, she'll regret it'. [[Thiago|u096]] says he told [[Grant|u085]] this verbally. No record was made. Another driver, [[Abdul Wahid Sharifi|u097]], said [[Rob|P]] 'talked about his missus like she was his property'.

Absence record: 14 days in 2021 and 9 in 2022, mostly [[Mondays|K]]. Return-to-work notes by Mr [[Baker|u085]] mention 'family stress'. Occupational health referral in [[August|K]] 2022 for alcohol: declined. The company's policy on domestic abuse (employee as perpetrator) was still in draft. Two of the absences followed weekends on which police had been called to [[Heatherlea Road|PLACE]], but the employer had no way of knowing this.

Dismissal in [[November|K]] 2022 followed a roadside breath test on [[Thornton Road|PLACE]]; the van was stopped by PC [[Pemba Sherpa|u098]]. The dismissal letter, signed by [[Larissa Costa|u094]], was sent to [[Robert|P]] at [[27 Heatherlea Road|STREET_ADDRESS]], the only employer record of his living with [[Catherine|V]].

[[Paddy|u095]] added that he had once sent [[Hainsworth|P]] home for turning up drunk at a job in [[Harrogate|K]]. The employer's IMR author, [[Frank Rich|u099]], accepted that [[Thiago|u096]]'s report should have been recorded and acted on. [[Frank|u099]] said: 'We didn't see it as our business. It is now.'

Training records show that [[Robert|P]] completed online 'respect at work' training in 2020, signed off by team leader [[Jamie-Lee Robinson|u100]]. [[Jamie-Lee|u100]] told the review that the drivers joked about '[[Rob|P]]'s missus ringing to check on him' and that she did not think of it as abuse. The company has since joined the [[Employers' Initiative on Domestic Abuse|K]] and names a domestic abuse lead at each depot.

=== dev-27 | education
[[St Oswald's CE Primary School|PLACE]], Leeds - safeguarding record extract supplied to the review. Pupil: [[Poppy Greenwood-Sutcliffe|u048]], Year 2. Designated safeguarding lead (DSL): Mrs [[H. Stone|u063]]. Home address: [[14 Aysgarth Walk|STREET_ADDRESS]].

07/03/2022 Class teacher Mr [[D. ap Iorwerth|u101]]: in circle time the pupil said 'Grandad [[Rob|P]] squeezed Nanna's neck and the police came'. Teaching assistant [[Jhoanna Reyes|u102]] wrote it down word for word and passed it to the DSL the same morning.

07/03/2022 DSL spoke to the mother, [[Kelly-Ann Sutcliffe|u068]], at pick-up. Mum said the incident was at the grandmother's house, not at home, and that the pupil had not been there. No Operation Encompass notification had been received, because the pupil does not live at that address.

08/03/2022 DSL phoned the [[Leeds|K]] children's social care front door: advice only, and to consult Bradford, as the risk is in their area. Worker: [[Aoibheann Ní Mhurchú|u103]]. DSL left a message with Bradford; no reply is recorded.

Reflective note (2024): the school now asks families at the start of each term whether children stay regularly with other relatives, so that staff can think about risk outside the home and refer to the [[Young People's Service|K]] where needed. Staff training on [[Operation Encompass|K]] was repeated in September 2024.

The school nurse saw the pupil on 14/03/2022 for a routine check and recorded that she was 'chatty, talks a lot about baking at Nanna's'. The nurse was not told of the DSL's concern. School office: [[0113 496 0380|UK_PHONE]]; [[office@st-oswalds.example.org|EMAIL_ADDRESS]].

=== dev-28 | mental-health
Bradford District Care NHS Foundation Trust - Community Mental Health Team (East). Referral received 07/03/2022 from GP. Patient: [[Greenwood, Catherine|V]]. Triage by [[Shirin Rahimi|u104]], CPN: routine (four weeks).

28/03/2022 First appointment letter sent to [[27 Heatherlea Road|STREET_ADDRESS]], although the GP had asked that her sister's address be used. DNA 11/04/2022 (Monday). Second letter sent to the same address. DNA 25/04/2022. [[shirin|u104]] tried [[07700 900412|UK_PHONE]] (the old number): no answer.

26/04/2022 Discharged back to GP under the DNA policy. Note by the consultant, Dr [[Venkataraman|u058]] (2024, IMR): 'We wrote to the home address of the perpetrator. The safe number, [[07700 900688|UK_PHONE]], was in the GP letter and was not copied to our system.'

The IMR also found that [[Cath|V]] had self-referred to talking therapies in 2020. She was assessed by psychological wellbeing practitioner [[Nasreen Kausar|u105]], who wrote: 'client says partner [[rob|P]] doesn't like her going out, so online sessions only'. Six sessions completed; discharged 'improved'.

Prescribing: [[Mirtazapine|K]] 30mg continued by the GP. [[Quetiapine|K]] 25mg at night was considered for sleep by locum psychiatrist Dr [[Maarten van der Berg|u106]] but not started. No risk assessment on file names [[Hainsworth|P]].

Next of kin on the system: son [[Nathan Greenwood|S]], [[07700 900236|UK_PHONE]], [[14 Aysgarth Walk|STREET_ADDRESS]], [[LS9 6RB|UK_POSTCODE]]. The record also lists 'partner, [[Rob|P]]' as a contact who 'may ring on her behalf', added at triage by an administrator. The consultant called this 'the single most dangerous line in our record'.

=== dev-29 | overview
2. [[Catherine|V]]'s life, in the words of her family and friends. [[Catherine Greenwood|V]] was born in [[Bradford|K]] in 1971, the younger of two sisters. She was [[White British|K]]. She left school at sixteen, worked in a bakery in [[Wibsey|PLACE]], and later in care homes across the city. She married young, had [[Nathan|S]] at twenty-seven, and raised him mostly on her own after the marriage ended. Friends describe a woman who loved a party, hated being late and never forgot a birthday.

Her friend [[Nguyễn Thị Lan|u107]], who did her nails every month for ten years at the salon owned by [[Trần Văn Minh|u108]], said: 'She'd come in and say, [[Lan|u107]], make them sparkly, I'm going dancing.' [[Catherine|V]] loved Northern Soul; her dance partner at the all-nighters was [[Delroy Campbell|u109]].

Her son [[Nathan|S]] told the panel that his mum 'would give you her last fiver'. She taught her granddaughter to bake scones on Sunday afternoons. Her hairdresser, [[Joana Ferreira|u110]], and her friend from church, [[Claudette Francis|u111]], both said she 'lit up a room'.

[[Malee Srisawat|u112]], from the walking group at [[Chellow Dene|PLACE]], described her as 'the one who waited for the slow walkers'. The group's leader, [[Pat|u080]], said that in 2023 [[Cath|V]] often had to leave early because '[[Bob|P]] wants his tea'.

[[Catherine|V]] wrote a short piece for the walking group's newsletter in 2021, which the family asked to be quoted: 'The best thing about walking is nobody can ring you on the tops.' [[Malee|u112]], who edited the newsletter, said she had wondered at the time who [[Cath|V]] meant.

The family asked that this review should not describe her only by what happened to her. [[Catherine|V]]'s sister said: '[[Hope|K]] was the thing she never lost.'

Reviews elsewhere, such as the published review of [[Adult C|K]], have noted the same pattern of older women whose abuse was seen as 'a relationship problem'. [[Catherine|V]] was 52.

=== dev-30 | email
From: [[Nathan Greenwood|S]] <[[nathan.greenwood@example.net|EMAIL_ADDRESS]]>
To: DHR Bradford <[[dhr.bradford@example.org|EMAIL_ADDRESS]]>
Cc: [[Crystal Young|u065]] <[[crystal.young@example.com|EMAIL_ADDRESS]]>
Sent: [[Friday|K]] 12 [[April|K]] 2024 21:37
Subject: Mum's review - names

Hi,
After talking it over with [[Kelly|u068]] and my auntie, we'd like Mum to be known by the name we've put on the form. We don't want [[Robert|P]] to have a made-up name that sounds nice. Can he just be called 'the perpetrator'?

Also, please can the report mention [[Semhar|u074]] and [[Lan|u107]] without their names? They helped Mum more than anyone, and one of them kept her savings safe for her.

My phone is [[07700 900236|UK_PHONE]] if that's easier, or my work line, [[0191 498 0316|UK_PHONE]] (I'm based in [[Newcastle|K]] on [[Tuesdays|K]]).

Thanks,
[[Nate|S]]
[[Nathan Greenwood|S]] | Shift Supervisor
Sent on behalf of myself and [[Kelly-Ann Sutcliffe|u068]]

From: DHR Bradford
To: [[Nathan Greenwood|S]]
Sent: [[Monday|K]] 15 April 2024 10:05
Dear [[Nathan|S]], thank you. The chair has agreed that [[Robert|P]] will be called 'the perpetrator' throughout. I will pass your message about your mum's friends to the author.
Best wishes,
DHR business support (for the DHR Officer)

"""


def label_of(tag: str) -> tuple[str, str | None]:
    """The span label and person id of a markup tag."""
    if tag in MAPPED_IDS:
        return "MAPPED_PERSON", tag
    if re.fullmatch(r"u\d{3}", tag):
        return "UNMAPPED_PERSON", tag
    if tag == "K":
        return "KEEP", None
    if tag in LABELS:
        return tag, None
    raise ValueError(f"unknown tag {tag!r}")


def documents(source: str) -> list[tuple[str, str, list[str]]]:
    """(doc id, register, raw paragraphs) for every document of the source, in order."""
    docs: list[tuple[str, str, list[str]]] = []
    lines: list[str] = []

    def flush() -> None:
        if lines:
            if not docs:
                raise ValueError(f"text before the first document: {lines[0][:60]!r}")
            docs[-1][2].append("\n".join(lines))
            lines.clear()

    for line in source.splitlines():
        if line.startswith("%%"):
            continue
        if line.startswith("=== "):
            flush()
            doc, register = (part.strip() for part in line[4:].split("|"))
            docs.append((doc, register, []))
        elif not line.strip():
            flush()
        else:
            lines.append(line.rstrip())
    flush()
    return docs


def paragraph(raw: str, where: str) -> tuple[str, list[list]]:
    """Text and spans ([start, end, label, person id, surface]) of one marked-up paragraph."""
    parts: list[str] = []
    spans: list[list] = []
    length = pos = 0
    for m in MARK.finditer(raw):
        before = raw[pos:m.start()]
        parts.append(before)
        length += len(before)
        surface, tag = m.groups()
        label, pid = label_of(tag)
        spans.append([length, length + len(surface), label, pid, surface])
        parts.append(surface)
        length += len(surface)
        pos = m.end()
    parts.append(raw[pos:])
    text = "".join(parts)
    assert "[[" not in text and "]]" not in text, f"{where}: unbalanced markup in {text[:80]!r}"
    previous_end = 0
    for start, end, label, _pid, surface in sorted(spans):
        assert text[start:end] == surface, f"{where}: offset of {surface!r}"
        assert surface and surface == surface.strip(), f"{where}: blank edge in {surface!r}"
        assert start >= previous_end, f"{where}: {surface!r} overlaps the span before it"
        previous_end = end
        assert start == 0 or not text[start - 1].isalnum(), f"{where}: {surface!r} cut a word"
        assert end == len(text) or not text[end].isalnum(), f"{where}: {surface!r} cut a word"
        if label.endswith("PERSON"):
            first = surface.split()[0].rstrip(".").lower()
            assert first not in TITLES, f"{where}: title inside {surface!r}"
            assert not re.search(r"['’]s$", surface), f"{where}: possessive inside {surface!r}"
    return text, spans


def name_tokens(surface: str) -> set[str]:
    """Capitalised words of a person's name, as they could stand alone in a text."""
    words = re.findall(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", surface)
    return {w for w in words if len(w) > 1 and w[0].isupper() and w.lower() not in ORDINARY}


def unannotated(text: str, spans: list[list], tokens: set[str], lower: set[str]) -> list[str]:
    """Name tokens found in the text outside every span (exact case or ALL CAPS, and in lower
    case too for the tokens in ``lower``: the mapped people's names, as informal notes write
    them)."""
    found = []
    for token in tokens:
        forms = {token, token.upper()} | ({token.lower()} if token in lower else set())
        for form in forms:
            for m in re.finditer(rf"(?<![^\W_]){re.escape(form)}(?![^\W_])", text):
                if not any(s <= m.start() and m.end() <= e for s, e, *_ in spans):
                    found.append(form)
    return found


def build(strict: bool = False) -> dict:
    """Assemble, check and write the corpus; return the figures."""
    people_map = yaml.safe_load(MAP.read_text(encoding="utf-8"))["people"]
    map_tokens = set()
    for person in people_map:
        for name in [person["name"], *person.get("aliases", [])]:
            map_tokens |= name_tokens(name)
    rows, warnings = [], []
    per_person: Counter = Counter()
    forms: dict[str, set[str]] = defaultdict(set)
    docs = documents(SOURCE)
    ids = [doc for doc, _, _ in docs]
    assert len(ids) == len(set(ids)), "duplicate document id"
    person_tokens = set(map_tokens)
    built = []
    for doc, register, raws in docs:
        assert 3 <= len(raws) <= 8, f"{doc}: {len(raws)} paragraphs (want 3 to 8)"
        paragraphs = [paragraph(raw, f"{doc} §{i + 1}") for i, raw in enumerate(raws)]
        for _text, spans in paragraphs:
            for _s, _e, _label, pid, surface in spans:
                if pid:
                    per_person[pid] += 1
                    forms[pid].add(surface)
                    person_tokens |= name_tokens(surface)
        built.append((doc, register, paragraphs))
    mapped_tokens = map_tokens.union(*(name_tokens(f) for p in MAPPED_IDS for f in forms[p]))
    for doc, register, paragraphs in built:
        for i, (text, spans) in enumerate(paragraphs):
            for form in unannotated(text, spans, person_tokens, mapped_tokens):
                warnings.append(f"{doc} §{i + 1}: {form!r} outside every span")
            rows.append({"doc": doc, "register": register, "text": text,
                         "spans": [s[:4] for s in sorted(spans)]})
    for person in people_map:
        pid = {"victim": "V", "perpetrator": "P"}.get(person["role"], "S")
        assert person["name"] in forms[pid], f"{person['name']} never written in full"
    bad = {pid: n for pid, n in per_person.items() if pid not in MAPPED_IDS and not 1 <= n <= 5}
    assert not bad, f"unmapped people with more than 5 mentions: {bad}"
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                   encoding="utf-8")
    labels = Counter(s[2] for r in rows for s in r["spans"])
    total = sum(labels.values())
    figures = {
        "documents": len(built),
        "paragraphs": len(rows),
        "words": sum(len(r["text"].split()) for r in rows),
        "spans": total,
        "labels": dict(sorted(labels.items())),
        "keep_share": round(labels["KEEP"] / total, 3),
        "mapped_people": len([p for p in per_person if p in MAPPED_IDS]),
        "unmapped_people": len([p for p in per_person if p not in MAPPED_IDS]),
        "mentions_per_unmapped_person": dict(sorted(Counter(
            n for p, n in per_person.items() if p not in MAPPED_IDS).items())),
        "registers": dict(sorted(Counter(register for _, register, _ in built).items())),
    }
    for line in warnings:
        print("warning:", line, file=sys.stderr)
    if strict and warnings:
        raise SystemExit(f"{len(warnings)} warnings")
    return figures


if __name__ == "__main__":
    print(json.dumps(build(strict="--strict" in sys.argv), indent=1, ensure_ascii=False))
