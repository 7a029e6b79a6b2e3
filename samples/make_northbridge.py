"""Build the synthetic Northbridge DHR sample case (NB01) used for tests and demos.

Every person, place and record here is invented. Contact details use reserved
ranges only (Ofcom drama numbers, QQ National Insurance prefix, example.org,
the fictional NB postcode area). The seven chronologies deliberately differ in
format so the ingestion pipeline has realistic messy input to cope with. case.yaml also
carries the review's own sections (panel, recommendations, …) and narrative/ holds the
independent author's prose, one Word file per report section, for the drafting stage.

Run from the repository root:  .venv/bin/python samples/make_northbridge.py
"""
# ruff: noqa: E501  -- narrative text reads better on one line per field

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import random
import re
import zipfile
from pathlib import Path
from typing import Any

import msoffcrypto
import openpyxl
import xlwt
import yaml
from docx import Document
from docx.oxml import OxmlElement
from msoffcrypto.format.ooxml import OOXMLFile
from openpyxl.styles import Font

ROOT = Path(__file__).resolve().parent.parent
CASE_DIR = ROOT / "samples" / "northbridge-01"
CHRON_DIR = CASE_DIR / "chronologies"
IMR_DIR = CASE_DIR / "imrs"
MAP_PATH = ROOT / "pseudonym_maps" / "northbridge-01.yaml"
PASSWORD = "Northbridge-DHR-2022"
FIXED_TS = dt.datetime(2022, 6, 1, 9, 0, 0)
RNG = random.Random(20220214)  # only used for incident reference numbers
VICTIM = "Amira Okafor-Lane"
PREPARER = "DS Rachel Kemp"  # police chronology author, named in the title rows
D = dt.date
T = dt.datetime

# --------------------------------------------------------------------------- data
# Police: (date, time, subject, details, action, officer comments); None = blank row.
POLICE: list[tuple[dt.date, str, str, str, str, str] | None] = [
    (D(2017, 8, 19), "23:40", "Daniel Marsh", "Call from Ms Kerry Ashdown at Flat 2, 31 Canal Street, NB1 4DX reporting that her partner Daniel Marsh had pushed her against a wall during an argument about her phone. Officers attended; Ms Ashdown had redness to her upper arm.", "Mr Marsh arrested for common assault and interviewed. Ms Ashdown declined to support a prosecution. NFA.", "Pre-dates the scoping period; included as a previous domestic abuse incident involving Mr Marsh and a former partner."),
    (D(2019, 8, 10), "23:05", "Amira Okafor-Lane / Daniel Marsh", "999 call from neighbour Mrs Joan Fairweather reporting loud shouting at 14 Elm Road, NB3 7QT. PC Tom Harlow attended. Ms Okafor-Lane and Mr Marsh both said it had been a verbal argument about money; no injuries seen. Zara (6) was asleep upstairs.", "DASH risk assessment completed with Ms Okafor-Lane alone: standard risk (4 ticks). Child notification (PPN) sent to Northbridge Children's Services.", "Mr Marsh's 2017 history was not checked when the DASH was graded."),
    (D(2020, 1, 25), "02:10", "Amira Okafor-Lane", "999 call from Amira Okafor-Lane (mobile 07700 900417) saying that her partner Danny had pushed her to the floor and taken her phone and bank card. Mr Marsh had left before PC Sunita Gill and PC Tom Harlow arrived. Ms Okafor-Lane had a reddened mark to her cheek.", "DASH completed: medium risk (9 ticks). Ms Okafor-Lane declined to make a statement but consented to a referral to Northbridge Women's Aid. PPN sent to Children's Services.", "Body-worn video captured her initial account."),
    (D(2020, 1, 25), "14:30", "Daniel Marsh", "Daniel Marsh attended Northbridge Police Station by appointment and was arrested for assault by beating. In interview he said Ms Okafor-Lane had 'lost her temper' and that he had left to calm things down.", "Released. NFA on 27/01/2020: no statement from the victim and insufficient independent evidence. Victim informed by DC Owen Price.", "An evidence-led prosecution was not considered."),
    (D(2021, 1, 15), "16:20", "Amira Okafor-Lane", "Concern for welfare call from Ms Lucy Pennington, a friend, who had not heard from Mira for two weeks and said recent messages seemed to have been written by Danny. PC Tom Harlow attended 14 Elm Road; Ms Okafor-Lane said she was well and that her phone had been broken. Mr Marsh was present throughout.", "No offences disclosed; no DASH completed. Log closed.", "The officer did not try to speak to Ms Okafor-Lane alone."),
    (D(2021, 4, 17), "23:05", "Amira Okafor-Lane / Daniel Marsh", "999 call from Ms Okafor-Lane; she could be heard saying 'Danny, stop'. Officers found the front door had been forced. Ms Okafor-Lane disclosed that Mr Marsh had put his hands around her neck during an argument and that she had briefly struggled to breathe. Zara was in the house.", "Mr Marsh arrested at the scene. DASH completed by PC Sunita Gill: high risk (16 ticks, including strangulation and escalation). MARAC referral submitted; referrals made to the IDVA service, Adult Social Care and Children's Services.", "Photographs taken; Mrs Fairweather gave a witness statement."),
    (D(2021, 4, 18), "19:45", "Daniel Marsh", "Daniel Marsh interviewed and denied the assault. CPS advice obtained.", "Charged with assault by beating and criminal damage. Bailed to Northbridge Magistrates' Court with conditions not to contact Ms Okafor-Lane or enter Elm Road.", "Bail conditions shared with the victim and the IDVA."),
    None,
    (D(2021, 5, 6), "10:00", "Amira Okafor-Lane", "MARAC meeting held. Case discussed; safety plan agreed and actions allocated to agencies.", "Police actions: marker placed on 14 Elm Road for priority response; Sgt Martin Doyle to monitor bail compliance.", "Ms Okafor-Lane was represented by the IDVA."),
    (D(2021, 6, 12), "21:30", "Daniel Marsh", "Mrs Fairweather reported seeing Danny Marsh at the door of 14 Elm Road. Officers attended and found Mr Marsh nearby in Elm Road.", "Arrested for breach of bail; appeared at court the next day and was re-bailed on the same conditions.", "Ms Okafor-Lane told officers she had not invited him."),
    (D(2021, 7, 21), "11:00", "Amira Okafor-Lane", "Ms Okafor-Lane told DC Owen Price that she no longer supported the prosecution and wished to withdraw her statement. She said she and Danny were 'working things out'.", "Withdrawal statement taken. CPS discontinued the case on 28/07/2021 and bail conditions ended. IDVA informed.", "Evidence-led prosecution reviewed but the 999 recording had not been retained."),
    (D(2021, 11, 3), "14:10", "Daniel Marsh", "Ms Lucy Pennington made a Domestic Violence Disclosure Scheme ('Right to Ask') application about Daniel Marsh, giving her contact as lucy.pennington@example.org.", "Application accepted; background checks started by Sgt Martin Doyle.", "Expected timescale is 28 days; the disclosure decision took eleven weeks."),
    (D(2022, 1, 6), "18:40", "Amira Okafor-Lane", "Ms Okafor-Lane reported that Mr Marsh had sent more than 60 messages and called repeatedly since she ended the relationship on 1 January 2022. She believed he was staying with his brother Craig Marsh at 27 Harrow Close, NB2 5LP.", "DASH completed: high risk (15 ticks). Referral to the IDVA service; MARAC coordinator told of a repeat incident. Attempts to locate Mr Marsh unsuccessful.", "No repeat MARAC referral was submitted."),
    (D(2022, 1, 19), "13:00", "Daniel Marsh", "Daniel Marsh (recorded on the system as Dan Marsh) was located and interviewed about harassment. He accepted sending the messages but said he only wanted to see Zara.", "Released under investigation, so no bail conditions. DVDS disclosure made to Ms Okafor-Lane on 20/01/2022 with IDVA Joanne Mistry present.", "Release under investigation meant no conditions could be imposed at the point of separation."),
    (D(2022, 2, 14), "21:52", "Amira Okafor-Lane / Daniel Marsh", "999 call from Mrs Joan Fairweather reporting screaming at 14 Elm Road. Officers forced entry and found Ms Okafor-Lane seriously injured; despite first aid by officers and paramedics she was pronounced dead at the scene. Zara was safe with Mrs Fairweather next door.", "Daniel Marsh arrested nearby on suspicion of murder. Homicide investigation started; Children's Services out-of-hours team contacted.", "Notification sent to Northbridge Community Safety Partnership for a Domestic Homicide Review."),
]

# Adult Social Care: sheet -> (date text, contact type, narrative, outcome, worker).
ASC: dict[str, list[tuple[str, str, str, str, str]]] = {
    "Victim": [
        ("2019-03-05", "Referral", "Referral from Dr Anjali Mehra, Northbridge Health Centre: Amira Okafor-Lane (NI number QQ 12 34 56 C) has multiple sclerosis with increasing fatigue and falls. Lives with her daughter and partner.", "Allocated for a Care Act assessment.", "Bethany Cole"),
        ("12-Mar-2019", "Telephone", "Call to arrange the assessment was answered by Ms Okafor-Lane's partner Danny, who said he would need to be present because Mira 'gets confused'.", "Home visit booked for 09/04/2019.", "Bethany Cole"),
        ("Tuesday 9 April 2019", "Home visit", "Care Act assessment at 14 Elm Road. Mr Marsh answered most questions and said he provided most of her personal care. Ms Okafor-Lane said very little.", "Eligible needs identified. Not seen alone.", "Bethany Cole"),
        ("June 2019", "Care plan", "Care and support plan agreed: five hours a week of home care and a perching stool. Exact date not recorded.", "Package started.", "Bethany Cole"),
        ("Spring 2020", "Telephone review", "During the first national lockdown Ms Okafor-Lane asked for the home care package to be suspended because Danny was at home and could help. Entry added retrospectively; date approximate.", "Package suspended; no review date set.", "Bethany Cole"),
        ("19/04/2021", "Safeguarding concern", "Adult safeguarding concern from Northbridge Police after the incident of 17/04/2021. Section 42 enquiry opened. Ms Okafor-Lane spoken to alone by telephone; she wished to stay in her home and was being supported by the IDVA.", "Enquiry closed 15/06/2021: risk reduced through the MARAC safety plan. Care package not reinstated.", "Priya Nandra"),
    ],
    "Perpetrator": [
        ("22nd May 2019", "Self-referral", "Daniel Marsh telephoned asking for a carer's assessment, describing himself as Amira's full-time carer, and asked about Carer's Allowance.", "Carer's assessment booked.", "Mark Ellery"),
        ("04.07.19", "Carer's assessment", "Mr Marsh said he was stressed and drinking more, and that Amira 'can't cope without me'. Contact number 07700 900862; NI number QQ 65 43 21 A recorded for benefits advice.", "Signposted to Northbridge Recovery Service and a carers' support group.", "Mark Ellery"),
        ("27/04/2021", "Telephone", "Mr Marsh telephoned, angry about the safeguarding enquiry, saying he was 'her carer' and had a right to know what was being said about him.", "Call ended after abusive language; no information shared. Logged on the victim's enquiry.", "Priya Nandra"),
        ("15-Jun-2021", "Case closure", "Carer's record reviewed: Mr Marsh no longer living at the address because of bail conditions.", "Carer's record closed; his role as carer not reviewed.", "Mark Ellery"),
    ],
}

# GP: (consultation date, clinician, clinical notes, plan).
GP: list[tuple[dt.date, str, str, str]] = [
    (D(2019, 2, 28), "Dr Anjali Mehra", "MS review. Amira reports more fatigue and two falls at home; managing with help from her new partner Danny. Mood 'a bit low'. Lives at 14 Elm Road with daughter Zara.", "Referral to Northbridge City Council Adult Social Care for a care and support assessment. Review in 3 months."),
    (D(2019, 3, 14), "Nurse Claire Dunmore", "Routine bloods and blood pressure. Partner Daniel Marsh attended with Ms Okafor-Lane and answered most questions for her.", "Results to Dr Mehra. No concerns recorded."),
    (D(2019, 9, 17), "Dr Peter Vance", "Bruising to left wrist. Patient says she fell on the stairs because of MS weakness. No X-ray needed.", "Analgesia and falls advice. Routine enquiry about domestic abuse not recorded."),
    (D(2019, 11, 20), "Dr Anjali Mehra", "Low mood for several months, poor sleep, PHQ-9 score 14. Partner Danny present throughout; patient quiet.", "Start sertraline 50 mg. Review in 4 weeks. Not seen alone."),
    (D(2020, 5, 12), "Dr Anjali Mehra", "Telephone consultation (COVID-19). Mood unchanged. Male voice heard in the background; patient said she 'couldn't really talk'.", "Sertraline increased to 100 mg. Plan to call back at a better time not actioned."),
    (D(2020, 7, 2), "Dr Anjali Mehra", "Face-to-face. Anxiety worse; disclosed frequent arguments with her partner about money and his drinking. Denied physical harm when asked.", "Referral to Northbridge NHS Foundation Trust mental health services. Women's Aid details given."),
    (D(2021, 1, 26), "Dr Peter Vance", "Consultation with Daniel Marsh (registered at the practice). Requests fit note for stress; drinking about 40 units a week; irritable; reports 'relationship problems'.", "Brief alcohol intervention; details of Northbridge Recovery Service given. Fit note for 2 weeks. Not linked to partner's record."),
    (D(2021, 4, 20), "Dr Anjali Mehra", "Seen after the police incident of 17/04/2021. Tenderness and faint marks to the neck recorded on a body map; voice hoarse. Aware police, IDVA and MARAC involved.", "Urgent referral to the Home Treatment Team. Safeguarding code and MARAC flag added to the record."),
    (D(2021, 10, 12), "Dr Anjali Mehra", "Bruising under the right eye; first said she had walked into a cupboard. When asked directly, Amira disclosed that Danny had hit her two days earlier.", "Referral to Northbridge Women's Aid with consent. Practice safeguarding lead informed. Repeat MARAC referral not made."),
    (D(2021, 12, 1), "Dr Peter Vance", "Daniel Marsh: low mood, jealousy, poor sleep, continued heavy drinking. Says his partner 'wants to leave' him.", "Referral to Northbridge NHS Foundation Trust mental health services. Household domestic abuse history not considered."),
    (D(2022, 1, 18), "Dr Anjali Mehra", "Anxiety and poor sleep. Amira said she had ended the relationship with Danny and that police and the IDVA were involved; her mother Mrs Okafor is staying with her.", "Sleep hygiene advice and CBT self-help. Safety plan discussed. Review in 4 weeks."),
]

