"""Build the synthetic Northbridge DHR sample case (NB01) used for tests and demos.

Every person, place and record here is invented. Contact details use reserved
ranges only (Ofcom drama numbers, QQ National Insurance prefix, example.org,
the fictional NB postcode area). The seven chronologies deliberately differ in
format so the ingestion pipeline has realistic messy input to cope with.

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
]


# ----------------------------------------------------------------------- helpers
def normalise_zip(data: bytes) -> bytes:
    """Rewrite an OOXML zip with fixed entry times and core dates so output is reproducible."""
    stamp = FIXED_TS.strftime("%Y-%m-%dT%H:%M:%SZ")
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                text = body.decode("utf-8")
                text = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*", rf"\g<1>{stamp}", text)
                body = text.encode("utf-8")
            dst.writestr(zipfile.ZipInfo(info.filename, FIXED_TS.timetuple()[:6]), body, zipfile.ZIP_DEFLATED)
    return out.getvalue()


def xlsx_bytes(wb: openpyxl.Workbook, author: str) -> bytes:
    """Serialise a workbook with fixed metadata."""
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED_TS
    buf = io.BytesIO()
    wb.save(buf)
    return normalise_zip(buf.getvalue())


def docx_bytes(doc: Any, author: str, title: str) -> bytes:
    """Serialise a python-docx document with fixed core properties."""
    props = doc.core_properties
    props.author = props.last_modified_by = author
    props.title = title
    props.created = props.modified = FIXED_TS
    props.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    return normalise_zip(buf.getvalue())


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


def write_case_yaml() -> None:
    """Case manifest consumed by the pipeline."""
    agencies: list[dict[str, Any]] = []
    for stem, (name, chron, *_rest) in AGENCIES.items():
        entry: dict[str, Any] = {"name": name, "chronology": f"chronologies/{chron}", "imr": f"imrs/{stem}_imr.docx"}
        if stem == "northbridge_childrens_services":
            entry["columns"] = {"Date": "When", "Event": "What happened", "Action": "Response"}
        agencies.append(entry)
    case = {
        "case_id": "NB01",
        "title": f"Domestic Homicide Review into the death of {VICTIM}, February 2022",
        "csp": "Northbridge Community Safety Partnership",
        "date_of_death": D(2022, 2, 14),
        "scoping_period": {"start": D(2019, 2, 14), "end": D(2022, 2, 14)},
        "pseudonym_map": "../../pseudonym_maps/northbridge-01.yaml",
        "agencies": agencies,
    }
    body = yaml.safe_dump(case, sort_keys=False, allow_unicode=True, width=1000)
    (CASE_DIR / "case.yaml").write_text("# Synthetic case, entirely fictional. Generated by samples/make_northbridge.py.\n" + body, encoding="utf-8")


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
    corpus = json.dumps([PREPARER, POLICE, ASC, GP, HOUSING, WOMENS_AID, [m[1:] for m in MENTAL_HEALTH], [c[1:] for c in CHILDREN], AGENCIES], default=str, ensure_ascii=False)
    missing = [known for name, aliases, *_ in PEOPLE for known in [name, *aliases] if known not in corpus]
    missing += [p for p, _ in PLACES if p not in corpus]
    assert not missing, f"mapped but never mentioned: {missing}"


def main() -> None:
    """Regenerate every NB01 sample file."""
    for folder in (CHRON_DIR, IMR_DIR, MAP_PATH.parent):
        folder.mkdir(parents=True, exist_ok=True)
    check_mentions()
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
