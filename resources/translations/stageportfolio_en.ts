<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_BE">
<context>
    <name>ActivitiesSection</name>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="109"/>
        <source>Toon activiteiten</source>
        <translation>Show activities</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="111"/>
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="111"/>
        <source>Alle activiteiten</source>
        <translation>All activities</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="112"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="112"/>
        <source>Nog geen voorstel</source>
        <translation>No proposal yet</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="113"/>
        <source>Voorgesteld</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="113"/>
        <source>Voorstel wacht op de mentor</source>
        <translation>Proposal waiting for the mentor</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="114"/>
        <source>Afgetekend</source>
        <translation>Signed off</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="114"/>
        <source>Door de mentor afgetekend</source>
        <translation>Signed off by the mentor</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="120"/>
        <source>&amp;Toon:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="124"/>
        <source>Zoeken in activiteiten en competenties</source>
        <translation>Search activities and competences</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="125"/>
        <source>bv. mondzorg, glycemie, hygiëne… (Ctrl+F)</source>
        <translation>e.g. oral care, blood sugar, hygiene… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="127"/>
        <source>&amp;Zoeken:</source>
        <translation>S&amp;earch:</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="139"/>
        <source>Voortgang</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="144"/>
        <source>Competenties en activiteiten</source>
        <translation>Competences and activities</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="165"/>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="363"/>
        <source>Niveau &amp;voorstellen…</source>
        <translation>&amp;Propose a level…</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="166"/>
        <source>Enter of dubbelklik op een activiteit</source>
        <translation>Enter or double-click an activity</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="167"/>
        <source>&amp;Nieuw voorstel…</source>
        <translation>&amp;New proposal…</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="170"/>
        <source>Een afgetekend voorstel blijft zoals het is; opnieuw geoefend? Stel opnieuw voor.</source>
        <translation>A signed-off proposal stays as it is; practised again? Make a new proposal.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="173"/>
        <source>Voorstel ve&amp;rwijderen</source>
        <translation>&amp;Delete proposal</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="174"/>
        <source>Delete; ongedaan maken met Ctrl+Z</source>
        <translation>Delete; undo with Ctrl+Z</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="186"/>
        <source>Details van de gekozen activiteit</source>
        <translation>Details of the chosen activity</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="224"/>
        <source>Activiteiten</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="240"/>
        <source>De activiteiten konden niet gelezen worden: {0}</source>
        <translation>The activities could not be read: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="262"/>
        <source>Alle BK&apos;s samen: {0}</source>
        <translation>All qualifications together: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="271"/>
        <source> · Geen activiteiten gevonden met deze filter.</source>
        <translation> · No activities found with this filter.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="273"/>
        <source> · 1 activiteit getoond.</source>
        <translation> · 1 activity shown.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="274"/>
        <source> · {0} activiteiten getoond.</source>
        <translation> · {0} activities shown.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="361"/>
        <source>Voorstel &amp;bekijken…</source>
        <translation>&amp;View proposal…</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="414"/>
        <source>Kies een activiteit om ze hier te zien.</source>
        <translation>Choose an activity to see it here.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="424"/>
        <source>Competentie afgetekend</source>
        <translation>Competence signed off</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="433"/>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="546"/>
        <source>Competentie {0} ({1})</source>
        <translation>Competence {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="437"/>
        <source>Bron: {0}</source>
        <translation>Source: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="441"/>
        <source>Nog geen voorstel. Druk Enter om een niveau voor te stellen.</source>
        <translation>No proposal yet. Press Enter to propose a level.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="447"/>
        <source>Jouw voorstel:</source>
        <translation>Your proposal:</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="450"/>
        <source>niveau {0} – {1}, {2}</source>
        <translation>level {0} – {1}, {2}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="456"/>
        <source>(geen reflectie)</source>
        <translation>(no reflection)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="459"/>
        <source>Reflectie:</source>
        <translation>Reflection:</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="465"/>
        <source>Afgetekend door de mentor</source>
        <translation>Signed off by the mentor</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="469"/>
        <source>Mentor:</source>
        <translation>Mentor:</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="471"/>
        <source>nog niet afgetekend (wacht op mentor)</source>
        <translation>not signed off yet (waiting for the mentor)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="476"/>
        <source>Eerder voorstel afgetekend</source>
        <translation>Earlier proposal signed off</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="482"/>
        <source>niveau {0} – {1}</source>
        <translation>level {0} – {1}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="486"/>
        <source>zonder niveau</source>
        <translation>without a level</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="491"/>
        <source>door {0} op {1}</source>
        <translation>by {0} on {1}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="492"/>
        <source>(naam onbekend)</source>
        <translation>(name unknown)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="497"/>
        <source>Commentaar: {0}</source>
        <translation>Comment: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="500"/>
        <source>digitaal ondertekend</source>
        <translation>digitally signed</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="502"/>
        <source>bevestigd zonder digitale handtekening</source>
        <translation>confirmed without a digital signature</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="573"/>
        <source>Kies een niveau.</source>
        <translation>Choose a level.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="597"/>
        <source>Dit voorstel is afgetekend door je mentor en kan niet verwijderd worden.</source>
        <translation>Your mentor has signed off this proposal, so it cannot be deleted.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="600"/>
        <source>Voorstel verwijderen: {0}</source>
        <translation>Delete proposal: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="623"/>
        <source>Het voorstel kon niet bewaard worden: {0}</source>
        <translation>The proposal could not be saved: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="626"/>
        <source>Het voorstel kon niet verwijderd worden: {0}</source>
        <translation>The proposal could not be deleted: {0}</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/activity_dialog.py" line="123"/>
        <source>Voorstel bekijken</source>
        <translation>View proposal</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/activity_dialog.py" line="123"/>
        <source>Niveau voorstellen</source>
        <translation>Propose a level</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/activity_dialog.py" line="135"/>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/activity_dialog.py" line="140"/>
        <source>&amp;{0} – {1}</source>
        <translation>&amp;{0} – {1}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/activity_dialog.py" line="141"/>
        <source>Niveau {0}: {1}</source>
        <translation>Level {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/activity_dialog.py" line="154"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/activity_dialog.py" line="160"/>
        <source>Reflectie</source>
        <translation>Reflection</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/activity_dialog.py" line="162"/>
        <source>Wat deed je, wat ging goed, wat wil je nog oefenen? Noem geen namen.</source>
        <translation>What did you do, what went well, what do you still want to practise? Do not mention names.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/activity_dialog.py" line="170"/>
        <source>Privacywaarschuwing</source>
        <translation>Privacy warning</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/activity_dialog.py" line="174"/>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/activity_dialog.py" line="175"/>
        <source>&amp;Reflectie:</source>
        <translation>&amp;Reflection:</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/activity_dialog.py" line="182"/>
        <source>Je mentor heeft dit voorstel afgetekend: het kan niet meer veranderen. Oefende je opnieuw? Maak een nieuw voorstel.</source>
        <translation>Your mentor has signed off this proposal: it can no longer change. Did you practise again? Make a new proposal.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/activity_dialog.py" line="190"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/activity_dialog.py" line="192"/>
        <source>Opslaan (Ctrl+Enter)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/activity_dialog.py" line="193"/>
        <source>&amp;Nieuw voorstel</source>
        <translation>&amp;New proposal</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/activity_dialog.py" line="230"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/activity_dialog.py" line="230"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/activity_dialog.py" line="241"/>
        <source>Nieuw voorstel</source>
        <translation>New proposal</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/activity_dialog.py" line="266"/>
        <source>⚠ Let op je privacy en die van je cliënten:</source>
        <translation>⚠ Mind your privacy and that of your clients:</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/activity_dialog.py" line="279"/>
        <source>“{0}” lijkt een naam. Schrijf &apos;mevrouw X&apos; of &apos;de bewoner&apos; in plaats van een naam.</source>
        <translation>“{0}” looks like a name. Write &apos;Mrs X&apos; or &apos;the resident&apos; instead of a name.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/activity_dialog.py" line="283"/>
        <source>“{0}” lijkt een rijksregisternummer. Laat het weg: het hoort niet in je portfolio.</source>
        <translation>“{0}” looks like a national register number. Leave it out: it does not belong in your portfolio.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/activity_dialog.py" line="287"/>
        <source>“{0}” lijkt een geboortedatum. Schrijf enkel een leeftijd (&apos;een dame van 85&apos;).</source>
        <translation>“{0}” looks like a date of birth. Write an age only (&apos;a lady of 85&apos;).</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/activity_dialog.py" line="290"/>
        <source>“{0}” is een volledige datum. Als het een geboortedatum is: laat hem weg of schrijf enkel een leeftijd.</source>
        <translation>“{0}” is a full date. If it is a date of birth, leave it out or write an age only.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../stageportfolio/app.py" line="102"/>
        <source>Er ging iets onverwachts mis: {0}

Wat je bewaard had, is bewaard. Probeer het opnieuw; lukt het niet, herstart de app.</source>
        <translation>Something unexpected went wrong: {0}

What you had saved is saved. Try again; if it keeps failing, restart the app.</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/csv_import_dialog.py" line="55"/>
        <source>Uren importeren: {0}</source>
        <translation>Import hours: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/csv_import_dialog.py" line="75"/>
        <source>Voorbeeld van de te importeren uren</source>
        <translation>Preview of the hours to import</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/csv_import_dialog.py" line="87"/>
        <source>Problemen: er wordt niets geïmporteerd</source>
        <translation>Problems: nothing will be imported</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/csv_import_dialog.py" line="90"/>
        <source>Problemen per regel</source>
        <translation>Problems per line</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/csv_import_dialog.py" line="94"/>
        <source>Let op (importeren kan wel):</source>
        <translation>Note (importing is still possible):</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/csv_import_dialog.py" line="96"/>
        <source>Waarschuwingen per regel</source>
        <translation>Warnings per line</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/csv_import_dialog.py" line="99"/>
        <source>Regels die al in je uren staan &amp;overslaan</source>
        <translation>&amp;Skip lines that are already in your hours</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/csv_import_dialog.py" line="104"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/csv_import_dialog.py" line="106"/>
        <source>&amp;Importeren</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/csv_import_dialog.py" line="164"/>
        <source>overgeslagen</source>
        <translation>skipped</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/csv_import_dialog.py" line="164"/>
        <source>wordt dubbel ingevoerd</source>
        <translation>will be entered twice</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/csv_import_dialog.py" line="166"/>
        <source>regel {0}: staat al in je uren ({1})</source>
        <translation>line {0}: already in your hours ({1})</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/csv_import_dialog.py" line="183"/>
        <source>1 probleem</source>
        <translation>1 problem</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/csv_import_dialog.py" line="185"/>
        <source>{0} problemen</source>
        <translation>{0} problems</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/csv_import_dialog.py" line="189"/>
        <source>Dit bestand kan niet geïmporteerd worden: {0}. Verbeter het bestand en importeer het opnieuw.</source>
        <translation>This file cannot be imported: {0}. Correct the file and import it again.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/csv_import_dialog.py" line="194"/>
        <source>Alle regels van dit bestand staan al in je uren.</source>
        <translation>All lines of this file are already in your hours.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/csv_import_dialog.py" line="198"/>
        <source>{0} regels, samen {1} uur, worden toegevoegd.</source>
        <translation>{0} lines, {1} hours in all, will be added.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/csv_import_dialog.py" line="228"/>
        <source>regel {0}: {1}</source>
        <translation>line {0}: {1}</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/evidence_dialog.py" line="48"/>
        <source>Bewijsstuk beschrijven</source>
        <translation>Describe evidence</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/evidence_dialog.py" line="48"/>
        <source>Bewijsstuk toevoegen</source>
        <translation>Add evidence</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/evidence_dialog.py" line="50"/>
        <source>Bestand: {0}</source>
        <translation>File: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/evidence_dialog.py" line="52"/>
        <source>({0} van {1})</source>
        <translation>({0} of {1})</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/evidence_dialog.py" line="59"/>
        <source>Beschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/evidence_dialog.py" line="61"/>
        <source>Wat toont dit stuk? bv. Attest van de opleiding tiltechnieken, 2024</source>
        <translation>What does this document show? e.g. Certificate of the lifting techniques course, 2024</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/evidence_dialog.py" line="67"/>
        <source>&amp;Beschrijving</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/evidence_dialog.py" line="71"/>
        <source>Competenties filteren</source>
        <translation>Filter competences</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/evidence_dialog.py" line="72"/>
        <source>Zoek een competentie: nummer (C11) of woord</source>
        <translation>Find a competence: number (C11) or word</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/evidence_dialog.py" line="74"/>
        <source>Koppel aan &amp;competenties:</source>
        <translation>Link to &amp;competences:</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/evidence_dialog.py" line="79"/>
        <source>Competenties om aan te vinken</source>
        <translation>Competences to tick</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/evidence_dialog.py" line="104"/>
        <source>Aantal gekoppelde competenties</source>
        <translation>Number of linked competences</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/evidence_dialog.py" line="109"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/evidence_dialog.py" line="111"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/evidence_dialog.py" line="111"/>
        <source>Niet toevoegen</source>
        <translation>Do not add</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/evidence_dialog.py" line="157"/>
        <source>{0} competenties aangevinkt</source>
        <translation>{0} competences ticked</translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <location filename="../../stageportfolio/ui/models/evidence_model.py" line="31"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/models/evidence_model.py" line="32"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/models/evidence_model.py" line="33"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/models/evidence_model.py" line="34"/>
        <source>Beschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/models/evidence_model.py" line="35"/>
        <source>Gekoppeld aan</source>
        <translation>Linked to</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/models/evidence_model.py" line="41"/>
        <source>nog niet gekoppeld</source>
        <translation>not linked yet</translation>
    </message>
</context>
<context>
    <name>EvidenceSection</name>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="117"/>
        <source>Toon wat je al kunt</source>
        <translation>Show what you can already do</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="124"/>
        <source>Een bewijsstuk is een document dat toont wat je in je werk of als vrijwilliger geleerd en gedaan hebt. Bijvoorbeeld:
• attesten van opleidingen en getuigschriften of diploma&apos;s
• werkgeversverklaringen of een verklaring van de organisatie waar je vrijwilligerswerk deed
• foto&apos;s van je werk (zonder cliënten of bewoners in beeld)

Voeg een bestand toe, schrijf kort wat het toont en vink de competenties aan waarvoor het bewijs is. Je kunt bestanden ook vanuit je bestandsbeheerder naar dit venster slepen.</source>
        <translation>A piece of evidence is a document that shows what you learned and did at work or as a volunteer. For example:
• course certificates, school certificates or diplomas
• statements from employers or from the organisation where you volunteered
• photos of your work (without clients or residents in the picture)

Add a file, write briefly what it shows and tick the competences it is evidence for. You can also drag files from your file manager into this window.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="136"/>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="137"/>
        <source>Bestand toevoegen</source>
        <translation>Add file</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="152"/>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="251"/>
        <source>Bewijsstukken</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="163"/>
        <source>Bestand &amp;toevoegen…</source>
        <translation>&amp;Add file…</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="164"/>
        <source>&amp;Beschrijven en koppelen…</source>
        <translation>&amp;Describe and link…</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="165"/>
        <source>&amp;Openen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="166"/>
        <source>Ctrl+N; je kunt bestanden ook hierheen slepen</source>
        <translation>Ctrl+N; you can also drag files here</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="167"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="168"/>
        <source>Openen met het standaardprogramma (Ctrl+O)</source>
        <translation>Open with the default program (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="173"/>
        <source>Sleep bestanden hierheen om ze toe te voegen.</source>
        <translation>Drag files here to add them.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="190"/>
        <source>Welke competenties hebben bewijs?</source>
        <translation>Which competences have evidence?</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="193"/>
        <source>Samenvatting van het bewijs</source>
        <translation>Summary of the evidence</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="196"/>
        <source>Competentie</source>
        <translation>Competence</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="196"/>
        <source>Bewijs</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="197"/>
        <source>Bewijs per competentie</source>
        <translation>Evidence per competence</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="202"/>
        <source>Bewijs toevoegen voor deze &amp;competentie…</source>
        <translation>Add evidence for this &amp;competence…</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="206"/>
        <source>Kies een competentie en druk Enter of dubbelklik om er bewijs voor toe te voegen.</source>
        <translation>Choose a competence and press Enter or double-click to add evidence for it.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="259"/>
        <source>De bewijsstukken konden niet gelezen worden: {0}</source>
        <translation>The evidence could not be read: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="290"/>
        <source>⚠ niet te openen ({0})</source>
        <translation>⚠ not opened ({0})</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="293"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="295"/>
        <source>afbeelding</source>
        <translation>image</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="297"/>
        <source>tekstdocument</source>
        <translation>text document</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="299"/>
        <source>rekenblad</source>
        <translation>spreadsheet</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="301"/>
        <source>tekst</source>
        <translation>text</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="303"/>
        <source>video</source>
        <translation>video</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="305"/>
        <source>geluid</source>
        <translation>audio</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="307"/>
        <source>bestand</source>
        <translation>file</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="352"/>
        <source>✓ 1 bewijsstuk</source>
        <translation>✓ 1 piece of evidence</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="354"/>
        <source>✓ {0} bewijsstukken</source>
        <translation>✓ {0} pieces of evidence</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="356"/>
        <source>✗ nog geen bewijs</source>
        <translation>✗ no evidence yet</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="363"/>
        <source>Dubbelklik of Enter: nog een bestand toevoegen</source>
        <translation>Double-click or Enter: add another file</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="365"/>
        <source>Dubbelklik of Enter: een bestand toevoegen voor deze competentie</source>
        <translation>Double-click or Enter: add a file for this competence</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="374"/>
        <source>{0} {1}: {2} van {3}</source>
        <translation>{0} {1}: {2} of {3}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="377"/>
        <source>{0} van {1} competenties hebben bewijs</source>
        <translation>{0} of {1} competences have evidence</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="405"/>
        <source>Bewijsstukken kiezen</source>
        <translation>Choose evidence</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="408"/>
        <source>Documenten en foto&apos;s (*.pdf *.jpg *.jpeg *.png *.heic *.doc *.docx *.odt *.txt);;Alle bestanden (*)</source>
        <translation>Documents and photos (*.pdf *.jpg *.jpeg *.png *.heic *.doc *.docx *.odt *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="448"/>
        <source>{0} kon niet toegevoegd worden: {1}</source>
        <translation>{0} could not be added: {1}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="462"/>
        <source>Bewijs kiezen voor {0} {1}</source>
        <translation>Choose evidence for {0} {1}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="530"/>
        <source>Er is geen programma gevonden om {0} te openen.</source>
        <translation>No program was found to open {0}.</translation>
    </message>
</context>
<context>
    <name>FirstStartWizard</name>
    <message>
        <location filename="../../stageportfolio/ui/wizard.py" line="237"/>
        <location filename="../../stageportfolio/ui/wizard.py" line="287"/>
        <source>Nieuw portfolio</source>
        <translation>New portfolio</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/wizard.py" line="248"/>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/wizard.py" line="251"/>
        <source>&amp;Demo bekijken</source>
        <translation>See the &amp;demo</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/wizard.py" line="288"/>
        <source>Het portfolio kon niet aangemaakt worden: {0}</source>
        <translation>The portfolio could not be created: {0}</translation>
    </message>
</context>
<context>
    <name>HourDialog</name>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/hour_dialog.py" line="117"/>
        <source>Uren bewerken</source>
        <translation>Edit hours</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/hour_dialog.py" line="117"/>
        <source>Uren toevoegen</source>
        <translation>Add hours</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/hour_dialog.py" line="122"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/hour_dialog.py" line="123"/>
        <source>Datum (d/m/jjjj); Alt+↓ opent de kalender</source>
        <translation>Date (d/m/yyyy); Alt+↓ opens the calendar</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/hour_dialog.py" line="126"/>
        <source>Stageplaats</source>
        <translation>Placement</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/hour_dialog.py" line="127"/>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/hour_dialog.py" line="134"/>
        <source>Context</source>
        <translation>Setting</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/hour_dialog.py" line="147"/>
        <source>Uren</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/hour_dialog.py" line="148"/>
        <source>bv. 7,5 of 7:30</source>
        <translation>e.g. 7.5 or 7:30</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/hour_dialog.py" line="150"/>
        <source>Opmerking</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/hour_dialog.py" line="151"/>
        <source>optioneel, zonder namen van cliënten</source>
        <translation>optional, without client names</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/hour_dialog.py" line="157"/>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/hour_dialog.py" line="158"/>
        <source>&amp;Stageplaats:</source>
        <translation>&amp;Placement:</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/hour_dialog.py" line="159"/>
        <source>&amp;Context:</source>
        <translation>&amp;Setting:</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/hour_dialog.py" line="160"/>
        <source>&amp;Uren:</source>
        <translation>&amp;Hours:</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/hour_dialog.py" line="161"/>
        <source>&amp;Opmerking:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/hour_dialog.py" line="181"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/hour_dialog.py" line="184"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/hour_dialog.py" line="262"/>
        <source>Vul het aantal uren in, bv. 7,5 of 7:30.</source>
        <translation>Enter the number of hours, e.g. 7.5 or 7:30.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/hour_dialog.py" line="263"/>
        <source>Minuten gaan van 0 tot 59, bv. 7:30.</source>
        <translation>Minutes go from 0 to 59, e.g. 7:30.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/hour_dialog.py" line="264"/>
        <location filename="../../stageportfolio/ui/dialogs/hour_dialog.py" line="265"/>
        <source>Uren moeten meer dan 0 zijn.</source>
        <translation>Hours must be more than 0.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/hour_dialog.py" line="266"/>
        <source>Typ de uren als 7,5 of 7:30.</source>
        <translation>Type the hours as 7.5 or 7:30.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/hour_dialog.py" line="297"/>
        <source>= {0} uur {1} min</source>
        <translation>= {0} h {1} min</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/hour_dialog.py" line="306"/>
        <source>Fout: {0}</source>
        <translation>Error: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/hour_dialog.py" line="306"/>
        <source>Let op: {0}</source>
        <translation>Note: {0}</translation>
    </message>
</context>
<context>
    <name>HoursChart</name>
    <message>
        <location filename="../../stageportfolio/ui/widgets/hours_chart.py" line="26"/>
        <source>Uren per context</source>
        <translation>Hours per setting</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/widgets/hours_chart.py" line="44"/>
        <source>{0} u</source>
        <translation>{0} h</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/widgets/hours_chart.py" line="48"/>
        <source>Nog geen uren gelogd.</source>
        <translation>No hours logged yet.</translation>
    </message>
</context>
<context>
    <name>HoursModel</name>
    <message>
        <location filename="../../stageportfolio/ui/models/hours_model.py" line="83"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/models/hours_model.py" line="84"/>
        <source>Context</source>
        <translation>Setting</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/models/hours_model.py" line="85"/>
        <source>Uren</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/models/hours_model.py" line="86"/>
        <source>Stageplaats</source>
        <translation>Placement</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/models/hours_model.py" line="87"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/models/hours_model.py" line="88"/>
        <source>Opmerking</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/models/hours_model.py" line="89"/>
        <source>Aftekening</source>
        <translation>Sign-off</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/models/hours_model.py" line="177"/>
        <source>{0} uur en {1} minuten</source>
        <translation>{0} hours and {1} minutes</translation>
    </message>
</context>
<context>
    <name>HoursSection</name>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="202"/>
        <source>januari</source>
        <translation>January</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="203"/>
        <source>februari</source>
        <translation>February</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="204"/>
        <source>maart</source>
        <translation>March</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="205"/>
        <source>april</source>
        <translation>April</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="206"/>
        <source>mei</source>
        <translation>May</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="207"/>
        <source>juni</source>
        <translation>June</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="208"/>
        <source>juli</source>
        <translation>July</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="209"/>
        <source>augustus</source>
        <translation>August</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="210"/>
        <source>september</source>
        <translation>September</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="211"/>
        <source>oktober</source>
        <translation>October</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="212"/>
        <source>november</source>
        <translation>November</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="213"/>
        <source>december</source>
        <translation>December</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="218"/>
        <source>Filter op stageplaats</source>
        <translation>Filter by placement</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="220"/>
        <source>Filter op maand</source>
        <translation>Filter by month</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="221"/>
        <source>&amp;Stageplaats:</source>
        <translation>&amp;Placement:</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="223"/>
        <source>&amp;Maand:</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="227"/>
        <source>Uren &amp;toevoegen</source>
        <translation>&amp;Add hours</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="228"/>
        <source>Nieuwe uren invoeren (Ctrl+N)</source>
        <translation>Enter new hours (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="229"/>
        <source>&amp;Bewerken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="230"/>
        <source>De gekozen regel aanpassen (Enter)</source>
        <translation>Change the chosen line (Enter)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="231"/>
        <source>&amp;Verwijderen</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="233"/>
        <source>De gekozen regels verwijderen (Delete); Ctrl+Z zet ze terug</source>
        <translation>Delete the chosen lines (Delete); Ctrl+Z puts them back</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="235"/>
        <source>&amp;Importeren…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="236"/>
        <source>Uren uit een CSV-bestand (bv. uit Excel) inlezen</source>
        <translation>Read hours from a CSV file (e.g. from Excel)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="237"/>
        <source>E&amp;xporteren…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="238"/>
        <source>Alle uren als CSV-bestand bewaren (voor Excel)</source>
        <translation>Save all hours as a CSV file (for Excel)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="246"/>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="335"/>
        <source>Uren</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="264"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="269"/>
        <source>Bewerken</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="285"/>
        <source>Totalen van het hele portfolio</source>
        <translation>Totals of the whole portfolio</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="341"/>
        <source>{0} {1}</source>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="346"/>
        <source>{0} uur</source>
        <translation>{0} hours</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="347"/>
        <source>{0} u {1} min</source>
        <translation>{0} h {1} min</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="367"/>
        <source>alle stageplaatsen</source>
        <translation>all placements</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="372"/>
        <source>alle maanden</source>
        <translation>all months</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="389"/>
        <source>Geen uren voor deze filter.</source>
        <translation>No hours for this filter.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="392"/>
        <source>Nog geen uren. Klik op ‘Uren toevoegen’ of druk op Ctrl+N.</source>
        <translation>No hours yet. Click ‘Add hours’ or press Ctrl+N.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="405"/>
        <source>✓ afgetekend door {0}</source>
        <translation>✓ signed off by {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="407"/>
        <source>⚠ gewijzigd na aftekening</source>
        <translation>⚠ changed after sign-off</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="409"/>
        <source>✗ ongeldige handtekening</source>
        <translation>✗ invalid signature</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="410"/>
        <source>Mentor {0}, sleutel {1}, code {2}</source>
        <translation>Mentor {0}, key {1}, code {2}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="438"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="450"/>
        <source>Totaal: {0}; telt mee voor de regels: {1} van {2}</source>
        <translation>Total: {0}; counts for the rules: {1} of {2}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="454"/>
        <source>Totaal: {0}</source>
        <translation>Total: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="568"/>
        <source>De uren zijn niet bewaard: {0}</source>
        <translation>The hours were not saved: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="571"/>
        <source>Uren toevoegen ({0}, {1} uur)</source>
        <translation>Add hours ({0}, {1} hours)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="576"/>
        <source>Bewaard. De nieuwe uren vallen buiten de gekozen filter.</source>
        <translation>Saved. The new hours fall outside the chosen filter.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="595"/>
        <source>De wijziging is niet bewaard: {0}</source>
        <translation>The change was not saved: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="599"/>
        <source>Uren bewerken</source>
        <translation>Edit hours</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="608"/>
        <source>Uren verwijderen ({0} regels)</source>
        <translation>Delete hours ({0} rows)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="611"/>
        <source>1 regel verwijderd. Ctrl+Z (Ongedaan maken) zet hem terug.</source>
        <translation>1 row deleted. Ctrl+Z (Undo) puts it back.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="613"/>
        <source>{0} regels verwijderd. Ctrl+Z (Ongedaan maken) zet ze terug.</source>
        <translation>{0} rows deleted. Ctrl+Z (Undo) puts them back.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="661"/>
        <source>Importeren gestopt: {0}
Er is niets geïmporteerd.</source>
        <translation>Import stopped: {0}
Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="668"/>
        <source>Niets geïmporteerd: alle regels stonden er al.</source>
        <translation>Nothing imported: all rows were already there.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="624"/>
        <source>Uren importeren</source>
        <translation>Import hours</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="626"/>
        <source>CSV-bestanden (*.csv *.txt);;Alle bestanden (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="634"/>
        <source>Kan {0} niet lezen: {1}</source>
        <translation>Cannot read {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="670"/>
        <source>{0} uurregels importeren</source>
        <translation>Import {0} hour lines</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="673"/>
        <source>{0} regels geïmporteerd. Ctrl+Z (Ongedaan maken) haalt ze weg.</source>
        <translation>{0} lines imported. Ctrl+Z (Undo) removes them.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="681"/>
        <source>uren.csv</source>
        <translation>hours.csv</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="684"/>
        <source>Uren exporteren</source>
        <translation>Export hours</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="686"/>
        <source>CSV-bestanden (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="705"/>
        <source>Kan {0} niet bewaren: {1}</source>
        <translation>Cannot save {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="707"/>
        <source>{0} regels bewaard in {1}.</source>
        <translation>{0} lines saved in {1}.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../stageportfolio/ui/widgets/__init__.py" line="18"/>
        <source>nl</source>
        <comment>Language code of this translation: write en for English</comment>
        <translation>en</translation>
    </message>
</context>
<context>
    <name>ListBrowserWindow</name>
    <message>
        <location filename="../../stageportfolio/ui/listbrowser.py" line="28"/>
        <source>Stageportfolio: stage-activiteitenlijsten</source>
        <translation>Stageportfolio: placement activity lists</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/listbrowser.py" line="32"/>
        <source>Lijst</source>
        <translation>List</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/listbrowser.py" line="41"/>
        <source>Regels</source>
        <translation>Rules</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/listbrowser.py" line="42"/>
        <source>Regel</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/listbrowser.py" line="42"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/listbrowser.py" line="42"/>
        <source>Bron</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/listbrowser.py" line="44"/>
        <source>Competenties en activiteiten</source>
        <translation>Competences and activities</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/listbrowser.py" line="45"/>
        <source>BK / competentie / activiteit</source>
        <translation>Qualification / competence / activity</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/listbrowser.py" line="45"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/listbrowser.py" line="80"/>
        <source>Contexten: </source>
        <translation>Settings: </translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../stageportfolio/ui/wizard.py" line="133"/>
        <source>Je lijst</source>
        <translation>Your list</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/wizard.py" line="156"/>
        <source>Voor welke beroepskwalificatie verzamel je bewijzen?</source>
        <translation>For which professional qualification are you collecting evidence?</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/wizard.py" line="157"/>
        <source>&amp;Beroepskwalificatie (kies met de pijltjestoetsen):</source>
        <translation>&amp;Professional qualification (choose with the arrow keys):</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/wizard.py" line="158"/>
        <source>Beroepskwalificatie</source>
        <translation>Professional qualification</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/wizard.py" line="162"/>
        <source>Kies je studierichting; de lijst bepaalt welke regels en activiteiten gelden.</source>
        <translation>Choose your study programme; its list sets the rules and activities that apply.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/wizard.py" line="165"/>
        <source>&amp;Studierichting (kies met de pijltjestoetsen):</source>
        <translation>&amp;Study programme (choose with the arrow keys):</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/wizard.py" line="166"/>
        <source>Studierichting</source>
        <translation>Study programme</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../stageportfolio/ui/mainwindow.py" line="55"/>
        <source> (demo)</source>
        <translation> (demo)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mainwindow.py" line="56"/>
        <source>Stageportfolio – {0} – {1}</source>
        <translation>Stageportfolio – {0} – {1}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mainwindow.py" line="61"/>
        <source>Onderdelen</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mainwindow.py" line="71"/>
        <source>Ctrl+{0}</source>
        <translation>Ctrl+{0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mainwindow.py" line="117"/>
        <source>Nog 1 verplichte regel niet voldaan</source>
        <translation>1 required rule not met yet</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mainwindow.py" line="120"/>
        <source>Nog {0} verplichte regels niet voldaan</source>
        <translation>{0} required rules not met yet</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mainwindow.py" line="123"/>
        <source>Alle verplichte regels voldaan</source>
        <translation>All required rules met</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mainwindow.py" line="129"/>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mainwindow.py" line="130"/>
        <source>&amp;Nieuw portfolio…</source>
        <translation>&amp;New portfolio…</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mainwindow.py" line="133"/>
        <source>&amp;Demoportfolio openen</source>
        <translation>Open &amp;demo portfolio</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mainwindow.py" line="140"/>
        <source>Uren &amp;importeren (CSV)…</source>
        <translation>&amp;Import hours (CSV)…</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mainwindow.py" line="141"/>
        <source>Uren &amp;exporteren (CSV)…</source>
        <translation>&amp;Export hours (CSV)…</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mainwindow.py" line="150"/>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mainwindow.py" line="155"/>
        <source>B&amp;ewerken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mainwindow.py" line="156"/>
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mainwindow.py" line="158"/>
        <source>&amp;Opnieuw</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mainwindow.py" line="163"/>
        <source>&amp;Beeld</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mainwindow.py" line="170"/>
        <source>&amp;Taal</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mainwindow.py" line="182"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mainwindow.py" line="183"/>
        <source>&amp;Lijsten en regels bekijken</source>
        <translation>View &amp;lists and rules</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mainwindow.py" line="186"/>
        <source>&amp;Over Stageportfolio</source>
        <translation>&amp;About Stageportfolio</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mainwindow.py" line="197"/>
        <source>Nieuw portfolio</source>
        <translation>New portfolio</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mainwindow.py" line="199"/>
        <source>Elk portfolio heeft een eigen gegevensmap. Wis dit portfolio eerst (na een export) of start de app met een andere map (STAGEPORTFOLIO_HOME).</source>
        <translation>Each portfolio has its own data folder. Erase this portfolio first (after an export) or start the app with another folder (STAGEPORTFOLIO_HOME).</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mainwindow.py" line="215"/>
        <source>Over Stageportfolio</source>
        <translation>About Stageportfolio</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mainwindow.py" line="217"/>
        <source>Stageportfolio: stage-uren, activiteiten en competenties voor zorg en welzijn in Vlaanderen. Alles blijft op deze computer.

BK-gegevens: Vlaamse overheid, Vlaamse kwalificatiestructuur (API Beroepskwalificaties).</source>
        <translation>Stageportfolio: placement hours, activities and competences for care and welfare in Flanders. Everything stays on this computer.

Qualification data: Flemish government, Flemish qualification structure (API Beroepskwalificaties).</translation>
    </message>
</context>
<context>
    <name>MentorDialog</name>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/mentor_dialog.py" line="30"/>
        <source>Mentor bewerken</source>
        <translation>Edit mentor</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/mentor_dialog.py" line="30"/>
        <source>Nieuwe mentor</source>
        <translation>New mentor</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/mentor_dialog.py" line="33"/>
        <source>Naam van de mentor (verplicht)</source>
        <translation>Mentor&apos;s name (required)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/mentor_dialog.py" line="34"/>
        <source>bv. An Peeters</source>
        <translation>e.g. An Peeters</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/mentor_dialog.py" line="36"/>
        <source>Organisatie van de mentor</source>
        <translation>Mentor&apos;s organisation</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/mentor_dialog.py" line="38"/>
        <source>E-mailadres van de mentor</source>
        <translation>Mentor&apos;s email address</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/mentor_dialog.py" line="39"/>
        <source>naam@organisatie.be (mag leeg blijven)</source>
        <translation>name@organisation.be (may stay empty)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/mentor_dialog.py" line="42"/>
        <source>Een mentor mag tegelijk hoogstens 2 leerlingen begeleiden in de social profit en hoogstens 3 bij een lokaal bestuur.</source>
        <translation>A mentor may guide at most 2 learners at a time in the social profit sector and at most 3 in local government.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/mentor_dialog.py" line="45"/>
        <source>Social profit</source>
        <translation>Social profit</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/mentor_dialog.py" line="46"/>
        <source>Lokaal bestuur</source>
        <translation>Local government</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/mentor_dialog.py" line="55"/>
        <source>Sector ⓘ</source>
        <translation>Sector ⓘ</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/mentor_dialog.py" line="60"/>
        <source>Melding</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/mentor_dialog.py" line="63"/>
        <source>&amp;Naam *</source>
        <translation>&amp;Name *</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/mentor_dialog.py" line="66"/>
        <source>&amp;Organisatie</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/mentor_dialog.py" line="70"/>
        <source>&amp;E-mail</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/mentor_dialog.py" line="77"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/mentor_dialog.py" line="78"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/mentor_dialog.py" line="109"/>
        <source>Vul de naam van de mentor in.</source>
        <translation>Fill in the mentor&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/mentor_dialog.py" line="112"/>
        <source>Het e-mailadres lijkt niet juist (er ontbreekt iets rond de @).</source>
        <translation>The email address does not look right (something is missing around the @).</translation>
    </message>
</context>
<context>
    <name>MentorWindow</name>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="80"/>
        <source>Stageportfolio – mentormodus</source>
        <translation>Stageportfolio – mentor mode</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="108"/>
        <source>&lt;h2&gt;Je mentorprofiel&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Your mentor profile&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="111"/>
        <source>Maak eenmalig je mentorprofiel. Daarmee teken je de aftekenverzoeken van je studenten af; de school herkent je handtekening aan je mentorkaart.</source>
        <translation>Create your mentor profile once. With it you sign your students&apos; sign-off requests; the school recognises your signature by your mentor card.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="118"/>
        <source>Naam van de mentor</source>
        <translation>Mentor&apos;s name</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="120"/>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="121"/>
        <source>&amp;Social profit</source>
        <translation>&amp;Social profit</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="122"/>
        <source>&amp;Lokaal bestuur</source>
        <translation>&amp;Local government</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="133"/>
        <source>Wachtzin</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="136"/>
        <source>Wachtzin herhalen</source>
        <translation>Repeat passphrase</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="140"/>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="141"/>
        <source>&amp;Organisatie</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="142"/>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="264"/>
        <source>&amp;Wachtzin</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="143"/>
        <source>&amp;Herhaal de wachtzin</source>
        <translation>&amp;Repeat the passphrase</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="148"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="152"/>
        <source>De wachtzin (minstens {0} tekens) beschermt je sleutel: zonder wachtzin kan niemand in jouw naam aftekenen. De wachtzin wordt nergens bewaard; onthoud ze goed.</source>
        <translation>The passphrase (at least {0} characters) protects your key: without it nobody can sign in your name. The passphrase is never stored; remember it well.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="160"/>
        <source>&amp;Mentorprofiel maken</source>
        <translation>&amp;Create mentor profile</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="180"/>
        <source>De twee wachtzinnen verschillen.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="194"/>
        <source>De wachtzin is te kort: kies minstens {0} tekens.</source>
        <translation>The passphrase is too short: choose at least {0} characters.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="202"/>
        <source>Vul je naam in.</source>
        <translation>Fill in your name.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="208"/>
        <source>Het mentorprofiel kon niet bewaard worden: {0}</source>
        <translation>The mentor profile could not be saved: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="217"/>
        <source>Je mentorprofiel is klaar. Bewaar nu je mentorkaart en bezorg ze aan de school.</source>
        <translation>Your mentor profile is ready. Now save your mentor card and give it to the school.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="229"/>
        <source>Mentor&amp;kaart opslaan…</source>
        <translation>Save mentor &amp;card…</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="231"/>
        <source>Aftekenverzoek &amp;openen…</source>
        <translation>&amp;Open sign-off request…</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="240"/>
        <source>Aftekenverzoek</source>
        <translation>Sign-off request</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="245"/>
        <source>Waarschuwing</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="248"/>
        <source>&amp;Alles aanvinken</source>
        <translation>Tick &amp;all</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="262"/>
        <source>Wachtzin van de mentor</source>
        <translation>Mentor&apos;s passphrase</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="266"/>
        <source>Aftekenen en op&amp;slaan…</source>
        <translation>Sign and &amp;save…</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="288"/>
        <source>Open het aftekenverzoek dat je van je student kreeg (een bestand dat eindigt op .aftekenverzoek.json).</source>
        <translation>Open the sign-off request you received from your student (a file ending in .aftekenverzoek.json).</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="302"/>
        <source>Mentor: {0}
Vingerafdruk van je sleutel: {1}</source>
        <translation>Mentor: {0}
Fingerprint of your key: {1}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="314"/>
        <source>Mentorkaart opslaan</source>
        <translation>Save mentor card</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="316"/>
        <source>Mentorkaart (*.mentorkaart.json)</source>
        <translation>Mentor card (*.mentorkaart.json)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="329"/>
        <source>De mentorkaart kon niet bewaard worden: {0}</source>
        <translation>The mentor card could not be saved: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="334"/>
        <source>Mentorkaart bewaard in {0}. Bezorg dit bestand aan de school.</source>
        <translation>Mentor card saved in {0}. Give this file to the school.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="340"/>
        <source>Aftekenverzoek openen</source>
        <translation>Open sign-off request</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="342"/>
        <source>Aftekenverzoek (*.aftekenverzoek.json);;JSON-bestanden (*.json)</source>
        <translation>Sign-off request (*.aftekenverzoek.json);;JSON files (*.json)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="353"/>
        <source>Dit bestand kan niet geopend worden: {0}</source>
        <translation>This file cannot be opened: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="360"/>
        <source>&lt;b&gt;Student:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Student:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="362"/>
        <source>&lt;b&gt;Opleiding:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Programme:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="378"/>
        <source>Akkoord</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="378"/>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="378"/>
        <source>Opmerking</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="392"/>
        <source>Akkoord met {0}</source>
        <translation>Agree with {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="397"/>
        <source>Niveau voor {0}</source>
        <translation>Level for {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="399"/>
        <source>1 – geobserveerd</source>
        <translation>1 – observed</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="400"/>
        <source>2 – onder begeleiding uitgevoerd</source>
        <translation>2 – performed under guidance</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="401"/>
        <source>3 – zelfstandig uitgevoerd</source>
        <translation>3 – performed independently</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="409"/>
        <source>niveau {0}</source>
        <translation>level {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="411"/>
        <source>uren</source>
        <translation>hours</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="413"/>
        <source>Opmerking bij {0}</source>
        <translation>Comment on {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="414"/>
        <source>Opmerking (niet verplicht)</source>
        <translation>Comment (optional)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="419"/>
        <source>Notitie van de student: {0}</source>
        <translation>Student&apos;s note: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="421"/>
        <source>Reflectie: {0}</source>
        <translation>Reflection: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="461"/>
        <source>Vink eerst aan waarmee je akkoord gaat.</source>
        <translation>First tick what you agree with.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="466"/>
        <source>Verkeerde wachtzin; er is niets afgetekend.</source>
        <translation>Wrong passphrase; nothing was signed.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="471"/>
        <source>Aftekenen lukte niet: {0}</source>
        <translation>Signing failed: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="478"/>
        <source>Aftekening opslaan</source>
        <translation>Save sign-off</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="480"/>
        <source>Aftekening (*.aftekening.json)</source>
        <translation>Sign-off (*.aftekening.json)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="485"/>
        <source>Niet opgeslagen: de aftekening is niet bewaard.</source>
        <translation>Not saved: the sign-off was not stored.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="497"/>
        <source>De aftekening kon niet bewaard worden: {0}</source>
        <translation>The sign-off could not be saved: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="503"/>
        <source>{0} item(s) afgetekend en bewaard in {1}. Geef dit bestand aan {2}.</source>
        <translation>{0} item(s) signed and saved in {1}. Give this file to {2}.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="513"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>MentorsModel</name>
    <message>
        <location filename="../../stageportfolio/ui/models/mentors_model.py" line="28"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/models/mentors_model.py" line="29"/>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/models/mentors_model.py" line="30"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
</context>
<context>
    <name>NamePage</name>
    <message>
        <location filename="../../stageportfolio/ui/wizard.py" line="99"/>
        <source>Over jou</source>
        <translation>About you</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/wizard.py" line="102"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/wizard.py" line="107"/>
        <source>&amp;Naam (verplicht):</source>
        <translation>&amp;Name (required):</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/wizard.py" line="119"/>
        <source>Je naam komt op je EVC-portfolio. Het testcentrum mag leeg.</source>
        <translation>Your name goes on your RPL portfolio. The test centre may stay empty.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/wizard.py" line="120"/>
        <source>&amp;Testcentrum:</source>
        <translation>&amp;Test centre:</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/wizard.py" line="121"/>
        <source>Testcentrum</source>
        <translation>Test centre</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/wizard.py" line="123"/>
        <source>Je naam en school komen op je portfolio.</source>
        <translation>Your name and school go on your portfolio.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/wizard.py" line="124"/>
        <source>&amp;School:</source>
        <translation>&amp;School:</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/wizard.py" line="125"/>
        <source>School</source>
        <translation>School</translation>
    </message>
</context>
<context>
    <name>OverviewSection</name>
    <message>
        <location filename="../../stageportfolio/ui/sections/overview.py" line="124"/>
        <location filename="../../stageportfolio/ui/sections/overview.py" line="142"/>
        <source>Regels van je lijst</source>
        <translation>Rules of your list</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/overview.py" line="151"/>
        <source>Tempo</source>
        <translation>Pace</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/overview.py" line="160"/>
        <source>Uren per context</source>
        <translation>Hours per setting</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/overview.py" line="167"/>
        <source>Competenties per beroepskwalificatie</source>
        <translation>Competences per professional qualification</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/overview.py" line="206"/>
        <source>Overzicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/overview.py" line="221"/>
        <source>Portfolio van {0}</source>
        <translation>Portfolio of {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/overview.py" line="224"/>
        <source>✗ Nog {0} verplichte regel(s) niet voldaan.</source>
        <translation>✗ {0} required rule(s) not met yet.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/overview.py" line="226"/>
        <source>✓ Alle verplichte regels zijn voldaan.</source>
        <translation>✓ All required rules are met.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/overview.py" line="261"/>
        <source>d/M/yyyy</source>
        <comment>Qt date format of the forecast; English: d MMMM yyyy</comment>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/overview.py" line="270"/>
        <source>✓ Alle uurregels zijn voldaan.</source>
        <translation>✓ All hour rules are met.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/overview.py" line="274"/>
        <source>Nog geen tempo: log eerst enkele dagen.</source>
        <translation>No pace yet: log a few days first.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/overview.py" line="281"/>
        <source>Aan dit tempo (gemiddeld {0} uur per dag) haal je de {1} uur rond {2}.</source>
        <translation>At this pace ({0} hours a day on average) you will reach the {1} hours around {2}.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/overview.py" line="312"/>
        <source>Log je eerste uren in het onderdeel Uren.</source>
        <translation>Log your first hours in the Hours section.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/overview.py" line="315"/>
        <source>Samen {0} u gelogd, waarvan {1} u meetellen voor de uurregels.</source>
        <translation>{0} h logged in all, of which {1} h count for the hour rules.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/overview.py" line="369"/>
        <source>{0}: {1} van {2} competenties met bewijsstuk</source>
        <translation>{0}: {1} of {2} competences with evidence</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/overview.py" line="372"/>
        <source>{0}: {1} van {2} competenties afgetekend</source>
        <translation>{0}: {1} of {2} competences signed off</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/overview.py" line="400"/>
        <source>{0} van {1}</source>
        <translation>{0} of {1}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/overview.py" line="403"/>
        <source>Een competentie telt mee zodra er een bewijsstuk aan gekoppeld is.</source>
        <translation>A competence counts as soon as a piece of evidence is linked to it.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/overview.py" line="409"/>
        <source>Een competentie telt als afgetekend zodra de mentor ze (of al haar activiteiten) aftekent op niveau {0} ({1}) of hoger.</source>
        <translation>A competence counts as signed off once the mentor signs it (or all its activities) off at level {0} ({1}) or higher.</translation>
    </message>
</context>
<context>
    <name>OwnData</name>
    <message>
        <location filename="../../stageportfolio/ui/widgets/__init__.py" line="30"/>
        <source>{0} ligt in de map waar de app het portfolio bewaart; daar wordt niets bewaard. Kies een andere plaats, bijvoorbeeld je map Documenten.</source>
        <translation>{0} is in the folder where the app keeps the portfolio; nothing is saved there. Choose another place, for example your Documents folder.</translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/placement_dialog.py" line="58"/>
        <source>Stageplaats bewerken</source>
        <translation>Edit placement</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/placement_dialog.py" line="58"/>
        <source>Nieuwe stageplaats</source>
        <translation>New placement</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/placement_dialog.py" line="62"/>
        <source>Organisatie (verplicht)</source>
        <translation>Organisation (required)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/placement_dialog.py" line="63"/>
        <source>bv. WZC De Linde</source>
        <translation>e.g. WZC De Linde</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/placement_dialog.py" line="65"/>
        <source>Afdeling</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/placement_dialog.py" line="66"/>
        <source>bv. Afdeling Zonnebloem (mag leeg blijven)</source>
        <translation>e.g. Afdeling Zonnebloem (may stay empty)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/placement_dialog.py" line="68"/>
        <source>Context</source>
        <translation>Setting</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/placement_dialog.py" line="72"/>
        <source>Begindatum</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/placement_dialog.py" line="72"/>
        <source>Einddatum</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/placement_dialog.py" line="77"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/placement_dialog.py" line="82"/>
        <source>Melding</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/placement_dialog.py" line="87"/>
        <source>&amp;Organisatie *</source>
        <translation>&amp;Organisation *</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/placement_dialog.py" line="88"/>
        <source>&amp;Afdeling</source>
        <translation>&amp;Unit</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/placement_dialog.py" line="89"/>
        <source>&amp;Context</source>
        <translation>&amp;Setting</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/placement_dialog.py" line="90"/>
        <source>&amp;Van</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/placement_dialog.py" line="91"/>
        <source>&amp;Tot en met</source>
        <translation>&amp;Up to and including</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/placement_dialog.py" line="92"/>
        <source>&amp;Mentor</source>
        <translation>&amp;Mentor</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/placement_dialog.py" line="101"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/placement_dialog.py" line="102"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/placement_dialog.py" line="149"/>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/placement_dialog.py" line="153"/>
        <source>Nieuwe mentor…</source>
        <translation>New mentor…</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/placement_dialog.py" line="185"/>
        <source>De mentor kon niet bewaard worden: {0}</source>
        <translation>The mentor could not be saved: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/placement_dialog.py" line="198"/>
        <source>Vul de organisatie in.</source>
        <translation>Fill in the organisation.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/placement_dialog.py" line="201"/>
        <source>De einddatum ({0}) ligt vóór de begindatum ({1}).</source>
        <translation>The end date ({0}) is before the start date ({1}).</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/placement_dialog.py" line="206"/>
        <source>Kies een context.</source>
        <translation>Choose a setting.</translation>
    </message>
</context>
<context>
    <name>PlacementsModel</name>
    <message>
        <location filename="../../stageportfolio/ui/models/placements_model.py" line="30"/>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/models/placements_model.py" line="31"/>
        <source>Afdeling</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/models/placements_model.py" line="32"/>
        <source>Context</source>
        <translation>Setting</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/models/placements_model.py" line="33"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/models/placements_model.py" line="34"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/models/placements_model.py" line="35"/>
        <source>Uren</source>
        <translation>Hours</translation>
    </message>
</context>
<context>
    <name>PlacementsSection</name>
    <message>
        <location filename="../../stageportfolio/ui/sections/placements.py" line="174"/>
        <source>Waar loop je stage? Een stageplaats heeft een context (bv. residentiële ouderenzorg of thuiszorg) en een periode; je uren tellen per stageplaats.</source>
        <translation>Where is your placement? A placement has a setting (e.g. residential elderly care or home care) and a period; your hours count per placement.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/placements.py" line="181"/>
        <location filename="../../stageportfolio/ui/sections/placements.py" line="194"/>
        <location filename="../../stageportfolio/ui/sections/placements.py" line="259"/>
        <source>Stageplaatsen</source>
        <translation>Placements</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/placements.py" line="186"/>
        <source>&amp;Toevoegen…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/placements.py" line="187"/>
        <source>&amp;Bewerken…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/placements.py" line="188"/>
        <source>&amp;Verwijderen</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/placements.py" line="190"/>
        <source>Nog geen stageplaatsen. Kies Toevoegen (Ctrl+N) om je eerste toe te voegen.</source>
        <translation>No placements yet. Choose Add (Ctrl+N) to add your first one.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/placements.py" line="201"/>
        <location filename="../../stageportfolio/ui/sections/placements.py" line="213"/>
        <source>Mentoren</source>
        <translation>Mentors</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/placements.py" line="205"/>
        <source>T&amp;oevoegen…</source>
        <translation>A&amp;dd…</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/placements.py" line="206"/>
        <source>B&amp;ewerken…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/placements.py" line="207"/>
        <source>V&amp;erwijderen</source>
        <translation>Dele&amp;te</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/placements.py" line="209"/>
        <source>Nog geen mentoren. Je mentor is wie je op de stageplaats begeleidt.</source>
        <translation>No mentors yet. Your mentor is the person who guides you at the placement.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/placements.py" line="219"/>
        <source>Stageplaats toevoegen</source>
        <translation>Add placement</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/placements.py" line="220"/>
        <source>Stageplaats bewerken</source>
        <translation>Edit placement</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/placements.py" line="221"/>
        <location filename="../../stageportfolio/ui/sections/placements.py" line="436"/>
        <source>Stageplaats verwijderen</source>
        <translation>Delete placement</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/placements.py" line="222"/>
        <source>Mentor toevoegen</source>
        <translation>Add mentor</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/placements.py" line="223"/>
        <source>Mentor bewerken</source>
        <translation>Edit mentor</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/placements.py" line="224"/>
        <location filename="../../stageportfolio/ui/sections/placements.py" line="491"/>
        <source>Mentor verwijderen</source>
        <translation>Delete mentor</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/placements.py" line="315"/>
        <source>De stageplaatsen konden niet gelezen worden: {0}</source>
        <translation>The placements could not be read: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/placements.py" line="358"/>
        <source>lokaal bestuur</source>
        <translation>local government</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/placements.py" line="358"/>
        <source>social profit</source>
        <translation>social profit</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/placements.py" line="416"/>
        <source>De stageplaats kon niet bewaard worden: {0}</source>
        <translation>The placement could not be saved: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/placements.py" line="438"/>
        <source>{0} heeft {1} uurregels. Wil je de stageplaats toch verwijderen?

De uren blijven bewaard, maar zijn dan niet meer aan een stageplaats gekoppeld. Met Ongedaan maken (Ctrl+Z) komt de stageplaats terug en worden de uren er opnieuw aan gekoppeld.</source>
        <translation>{0} has {1} hour lines. Delete the placement anyway?

The hours are kept, but are no longer linked to a placement. Undo (Ctrl+Z) brings the placement back and links the hours to it again.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/placements.py" line="475"/>
        <source>De mentor kon niet bewaard worden: {0}</source>
        <translation>The mentor could not be saved: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/placements.py" line="493"/>
        <source>{0} is mentor bij {1}. Wil je de mentor toch verwijderen?

Die stageplaatsen hebben dan geen mentor meer. Met Ongedaan maken (Ctrl+Z) komt de mentor terug op die stageplaatsen.</source>
        <translation>{0} is the mentor at {1}. Delete the mentor anyway?

Those placements will then have no mentor. Undo (Ctrl+Z) brings the mentor back to those placements.</translation>
    </message>
</context>
<context>
    <name>PortfolioPdfSection</name>
    <message>
        <location filename="../../stageportfolio/ui/sections/portfoliopdf.py" line="126"/>
        <source>Hier maak je je portfolio als PDF, om af te geven aan de school of het EVC-testcentrum. De PDF bevat je hele portfolio: uren, stageplaatsen, activiteiten, aftekeningen en bewijsstukken. Je kunt hem later opnieuw inlezen met «stageportfolio import». Het is een archiefbestand (PDF/A): ook over jaren nog leesbaar.</source>
        <translation>Here you make your portfolio as a PDF, to hand in at school or at the EVC test centre. The PDF holds your whole portfolio: hours, placements, activities, sign-offs and evidence. You can read it back in later with «stageportfolio import». It is an archival file (PDF/A): still readable years from now.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/portfoliopdf.py" line="137"/>
        <source>Voor de school (stage)</source>
        <translation>For the school (stage)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/portfoliopdf.py" line="138"/>
        <source>Voor het EVC-testcentrum (evc)</source>
        <translation>For the EVC test centre (evc)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/portfoliopdf.py" line="139"/>
        <source>Voor wie is de PDF?</source>
        <translation>Who is the PDF for?</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/portfoliopdf.py" line="143"/>
        <source>&amp;Voor wie:</source>
        <translation>&amp;For:</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/portfoliopdf.py" line="146"/>
        <source>Voorbeeld &amp;maken</source>
        <translation>&amp;Make preview</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/portfoliopdf.py" line="148"/>
        <source>Maakt de PDF opnieuw met de gegevens van nu</source>
        <translation>Makes the PDF again with the current data</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/portfoliopdf.py" line="150"/>
        <source>&amp;Opslaan als PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/portfoliopdf.py" line="163"/>
        <source>Voortgang van de PDF</source>
        <translation>Progress of the PDF</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/portfoliopdf.py" line="177"/>
        <source>Voorbeeld van de PDF</source>
        <translation>Preview of the PDF</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/portfoliopdf.py" line="179"/>
        <source>Page Up en Page Down gaan naar de vorige of volgende pagina</source>
        <translation>Page Up and Page Down go to the previous or next page</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/portfoliopdf.py" line="198"/>
        <source>Nog geen voorbeeld.</source>
        <translation>No preview yet.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/portfoliopdf.py" line="201"/>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/portfoliopdf.py" line="260"/>
        <source>Het maken van de PDF zit nog niet in deze versie van Stageportfolio. Je gegevens zijn veilig bewaard; probeer het na een update opnieuw.</source>
        <translation>Making the PDF is not part of this version of Stageportfolio. Your data is safely stored; try again after an update.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/portfoliopdf.py" line="273"/>
        <source>het resultaat is geen PDF</source>
        <translation>the result is not a PDF</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/portfoliopdf.py" line="283"/>
        <source>De PDF wordt gemaakt…</source>
        <translation>Making the PDF…</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/portfoliopdf.py" line="291"/>
        <source>De PDF wordt gemaakt… ({0} van {1})</source>
        <translation>Making the PDF… ({0} of {1})</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/portfoliopdf.py" line="298"/>
        <source>De gemaakte PDF kan niet getoond worden.</source>
        <translation>The PDF that was made cannot be shown.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/portfoliopdf.py" line="305"/>
        <source>Voorbeeld klaar: 1 pagina.</source>
        <translation>Preview ready: 1 page.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/portfoliopdf.py" line="307"/>
        <source>Voorbeeld klaar: {0} pagina&apos;s.</source>
        <translation>Preview ready: {0} pages.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/portfoliopdf.py" line="312"/>
        <source>De PDF kon niet gemaakt worden: {0}</source>
        <translation>The PDF could not be made: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/portfoliopdf.py" line="343"/>
        <source>Pagina {0} van {1} (Page Up/Page Down om te bladeren)</source>
        <translation>Page {0} of {1} (Page Up/Page Down to turn pages)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/portfoliopdf.py" line="367"/>
        <source>Portfolio opslaan als PDF</source>
        <translation>Save portfolio as PDF</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/portfoliopdf.py" line="367"/>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/portfoliopdf.py" line="384"/>
        <source>Opgeslagen als {0}</source>
        <translation>Saved as {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/portfoliopdf.py" line="389"/>
        <source>De PDF kon niet opgeslagen worden: je mag niet schrijven in {0}. Kies een andere map, bijvoorbeeld Documenten.</source>
        <translation>The PDF could not be saved: you may not write in {0}. Choose another folder, for example Documents.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/portfoliopdf.py" line="394"/>
        <source>De PDF kon niet opgeslagen worden: de schijf is vol. Maak ruimte vrij of kies een andere plaats, bijvoorbeeld een USB-stick.</source>
        <translation>The PDF could not be saved: the disk is full. Free some space or choose another place, for example a USB stick.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/portfoliopdf.py" line="398"/>
        <source>De PDF kon niet opgeslagen worden: de map {0} bestaat niet.</source>
        <translation>The PDF could not be saved: the folder {0} does not exist.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/portfoliopdf.py" line="401"/>
        <source>De PDF kon niet opgeslagen worden in {0}: {1}</source>
        <translation>The PDF could not be saved in {0}: {1}</translation>
    </message>
</context>
<context>
    <name>RolePage</name>
    <message>
        <location filename="../../stageportfolio/ui/wizard.py" line="48"/>
        <source>Welkom bij Stageportfolio</source>
        <translation>Welcome to Stageportfolio</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/wizard.py" line="49"/>
        <source>Wie ben je? Kies met de pijltjestoetsen en druk op Enter.</source>
        <translation>Who are you? Choose with the arrow keys and press Enter.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/wizard.py" line="50"/>
        <source>&amp;Leerling of cursist op stage</source>
        <translation>&amp;Student on a placement</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/wizard.py" line="54"/>
        <source>Je houdt je stage-uren en activiteiten bij en ziet wat er nog ontbreekt.</source>
        <translation>You keep track of your placement hours and activities and see what is still missing.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/wizard.py" line="56"/>
        <source>&amp;EVC-kandidaat</source>
        <translation>&amp;RPL candidate (EVC)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/wizard.py" line="60"/>
        <source>Je verzamelt bewijzen van wat je al kunt uit werk of vrijwilligerswerk, voor een erkenning van verworven competenties bij een testcentrum.</source>
        <translation>You collect evidence of what you can already do from work or volunteering, for recognition of prior learning at a test centre.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/wizard.py" line="69"/>
        <source>Eerst rondkijken? Met de knop Demo bekijken zie je een ingevuld voorbeeld, zonder dat je eigen portfolio verandert. Later vind je het ook in het menu Bestand &gt; Demoportfolio openen.</source>
        <translation>Want to look around first? The See the demo button shows a filled-in example without changing your own portfolio. Later you also find it in the menu File &gt; Open demo portfolio.</translation>
    </message>
</context>
<context>
    <name>RulesModel</name>
    <message>
        <location filename="../../stageportfolio/ui/models/rules_model.py" line="52"/>
        <source>✓ voldaan</source>
        <translation>✓ met</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/models/rules_model.py" line="54"/>
        <source>✗ nog niet</source>
        <translation>✗ not yet</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/models/rules_model.py" line="55"/>
        <source>– niet beoordeeld</source>
        <translation>– not assessed</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/models/rules_model.py" line="58"/>
        <source>verplicht</source>
        <translation>required</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/models/rules_model.py" line="58"/>
        <source>advies</source>
        <translation>advice</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/models/rules_model.py" line="81"/>
        <source>{0} %</source>
        <translation>{0} %</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/models/rules_model.py" line="108"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/models/rules_model.py" line="109"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/models/rules_model.py" line="110"/>
        <source>Regel</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/models/rules_model.py" line="111"/>
        <source>Voortgang</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/models/rules_model.py" line="112"/>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
</context>
<context>
    <name>SignOffDialog</name>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="74"/>
        <source>Aftekenen door de mentor</source>
        <translation>Sign-off by the mentor</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="78"/>
        <source>De mentor kiest zijn of haar naam, vinkt aan waarmee hij of zij akkoord gaat en tekent af met de eigen wachtzin.</source>
        <translation>The mentor chooses their name, ticks what they agree with and signs with their own passphrase.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="85"/>
        <source>Mentor die aftekent</source>
        <translation>Mentor who signs</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="89"/>
        <source>&amp;Mentor</source>
        <translation>&amp;Mentor</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="98"/>
        <source>&amp;Alles aanvinken</source>
        <translation>Tick &amp;all</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="99"/>
        <source>Alle items aanvinken</source>
        <translation>Tick all items</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="112"/>
        <source>Eerste keer voor deze mentor</source>
        <translation>First time for this mentor</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="115"/>
        <source>Nieuwe mentorsleutel: kies een wachtzin (minstens {0} tekens) en herhaal ze.</source>
        <translation>New mentor key: choose a passphrase (at least {0} characters) and repeat it.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="121"/>
        <source>Nieuwe wachtzin</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="124"/>
        <source>Nieuwe wachtzin herhalen</source>
        <translation>Repeat the new passphrase</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="126"/>
        <source>&amp;Nieuwe wachtzin</source>
        <translation>&amp;New passphrase</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="128"/>
        <source>&amp;Herhaal de wachtzin</source>
        <translation>&amp;Repeat the passphrase</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="139"/>
        <source>Wachtzin van de mentor</source>
        <translation>Mentor&apos;s passphrase</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="140"/>
        <source>&amp;Wachtzin van de mentor</source>
        <translation>Mentor&apos;s &amp;passphrase</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="149"/>
        <source>De wachtzin verlaat dit venster nooit en wordt nergens bewaard. Zonder de wachtzin van de mentor kan de leerling niets aftekenen.</source>
        <translation>The passphrase never leaves this window and is not stored anywhere. Without the mentor&apos;s passphrase the student cannot sign anything.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="157"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="163"/>
        <source>Aftekenen</source>
        <translation>Sign</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="165"/>
        <source>Aftekenen met de wachtzin</source>
        <translation>Sign with the passphrase</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="167"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="215"/>
        <source>Akkoord – wat</source>
        <translation>Agreed – what</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="215"/>
        <source>Niveau of uren</source>
        <translation>Level or hours</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="215"/>
        <source>Opmerking</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="231"/>
        <source>Er is nog geen mentor. Voeg eerst een mentor toe bij Stageplaatsen.</source>
        <translation>There is no mentor yet. First add a mentor under Placements.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="234"/>
        <source>Niets meer af te tekenen voor deze mentor.</source>
        <translation>Nothing left to sign for this mentor.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="236"/>
        <source>1 item wacht op aftekening.</source>
        <translation>1 item is waiting for sign-off.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="238"/>
        <source>{0} items wachten op aftekening.</source>
        <translation>{0} items are waiting for sign-off.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="252"/>
        <source>Items om af te tekenen</source>
        <translation>Items to sign</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="261"/>
        <source>Akkoord: {0}</source>
        <translation>Agreed: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="266"/>
        <source>Reflectie: {0}</source>
        <translation>Reflection: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="274"/>
        <source>Niveau volgens de mentor: {0}</source>
        <translation>Mentor&apos;s level: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="281"/>
        <source>Voorgesteld door de leerling: {0}</source>
        <translation>Proposed by the student: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="285"/>
        <source>{0} uur</source>
        <translation>{0} hours</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="288"/>
        <source>opmerking (mag leeg blijven)</source>
        <translation>comment (may stay empty)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="289"/>
        <source>Opmerking bij {0}</source>
        <translation>Comment on {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="335"/>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="349"/>
        <source>⚠ Kies een wachtzin van minstens {0} tekens.</source>
        <translation>⚠ Choose a passphrase of at least {0} characters.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="340"/>
        <source>⚠ De twee wachtzinnen zijn niet gelijk.</source>
        <translation>⚠ The two passphrases are not the same.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="353"/>
        <source>⚠ De sleutel kon niet gemaakt worden: {0}</source>
        <translation>⚠ The key could not be made: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="355"/>
        <source>✓ Mentorsleutel gemaakt, vingerafdruk {0}.</source>
        <translation>✓ Mentor key made, fingerprint {0}.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="363"/>
        <source>⚠ Typ de wachtzin van de mentor.</source>
        <translation>⚠ Type the mentor&apos;s passphrase.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="370"/>
        <source>⚠ Vink minstens één item aan.</source>
        <translation>⚠ Tick at least one item.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="376"/>
        <source>✗ Verkeerde wachtzin. Er is niets afgetekend.</source>
        <translation>✗ Wrong passphrase. Nothing was signed.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="381"/>
        <source>✗ Aftekenen lukte niet: {0}</source>
        <translation>✗ Signing failed: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="384"/>
        <source>✓ 1 item afgetekend.</source>
        <translation>✓ 1 item signed.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="386"/>
        <source>✓ {0} items afgetekend.</source>
        <translation>✓ {0} items signed.</translation>
    </message>
</context>
<context>
    <name>SigningActions</name>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="185"/>
        <source>Aftekenen is in deze versie nog niet beschikbaar.</source>
        <translation>Sign-off is not available in this version yet.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="198"/>
        <source>Aftekenen door de mentor</source>
        <translation>Sign-off by the mentor</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="206"/>
        <source>Voeg eerst een mentor toe bij Stageplaatsen.</source>
        <translation>First add a mentor under Placements.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="227"/>
        <source>Alle mentors</source>
        <translation>All mentors</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="231"/>
        <source>Voor welke mentor is het verzoek?</source>
        <translation>Which mentor is the request for?</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="242"/>
        <source>Aftekenverzoek maken</source>
        <translation>Make sign-off request</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="254"/>
        <source>Aftekenverzoek (*.aftekenverzoek.json)</source>
        <translation>Sign-off request (*.aftekenverzoek.json)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="269"/>
        <source>Het aftekenverzoek staat in {0}. Bezorg dit bestand aan je mentor (bv. via e-mail of een USB-stick). De mentor opent het in Stageportfolio en stuurt een aftekening terug.</source>
        <translation>The sign-off request is saved in {0}. Give this file to your mentor (e.g. by e-mail or on a USB stick). The mentor opens it in Stageportfolio and sends back a sign-off.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="280"/>
        <source>Aftekening inlezen</source>
        <translation>Read sign-off</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="288"/>
        <source>Aftekening (*.aftekening.json);;JSON-bestanden (*.json)</source>
        <translation>Sign-off (*.aftekening.json);;JSON files (*.json)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="299"/>
        <source>1 aftekening toegevoegd.</source>
        <translation>1 sign-off added.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="301"/>
        <source>{0} aftekeningen toegevoegd.</source>
        <translation>{0} sign-offs added.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="306"/>
        <source>{0} stonden er al in en zijn overgeslagen.</source>
        <translation>{0} were already there and were skipped.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="310"/>
        <source>Niet toegevoegd ({0}):</source>
        <translation>Not added ({0}):</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="323"/>
        <source>Mentorkaarten inlezen</source>
        <translation>Read mentor cards</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="331"/>
        <source>Mentorkaarten (*.mentorkaart.json);;JSON-bestanden (*.json)</source>
        <translation>Mentor cards (*.mentorkaart.json);;JSON files (*.json)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="347"/>
        <source>1 mentorkaart ingelezen.</source>
        <translation>1 mentor card read.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="349"/>
        <source>{0} mentorkaarten ingelezen.</source>
        <translation>{0} mentor cards read.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="357"/>
        <source>Handtekeningen controleren</source>
        <translation>Check signatures</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="371"/>
        <source>&amp;Aftekenen</source>
        <translation>&amp;Sign-off</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="375"/>
        <source>Aftekenen door de &amp;mentor…</source>
        <translation>Sign-off by the &amp;mentor…</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="378"/>
        <source>&amp;Aftekenverzoek maken…</source>
        <translation>Make sign-off re&amp;quest…</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="379"/>
        <source>Aftekening &amp;inlezen…</source>
        <translation>&amp;Read sign-off…</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="382"/>
        <source>Handtekeningen &amp;controleren…</source>
        <translation>&amp;Check signatures…</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="386"/>
        <source>Mentor&amp;kaarten inlezen (school)…</source>
        <translation>Read mentor car&amp;ds (school)…</translation>
    </message>
</context>
<context>
    <name>VerificationDialog</name>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="135"/>
        <source>Handtekeningen controleren</source>
        <translation>Check signatures</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="138"/>
        <source>Er zijn nog geen handtekeningen in dit portfolio.</source>
        <translation>There are no signatures in this portfolio yet.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="140"/>
        <source>{0} geldig, {1} gewijzigd na aftekening, {2} ongeldig.</source>
        <translation>{0} valid, {1} changed after sign-off, {2} invalid.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="147"/>
        <source>Geverifieerd door de school: de sleutel van de mentor hoort bij een mentorkaart die de school heeft ingelezen.</source>
        <translation>Verified by the school: the mentor&apos;s key belongs to a mentor card the school has read.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="156"/>
        <source>Handtekeningen</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="164"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>VerificationModel</name>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="60"/>
        <source>✓ geldig</source>
        <translation>✓ valid</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="61"/>
        <source>⚠ gewijzigd na aftekening</source>
        <translation>⚠ changed after sign-off</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="62"/>
        <source>✗ ongeldig</source>
        <translation>✗ invalid</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="73"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="74"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="75"/>
        <source>Vingerafdruk</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="76"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="77"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="78"/>
        <source>Geverifieerd door de school</source>
        <translation>Verified by the school</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="86"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="88"/>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="100"/>
        <source>De handtekening klopt met het item zoals het nu is.</source>
        <translation>The signature matches the item as it is now.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="103"/>
        <source>De handtekening is echt, maar het item is na de aftekening gewijzigd of verwijderd.</source>
        <translation>The signature is genuine, but the item was changed or deleted after sign-off.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="108"/>
        <source>De handtekening klopt niet (vervalst of beschadigd).</source>
        <translation>The signature does not match (forged or damaged).</translation>
    </message>
</context>
<context>
    <name>YearPage</name>
    <message>
        <location filename="../../stageportfolio/ui/wizard.py" line="196"/>
        <location filename="../../stageportfolio/ui/wizard.py" line="199"/>
        <source>Schooljaar</source>
        <translation>School year</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/wizard.py" line="204"/>
        <source>&amp;Schooljaar (bv. 2026-2027):</source>
        <translation>&amp;School year (e.g. 2026-2027):</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/wizard.py" line="215"/>
        <source>Het jaar van je EVC-traject; je mag het leeg laten.</source>
        <translation>The year of your RPL route; you may leave it empty.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/wizard.py" line="217"/>
        <source>Klopt dit schooljaar? Druk dan op Enter om te starten.</source>
        <translation>Is this school year right? Then press Enter to start.</translation>
    </message>
</context>
<context>
    <name>section</name>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="73"/>
        <source>Bewijsstuk {0} beschrijven</source>
        <translation>Describe evidence {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/placements.py" line="58"/>
        <source>Stageplaats {0} verwijderen</source>
        <translation>Delete placement {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/placements.py" line="122"/>
        <source>Mentor {0} verwijderen</source>
        <translation>Delete mentor {0}</translation>
    </message>
</context>
<context>
    <name>self.section</name>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="87"/>
        <source>Het bewijsstuk kon niet bewaard worden: {0}</source>
        <translation>The evidence could not be saved: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="100"/>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="133"/>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="168"/>
        <source>Ongedaan maken lukte niet: {0}</source>
        <translation>Undo failed: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="112"/>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="176"/>
        <source>Opnieuw uitvoeren lukte niet: {0}</source>
        <translation>Redo failed: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="126"/>
        <source>Verwijderen lukte niet: {0}</source>
        <translation>Deleting failed: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/placements.py" line="72"/>
        <source>De stageplaats kon niet verwijderd worden: {0}</source>
        <translation>The placement could not be deleted: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/placements.py" line="82"/>
        <source>De stageplaats kon niet teruggezet worden: {0}</source>
        <translation>The placement could not be restored: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/placements.py" line="91"/>
        <source>De stageplaats is teruggezet, maar {0} uurregels konden er niet opnieuw aan gekoppeld worden. Koppel ze zelf in Uren.</source>
        <translation>The placement was restored, but {0} hour lines could not be linked to it again. Link them yourself in Hours.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/placements.py" line="143"/>
        <source>De mentor kon niet verwijderd worden: {0}</source>
        <translation>The mentor could not be deleted: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/placements.py" line="158"/>
        <source>De mentor kon niet teruggezet worden: {0}</source>
        <translation>The mentor could not be restored: {0}</translation>
    </message>
</context>
</TS>