# Housing CSV: (date text, details, action, officer, comment).
HOUSING: list[tuple[str, str, str, str, str]] = [
    ("c. 2018", "Secure tenancy of 14 Elm Road, Northbridge NB3 7QT granted to Amira Okafor Lane (sole tenant) with her daughter Zara. Start date not carried over from the old system.", "Tenancy sign-up completed.", "Gemma Rowley", "Before the scoping period; date approximate."),
    ("12/03/2019", "Tenant phoned to say her partner, Daniel Marsh, had moved in, and asked whether he could be added to the tenancy.", "Advised that a joint tenancy is not automatic; household details updated.", "Gemma Rowley", ""),
    ("2019", "Annual tenancy visit – two visits attempted, no access on either occasion.", "Card left; visit not rebooked.", "Gemma Rowley", "Exact dates not recorded."),
    ("16/12/2019", "Repair request: living room door damaged, hole in the lower panel, hinges loose.\nTenant said it had been ‘knocked in an accident’; partner heard in the background.", "Door replaced; recharge of £85.00 raised for tenant damage.", "Steve Pratt", "No enquiry made about how the damage happened."),
    ("05/11/20", "Noise complaint from Mrs Joan Fairweather, 16 Elm Road, about shouting and banging at number 14 \"most weekends\".", "Treated as anti-social behaviour: noise diary sent to the complainant, warning letter sent to the tenant.", "Kevin Osei", "Possible domestic abuse not considered."),
    ("18/04/2021", "Emergency repair: front door forced, frame split, after police attendance on 17/04/2021.", "Boarded up out of hours; new door and lock fitted 19/04/2021. Cost £240.00, not recharged after the IDVA explained the circumstances.", "Steve Pratt", ""),
    ("12/05/2021", "MARAC action: flag the property and provide Sanctuary measures.", "Door chain, window locks and a door viewer fitted; domestic abuse flag added to the tenancy.", "Kevin Osei", "Completed within the MARAC timescale."),
    ("03/02/2022", "Management transfer application from Ms Okafor-Lane, supported by IDVA Joanne Mistry, citing domestic abuse and harassment by her ex-partner.", "Application logged; awaiting medical and police information; priority band not yet assigned.", "Gemma Rowley", "Still pending on 14/02/2022."),
    ("unknown", "Undated file note: a neighbour said the tenant’s ex-partner was ‘always hanging around’ Elm Road.", "None recorded.", "Kevin Osei", "Date of note not known."),
]

# Women's Aid: (date, summary, outcome); HEADER repeats the header row, date "" joins the
# date cell above (vertical merge), outcome None spans summary over outcome (horizontal merge).
HEADER = ("Date", "Summary", "Outcome / Analysis")
WOMENS_AID: list[tuple[str, str, str | None]] = [
    ("28/01/2020", "Referral from Northbridge Police after the incident of 25/01/2020. Outreach worker Kirsty Bell telephoned Amira at an agreed safe time.", "Amira accepted outreach support. Initial risk discussion: medium. Safe word agreed for calls."),
    ("18/02/2020", "Face-to-face meeting at the outreach office. Amira described Danny checking her phone, keeping her bank card and limiting contact with her mother, Mrs Okafor, and her friend Luce (Lucy Pennington).", "Coercive control discussed and safety plan completed; Freedom Programme information given. Noted that Danny describes himself to agencies as Amira's carer."),
    ("30/03/2020", "Lockdown: face-to-face sessions suspended. Three calls and two texts to 07700 900417 unanswered; one call answered by a man who said Amira was asleep. Closure letter sent and case closed to outreach on 15/06/2020; no risk review recorded.", None),
    HEADER,
    ("20/04/2021", "Referral to the IDVA service after a high-risk DASH (16 ticks). IDVA Joanne Mistry met Ms Okafor-Lane at Northbridge Health Centre.", "Safety plan updated; bail conditions explained; Sanctuary measures requested from Northbridge Homes."),
    ("06/05/2021", "MARAC meeting held. Case discussed, safety plan agreed and actions allocated to agencies.", "IDVA represented Ms Okafor-Lane's wishes: to stay in her home and for Zara to stay at her school."),
    ("", "IDVA telephoned Ms Okafor-Lane after the MARAC to explain the agreed actions.", "She said she felt safer with the new locks. Weekly calls agreed."),
    ("10/08/2021", "Ms Okafor-Lane told the IDVA that she and Danny had reconciled and that he was 'a different person' since he had stopped drinking.", "Safety planning continued and risks of reconciliation discussed. Case closed to the IDVA on 31/08/2021 at her request; MARAC coordinator informed."),
    ("14/10/2021", "Referral from Dr Anjali Mehra after Amira disclosed that Danny had hit her. Kirsty Bell contacted Mira by email (mira.okafor@example.org) as agreed.", "Amira declined an IDVA but accepted outreach; said she planned to end the relationship 'after Christmas'. DASH not repeated; no repeat MARAC referral."),
    ("07/01/2022", "Police referral after Amira ended the relationship and reported harassment. IDVA Joanne Mistry re-allocated.", "Safety plan reviewed; support with a management transfer and the DVDS disclosure on 20/01/2022. Last contact 10/02/2022: Amira said Danny had been seen near Elm Road."),
]

# Mental health: (date as text or datetime, entry, action/outcome, analysis).
MENTAL_HEALTH: list[tuple[str | dt.datetime, str, str, str]] = [
    ("06/07/2020 10:42", "Referral from Dr Anjali Mehra (GP): Amira Okafor-Lane, low mood and anxiety, multiple sclerosis, on sertraline since November 2019.", "Triaged as routine by the Single Point of Access; appointment offered for September.", "The referral mentioned 'relationship stress'; this was not explored at triage."),
    ("15/09/2020 14:00", "Assessment at 14 Elm Road by Community Psychiatric Nurse Liam Tully. Ms Okafor-Lane said her partner drinks and she feels she is 'walking on eggshells'. Mr Marsh was in the next room.", "Referral to psychological therapies; sertraline to continue; letter to GP.", "Routine enquiry was asked but not in private; no DASH completed."),
    (T(2020, 11, 24, 9, 30), "Did not attend first psychological therapy appointment. A man giving his name as Danny telephoned to cancel, saying Amira was 'too tired'.", "Second appointment letter sent.", "Cancellation by a third party was not queried with the patient."),
    ("?03/2021", "Call to the crisis line (exact date not recorded). The caller gave her name as Mira, said she was frightened at home, and the call ended abruptly.", "Call-back attempted to 07700 900417; no answer. No further action.", "Not linked to Ms Okafor-Lane's record until after her death."),
    (T(2021, 4, 21, 15, 0), "Home Treatment Team assessment by Aisha Rahman after an urgent GP referral following the incident of 17/04/2021. Ms Okafor-Lane tearful, sleeping poorly and frightened of Mr Marsh.", "Daily contact for one week; information shared with the MARAC coordinator for the meeting on 06/05/2021.", "Good information sharing; risk from the partner recorded."),
    ("09/06/2021 11:15", "Ms Okafor-Lane declined further Trust input, saying she had IDVA support.", "Discharged to GP care with advice to re-refer if needed.", "Discharge letter did not mention the domestic abuse risk."),
    ("n/k", "Undated letter on file from Mrs Grace Okafor, mother, concerned that her daughter was 'not herself' and that Danny would not let her visit.", "No record of a response.", "Scanned without a date and not acted on; probably received in summer 2021."),
    ("08/12/2021 16:20", "Outpatient assessment of Daniel Marsh by Dr Lena Novak after GP referral. He described jealousy, heavy drinking and fear that Amira would leave him, saying 'I don't know what I'd do'.", "Adjustment disorder with harmful alcohol use. Referred to Northbridge Recovery Service; follow-up in three months.", "Risk to others, in particular his partner, was not explored or shared with MARAC."),
]

# Children's Services (.xls): (when, what happened, response).
CHILDREN: list[tuple[dt.date, str, str]] = [
    (D(2019, 8, 13), "Police notification (PPN) about a verbal argument between mother Amira Okafor and her partner Daniel Marsh at 14 Elm Road. Zara Okafor-Lane (6) was asleep at the time.", "MASH screening by Carl Benton: threshold for statutory intervention not met. Letter to mother with support information; Northbridge Primary School notified."),
    (D(2020, 1, 28), "Second police notification: Ms Okafor-Lane reported being pushed by Mr Marsh while Zara was in the house.", "Child and family assessment started by social worker Hannah Wilde. Zara seen alone on 04/02/2020 and said 'Danny shouts a lot'. Mrs Denise Foley, Designated Safeguarding Lead at Northbridge Primary School, said Zara had been tired and withdrawn."),
    (D(2020, 3, 13), "Child and family assessment concluded. Mother said Danny was 'trying' and that Women's Aid was supporting her.", "Closed with a step-down to Early Help; the offer was not taken up after the first national lockdown began."),
    (D(2021, 4, 19), "Police referral after the high-risk incident of 17/04/2021, at which Zara (7) was present.", "Strategy discussion with police and health. Child and family assessment by Hannah Wilde; Zara made subject to a Child in Need plan. Mr Marsh not spoken to."),
    (D(2021, 9, 8), "Child in Need review. Mother said the relationship had ended and Mr Marsh was not visiting; school reported better attendance.", "Child in Need plan closed by Carl Benton. Police and IDVA not asked about the withdrawn prosecution or any reconciliation."),
    (D(2022, 2, 14), "Out-of-hours notification from Northbridge Police that Zara's mother had died at the family home and that Mr Marsh had been arrested.", "Emergency duty social worker attended. Zara, asking for 'Nana Grace', placed with her maternal grandmother Mrs Grace Okafor (0116 496 0235) under a safety plan; strategy discussion arranged for 15/02/2022."),
]

# ---------------------------------------------------------------------- agencies
# stem -> (agency name, chronology file name, IMR author, author role, agency-specific IMR text)
IMR_TEXT = dict[str, Any]
AGENCIES: dict[str, tuple[str, str, str, str, IMR_TEXT]] = {
    "northbridge_police": ("Northbridge Police", "northbridge_police.xlsx", "DI Fiona Castell", "Detective Inspector, Review and Learning Unit", {
        "about": "Northbridge Police provides policing across the Northbridge area, including emergency response, neighbourhood policing, a Public Protection Unit and the police role at MARAC.",
        "sources": "command-and-control logs, crime and custody records, DASH risk assessments and MARAC minutes, and interviews with PC Tom Harlow, PC Sunita Gill, DC Owen Price and Sgt Martin Doyle",
        "involvement": ["Northbridge Police had thirteen recorded contacts with Amira and Daniel within the scoping period, from a neighbour's report of shouting on 10 August 2019 to the emergency call on 14 February 2022. Daniel had also been arrested in August 2017 after an incident involving his former partner, Kerry Ashdown; that matter did not proceed.", "Risk was graded standard in August 2019, medium in January 2020 and high in April 2021, when Amira disclosed that Daniel had put his hands around her neck. Daniel was charged and bailed and the case was heard at MARAC on 6 May 2021. The prosecution was discontinued in July 2021 after Amira withdrew her support. In January 2022 Amira reported harassment after ending the relationship; Daniel was released under investigation and a disclosure under the Domestic Violence Disclosure Scheme was made to her on 20 January 2022."],
        "analysis": ["Officers responded promptly to every call and completed four DASH assessments. However, the August 2019 assessment did not draw on Daniel's 2017 history, and the January 2021 welfare check took place with Daniel present, so Amira had no safe opportunity to speak.", "When Amira withdrew her statement, an evidence-led prosecution was considered too late for the 999 recording to be retrieved. In January 2022 the high-risk DASH was not followed by a repeat MARAC referral, and release under investigation left no conditions in place at the point of separation, a recognised period of heightened risk. The Right to Ask application took eleven weeks against a 28-day expectation."],
        "good": "The response on 17 April 2021 was thorough: Daniel was arrested at the scene, a neighbour's statement was taken, referrals were made to the IDVA service, Adult Social Care and Children's Services the same day, and bail compliance was actively monitored, leading to an arrest for breach in June 2021.",
        "lessons": "A suspect's previous domestic abuse history, including with former partners, must inform every DASH assessment, and victims should be spoken to alone at welfare checks. Early preservation of evidence keeps an evidence-led prosecution open if a victim withdraws. Repeat incidents within twelve months of a MARAC hearing should return to MARAC, and the choice between bail and release under investigation must weigh the risk at separation.",
        "recommendations": ["Amend the DASH guidance and supervision checklist so that officers record a check of the suspect's previous domestic abuse history, including with former partners.", "Add an automatic repeat-MARAC prompt to the domestic abuse record when a new incident occurs within twelve months of a MARAC hearing.", "Audit Domestic Violence Disclosure Scheme applications quarterly against the 28-day timescale and report the results to the Community Safety Partnership."],
        "conclusion": "Northbridge Police recognised the escalating risk to Amira and took positive action in April 2021. Earlier opportunities to use Daniel's history and to speak with Amira alone were missed, and after the separation in January 2022 the protective measures in place did not match the high risk that had been identified."}),
    "adult_social_care": ("Northbridge City Council Adult Social Care", "adult_social_care.xlsx", "Susan Thorne", "Principal Social Worker", {
        "about": "Northbridge City Council Adult Social Care assesses and meets the care and support needs of adults under the Care Act 2014 and leads adult safeguarding enquiries under section 42.",
        "sources": "the case records for Amira and for Daniel, the section 42 enquiry file, and interviews with Bethany Cole, Mark Ellery and Priya Nandra",
        "involvement": ["Amira was referred by her GP in March 2019 because of fatigue and falls associated with multiple sclerosis. A Care Act assessment on 9 April 2019 found eligible needs and home care began in June 2019. In spring 2020, during the first national lockdown, the package was suspended at Amira's request because Daniel said he could care for her; no review date was set.", "Daniel asked for a carer's assessment in May 2019, completed in July 2019. In April 2021 the police raised an adult safeguarding concern after the high-risk incident; a section 42 enquiry was opened and closed in June 2021. Daniel telephoned to complain about the enquiry, and his carer's record was closed while he was bailed away from the address."],
        "analysis": ["Amira was not seen alone during the 2019 assessment, and Daniel's description of himself as her carer was accepted without exploring how it affected her independence. The stress and increased drinking he described at his carer's assessment were not recognised as possible risk indicators for Amira, and suspending the care package removed a regular professional presence from the home.", "The section 42 enquiry spoke to Amira alone and correctly treated MARAC as the lead forum, but it did not revisit her care package or Daniel's role as her carer."],
        "good": "The safeguarding practitioner spoke with Amira alone, respected her wishes in line with Making Safeguarding Personal and worked through the IDVA rather than duplicating contact. Daniel's hostile call was recorded on Amira's enquiry file.",
        "lessons": "People with care and support needs should be offered the chance to be seen alone at assessment and review, and practitioners should be curious when a partner presents as the sole carer. Suspended packages need a review date, and a carer's assessment that records alcohol misuse and stress should prompt consideration of risk to the cared-for person.",
        "recommendations": ["Update Care Act assessment guidance so that the person is offered the opportunity to be seen alone, with the reason recorded where this does not happen.", "Require a review date for every suspended care package, with a monthly management report of overdue reviews.", "Include coercive control by partners who are also carers in mandatory safeguarding training for assessors."],
        "conclusion": "Adult Social Care responded appropriately to Amira's physical needs but did not recognise that Daniel's role as her carer could be a means of control. The section 42 enquiry in 2021 was well conducted but short-lived."}),
    "gp_practice": ("Northbridge Health Centre", "gp_practice.xlsx", "Dr Rosalind Hext", "Named GP for Safeguarding, Northbridge Clinical Commissioning Group", {
        "about": "Northbridge Health Centre is a general practice serving the Northbridge area. Amira and Daniel were both registered patients throughout the scoping period.",
        "sources": "the GP records of Amira and Daniel, correspondence with other agencies, and interviews with Dr Anjali Mehra, Dr Peter Vance and Nurse Claire Dunmore",
        "involvement": ["Amira consulted regularly about multiple sclerosis and, from late 2019, about low mood and anxiety. In September 2019 she had bruising to her wrist, which she attributed to a fall. Daniel accompanied her to several appointments in 2019, and in May 2020 a man could be heard during a telephone consultation when Amira said she could not talk.", "In July 2020 Amira was referred to mental health services and given Women's Aid details. After the April 2021 incident Dr Mehra recorded injuries to her neck and referred her urgently to the Home Treatment Team. In October 2021 Amira disclosed that Daniel had hit her and was referred to Women's Aid. Daniel consulted in January and December 2021 about stress, jealousy and heavy drinking, and was referred to mental health services."],
        "analysis": ["There were several opportunities in 2019 and 2020 to ask Amira about domestic abuse when she was alone. Her partner's presence at appointments and on the telephone was noted but not acted on, and the bruised wrist was accepted as a fall without routine enquiry.", "The practice held information about both partners, but their records were not linked. Daniel's disclosures of jealousy, heavy drinking and fear of Amira leaving were significant risk indicators that were not connected with the MARAC flag on her record, and no repeat MARAC referral followed Amira's disclosure in October 2021."],
        "good": "Dr Mehra's body map in April 2021, the use of safeguarding codes and the MARAC flag, and her direct question in October 2021, which led to Amira's disclosure and a referral with consent, all reflect good practice.",
        "lessons": "Patients should be seen alone for at least part of a consultation when there are indicators of abuse, and remote consultations need a safe way to call back. Where both partners are registered, clinicians should consider household safeguarding information, and a perpetrator's disclosures of jealousy or loss of control are risk information.",
        "recommendations": ["Adopt a practice protocol for seeing patients alone and for safe call-backs in remote consultations where domestic abuse indicators are present.", "Introduce a household safeguarding alert so that a MARAC flag on one partner's record is visible to clinicians seeing the other, within information governance rules."],
        "conclusion": "The practice gave Amira consistent care and made appropriate referrals, and its response improved markedly in 2021. Earlier routine enquiry and a household view of risk might have led to earlier support, and Daniel's presentations in late 2021 were a missed opportunity to share information with MARAC."}),
    "northbridge_homes": ("Northbridge Homes", "northbridge_homes.csv", "Nadia Fernsby", "Head of Tenancy Services", {
        "about": "Northbridge Homes is a registered provider of social housing. Amira held a secure tenancy of 14 Elm Road, Northbridge NB3 7QT, from around 2018.",
        "sources": "the tenancy file, repairs history, anti-social behaviour file and transfer application, and interviews with Gemma Rowley, Kevin Osei and Steve Pratt",
        "involvement": ["Amira told her housing officer in March 2019 that Daniel had moved in. The 2019 tenancy visit did not take place. In December 2019 a living room door was replaced and Amira was recharged £85.00 for damage she said was accidental. In November 2020 a neighbour, Mrs Joan Fairweather, complained of shouting and banging, which was handled as anti-social behaviour.", "After the April 2021 incident the front door was repaired out of hours, and Sanctuary measures were fitted in May 2021 as a MARAC action. On 3 February 2022 Amira applied for a management transfer with the IDVA's support; the application was still awaiting information when she died."],
        "analysis": ["The door repair, the missed tenancy visits and the noise complaint were each handled in isolation. Together they were indicators of possible domestic abuse, but staff did not ask Amira about her safety, and the noise complaint led to a warning letter to her as the tenant.", "Once MARAC identified the risk, Northbridge Homes acted quickly. The transfer application was not prioritised despite the known high risk, and record-keeping for undated notes and the tenancy start was poor."],
        "good": "The emergency repair was completed out of hours and the recharge was waived once the circumstances were known. Sanctuary measures were fitted within the MARAC timescale.",
        "lessons": "Repairs and housing staff should be alert to damage that may indicate domestic abuse, and complaints of shouting should prompt consideration of domestic abuse before anti-social behaviour action. Transfer applications from victims known to MARAC need an immediate priority decision.",
        "recommendations": ["Train repairs operatives and housing officers to recognise and report possible domestic abuse, with a clear referral route to the tenancy sustainment team.", "Amend the anti-social behaviour procedure to require a domestic abuse screening question before a warning letter is sent about shouting.", "Set a 48-hour decision target for management transfer applications from applicants known to MARAC."],
        "conclusion": "Northbridge Homes responded well once domestic abuse was identified through MARAC. Earlier signs were treated as property or neighbour issues, and the transfer that might have moved Amira away from Elm Road had not been decided when she died."}),
    "northbridge_womens_aid": ("Northbridge Women's Aid", "northbridge_womens_aid.docx", "Patricia Oduya", "Quality and Practice Lead", {
        "about": "Northbridge Women's Aid provides outreach support, an Independent Domestic Violence Advisor (IDVA) service for high-risk victims, and refuge accommodation.",
        "sources": "outreach and IDVA case records, risk assessments and MARAC records, and interviews with Kirsty Bell and Joanne Mistry",
        "involvement": ["Amira was first referred by the police in January 2020. She met outreach worker Kirsty Bell in February 2020 and described Daniel monitoring her phone, keeping her bank card and limiting her contact with her mother and her friend Lucy Pennington. Contact was lost during the first lockdown and the case closed in June 2020.", "After the high-risk incident in April 2021, IDVA Joanne Mistry supported Amira through the MARAC on 6 May 2021 and the criminal case. Amira reconciled with Daniel and the IDVA case closed in August 2021. Her GP referred her again in October 2021, and after she ended the relationship in January 2022 the IDVA supported her with a transfer application and a DVDS disclosure. The last contact was on 10 February 2022."],
        "analysis": ["Coercive control was accurately identified in February 2020, but the case was closed in June 2020 after unanswered calls, one answered by a man, without a risk review or any contact with the police.", "The IDVA represented Amira's voice well at MARAC. When she was re-referred in October 2021 the risk was not re-scored with a DASH, and in January 2022 no repeat MARAC referral was made, although safety planning recognised the risk at separation."],
        "good": "Safety planning was consistent and creative, using agreed safe times and a safe word, and the IDVA secured Sanctuary measures and supported Amira's wish to stay at home with Zara at her school.",
        "lessons": "Closing a case after loss of contact should include a documented risk review, particularly where a perpetrator may be controlling communication. Any re-referral of a former high-risk client should trigger a new DASH and consideration of repeat MARAC.",
        "recommendations": ["Introduce a closure checklist requiring a risk review and manager sign-off when contact is lost or a third party answers the client's phone.", "Require a DASH on every re-referral of a client previously heard at MARAC, with a repeat MARAC referral where the criteria are met."],
        "conclusion": "Northbridge Women's Aid understood the abuse Amira experienced and supported her with skill and persistence. Closure decisions in 2020 and 2021, and the lack of a repeat MARAC referral in January 2022, weakened the multi-agency response during the final period of separation."}),
    "nhs_trust_mental_health": ("Northbridge NHS Foundation Trust", "nhs_trust_mental_health.xlsx", "Gareth Pryce", "Head of Safeguarding", {
        "about": "Northbridge NHS Foundation Trust provides mental health services, including the Single Point of Access, community mental health teams, psychological therapies, the crisis line and the Home Treatment Team.",
        "sources": "the patient records of Amira and Daniel, crisis line logs and correspondence, and interviews with Liam Tully, Aisha Rahman and Dr Lena Novak",
        "involvement": ["Amira was referred by her GP in July 2020 and assessed at home in September 2020. Her first psychological therapy appointment in November 2020 was cancelled by Daniel. A crisis line call in March 2021 from a woman calling herself Mira was not linked to her record. After the April 2021 incident the Home Treatment Team supported her and shared information with MARAC; she was discharged to her GP in June 2021.", "Daniel was assessed by Dr Lena Novak in December 2021 after a GP referral. He described jealousy, heavy drinking and fear that Amira would leave him, and was referred to Northbridge Recovery Service. An undated letter of concern from Amira's mother, Mrs Grace Okafor, was filed without a response."],
        "analysis": ["The 2020 assessment took place with Daniel in the next room, so routine enquiry could not be meaningful. The third-party cancellation and the crisis line call were possible indicators of control and fear that were not followed up.", "Daniel's assessment identified factors associated with domestic homicide, namely jealousy, alcohol misuse and fear of separation, but risk to others was not explored and no check was made of whether his partner was known to MARAC, although the Trust held that information on Amira's record."],
        "good": "The Home Treatment Team's work in April 2021 was timely and compassionate, and its information sharing with the MARAC coordinator was good practice.",
        "lessons": "Assessments where domestic abuse may be present should be carried out in private, and third-party cancellations should be checked with the patient. Where a person discloses jealousy, alcohol misuse and fear of a partner leaving, the assessment should explicitly consider risk to that partner and check for MARAC involvement.",
        "recommendations": ["Add a mandatory section on risk to partners and family members, including a MARAC check, to the adult risk assessment template.", "Introduce a process for linking crisis line calls to existing records where the caller can reasonably be identified.", "Ensure all correspondence is dated on receipt and passed to the responsible clinician within five working days."],
        "conclusion": "The Trust gave Amira appropriate care at a time of crisis in 2021, but its contact with Daniel in December 2021 was the last agency contact with him before the homicide, and the chance to recognise and share the risk he posed was missed."}),
    "northbridge_childrens_services": ("Northbridge Children's Services", "northbridge_childrens_services.xls", "Michael Adeyemi", "Service Manager, Quality Assurance", {
        "about": "Northbridge Children's Services provides statutory children's social care, including the Multi-Agency Safeguarding Hub (MASH), assessment and Child in Need services, and the out-of-hours Emergency Duty Team.",
        "sources": "Zara's case records, MASH screening records, assessments and Child in Need reviews, interviews with Hannah Wilde and Carl Benton, and information from Mrs Denise Foley of Northbridge Primary School",
        "involvement": ["Children's Services received police notifications about Zara in August 2019 and January 2020. The first did not meet the threshold for assessment; the second led to an assessment in which Zara said that 'Danny shouts a lot'. The case closed in March 2020 with an Early Help offer that was not taken up during the first lockdown.", "After the April 2021 incident a strategy discussion was held and Zara became subject to a Child in Need plan, which closed in September 2021 on the basis that the relationship had ended. On 14 February 2022 the Emergency Duty Team placed Zara with her grandmother, Mrs Grace Okafor."],
        "analysis": ["The assessments focused on Amira's ability to protect Zara, and Daniel was never spoken to, so his behaviour and history were not assessed. Zara's voice was heard in 2020 but her account was not revisited in 2021.", "The decision to close the Child in Need plan relied on Amira's account without checking with the police or the IDVA, who knew the couple had reconciled. The plan therefore closed at a time of continuing risk."],
        "good": "Zara was seen alone during each assessment, her school was involved throughout, and on 14 February 2022 the out-of-hours response ensured she was cared for by a trusted family member within hours.",
        "lessons": "Assessments of children living with domestic abuse must include the person causing harm, and decisions to close or step down a case should be informed by agencies holding current risk information, particularly MARAC partners.",
        "recommendations": ["Require child and family assessments involving domestic abuse to include an attempt to engage the person causing harm, recording the reasons if this is not possible.", "Introduce a mandatory police and IDVA check before closing a Child in Need plan where the family has been heard at MARAC."],
        "conclusion": "Children's Services kept Zara's wellbeing in view and responded well in a crisis, but reliance on her mother's account and the lack of engagement with Daniel meant that the risk he posed to the household was never fully assessed."}),
}

# Pseudonym map: (name, aliases, title, pseudonym, role).
PEOPLE: list[tuple[str, list[str], str, str, str]] = [
    (VICTIM, ["Mira", "Amira Okafor", "Amira Okafor Lane"], "Ms", "Jade", "victim"),
    ("Daniel Marsh", ["Danny", "Danny Marsh", "Dan Marsh"], "Mr", "Lee", "perpetrator"),
    ("Zara Okafor-Lane", [], "Miss", "Ella", "child of the victim"),
    ("Grace Okafor", ["Nana Grace"], "Mrs", "Ruth", "mother of the victim"),
    ("Lucy Pennington", ["Luce"], "Ms", "Sarah", "friend of the victim"),
    ("Joan Fairweather", [], "Mrs", "Neighbour A", "neighbour"),
    ("Kerry Ashdown", [], "Ms", "Former Partner A", "former partner of the perpetrator"),
    ("Craig Marsh", [], "Mr", "Paul", "brother of the perpetrator"),
] + [(n, [], t, p, "professional") for t, n, p in [
    ("DS", "Rachel Kemp", "Police Officer A"), ("PC", "Tom Harlow", "Police Officer B"),
    ("PC", "Sunita Gill", "Police Officer C"), ("DC", "Owen Price", "Police Officer D"),
    ("Sgt", "Martin Doyle", "Police Officer E"), ("DI", "Fiona Castell", "Police IMR Author"),
    ("Ms", "Bethany Cole", "Social Worker A"), ("Mr", "Mark Ellery", "Carers Assessor"),
    ("Ms", "Priya Nandra", "Safeguarding Practitioner"), ("Ms", "Susan Thorne", "Adult Social Care IMR Author"),
    ("Dr", "Anjali Mehra", "GP A"), ("Dr", "Peter Vance", "GP B"),
    ("Nurse", "Claire Dunmore", "Practice Nurse"), ("Dr", "Rosalind Hext", "GP IMR Author"),
    ("Ms", "Gemma Rowley", "Housing Officer A"), ("Mr", "Kevin Osei", "Housing Officer B"),
    ("Mr", "Steve Pratt", "Repairs Supervisor"), ("Ms", "Nadia Fernsby", "Housing IMR Author"),
    ("Ms", "Kirsty Bell", "Outreach Worker"), ("Ms", "Joanne Mistry", "IDVA 1"),
    ("Ms", "Patricia Oduya", "Women's Aid IMR Author"), ("Mr", "Liam Tully", "Community Psychiatric Nurse"),
    ("Ms", "Aisha Rahman", "Home Treatment Nurse"), ("Dr", "Lena Novak", "Consultant Psychiatrist"),
    ("Mr", "Gareth Pryce", "Mental Health IMR Author"), ("Ms", "Hannah Wilde", "Social Worker B"),
    ("Mr", "Carl Benton", "Team Manager"), ("Mrs", "Denise Foley", "School Safeguarding Lead"),
    ("Mr", "Michael Adeyemi", "Children's Services IMR Author"),
    # Not the chair, the author or the panel: a published review names them (case.yaml).
]]
PLACES: list[tuple[str, str]] = [
    ("14 Elm Road", "the family home"), ("NB3 7QT", "[postcode]"), ("16 Elm Road", "the neighbour's home"),
    ("Elm Road", "the street"), ("Flat 2, 31 Canal Street", "the perpetrator's former address"),
    ("NB1 4DX", "[postcode]"), ("27 Harrow Close", "the perpetrator's brother's home"), ("NB2 5LP", "[postcode]"),
]
KEEP: list[str] = [a[0] for a in AGENCIES.values()] + [
    "Northbridge City Council", "Northbridge Community Safety Partnership", "Northbridge Clinical Commissioning Group",
    "Northbridge Recovery Service", "Northbridge Primary School", "Northbridge Police Station",
    "Northbridge Magistrates' Court", "Northbridge", "Adult Social Care", "Children's Services", "Women's Aid",
    "Crown Prosecution Service", "CPS", "MARAC", "MASH", "IDVA", "DASH", "DVDS", "PPN",
    "Domestic Violence Disclosure Scheme", "Home Treatment Team", "Single Point of Access", "Emergency Duty Team",
    "Early Help", "Freedom Programme", "Sanctuary", "Multi-Agency Safeguarding Hub", "Public Protection Unit",
    "Review and Learning Unit", "Independent Domestic Violence Advisor",
    "Northbridge Integrated Care Board", "Northbridge Crown Court", "Northbridge Safeguarding Adults Board",
    "Northbridge Safeguarding Children Partnership", "Northbridge Disability Forum", "MARAC Steering Group",
    "Home Office", "Independent Office for Police Conduct", "IOPC", "Advocacy After Fatal Domestic Abuse", "AAFDA",
]


# ------------------------------------------------------------------------ review
# The optional case.yaml sections (see pipeline/drafts/CONTEXT.md) and the independent
# author's narrative, one Word file per section. Real (invented) names are used here as in
# any restricted draft, key_events labels included: publication draws the timeline again from
# the anonymised labels.
AUTHOR = "Helen Marchbank"
NARRATIVE_TS = dt.datetime(2023, 1, 15, 9, 0, 0)
NARR_DIR = CASE_DIR / "narrative"
HOME_OFFICE_CATEGORIES = (  # Leicester DHR protocol, Appendix D 3.7 (Home Office 2016 key findings)
    "Technology/Systems", "Guidelines", "Identification of risk", "Training", "Policy",
    "Inter-agency communication", "Multi-agency working", "Record keeping", "Awareness raising",
    "Report on/share action plan/findings",
)
PROTECTED = ("Age", "Disability", "Gender reassignment", "Marriage and civil partnership",
             "Pregnancy and maternity", "Race", "Religion or belief", "Sex", "Sexual orientation")
AUTHOR_BACKGROUND = f"{AUTHOR} is an independent safeguarding consultant. She worked for 24 years in the probation service in another region of England, latterly as an Assistant Chief Officer responsible for public protection, domestic abuse programmes and multi-agency public protection arrangements, until 2016. Since then she has chaired and written eleven Domestic Homicide Reviews and four Safeguarding Adults Reviews for partnerships outside Northbridge. She holds a master's degree in criminology, has completed the Home Office training for DHR chairs and takes part in regular peer supervision with other independent chairs."

REVIEW: dict[str, Any] = {
    "victim": VICTIM,
    "commissioned": D(2022, 3, 10),
    "completed": D(2023, 2, 7),
    "condolences": "The panel offers its sincere condolences to Amira's mother, Grace Okafor, to her daughter Zara, and to all of Amira's family and friends. Amira was a much-loved daughter, mother and friend whose warmth, humour and determination were remembered by everyone who spoke to the review. The panel is grateful to Mrs Okafor and to Lucy Pennington for sharing their memories of Amira at a time of great loss, and hopes that the review honours her by making it more likely that other women in her situation are seen, heard and protected.",
    "circumstances": "Amira Okafor-Lane was 33 years old and lived with her eight-year-old daughter, Zara, in a Northbridge Homes tenancy at 14 Elm Road, Northbridge. She had multiple sclerosis. Her partner since late 2018, Daniel Marsh, moved into her home in March 2019; Amira ended the relationship on 1 January 2022 and reported his harassment to the police five days later. On the evening of Monday 14 February 2022 her neighbour, Joan Fairweather, heard screaming from Amira's home and called 999. Officers forced entry and found Amira seriously injured; despite first aid from officers and paramedics she died at the scene. Zara was safe with Mrs Fairweather next door. Daniel was arrested nearby the same evening. The post-mortem examination gave the cause of death as compression of the neck with blunt head injuries. On 21 October 2022, after a trial at Northbridge Crown Court, Daniel was convicted of Amira's murder, and on 4 November 2022 he was sentenced to life imprisonment with a minimum term of 21 years.",
    "confidentiality": "The findings of this review are OFFICIAL – SENSITIVE under the Government Security Classifications until the Home Office Quality Assurance Panel has approved the report and the agreed date of publication. Panel papers, chronologies and IMRs were exchanged only by secure email or as password-protected files and are held on the Community Safety Partnership's secure drive. Agencies and IMR authors used real names throughout the review; once the final draft was agreed, the pseudonyms chosen by Amira's family and friend were applied, and professionals are referred to by their role. Before anonymisation the report has been seen only by the chair, panel members and Amira's mother, and by her friend for the passages about her own contribution. The report does not draw on witness statements made for the criminal proceedings.",
    "methodology": "The review was commissioned under section 9 of the Domestic Violence, Crime and Victims Act 2004 and conducted in line with the Multi-Agency Statutory Guidance for the Conduct of Domestic Homicide Reviews (2016) and the Northbridge DHR protocol. Northbridge Community Safety Partnership was notified of Amira's death on 15 February 2022 and decided on 10 March 2022 that the criteria for a review were met; the Home Office was informed the same day. Twelve agencies were asked to check their records. Seven had contact with Amira, Daniel or Zara within the scoping period of 14 February 2019 to 14 February 2022, and each provided a chronology and an Individual Management Review (IMR) written by an author independent of the staff and line management involved. Northbridge Recovery Service had no record that Daniel attended after either referral, and Northbridge Primary School's information was included in the Children's Services IMR. The seven chronologies were merged into a single chronology of 67 entries. IMR authors attended a briefing with the chair and presented their reports to the panel, which met six times and questioned each author. The chair met Amira's mother and her closest friend, spoke with her neighbour, and offered Daniel the opportunity to contribute. The report was written by the independent chair, who is also the author, and agreed by the panel on 24 January 2023.",
    "family_involvement": "The chair wrote to Amira's mother, Grace Okafor, after the first panel meeting in April 2022, through the police Family Liaison Officer, enclosing the Home Office leaflet for families and the draft terms of reference. Mrs Okafor was offered, and accepted, a specialist advocate from Advocacy After Fatal Domestic Abuse (AAFDA), who supported her throughout the review. At the request of the Senior Investigating Officer, detailed conversations were deferred until the criminal trial had concluded. The chair met Mrs Okafor and her advocate at her home on 15 November 2022; Mrs Okafor described Amira's life, her illness and her relationship with Daniel, and told the chair about the letter she had sent to the mental health service in 2021. Her questions shaped the review, in particular whether anyone had taken her concerns seriously. On 12 January 2023 Mrs Okafor read the draft report before anonymisation and commented on its accuracy and recommendations, and she chose the pseudonyms used for Amira, Zara and Daniel in the published report. Zara, who now lives with her grandmother, was not asked to contribute directly, on the advice of her grandmother and the therapeutic worker supporting her; Mrs Okafor shared what Zara wanted people to know about her mother. Daniel's brother, Craig Marsh, was written to twice and did not reply. After sentencing the chair wrote to Daniel through his prison offender manager inviting him to contribute; he declined. Daniel's former partner, Kerry Ashdown, was approached through the police on the panel's behalf and chose not to take part.",
    "friends_involvement": "Amira's closest friend, Lucy Pennington, met the chair on 22 November 2022. She described how Amira's contact with friends dwindled after Daniel moved in, how messages from Amira's phone seemed to have been written by him, and her own attempts to help: a call to the police for a welfare check in January 2021 and a 'Right to Ask' application under the Domestic Violence Disclosure Scheme in November 2021, which she felt took far too long. She chose her own pseudonym and read the sections of the draft that describe her contribution. Amira's neighbour, Joan Fairweather, spoke with the chair by telephone on 29 November 2022 about what she had heard through the wall over several years, her complaint to Northbridge Homes and her calls to the police. Amira had not worked since 2017 because of her illness, so there were no work colleagues to approach, and neither Mrs Okafor nor Ms Pennington knew of any community or faith group through which Amira sought support. Daniel's employer, a local delivery firm, was not approached, because agency records gave the panel a sufficient account of his circumstances.",
    "terms_of_reference": [
        "To establish what contact each agency had with Amira, Daniel and Zara between 14 February 2019 and 14 February 2022, and any earlier information relevant to risk, including Daniel's abuse of a former partner in 2017.",
        "To examine how agencies identified and assessed the risk of domestic abuse, including coercive and controlling behaviour, and whether DASH risk assessments and MARAC referrals, including repeat referrals, were completed in line with procedure.",
        "To consider how Amira's multiple sclerosis and care and support needs, and Daniel's role as her carer, affected her vulnerability and the way agencies responded to her.",
        "To examine whether agencies recognised the risk Daniel posed, including his alcohol use, his mental health and his history, and whether any agency engaged him about his behaviour.",
        "To assess how well agencies shared information and worked together, including through MARAC, the MASH and the Domestic Violence Disclosure Scheme, and when cases were closed.",
        "To consider how Zara's experiences, needs and voice were taken into account.",
        "To consider the effect of the COVID-19 restrictions on Amira's access to services and on how agencies delivered them.",
        "To consider what family, friends and neighbours knew, whether they knew how to seek help, and how agencies responded to their concerns; and to consider throughout the protected characteristics under the Equality Act 2010.",
    ],
    "panel": [
        {"name": AUTHOR, "role": "Independent Chair and Author", "agency": "Independent"},
        {"name": "Farah Siddiqui", "role": "Head of Community Safety", "agency": "Northbridge Community Safety Partnership"},
        {"name": "Robert Ashworth", "role": "Detective Chief Inspector, Head of the Review and Learning Unit", "agency": "Northbridge Police"},
        {"name": "Yvonne Carradine", "role": "Head of Quality Assurance and Workforce Development", "agency": "Northbridge City Council Adult Social Care"},
        {"name": "Eleanor Whitcombe", "role": "Designated Nurse, Safeguarding Adults (for primary care)", "agency": "Northbridge Integrated Care Board"},
        {"name": "Dominic Hale", "role": "Assistant Director, Strategy and Compliance", "agency": "Northbridge Homes"},
        {"name": "Marcia Lennox", "role": "Chief Executive (specialist domestic abuse service)", "agency": "Northbridge Women's Aid"},
        {"name": "Harriet Lowe", "role": "Deputy Director of Nursing and Quality", "agency": "Northbridge NHS Foundation Trust"},
        {"name": "Jonathan Pike", "role": "Head of Service, Safeguarding and Quality Assurance", "agency": "Northbridge Children's Services"},
        {"name": "Rhiannon Blake", "role": "Advocacy and Policy Lead (specialist adviser on disability)", "agency": "Northbridge Disability Forum"},
    ],
    "chair": {"name": AUTHOR, "background": AUTHOR_BACKGROUND},
    "author": {
        "name": AUTHOR, "background": AUTHOR_BACKGROUND,
        "independence": f"{AUTHOR} is independent of Northbridge Community Safety Partnership and of every agency represented on the panel. She has never been employed by, or held a contract with, any of them other than for this review, which is her first for the Partnership. She had no contact with Amira, Daniel, Zara or their families and friends before the review, and has no personal or professional connection with any practitioner whose work it examines. She lives and works outside the Northbridge area. She chaired the panel and wrote this report, supported administratively by the Partnership's DHR officer.",
    },
    "parallel_reviews": [
        {"name": "Criminal proceedings against Daniel Marsh, Northbridge Crown Court", "status": "Concluded. Convicted of murder on 21 October 2022 and sentenced on 4 November 2022 to life imprisonment with a minimum term of 21 years."},
        {"name": "Coroner's inquest", "status": "Opened on 22 February 2022 and suspended pending the criminal proceedings; the Senior Coroner confirmed on 1 December 2022 that it would not be resumed."},
        {"name": "Referral to the Independent Office for Police Conduct (IOPC)", "status": "Not required. Northbridge Police Professional Standards Department reviewed police contact in the twelve months before Amira's death on 2 March 2022 and found that the criteria for a mandatory referral were not met; its review was shared with the panel."},
        {"name": "Rapid review, Northbridge Safeguarding Children Partnership", "status": "Completed on 1 March 2022. A Child Safeguarding Practice Review was not required; learning about Zara was passed to this review."},
        {"name": "Safeguarding Adults Review consideration, Northbridge Safeguarding Adults Board", "status": "Considered on 17 March 2022. No separate review was commissioned because this review would examine Amira's care and support needs; the Board receives its findings."},
    ],
    "meetings": [
        {"date": D(2022, 4, 5), "papers_sent": D(2022, 3, 28), "purpose": "First panel meeting: terms of reference and scoping period agreed, agencies asked for chronologies and IMRs, family engagement planned with the police Family Liaison Officer, parallel processes agreed with the Senior Investigating Officer."},
        {"date": D(2022, 6, 21), "papers_sent": D(2022, 6, 13), "purpose": "Merged chronology considered; IMRs from Northbridge Police, Adult Social Care, Northbridge Health Centre and Northbridge Homes presented by their authors and questioned."},
        {"date": D(2022, 7, 19), "papers_sent": D(2022, 7, 14), "purpose": "IMRs from Northbridge Women's Aid, Northbridge NHS Foundation Trust and Children's Services presented; critical early learning on case closure after MARAC referred to the Community Safety Partnership."},
        {"date": D(2022, 9, 27), "papers_sent": D(2022, 9, 15), "purpose": "Analysis and emerging themes; effect of the trial timetable on the review; questions for family and friends agreed."},
        {"date": D(2022, 12, 6), "papers_sent": D(2022, 12, 1), "purpose": "First draft overview report considered with the contributions of family, friends and neighbour; draft recommendations discussed with lead agencies."},
        {"date": D(2023, 1, 24), "papers_sent": D(2023, 1, 13), "purpose": "Final overview report, executive summary and action plan agreed, taking account of Mrs Okafor's comments on the draft."},
    ],
    "equality": [
        {"characteristic": "Age", "consideration": "Amira was 33 and Daniel 37 when she died. Neither's age was found to have affected how agencies responded. Zara was between five and eight years old during the scoping period, which shaped how professionals sought her views."},
        {"characteristic": "Disability", "consideration": "Amira had multiple sclerosis, a disability under the Equality Act 2010, with fatigue, falls and periods of reduced mobility. Her reliance on Daniel for personal care, and his presentation as her carer, made it harder for her to be seen alone and to leave. Agencies did not make adjustments such as seeing her alone or at a safe time, and the suspension of her care package in 2020 removed regular contact. Daniel's alcohol misuse is not a disability under the Act; his adjustment disorder was considered and was not found to have affected how agencies responded to him."},
        {"characteristic": "Gender reassignment", "consideration": "No evidence that this characteristic applied to Amira or Daniel."},
        {"characteristic": "Marriage and civil partnership", "consideration": "Amira and Daniel were not married or in a civil partnership. They lived together from March 2019 until his bail in April 2021 and again from the summer of 2021 until Amira ended the relationship. Their status did not affect the services available to her."},
        {"characteristic": "Pregnancy and maternity", "consideration": "Amira was not pregnant during the scoping period. The panel considered whether her fear, which Mrs Okafor said she had spoken of, that disclosing abuse might lead to Children's Services taking Zara from her affected what she told agencies."},
        {"characteristic": "Race", "consideration": "Amira was of dual heritage (Black British Nigerian and White British); Daniel is White British. Agencies did not record ethnicity consistently and none considered whether Amira's identity affected her willingness to seek help. The panel found no evidence that she was treated differently because of her race, but notes that Black and minoritised women face additional barriers in seeking help; Mrs Okafor did not feel that race had been a factor."},
        {"characteristic": "Religion or belief", "consideration": "Amira was brought up in the Christian faith and occasionally attended church with her mother. No agency recorded her religion, and it was not identified as a barrier to, or a source of, support."},
        {"characteristic": "Sex", "consideration": "Amira was a woman killed by a man who had been her partner. Domestic homicide is overwhelmingly committed by men against women, and the abuse she experienced, coercive control, strangulation and escalation at separation, follows a recognised gendered pattern that the panel kept in view throughout."},
        {"characteristic": "Sexual orientation", "consideration": "Amira and Daniel were in a heterosexual relationship. The panel found no evidence that sexual orientation was relevant to agencies' responses."},
    ],
    "dissemination": [
        "Amira's mother, Grace Okafor, and her AAFDA advocate",
        "Lucy Pennington, Amira's friend",
        "Members of the review panel and the seven agencies that provided IMRs",
        "Northbridge Community Safety Partnership and its DHR sub-group",
        "Northbridge MARAC Steering Group",
        "Northbridge Safeguarding Adults Board",
        "Northbridge Safeguarding Children Partnership",
        "Northbridge Integrated Care Board",
        "The Office of the Police and Crime Commissioner",
        "The Domestic Abuse Commissioner for England and Wales",
        "The Home Office Quality Assurance Panel",
    ],
    # What the protocol requires before publication (seeds/003 §103-104): the Home Office QA
    # Panel's letter, the family told of the arrangements, and the date of publication.
    "publication": {
        "qa_panel_letter": {"date": D(2023, 6, 21), "reference": "HO-QAP-2023-0417"},
        "family_told": D(2023, 7, 3),
        "date": D(2023, 7, 17),
    },
    "key_events": [
        {"date": D(2019, 4, 9), "agency": "Northbridge City Council Adult Social Care", "label": "Care assessment, not seen alone"},
        {"date": D(2019, 8, 10), "agency": "Northbridge Police", "label": "Standard-risk DASH"},
        {"date": D(2020, 1, 25), "agency": "Northbridge Police", "label": "Amira pushed; medium-risk DASH"},
        {"date": D(2020, 6, 15), "agency": "Northbridge Women's Aid", "label": "Case closed after lost contact"},
        {"date": D(2021, 4, 17), "agency": "Northbridge Police", "label": "Daniel arrested after strangulation"},
        {"date": D(2021, 5, 6), "agency": "Northbridge Women's Aid", "label": "MARAC hearing"},
        {"date": D(2021, 7, 21), "agency": "Northbridge Police", "label": "Amira withdraws support"},
        {"date": D(2021, 9, 8), "agency": "Northbridge Children's Services", "label": "Zara's Child in Need plan ends"},
        {"date": D(2021, 10, 12), "agency": "Northbridge Health Centre", "label": "Amira discloses assault to GP"},
        {"date": D(2021, 12, 8), "agency": "Northbridge NHS Foundation Trust", "label": "Daniel: jealousy, drinking"},
        {"date": D(2022, 1, 6), "agency": "Northbridge Police", "label": "Separation: high risk"},
        {"date": D(2022, 2, 14), "agency": "Northbridge Police", "label": "Amira killed at home"},
    ],
    "recommendations": [
        {"recommendation": "Northbridge Community Safety Partnership should ensure that every agency represented at MARAC recognises and refers repeat incidents, and should monitor repeat referral rates.",
         "scope": "local",
         "action": "The MARAC Steering Group will revise the MARAC operating protocol to define a repeat incident as any further incident or disclosure within twelve months of a MARAC hearing, whichever agency learns of it; each MARAC agency will confirm that it has a system flag or prompt that triggers a repeat referral; repeat referral rates will be reported quarterly to the Partnership.",
         "lead_agency": "Northbridge Community Safety Partnership",
         "milestones": "Revised protocol agreed by 31 May 2023; agency confirmations by 30 June 2023; first quarterly report in July 2023; audit of 20 cases heard at MARAC six months after implementation.",
         "target_date": D(2023, 9, 30),
         "outcome": "Repeat referral rate within the nationally expected range of 28–40%; the audit shows that repeat incidents known to any agency are referred.",
         "category": "Multi-agency working"},
        {"recommendation": "All agencies represented at MARAC should notify the MARAC coordinator when they close a case involving a victim heard at MARAC in the previous twelve months, and the coordinator should alert the other MARAC agencies.",
         "scope": "local",
         "action": "Identified as critical early learning and referred to the Partnership in July 2022. The MARAC Steering Group agreed a closure notification form and an alert from the coordinator to all MARAC agencies, in operation from 1 November 2022.",
         "lead_agency": "Northbridge Community Safety Partnership",
         "milestones": "Procedure agreed by the MARAC Steering Group on 15 September 2022; in operation from 1 November 2022; three-month audit reported in February 2023.",
         "target_date": D(2022, 12, 31),
         "completed": D(2022, 12, 15),
         "outcome": "The closure of any case of a victim heard at MARAC in the previous year is known to all MARAC agencies, confirmed by audit.",
         "category": "Inter-agency communication"},
        {"recommendation": "Northbridge Integrated Care Board should ensure that GPs and mental health clinicians who assess a patient disclosing jealousy, controlling behaviour, alcohol misuse or fear of a partner leaving consider the risk to the partner and check for MARAC involvement.",
         "scope": "local",
         "action": "Issue a joint practice guidance note with Northbridge NHS Foundation Trust to all GP practices and adult mental health teams, covering risk to partners, household safeguarding information and how to check MARAC involvement and refer.",
         "lead_agency": "Northbridge Integrated Care Board",
         "milestones": "Draft guidance considered by the panel on 6 December 2022; issued to all practices and Trust teams by 31 January 2023; use audited in a sample of records after six months.",
         "target_date": D(2023, 1, 31),
         "completed": D(2023, 1, 27),
         "outcome": "Records of patients disclosing these risk factors show that risk to the partner was considered and MARAC involvement checked in at least 80% of audited cases.",
         "category": "Identification of risk"},
        {"recommendation": "Northbridge City Council Adult Social Care, with the Northbridge Safeguarding Adults Board, should deliver multi-agency training on coercive control by partners who are also carers and on seeing disabled people alone.",
         "scope": "local",
         "action": "Develop a training module with Northbridge Disability Forum and deliver it to adult social care assessors, GP practices, Trust community teams and Northbridge Homes staff; include the module in the Board's annual training programme.",
         "lead_agency": "Northbridge City Council Adult Social Care",
         "milestones": "Module developed by 30 June 2023; delivered to all four staff groups by 31 December 2023; evaluation reported to the Board in March 2024.",
         "target_date": D(2023, 12, 31),
         "outcome": "At least 80% of assessment staff trained; an audit of Care Act assessments shows the person was seen alone, or the reason recorded, in at least 90% of cases.",
         "category": "Training"},
        {"recommendation": "The Home Office should consider whether the 2022 changes to pre-charge bail ensure that suspects in high-risk domestic abuse cases, particularly at separation, are bailed with protective conditions rather than released under investigation.",
         "scope": "national",
         "action": "The chair of Northbridge Community Safety Partnership will write to the Home Office and the national policing lead for domestic abuse setting out this review's findings; Northbridge Police will report to the Partnership on its use of release under investigation in high-risk domestic abuse cases since October 2022.",
         "lead_agency": "Northbridge Community Safety Partnership",
         "milestones": "Letter sent by 31 March 2023; police data reported to the Partnership by 30 June 2023 and then every six months.",
         "target_date": D(2023, 6, 30),
         "outcome": "The issue is considered nationally; locally, the proportion of high-risk domestic abuse suspects released under investigation falls and is monitored.",
         "category": "Policy"},
        {"recommendation": "Northbridge Community Safety Partnership should help family, friends and neighbours to recognise coercive control and to raise concerns, and agencies should treat such concerns as risk information.",
         "scope": "local",
         "action": "Run a public awareness campaign, co-produced with Northbridge Women's Aid and, if she wishes, Amira's family, covering coercive control, the Domestic Violence Disclosure Scheme 'Right to Ask' and where to report concerns; each panel agency will confirm how it records and answers concerns raised by family, friends or neighbours.",
         "lead_agency": "Northbridge Community Safety Partnership",
         "milestones": "Materials agreed by 30 September 2023; campaign launched on 25 November 2023 for the 16 Days of Action; agency confirmations by 31 October 2023.",
         "target_date": D(2023, 12, 10),
         "outcome": "An increase in Right to Ask applications and third-party contacts to Northbridge Women's Aid compared with 2022; campaign evaluation reported to the Partnership.",
         "category": "Awareness raising"},
        {"recommendation": "Northbridge Community Safety Partnership should share the learning from this review on disability, carer roles, strangulation and separation regionally.",
         "scope": "regional",
         "action": "Publish a two-page learning summary with the report and present the findings to the regional DHR learning network and neighbouring Community Safety Partnerships.",
         "lead_agency": "Northbridge Community Safety Partnership",
         "milestones": "Learning summary published with the report; regional presentation within three months of publication.",
         "target_date": D(2023, 9, 30),
         "outcome": "Learning briefing delivered to every neighbouring Partnership, with their feedback recorded.",
         "category": "Report on/share action plan/findings"},
    ],
    "delay_requests": [
        {"date": D(2022, 7, 26), "reason": "The Senior Investigating Officer asked that the chair defer contact with Amira's family, friend and neighbour, who were prosecution witnesses, and with Daniel Marsh, until the criminal trial listed for 10 October 2022 had concluded, so that the proceedings were not prejudiced.",
         "outcome": "Agreed by the DHR sub-group of Northbridge Community Safety Partnership on 2 August 2022; the Home Office was told on 4 August 2022 that the review would not be completed within six months. Agency work continued, family and friends were seen in November 2022 after the trial, and the report was completed in February 2023."},
    ],
    "glossary": [
        {"term": "AAFDA", "meaning": "Advocacy After Fatal Domestic Abuse, a national charity that supports families through reviews and inquests"},
        {"term": "ASB", "meaning": "Anti-social behaviour"},
        {"term": "Child in Need plan", "meaning": "A plan of support for a child under section 17 of the Children Act 1989"},
        {"term": "Coercive control", "meaning": "A pattern of controlling, threatening and degrading behaviour that isolates a person and restricts their freedom; an offence under section 76 of the Serious Crime Act 2015"},
        {"term": "CPS", "meaning": "Crown Prosecution Service"},
        {"term": "CSP", "meaning": "Community Safety Partnership, the statutory partnership that commissions Domestic Homicide Reviews"},
        {"term": "DASH", "meaning": "Domestic Abuse, Stalking and Harassment and Honour-based Violence risk checklist"},
        {"term": "DHR", "meaning": "Domestic Homicide Review"},
        {"term": "DVDS", "meaning": "Domestic Violence Disclosure Scheme ('Clare's Law'), with 'Right to Ask' and 'Right to Know' routes"},
        {"term": "ICB", "meaning": "Integrated Care Board, which replaced the Clinical Commissioning Group on 1 July 2022"},
        {"term": "IDVA", "meaning": "Independent Domestic Violence Advisor, a specialist who supports high-risk victims"},
        {"term": "IMR", "meaning": "Individual Management Review, an agency's own analysis of its involvement"},
        {"term": "MARAC", "meaning": "Multi-Agency Risk Assessment Conference for victims at high risk of serious harm"},
        {"term": "MASH", "meaning": "Multi-Agency Safeguarding Hub"},
        {"term": "PPN", "meaning": "Public Protection Notice, the police notification of a domestic incident to other agencies"},
        {"term": "RUI", "meaning": "Released under investigation: released from police custody without charge and without bail conditions"},
        {"term": "Sanctuary scheme", "meaning": "Security measures fitted to a victim's home so that they can stay there safely"},
        {"term": "Section 42 enquiry", "meaning": "An adult safeguarding enquiry under section 42 of the Care Act 2014"},
    ],
}

# Target dates and outcome measures for each IMR's recommendations, in the IMR's order
# (case.yaml agencies[].actions); agencies acted on some of them during the review.
IMR_ACTIONS: dict[str, list[dict[str, Any]]] = {
    "northbridge_police": [
        {"action": "Amend the DASH guidance and the supervisor's review checklist to require a recorded check of the suspect's domestic abuse history, including with former partners, and brief all response supervisors.", "milestones": "Guidance amended September 2022; supervisors briefed by November 2022; dip sample of 50 DASH forms in February 2023.", "target_date": D(2022, 12, 31), "completed": D(2022, 11, 30), "outcome": "At least 90% of sampled DASH forms record a check of the suspect's history."},
        {"milestones": "System change specified by 31 March 2023; live by 30 June 2023; repeat referral figures reported to the MARAC Steering Group quarterly.", "target_date": D(2023, 6, 30), "outcome": "Every qualifying incident generates a prompt, and police repeat MARAC referrals rise in line with the revised protocol."},
        {"milestones": "First audit, covering October to December 2022, reported in February 2023; quarterly thereafter.", "target_date": D(2023, 3, 31), "outcome": "At least 85% of disclosure decisions made within 28 days, with the reason recorded for every delay."},
    ],
    "adult_social_care": [
        {"milestones": "Guidance and recording template updated by 31 January 2023; practice briefings in February 2023; audit of 30 assessments in July 2023.", "target_date": D(2023, 7, 31), "outcome": "In at least 90% of audited assessments the person was seen alone or the reason recorded."},
        {"milestones": "Review date made a mandatory field in October 2022; monthly overdue-review report from November 2022.", "target_date": D(2022, 12, 31), "completed": D(2022, 11, 30), "outcome": "No suspended package without a review date; overdue reviews below 5%."},
        {"milestones": "Module content agreed with Northbridge Disability Forum by 30 June 2023; all assessors trained by 31 December 2023.", "target_date": D(2023, 12, 31), "outcome": "At least 90% of assessors complete the module, with improved confidence shown in the post-training evaluation."},
    ],
    "gp_practice": [
        {"milestones": "Protocol adopted at the practice meeting in September 2022; all clinicians briefed in October 2022; audit of 20 consultations with abuse indicators in March 2023.", "target_date": D(2022, 10, 31), "completed": D(2022, 10, 14), "outcome": "The patient was seen alone, or a safe call-back arranged, in at least 90% of audited consultations."},
        {"milestones": "Information governance advice from Northbridge Integrated Care Board by 31 March 2023; alert configured by 30 June 2023; reviewed after six months.", "target_date": D(2023, 6, 30), "outcome": "Every patient whose partner at the practice has a MARAC flag carries a household alert, checked by a quarterly report."},
    ],
    "northbridge_homes": [
        {"milestones": "Training designed with Northbridge Women's Aid by 31 March 2023; all repairs operatives and housing officers trained by 30 September 2023.", "target_date": D(2023, 9, 30), "outcome": "All repairs operatives and housing officers trained; referrals to the tenancy sustainment team for suspected domestic abuse recorded and monitored."},
        {"milestones": "Procedure amended in September 2022; screening question live on the case management system in November 2022.", "target_date": D(2022, 12, 31), "completed": D(2022, 11, 21), "outcome": "Every complaint about shouting records a domestic abuse screening decision before any warning letter is sent."},
        {"milestones": "Allocations policy amended and approved by the Board by 28 February 2023; monitoring from March 2023.", "target_date": D(2023, 2, 28), "outcome": "At least 95% of transfer applications from applicants known to MARAC receive a priority decision within 48 hours."},
    ],
    "northbridge_womens_aid": [
        {"milestones": "Checklist introduced in August 2022; manager sign-off audited quarterly.", "target_date": D(2022, 9, 30), "completed": D(2022, 8, 31), "outcome": "Every closure after loss of contact has a documented risk review and manager sign-off."},
        {"milestones": "Practice guidance updated in September 2022; case file audit in March 2023.", "target_date": D(2023, 3, 31), "outcome": "Every re-referral of a client previously heard at MARAC has a new DASH, with a repeat MARAC referral where the criteria are met."},
    ],
    "nhs_trust_mental_health": [
        {"milestones": "Template change approved by the Clinical Governance Committee by 31 March 2023; live in the electronic record by 30 June 2023.", "target_date": D(2023, 6, 30), "outcome": "An audit of 40 adult risk assessments shows the section, including the MARAC check, completed in at least 90%."},
        {"milestones": "Process agreed by 31 December 2022; crisis line staff trained by 31 March 2023.", "target_date": D(2023, 3, 31), "outcome": "Crisis calls from identifiable callers are linked to the patient's record within one working day."},
        {"milestones": "Administrative procedure revised in October 2022; compliance checked monthly.", "target_date": D(2022, 12, 31), "completed": D(2022, 10, 31), "outcome": "All incoming correspondence is date-stamped on receipt and reaches the responsible clinician within five working days."},
    ],
    "northbridge_childrens_services": [
        {"milestones": "Assessment practice standard revised by 31 January 2023; practitioner workshops by 31 March 2023; audit in September 2023.", "target_date": D(2023, 9, 30), "outcome": "Audited assessments show an attempt to engage the person causing harm, or the reason recorded, in at least 90% of cases."},
        {"milestones": "Closure checklist amended in September 2022; team manager sign-off required from October 2022.", "target_date": D(2022, 10, 31), "completed": D(2022, 10, 3), "outcome": "Every Child in Need closure where the family has been heard at MARAC records police and IDVA checks."},
    ],
}

# The author's prose: str = paragraph (**bold** spans), ("h3", text) = Heading 3, list = bullets.
Block = str | tuple[str, str] | list[str]
NARRATIVE: dict[str, list[Block]] = {
    "introduction": [
        "This Overview Report examines how agencies in Northbridge responded to **Amira Okafor-Lane**, who was killed by her former partner, Daniel Marsh, at her home on 14 February 2022. Amira was 33. She lived with her daughter Zara, then eight, and she had multiple sclerosis. Daniel was convicted of her murder at Northbridge Crown Court in October 2022.",
        "Northbridge Community Safety Partnership commissioned the review on 10 March 2022 under section 9 of the Domestic Violence, Crime and Victims Act 2004. A Domestic Homicide Review is not an inquiry into how Amira died or into who is culpable; those are matters for the criminal courts and the coroner. Its purpose is to identify what agencies can learn about the way they work, individually and together, to safeguard victims, and to turn that learning into action so that the risk of a future homicide is reduced.",
        "The review considered agency contact from 14 February 2019, shortly before Daniel moved into Amira's home, to the date of her death, together with a 2017 incident in which Daniel assaulted a former partner. Seven agencies provided chronologies and Individual Management Reviews, which were merged into a single chronology and examined by a panel of senior representatives that met six times between April 2022 and January 2023. The criminal trial delayed part of the review's work, as explained in the section on timescales.",
        "The author is grateful to Amira's mother, Grace Okafor, and to her friend Lucy Pennington, who met the author and whose accounts gave the review a picture of Amira that no agency record could. Their words appear throughout this report. The author also thanks the IMR authors and panel members for their openness about where their agencies fell short.",
    ],
    "background": [
        "Amira grew up in Northbridge, the only child of her mother, Grace Okafor. Mrs Okafor describes her as funny, stubborn and generous, someone who sang constantly and 'made up songs for everything' for Zara. Amira worked as a teaching assistant until 2017, when relapsing-remitting multiple sclerosis, diagnosed the year before, made work impossible. From around 2018 she held a secure tenancy of a Northbridge Homes house at 14 Elm Road, where she lived with Zara.",
        "Her illness brought fatigue, falls and periods when she needed help with personal care. Lucy Pennington, her friend since school, remembers her as fiercely independent and 'embarrassed to need anyone'. Zara was five when Daniel moved in and attended Northbridge Primary School, where staff noticed in early 2020 that she was tired and withdrawn. She now lives with her grandmother.",
        "Amira met **Daniel Marsh** in late 2018 and he moved into her home in March 2019. Daniel, who was 37 when Amira died, grew up in Northbridge and worked as a delivery driver; after the separation he stayed with his brother, Craig Marsh. In August 2017 he had been arrested for assaulting a former partner, Kerry Ashdown, who did not support a prosecution. Agencies recorded that he drank heavily, that his drinking increased over the period, and in late 2021 that he was jealous and feared that Amira would leave him.",
        "Within weeks of moving in, Daniel presented himself to professionals as Amira's full-time carer. He answered questions for her at her GP practice and at her Care Act assessment, and asked for a carer's assessment in his own right. Mrs Okafor and Ms Pennington both told the review that from 2019 they saw Amira less often, that Daniel was usually present when they did, and that her messages to them seemed to have been written by him.",
    ],
    "overview": [
        ("h3", "February 2019 to March 2020: a new relationship and a carer"),
        "In the first year agencies saw Amira mostly through her illness. Her GP referred her to Adult Social Care in March 2019, and at the assessment in April, Daniel answered most of the questions; Amira was not seen alone. At his own carer's assessment in July 2019 he described stress and drinking more. In August 2019 the police attended an argument reported by Joan Fairweather and graded the risk standard without checking Daniel's history. A bruised wrist in September was recorded as a fall, and in December a damaged living room door was replaced and recharged to Amira as accidental damage. In January 2020 Amira called 999 to say Daniel had pushed her to the floor and taken her phone and bank card. The risk was graded medium, Daniel was not charged, and she was referred to Northbridge Women's Aid, where she described how he monitored her phone, kept her bank card and limited her contact with her mother and her friend. Children's Services assessed Zara and closed the case in March 2020 with an Early Help offer.",
        ("h3", "March 2020 to March 2021: lockdown"),
        "The first national lockdown removed most of the professional contact in Amira's life. Her care package was suspended at her request because Daniel was at home, Women's Aid lost contact after calls went unanswered and closed her case in June 2020, and the Early Help offer was not taken up. Her GP heard a man's voice during a telephone consultation when Amira said she 'couldn't really talk'. Her mental health assessment in September 2020 took place with Daniel in the next room, and he cancelled her first therapy appointment. Mrs Fairweather's complaint of shouting and banging in November 2020 was treated by Northbridge Homes as anti-social behaviour. In January 2021 the police carried out a welfare check at Lucy Pennington's request, speaking to Amira with Daniel present, and in March 2021 a woman who gave her name as Mira called the crisis line, said she was frightened at home, and was cut off.",
        ("h3", "April to December 2021: high risk, MARAC and reconciliation"),
        "On 17 April 2021 Daniel forced the front door and put his hands around Amira's neck. He was arrested and charged, the risk was graded high, and referrals went the same day to the IDVA service, Adult Social Care and Children's Services. Amira's case was heard at MARAC on 6 May 2021, Sanctuary measures were fitted, Zara became subject to a Child in Need plan, and Daniel was arrested in June for breaching his bail. In July Amira withdrew her support for the prosecution, which was discontinued. By August she had reconciled with Daniel and the IDVA case closed at her request; the Child in Need plan closed in September on the understanding that the relationship had ended. In October Amira told her GP that Daniel had hit her and was referred again to Women's Aid; in November, Ms Pennington applied under the Domestic Violence Disclosure Scheme; and in December, Daniel told his GP and a consultant psychiatrist that he was jealous, drinking heavily and afraid that Amira would leave him.",
        ("h3", "January and February 2022: separation"),
        "Amira ended the relationship on 1 January 2022. Five days later she reported more than 60 messages and repeated calls from Daniel; the police graded the risk high and referred her to the IDVA, but no repeat MARAC referral was made. Daniel was interviewed and released under investigation without conditions, and a disclosure about his history was made to Amira on 20 January. She applied for a management transfer on 3 February with the IDVA's support, and on 10 February she told the IDVA that Daniel had been seen near Elm Road. Four days later she was killed.",
    ],
    "analysis": [
        "**Control hidden in care.** The most important feature of this case is that Daniel's abuse of Amira was concealed by, and exercised through, his role as her carer. From the spring of 2019 he was present at almost every professional contact, answered for her, and described her as confused and unable to cope without him. Professionals took this at face value because a devoted partner-carer is a familiar and reassuring figure, and because assessments were designed around Amira's physical needs rather than her safety. Nobody asked to see her alone, and nobody connected Daniel's own account of stress and heavier drinking at his carer's assessment with her wellbeing. Disabled women experience domestic abuse at higher rates than other women, and abusers who are also carers can control medication, mobility, money and access to other people. In the author's view the Care Act assessment, the GP consultations in 2019 and the mental health assessment in 2020 should each have included time alone with Amira and a direct question about her safety. Suspending her care package in spring 2020 without a review date removed the one regular professional presence in the home just as lockdown isolated her further.",
        "**Fragments that were never put together.** Before April 2021 Amira's situation was visible only in pieces, each held by a different agency and each, on its own, open to an innocent explanation:",
        [
            "an argument in August 2019 graded standard risk without reference to Daniel's assault on a former partner in 2017;",
            "a bruised wrist in September 2019 and a broken living room door in December 2019, both accepted as accidents;",
            "a man's voice and 'I can't really talk' during a telephone consultation in May 2020, and a cancellation of her therapy appointment by Daniel in November 2020;",
            "a neighbour's complaint of shouting and banging 'most weekends' in November 2020, handled as anti-social behaviour;",
            "a welfare check in January 2021 carried out with Daniel in the room, and a frightened call to the crisis line in March 2021 that was never linked to her record.",
        ],
        "These were not failures of effort by individual practitioners. They reflect systems that respond to incidents rather than patterns, records that are not linked, and no expectation that housing, repairs or crisis staff ask about domestic abuse. The people closest to Amira saw the pattern more clearly than any agency: her friend asked the police to check on her, her neighbour complained, and her mother wrote to the mental health service that Daniel would not let her visit. The welfare check was carried out with Daniel in the room, the complaint produced a warning letter to Amira as the tenant, and the letter was filed without a date or a reply. Had any of these concerns been treated as information about risk rather than as a request to be closed, the coercive control that Amira described to Women's Aid in February 2020 might have been recognised across agencies more than a year before she was strangled.",
        "**A strong response to high risk that did not last.** The response to the strangulation in April 2021 was the best multi-agency work in this review: prompt arrest and charge, a high-risk DASH, same-day referrals, a well-attended MARAC, Sanctuary measures and active bail monitoring. Within five months almost all of it had fallen away. The prosecution ended when Amira withdrew, in part because the 999 recording that could have supported an evidence-led prosecution had not been retained. Non-fatal strangulation did not become a specific offence until June 2022, but it was already recognised as one of the strongest predictors of later homicide, and its significance was underplayed once the immediate crisis had passed. The IDVA service rightly respected Amira's wish to close in August, but the Child in Need plan closed in September on her account that the relationship was over, when the police and the IDVA knew that she and Daniel had reconciled. MARAC was treated as a single event rather than the start of a plan that agencies needed to keep one another informed about, and no agency told the others that the protective framework had gone, because nothing required it to.",
        "**Separation without protection.** Three events met the criteria for a repeat MARAC referral within twelve months of the May 2021 hearing: Amira's disclosure to her GP in October 2021 that Daniel had hit her, her re-referral to Women's Aid that month, and the high-risk DASH completed by the police on 6 January 2022. Each agency assumed that another would refer, or that the case was already known. Separation is the period of greatest danger, and Amira had ended the relationship on 1 January. Even so, Daniel was released under investigation with no conditions, the Right to Ask application made by Lucy Pennington in November took eleven weeks to produce a disclosure, by which time Amira had already left him, and her transfer application had no priority decision. A repeat MARAC in January 2022 was, in the author's view, the point at which all of this could have been brought together and a plan made that matched the risk.",
        "**The perpetrator in plain sight.** Daniel saw his GP in January and December 2021 and a consultant psychiatrist on 8 December 2021, when he described jealousy, heavy drinking and fear that Amira would leave him, saying 'I don't know what I'd do'. Together with the separation that followed weeks later, these are recognised markers of serious risk to a partner. They were treated as his own mental health needs: the MARAC flag on Amira's record at the same practice was not seen, and the Trust did not check its own records, which held the April 2021 information. This was the clearest missed opportunity in the review. At no point did any agency speak to Daniel about his behaviour towards Amira; the system's attention was almost entirely on what she could do to keep herself safe.",
    ],
    "conclusions": [
        "Amira was a mother, daughter and friend who lived with a progressive illness and, for three years, with a partner who controlled and then assaulted her. She sought help more often than the records at first suggest: she called the police, confided in her GP, worked with Women's Aid and the IDVA, applied to move, and ended the relationship. The people who loved her tried to help too. Agencies responded well at moments of crisis, most notably in April 2021, but their help did not last, was not joined up, and was focused on Amira rather than on the man who posed the risk.",
        "It is not possible to say that Amira's death could have been prevented, and Daniel alone is responsible for killing her. The panel concluded, however, that the risk he posed at separation was foreseeable and was partly foreseen, since the police graded it high in January 2022. The information needed to understand how high was held by at least four agencies and was never brought together, and the protection in place when Amira left him, with no bail conditions, an undecided transfer and no repeat MARAC, did not match that risk.",
        "Three themes run through the review: **coercive control concealed within a caring relationship**, **the loss of the multi-agency plan once the immediate crisis had passed**, and **the invisibility of the perpetrator** to services that saw him as a patient or a carer rather than as a risk. The recommendations address each of them.",
    ],
    "lessons": [
        "The IMRs identify single-agency lessons that are reflected in each agency's own action plan. The panel draws out the following lessons for the partnership as a whole:",
        [
            "A partner who presents as a carer may be the source of harm. Disabled people must be offered the chance to be seen alone, and a carer's own disclosures of stress and drinking are information about risk to the person cared for.",
            "Repeat incidents within twelve months of a MARAC hearing must return to MARAC, whichever agency learns of them; no agency should assume that another will refer.",
            "Closing the case of a victim heard at MARAC is itself a risk decision that the other MARAC agencies need to know about.",
            "Non-fatal strangulation is a marker of homicide risk and should inform every later decision about the victim and the perpetrator, long after the incident itself.",
            "Separation is a time of heightened danger, and bail decisions, disclosures and housing transfers need to be timed to it.",
            "Disclosures of jealousy, alcohol misuse and fear of a partner leaving are risk information: clinicians should consider the partner's safety and check for MARAC involvement.",
            "Family, friends and neighbours often see the pattern first. Their concerns should be answered, recorded as risk information and shared.",
        ],
        "Several agencies did not wait for this report before acting on these lessons. Where changes have already been made, they are recorded in the action plan.",
    ],
    "key_issues": [
        "The panel identified five key issues, drawn from the analysis, which shape the recommendations.",
        "**Disability and the carer role.** Amira's multiple sclerosis made her dependent on Daniel for some of her care, and his role as her carer gave him both access and authority. Agencies did not see the role as a possible means of control and did not adapt their practice so that Amira could speak freely.",
        "**MARAC as a process, not an event.** The MARAC in May 2021 produced a sound plan, but there was no way for agencies to know when its foundations (the prosecution, bail conditions, IDVA support and the Child in Need plan) had fallen away, and no repeat referral when new incidents occurred.",
        "**The perpetrator's visibility.** Daniel's abuse of a former partner, his drinking, his jealousy and his fear of separation were recorded by four agencies. None of them assessed the risk he posed to Amira, and none engaged him about his behaviour.",
        "**Separation and protection.** The risk at separation was identified, but release under investigation, a delayed disclosure and an undecided transfer left Amira without practical protection in the six weeks before her death.",
        "**Hearing family, friends and neighbours.** Amira's mother, friend and neighbour each raised concerns with an agency. None of those concerns was treated as information about risk or received a meaningful response.",
    ],
}


# ----------------------------------------------------------------------- helpers
def normalise_zip(data: bytes, when: dt.datetime = FIXED_TS) -> bytes:
    """Rewrite an OOXML zip with fixed entry times and core dates so output is reproducible."""
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                text = body.decode("utf-8")
                text = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*", rf"\g<1>{stamp}", text)
                body = text.encode("utf-8")
            dst.writestr(zipfile.ZipInfo(info.filename, when.timetuple()[:6]), body, zipfile.ZIP_DEFLATED)
    return out.getvalue()


def xlsx_bytes(wb: openpyxl.Workbook, author: str) -> bytes:
    """Serialise a workbook with fixed metadata."""
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED_TS
    buf = io.BytesIO()
    wb.save(buf)
    return normalise_zip(buf.getvalue())


def docx_bytes(doc: Any, author: str, title: str, when: dt.datetime = FIXED_TS) -> bytes:
    """Serialise a python-docx document with fixed core properties."""
    props = doc.core_properties
    props.author = props.last_modified_by = author
    props.title = title
    props.created = props.modified = when
    props.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    return normalise_zip(buf.getvalue(), when)


def write_sheet(ws: Any, header: list[str], rows: list[list[Any]], start: int = 1, fmt: str | None = None) -> None:
    """Write a bold header then data rows; date-like cells get `fmt` if given."""
    for col, name in enumerate(header, 1):
        ws.cell(start, col, name).font = Font(bold=True)
        ws.column_dimensions[chr(64 + col)].width = 18 if len(name) < 12 else 60
    for r, values in enumerate(rows, start + 1):
        for col, value in enumerate(values, 1):
            cell = ws.cell(r, col, value)
            if fmt and isinstance(value, dt.date):
                cell.number_format = fmt


# -------------------------------------------------------------------- writers
def write_police() -> None:
    """Title rows above the header, real Excel dates, one blank row, one pre-scope entry."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Chronology"
    ws["A1"] = "Northbridge Police – Chronology of involvement"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = f"Prepared for DHR NB01 by {PREPARER}"
    rows: list[list[Any]] = []
    for entry in POLICE:
        if entry is None:
            rows.append([])
            continue
        date, time, subject, details, action, comment = entry
        ref = f"NBP/{date:%y}/{RNG.randint(10000, 99999)}"
        rows.append([date, time, subject, details, action, comment, ref])
    header = ["Date", "Time", "Subject", "Event Details", "Action Taken", "Officer Comments", "Incident Ref"]
    write_sheet(ws, header, rows, start=4, fmt="dd/mm/yyyy")
    (CHRON_DIR / "northbridge_police.xlsx").write_bytes(xlsx_bytes(wb, PREPARER))


def write_adult_social_care() -> None:
    """Two sheets (victim / perpetrator) with dates as free-text strings in mixed UK styles."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for sheet, entries in ASC.items():
        header = ["Date of contact", "Contact type", "Narrative", "Outcome", "Worker"]
        write_sheet(wb.create_sheet(sheet), header, [list(e) for e in entries])
    (CHRON_DIR / "adult_social_care.xlsx").write_bytes(xlsx_bytes(wb, "Northbridge City Council"))


def write_gp() -> None:
    """Dates as bare Excel serial numbers, as exported from some clinical systems."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Consultations"
    rows = [[(d - D(1899, 12, 30)).days, who, notes, plan] for d, who, notes, plan in GP]
    write_sheet(ws, ["Consultation date", "Clinician", "Clinical notes", "Plan"], rows)
    for row in ws.iter_rows(min_row=2, max_col=1):
        row[0].number_format = "General"
    (CHRON_DIR / "gp_practice.xlsx").write_bytes(xlsx_bytes(wb, "Northbridge Health Centre"))


def write_housing() -> None:
    """A cp1252 CSV export with quoted commas/newlines and loose dates."""
    with (CHRON_DIR / "northbridge_homes.csv").open("w", encoding="cp1252", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["Date", "Details", "Action", "Officer", "Comment"])
        writer.writerows(HOUSING)


def mark_header(row: Any) -> None:
    """Bold the row and flag it as a repeating table header (w:tblHeader)."""
    row._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    for cell, text in zip(row.cells, HEADER, strict=True):
        cell.paragraphs[0].add_run(text).bold = True


def write_womens_aid() -> None:
    """A Word table with a repeated header, a horizontal merge and a vertical date merge."""
    doc = Document()
    doc.add_heading("Northbridge Women's Aid – Chronology of involvement (DHR NB01)", level=0)
    table = doc.add_table(rows=0, cols=3)
    table.style = "Table Grid"
    mark_header(table.add_row())
    for i, entry in enumerate(WOMENS_AID):
        row = table.add_row()
        if entry is HEADER:  # second table pasted in: header text again, no tblHeader flag
            for cell, text in zip(row.cells, HEADER, strict=True):
                cell.paragraphs[0].add_run(text).bold = True
            continue
        date, summary, outcome = entry
        if date:  # an empty cell stays truly empty so the vertical merge adds no paragraph
            row.cells[0].text = date
        row.cells[1].text = summary
        if outcome is None:
            row.cells[1].merge(row.cells[2])
        else:
            row.cells[2].text = outcome
        if date == "":
            above = table.rows[len(table.rows) - 2]
            assert WOMENS_AID[i - 1][0], "vertical merge needs a dated row above"
            above.cells[0].merge(row.cells[0])
    data = docx_bytes(doc, "Northbridge Women's Aid", "Northbridge Women's Aid chronology")
    (CHRON_DIR / "northbridge_womens_aid.docx").write_bytes(data)


def write_mental_health() -> None:
    """Build in memory, encrypt with msoffcrypto, write only the encrypted file, check it opens."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Chronology"
    write_sheet(ws, ["Date", "Entry", "Action/Outcome", "Analysis"], [list(e) for e in MENTAL_HEALTH], fmt="dd/mm/yyyy hh:mm")
    plain = io.BytesIO(xlsx_bytes(wb, "Northbridge NHS Foundation Trust"))
    encrypted = io.BytesIO()
    OOXMLFile(plain).encrypt(PASSWORD, encrypted)
    path = CHRON_DIR / "nhs_trust_mental_health.xlsx"
    path.write_bytes(encrypted.getvalue())
    with path.open("rb") as fh:
        office = msoffcrypto.OfficeFile(fh)
        office.load_key(password=PASSWORD)
        decrypted = io.BytesIO()
        office.decrypt(decrypted)
    check = openpyxl.load_workbook(decrypted).active
    assert check is not None and check.max_row == len(MENTAL_HEALTH) + 1, "encrypted workbook did not round-trip"
    assert [c.value for c in check[1]] == ["Date", "Entry", "Action/Outcome", "Analysis"]


def write_childrens_services() -> None:
    """Legacy BIFF .xls with non-standard column names."""
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("Chronology")
    bold, date_style = xlwt.easyxf("font: bold on"), xlwt.easyxf(num_format_str="dd/mm/yyyy")
    for col, (name, width) in enumerate([("When", 12), ("What happened", 70), ("Response", 70)]):
        sheet.write(0, col, name, bold)
        sheet.col(col).width = 256 * width
    for r, (when, what, response) in enumerate(CHILDREN, 1):
        sheet.write(r, 0, dt.datetime.combine(when, dt.time()), date_style)
        sheet.write(r, 1, what)
        sheet.write(r, 2, response)
    book.save(str(CHRON_DIR / "northbridge_childrens_services.xls"))


def write_imr(stem: str) -> None:
    """One IMR per agency with the standard headings the DHR panel expects."""
    agency, _, author, role, text = AGENCIES[stem]
    title = f"Individual Management Review – {agency}"
    doc = Document()
    doc.add_heading(title, level=0)
    meta = doc.add_table(rows=0, cols=2)
    meta.style = "Table Grid"
    for key, value in [
        ("Agency", agency), ("IMR author", f"{author}, {role}"), ("Date", "1 June 2022"),
        ("Statement of independence", f"{author} has had no involvement with {VICTIM}, Daniel Marsh or Zara Okafor-Lane, and no line management responsibility for any member of staff whose practice is reviewed here."),
    ]:
        cells = meta.add_row().cells
        cells[0].text, cells[1].text = key, value
    sections: list[tuple[str, list[str]]] = [
        ("Introduction", [f"This Individual Management Review (IMR) has been prepared by {author}, {role}, for the Domestic Homicide Review commissioned by Northbridge Community Safety Partnership into the death of {VICTIM}, who died at her home in Northbridge on 14 February 2022. Her former partner, Daniel Marsh, has been charged with her murder.", text["about"]]),
        ("Terms of reference", [f"The review covers the period from 14 February 2019 to 14 February 2022, together with any earlier information relevant to risk. It asks how {agency} identified and responded to domestic abuse, how it shared information with other agencies, including through MARAC, and whether the voices of Amira and her daughter Zara were heard.", f"The IMR draws on {text['sources']}."]),
        ("Agency involvement", text["involvement"]),
        ("Analysis", text["analysis"]),
        ("Good practice", [text["good"]]),
        ("Lessons learned", [text["lessons"]]),
        ("Recommendations", []),
        ("Conclusions", [text["conclusion"]]),
    ]
    for heading, paragraphs in sections:
        doc.add_heading(heading, level=1)
        for para in paragraphs:
            doc.add_paragraph(para)
        if heading == "Recommendations":
            for rec in text["recommendations"]:
                doc.add_paragraph(rec, style="List Number")
    (IMR_DIR / f"{stem}_imr.docx").write_bytes(docx_bytes(doc, author, title))


# The trawl (seeds 003 §38-47): request packs out on 15 March 2022, trace returns due in 14
# days, chronologies and IMRs on their own dates. The sample's chronologies and IMRs are the
# agencies' returns; trace returns came back by email, so only their dates are recorded.
SUBJECTS = [
    {"name": VICTIM, "role": "victim", "date_of_birth": D(1988, 7, 23), "address": "14 Elm Road, Northbridge", "aliases": ["Mira"],
     "sex": "Female", "age": 33, "ethnicity": "Mixed: White and Black African", "nationality": "British", "disability": "Multiple sclerosis",
     "religion": "Christian", "occupation": "Not working since 2017 because of ill health", "date_of_death": D(2022, 2, 14)},
    {"name": "Daniel Marsh", "role": "perpetrator", "date_of_birth": D(1984, 10, 2), "address": "14 Elm Road, Northbridge; from April 2021, 27 Carver Street, Northbridge",
     "sex": "Male", "age": 37, "ethnicity": "White: British", "nationality": "British", "relationship": "Former partner", "occupation": "Delivery driver"},
    {"name": "Zara Okafor-Lane", "role": "child", "date_of_birth": D(2013, 9, 30), "address": "14 Elm Road, Northbridge",
     "sex": "Female", "age": 8, "relationship": "Daughter"},
]
TRAWL = {
    "date": D(2022, 3, 15),
    "return_days": 14,
    "chronology_due": D(2022, 4, 26),
    "imr_due": D(2022, 5, 31),
    "contact": "DHR Officer, Northbridge Community Safety Partnership, dhr@example.org, 0116 496 0123",
}
# The review's timeline for dhr status (seeds 003 §25-§110), as the methodology, the meetings, the
# delay request and the publication record tell it. The trawl, the QA Panel's letter, the family
# told and publication are not repeated here: trawl.date and publication: give them. Papers for
# two meetings went out late: the IMRs for July arrived from 24 June to 1 July, and the December
# draft waited for the family, friend and neighbour seen between 15 and 29 November.
MILESTONES = {
    "notification": D(2022, 2, 15),
    "decision": D(2022, 3, 10),
    "home_office_notified": D(2022, 3, 10),
    "chair_appointed": D(2022, 3, 24),
    "draft_to_panel": D(2022, 12, 1),
    "panel_feedback": D(2022, 12, 15),
    "draft_to_family": D(2023, 1, 9),
    "family_feedback": D(2023, 1, 12),
    "submitted_to_home_office": D(2023, 2, 10),
    "qa_panel": D(2023, 6, 7),
}
# The incident, for the notification form (Appendix A), as the circumstances and the police
# chronology's last entry (its incident reference included) record it.
INCIDENT = {
    "date": D(2022, 2, 14),
    "time": "21:52",
    "location": "14 Elm Road, Northbridge, Amira's home",
    "summary": "Amira's neighbour heard screaming from her home and called 999. Officers forced entry and found Amira seriously injured; despite first aid from officers and paramedics she died at the scene. Her daughter Zara was safe with the neighbour next door. Daniel Marsh, her former partner, was arrested nearby the same evening.",
    "cause_of_death": "Compression of the neck with blunt head injuries (post-mortem examination)",
    "police_reference": "NBP/22/52745",
    "coroner": "Senior Coroner for Northbridge: inquest opened on 22 February 2022 and suspended pending the criminal proceedings; not resumed (1 December 2022).",
    "criminal_proceedings": "Daniel Marsh convicted of murder at Northbridge Crown Court on 21 October 2022 and sentenced on 4 November 2022 to life imprisonment with a minimum term of 21 years.",
    "referred_by": "Northbridge Police",
}
RECEIVED = {  # trace, chronology, IMR: four IMRs reached the June panel, three the July one
    "northbridge_police": (D(2022, 3, 24), D(2022, 4, 22), D(2022, 5, 27)),
    "adult_social_care": (D(2022, 3, 29), D(2022, 4, 26), D(2022, 5, 31)),
    "gp_practice": (D(2022, 3, 28), D(2022, 4, 25), D(2022, 6, 2)),
    "northbridge_homes": (D(2022, 3, 22), D(2022, 4, 19), D(2022, 5, 30)),
    "northbridge_womens_aid": (D(2022, 3, 30), D(2022, 5, 4), D(2022, 6, 24)),
    "nhs_trust_mental_health": (D(2022, 4, 6), D(2022, 5, 13), D(2022, 7, 1)),
    "northbridge_childrens_services": (D(2022, 3, 25), D(2022, 4, 28), D(2022, 6, 28)),
}


def write_case_yaml() -> None:
    """Case manifest consumed by the pipeline."""
    agencies: list[dict[str, Any]] = []
    for stem, (name, chron, *_rest) in AGENCIES.items():
        entry: dict[str, Any] = {"name": name, "chronology": f"chronologies/{chron}", "imr": f"imrs/{stem}_imr.docx"}
        entry["received"] = dict(zip(("trace", "chronology", "imr"), RECEIVED[stem], strict=True))
        if stem == "northbridge_childrens_services":
            entry["columns"] = {"Date": "When", "Event": "What happened", "Action": "Response"}
        entry["actions"] = IMR_ACTIONS[stem]
        agencies.append(entry)
    case = {
        "case_id": "NB01",
        "title": f"Domestic Homicide Review into the death of {VICTIM}, February 2022",
        "csp": "Northbridge Community Safety Partnership",
        "date_of_death": D(2022, 2, 14),
        "scoping_period": {"start": D(2019, 2, 14), "end": D(2022, 2, 14)},
        "pseudonym_map": "../../pseudonym_maps/northbridge-01.yaml",
        "review_decisions": DECISIONS_FILE,
        "subjects": SUBJECTS,
        "incident": INCIDENT,
        "trawl": TRAWL,
        "milestones": MILESTONES,
        "agencies": agencies,
        **REVIEW,
    }
    body = yaml.safe_dump(case, sort_keys=False, allow_unicode=True, width=1000)
    (CASE_DIR / "case.yaml").write_text("# Synthetic case, entirely fictional. Generated by samples/make_northbridge.py.\n" + body, encoding="utf-8")


# The DHR Officer's anonymisation decisions for the items detection raises in the case's
# documents (restricted: they quote the records). "Mr Marsh" is a name two people in the map
# share; in these records it is always Daniel.
DECISIONS_FILE = "anonymisation_decisions.yaml"
DECISIONS = [{"text": "Mr Marsh", "action": "pseudonym", "pseudonym": "Lee"}]


def write_decisions() -> None:
    """The review decisions case.yaml names, as a DHR Officer would keep them."""
    body = yaml.safe_dump({"decisions": DECISIONS}, sort_keys=False, allow_unicode=True)
    (CASE_DIR / DECISIONS_FILE).write_text("# Synthetic case, entirely fictional. Generated by samples/make_northbridge.py.\n" + body, encoding="utf-8")


def add_text(paragraph: Any, text: str) -> None:
    """Add text to a paragraph, making the spans between ** markers bold."""
    for i, part in enumerate(text.split("**")):
        if part:
            paragraph.add_run(part).bold = i % 2 == 1


def write_narrative(key: str, blocks: list[Block]) -> None:
    """One section of the author's prose as a Word file, formatted as an author would."""
    doc = Document()
    for block in blocks:
        if isinstance(block, list):
            for item in block:
                add_text(doc.add_paragraph(style="List Bullet"), item)
        elif isinstance(block, tuple):
            doc.add_heading(block[1], level=2)
        else:
            add_text(doc.add_paragraph(), block)
    title = f"DHR NB01 – {key.replace('_', ' ').capitalize()}"
    (NARR_DIR / f"{key}.docx").write_bytes(docx_bytes(doc, AUTHOR, title, NARRATIVE_TS))


def check_review() -> None:
    """The review sections are complete, and nothing published on the timeline carries a real name."""
    assert list(NARRATIVE) == ["introduction", "background", "overview", "analysis", "conclusions", "lessons", "key_issues"]
    for key, blocks in NARRATIVE.items():
        prose = [b for b in blocks if isinstance(b, str)]
        assert 2 <= len(prose) <= 6, (key, len(prose))
    analysis_words = sum(len((" ".join(b) if isinstance(b, list) else b).split()) for b in NARRATIVE["analysis"] if not isinstance(b, tuple))
    assert analysis_words >= 300, analysis_words
    assert [e["characteristic"] for e in REVIEW["equality"]] == list(PROTECTED)
    for stem, actions in IMR_ACTIONS.items():
        assert len(actions) == len(AGENCIES[stem][4]["recommendations"]), stem
        assert all(a["target_date"] and a["outcome"] and a["milestones"] for a in actions), stem
    assert 8 <= len(REVIEW["panel"]) <= 10 and 6 <= len(REVIEW["terms_of_reference"]) <= 8
    assert 5 <= len(REVIEW["meetings"]) <= 6 and 8 <= len(REVIEW["key_events"]) <= 12
    assert 12 <= len(REVIEW["glossary"]) <= 18 and 5 <= len(REVIEW["recommendations"]) <= 7
    mapped = {p[0] for p in PEOPLE}
    assert not any(m["name"] in mapped for m in REVIEW["panel"]), "the panel is named, not mapped"
    for rec in REVIEW["recommendations"]:
        assert rec["category"] in HOME_OFFICE_CATEGORIES and rec["scope"] in ("local", "regional", "national"), rec
    dates = list(MILESTONES.values())
    assert dates == sorted(dates) and MILESTONES["decision"] == REVIEW["commissioned"], "milestones out of order"
    assert REVIEW["completed"] < MILESTONES["submitted_to_home_office"] < MILESTONES["qa_panel"] < REVIEW["publication"]["qa_panel_letter"]["date"]
    assert all(m["papers_sent"] < m["date"] for m in REVIEW["meetings"]) and INCIDENT["date"] == D(2022, 2, 14)
    agencies = {a[0] for a in AGENCIES.values()}
    for event in REVIEW["key_events"]:
        assert event["agency"] in agencies and REVIEW["commissioned"] > event["date"], event
        assert len(event["label"]) <= 40, f"key event label too long for the timeline: {event['label']}"


def q(value: str) -> str:
    """Quote a YAML scalar only when a plain scalar could be misread."""
    if re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9 .'\-]*", value):
        return value
    return json.dumps(value, ensure_ascii=False)


def write_pseudonym_map() -> None:
    """Pseudonym map in the hand-editable layout reviewers use; validated by re-parsing."""
    real = {known.casefold() for name, aliases, *_ in PEOPLE for known in [name, *aliases]}
    assert len({p[0] for p in PEOPLE}) == len(PEOPLE), "duplicate person name"
    clash = [p[3] for p in PEOPLE if p[3].casefold() in real]
    assert not clash, f"pseudonym equals a real name: {clash}"
    lines = ["# Synthetic case, entirely fictional. Generated by samples/make_northbridge.py.", "people:"]
    for name, aliases, title, pseudonym, role in PEOPLE:
        lines += [f"  - name: {q(name)}", f"    aliases: [{', '.join(q(a) for a in aliases)}]",
                  f"    title: {q(title)}", f"    pseudonym: {q(pseudonym)}", f"    role: {q(role)}"]
    lines.append("places:")
    for name, pseudonym in PLACES:
        lines += [f"  - name: {q(name)}", f"    pseudonym: {q(pseudonym)}"]
    lines.append(f"keep: [{', '.join(q(k) for k in KEEP)}]")
    text = "\n".join(lines) + "\n"
    parsed = yaml.safe_load(text)
    assert [p["name"] for p in parsed["people"]] == [p[0] for p in PEOPLE]
    assert [p["aliases"] for p in parsed["people"]] == [p[1] for p in PEOPLE]
    assert [p["pseudonym"] for p in parsed["places"]] == [p[1] for p in PLACES] and parsed["keep"] == KEEP
    MAP_PATH.write_text(text, encoding="utf-8")


def check_mentions() -> None:
    """Every mapped person, alias and place must actually occur in the generated records."""
    corpus = json.dumps([PREPARER, POLICE, ASC, GP, HOUSING, WOMENS_AID, [m[1:] for m in MENTAL_HEALTH], [c[1:] for c in CHILDREN], AGENCIES, REVIEW, NARRATIVE], default=str, ensure_ascii=False)
    missing = [known for name, aliases, *_ in PEOPLE for known in [name, *aliases] if known not in corpus]
    missing += [p for p, _ in PLACES if p not in corpus]
    assert not missing, f"mapped but never mentioned: {missing}"


def main() -> None:
    """Regenerate every NB01 sample file."""
    for folder in (CHRON_DIR, IMR_DIR, NARR_DIR, MAP_PATH.parent):
        folder.mkdir(parents=True, exist_ok=True)
    check_mentions()
    check_review()
    write_police()
    write_adult_social_care()
    write_gp()
    write_housing()
    write_womens_aid()
    write_mental_health()
    write_childrens_services()
    for stem in AGENCIES:
        write_imr(stem)
    write_case_yaml()
    write_decisions()
    for key, blocks in NARRATIVE.items():
        write_narrative(key, blocks)
    write_pseudonym_map()
    counts = {
        "police": sum(e is not None for e in POLICE), "adult social care": sum(map(len, ASC.values())),
        "gp": len(GP), "housing": len(HOUSING), "womens aid": sum(e is not HEADER for e in WOMENS_AID),
        "mental health": len(MENTAL_HEALTH), "childrens services": len(CHILDREN),
    }
    total = sum(counts.values())
    assert 62 <= total <= 75, total
    print(", ".join(f"{k}: {v}" for k, v in counts.items()), f"| total: {total}")


if __name__ == "__main__":
    main()
