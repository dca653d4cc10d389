<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_BE">
<context>
    <name>ActivitiesModel</name>
    <message>
        <location filename="../../stageportfolio/ui/models/activities_model.py" line="82"/>
        <source>✗ niet akkoord</source>
        <translation>✗ not agreed</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/models/activities_model.py" line="84"/>
        <source>⚠ gewijzigd na aftekening</source>
        <translation>⚠ changed after sign-off</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/models/activities_model.py" line="86"/>
        <source>✗ telt niet (geen geldige handtekening)</source>
        <translation>✗ does not count (no valid signature)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/models/activities_model.py" line="90"/>
        <source>✓ niveau {0}</source>
        <translation>✓ level {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/models/activities_model.py" line="92"/>
        <source>✓ afgetekend</source>
        <translation>✓ signed off</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/models/activities_model.py" line="168"/>
        <source>{0}/{1} voorgesteld, {2} afgetekend</source>
        <translation>{0}/{1} proposed, {2} signed off</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/models/activities_model.py" line="416"/>
        <source>BK / competentie / activiteit</source>
        <translation>Qualification / competence / activity</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/models/activities_model.py" line="419"/>
        <source>Voorgesteld niveau</source>
        <translation>Proposed level</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/models/activities_model.py" line="420"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/models/activities_model.py" line="421"/>
        <source>Afgetekend</source>
        <translation>Signed off</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/models/activities_model.py" line="500"/>
        <source>wacht op mentor</source>
        <translation>waiting for the mentor</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/models/activities_model.py" line="502"/>
        <source> (eerder {0})</source>
        <translation> (earlier {0})</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/models/activities_model.py" line="506"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/models/activities_model.py" line="512"/>
        <source>Bron: {0}</source>
        <translation>Source: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/models/activities_model.py" line="515"/>
        <source>Reflectie: {0}</source>
        <translation>Reflection: {0}</translation>
    </message>
</context>
<context>
    <name>ActivitiesSection</name>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="110"/>
        <source>Toon activiteiten</source>
        <translation>Show activities</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="112"/>
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="112"/>
        <source>Alle activiteiten</source>
        <translation>All activities</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="113"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="113"/>
        <source>Nog geen voorstel</source>
        <translation>No proposal yet</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="114"/>
        <source>Voorgesteld</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="114"/>
        <source>Voorstel wacht op de mentor</source>
        <translation>Proposal waiting for the mentor</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="115"/>
        <source>Afgetekend</source>
        <translation>Signed off</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="115"/>
        <source>Door de mentor afgetekend</source>
        <translation>Signed off by the mentor</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="121"/>
        <source>&amp;Toon:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="125"/>
        <source>Zoeken in activiteiten en competenties</source>
        <translation>Search activities and competences</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="126"/>
        <source>bv. mondzorg, glycemie, hygiëne… (Ctrl+F)</source>
        <translation>e.g. oral care, blood sugar, hygiene… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="128"/>
        <source>&amp;Zoeken:</source>
        <translation>S&amp;earch:</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="140"/>
        <source>Voortgang</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="145"/>
        <source>Competenties en activiteiten</source>
        <translation>Competences and activities</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="166"/>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="364"/>
        <source>Niveau &amp;voorstellen…</source>
        <translation>&amp;Propose a level…</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="167"/>
        <source>Enter of dubbelklik op een activiteit</source>
        <translation>Enter or double-click an activity</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="168"/>
        <source>&amp;Nieuw voorstel…</source>
        <translation>&amp;New proposal…</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="171"/>
        <source>Een afgetekend voorstel blijft zoals het is; opnieuw geoefend? Stel opnieuw voor.</source>
        <translation>A signed-off proposal stays as it is; practised again? Make a new proposal.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="174"/>
        <source>Voorstel ve&amp;rwijderen</source>
        <translation>&amp;Delete proposal</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="175"/>
        <source>Delete; ongedaan maken met Ctrl+Z</source>
        <translation>Delete; undo with Ctrl+Z</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="187"/>
        <source>Details van de gekozen activiteit</source>
        <translation>Details of the chosen activity</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="225"/>
        <source>Activiteiten</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="243"/>
        <source>De activiteiten konden niet gelezen worden: {0}</source>
        <translation>The activities could not be read: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="265"/>
        <source>Alle BK&apos;s samen: {0}</source>
        <translation>All qualifications together: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="274"/>
        <source> · Geen activiteiten gevonden met deze filter.</source>
        <translation> · No activities found with this filter.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="415"/>
        <source>Kies een activiteit om ze hier te zien.</source>
        <translation>Choose an activity to see it here.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="425"/>
        <source>Competentie afgetekend</source>
        <translation>Competence signed off</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="434"/>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="562"/>
        <source>Competentie {0} ({1})</source>
        <translation>Competence {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="438"/>
        <source>Bron: {0}</source>
        <translation>Source: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="442"/>
        <source>Nog geen voorstel. Druk Enter om een niveau voor te stellen.</source>
        <translation>No proposal yet. Press Enter to propose a level.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="448"/>
        <source>Jouw voorstel:</source>
        <translation>Your proposal:</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="451"/>
        <source>niveau {0} – {1}, {2}</source>
        <translation>level {0} – {1}, {2}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="457"/>
        <source>(geen reflectie)</source>
        <translation>(no reflection)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="460"/>
        <source>Reflectie:</source>
        <translation>Reflection:</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="473"/>
        <source>Afgetekend door de mentor</source>
        <translation>Signed off by the mentor</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="477"/>
        <source>Mentor:</source>
        <translation>Mentor:</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="479"/>
        <source>nog niet afgetekend (wacht op mentor)</source>
        <translation>not signed off yet (waiting for the mentor)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="484"/>
        <source>Eerder voorstel afgetekend</source>
        <translation>Earlier proposal signed off</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="490"/>
        <source>niveau {0} – {1}</source>
        <translation>level {0} – {1}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="494"/>
        <source>zonder niveau</source>
        <translation>without a level</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="502"/>
        <source>door {0} op {1}</source>
        <translation>by {0} on {1}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="503"/>
        <source>(naam onbekend)</source>
        <translation>(name unknown)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="508"/>
        <source>Commentaar: {0}</source>
        <translation>Comment: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="589"/>
        <source>Kies een niveau.</source>
        <translation>Choose a level.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="613"/>
        <source>Dit voorstel is afgetekend door je mentor en kan niet verwijderd worden.</source>
        <translation>Your mentor has signed off this proposal, so it cannot be deleted.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="616"/>
        <source>Voorstel verwijderen: {0}</source>
        <translation>Delete proposal: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="639"/>
        <source>Het voorstel kon niet bewaard worden: {0}</source>
        <translation>The proposal could not be saved: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="642"/>
        <source>Het voorstel kon niet verwijderd worden: {0}</source>
        <translation>The proposal could not be deleted: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="469"/>
        <source>Niet akkoord: pas het voorstel aan en vraag opnieuw om aftekening</source>
        <translation>Not agreed: change the proposal and ask for a sign-off again</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="508"/>
        <source>Reden: {0}</source>
        <translation>Reason: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="511"/>
        <source>⚠ gewijzigd na aftekening: telt niet meer</source>
        <translation>⚠ changed after sign-off: no longer counts</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="513"/>
        <source>✗ geen geldige handtekening: telt niet</source>
        <translation>✗ no valid signature: does not count</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="518"/>
        <source>bevestigd zonder digitale handtekening: telt niet</source>
        <translation>confirmed without a digital signature: does not count</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/activities.py" line="362"/>
        <source>Voorstel be&amp;kijken…</source>
        <translation>Review pro&amp;posal…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../stageportfolio/ui/sections/activities.py" line="275"/>
        <source> · %n activiteit(en) getoond.</source>
        <translation>
            <numerusform> · %n activity shown.</numerusform>
            <numerusform> · %n activities shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/activity_dialog.py" line="74"/>
        <source>Voorstel bekijken</source>
        <translation>View proposal</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/activity_dialog.py" line="74"/>
        <source>Niveau voorstellen</source>
        <translation>Propose a level</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/activity_dialog.py" line="86"/>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/activity_dialog.py" line="92"/>
        <source>&amp;{0} – {1}</source>
        <translation>&amp;{0} – {1}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/activity_dialog.py" line="93"/>
        <source>Niveau {0}: {1}</source>
        <translation>Level {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/activity_dialog.py" line="104"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/activity_dialog.py" line="114"/>
        <source>Reflectie</source>
        <translation>Reflection</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/activity_dialog.py" line="116"/>
        <source>Wat deed je, wat ging goed, wat wil je nog oefenen? Noem geen namen.</source>
        <translation>What did you do, what went well, what do you still want to practise? Do not mention names.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/activity_dialog.py" line="124"/>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/activity_dialog.py" line="126"/>
        <source>&amp;Reflectie:</source>
        <translation>&amp;Reflection:</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/activity_dialog.py" line="133"/>
        <source>Je mentor heeft dit voorstel afgetekend: het kan niet meer veranderen. Oefende je opnieuw? Maak een nieuw voorstel.</source>
        <translation>Your mentor has signed off this proposal: it can no longer change. Did you practise again? Make a new proposal.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/activity_dialog.py" line="141"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/activity_dialog.py" line="143"/>
        <source>Opslaan (Ctrl+Enter)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/activity_dialog.py" line="144"/>
        <source>&amp;Nieuw voorstel</source>
        <translation>&amp;New proposal</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/activity_dialog.py" line="182"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/activity_dialog.py" line="182"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/activity_dialog.py" line="194"/>
        <source>Nieuw voorstel</source>
        <translation>New proposal</translation>
    </message>
</context>
<context>
    <name>AddListDialog</name>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/add_list_dialog.py" line="47"/>
        <source>Lijst toevoegen: {0}</source>
        <translation>Add list: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/add_list_dialog.py" line="57"/>
        <source>Fouten in het lijstbestand</source>
        <translation>Problems in the list file</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/add_list_dialog.py" line="63"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/add_list_dialog.py" line="64"/>
        <source>&amp;Toevoegen</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/add_list_dialog.py" line="102"/>
        <source>Verbeter het bestand en kies het opnieuw; er is niets toegevoegd.</source>
        <translation>Correct the file and choose it again; nothing was added.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/add_list_dialog.py" line="114"/>
        <source>BK-bestand {0} {1}: {2} competenties.</source>
        <translation>BK file {0} {1}: {2} competences.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/add_list_dialog.py" line="124"/>
        <source>Lijst {0} (versie {1}): {2} BK&apos;s, {3} competenties, {4} regels.</source>
        <translation>List {0} (version {1}): {2} BKs, {3} competences, {4} rules.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/add_list_dialog.py" line="128"/>
        <source>Deze lijst staat er al ({0}); er is niets te doen.</source>
        <translation>This list is there already ({0}); there is nothing to do.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/add_list_dialog.py" line="132"/>
        <source>Het bestand is in orde.</source>
        <translation>The file is valid.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/add_list_dialog.py" line="148"/>
        <source>De lijst is niet toegevoegd: {0}</source>
        <translation>The list was not added: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../stageportfolio/ui/dialogs/add_list_dialog.py" line="97"/>
        <source>{0} kan niet toegevoegd worden: %n probleem/problemen.</source>
        <translation>
            <numerusform>{0} cannot be added: %n problem.</numerusform>
            <numerusform>{0} cannot be added: %n problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../stageportfolio/app.py" line="183"/>
        <source>Er ging iets onverwachts mis: {0}

Wat je bewaard had, is bewaard. Probeer het opnieuw; lukt het niet, herstart de app.</source>
        <translation>Something unexpected went wrong: {0}

What you had saved is saved. Try again; if it keeps failing, restart the app.</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/csv_import_dialog.py" line="63"/>
        <source>Uren importeren: {0}</source>
        <translation>Import hours: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/csv_import_dialog.py" line="82"/>
        <source>Voorbeeld van de te importeren uren</source>
        <translation>Preview of the hours to import</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/csv_import_dialog.py" line="95"/>
        <source>Problemen: er wordt niets geïmporteerd</source>
        <translation>Problems: nothing will be imported</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/csv_import_dialog.py" line="101"/>
        <source>Problemen per regel</source>
        <translation>Problems per line</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/csv_import_dialog.py" line="105"/>
        <source>Let op (importeren kan wel):</source>
        <translation>Note (importing is still possible):</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/csv_import_dialog.py" line="107"/>
        <source>Waarschuwingen per regel</source>
        <translation>Warnings per line</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/csv_import_dialog.py" line="127"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/csv_import_dialog.py" line="129"/>
        <source>&amp;Importeren</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/csv_import_dialog.py" line="308"/>
        <source>Dit bestand kan niet geïmporteerd worden: {0}. Verbeter het bestand en importeer het opnieuw.</source>
        <translation>This file cannot be imported: {0}. Correct the file and import it again.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/csv_import_dialog.py" line="313"/>
        <source>Alle regels van dit bestand staan al in je uren.</source>
        <translation>All lines of this file are already in your hours.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/csv_import_dialog.py" line="280"/>
        <location filename="../../stageportfolio/ui/dialogs/csv_import_dialog.py" line="289"/>
        <source>regel {0}: {1}</source>
        <translation>line {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/csv_import_dialog.py" line="113"/>
        <source>Welke context bedoel je?</source>
        <translation>Which context do you mean?</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/csv_import_dialog.py" line="231"/>
        <source>— kies —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/csv_import_dialog.py" line="234"/>
        <source>Context voor ‘{0}’</source>
        <translation>Context for ‘{0}’</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/csv_import_dialog.py" line="199"/>
        <location filename="../../stageportfolio/ui/dialogs/csv_import_dialog.py" line="237"/>
        <source>‘{0}’ ({1}):</source>
        <translation>‘{0}’ ({1}):</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/csv_import_dialog.py" line="270"/>
        <source>{0}: onbekende stageplaats ‘{1}’; gekende stageplaatsen: {2}. Voeg ze eerst toe of verbeter het bestand.</source>
        <translation>{0}: unknown placement ‘{1}’; known placements: {2}. Add it first or correct the file.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/csv_import_dialog.py" line="275"/>
        <source>{0}: onbekende stageplaats ‘{1}’: er zijn nog geen stageplaatsen ingevoerd. Voeg ze eerst toe of laat de kolom leeg.</source>
        <translation>{0}: unknown placement ‘{1}’: no placements have been entered yet. Add them first or leave the column empty.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/csv_import_dialog.py" line="285"/>
        <source>regel {0}: staat al in je uren (overgeslagen)</source>
        <translation>line {0}: already in your hours (skipped)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/csv_import_dialog.py" line="121"/>
        <source>Stageplaatsen die nog niet in je portfolio staan</source>
        <translation>Placements that are not in your portfolio yet</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/csv_import_dialog.py" line="179"/>
        <source>Nieuwe stageplaats maken</source>
        <translation>Create a new placement</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/csv_import_dialog.py" line="181"/>
        <source>Bij ‘{0}’ zetten</source>
        <translation>Put with ‘{0}’</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/csv_import_dialog.py" line="182"/>
        <source>Importeren zonder stageplaats</source>
        <translation>Import without a placement</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/csv_import_dialog.py" line="183"/>
        <source>Deze regels niet importeren</source>
        <translation>Do not import these rows</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/csv_import_dialog.py" line="186"/>
        <source>Wat met stageplaats ‘{0}’</source>
        <translation>What to do with placement ‘{0}’</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/csv_import_dialog.py" line="188"/>
        <source>{0} tot {1}, {2}; mentor: {3}</source>
        <translation>{0} to {1}, {2}; mentor: {3}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/csv_import_dialog.py" line="194"/>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message numerus="yes">
        <location filename="../../stageportfolio/ui/dialogs/csv_import_dialog.py" line="305"/>
        <source>%n probleem/problemen</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../stageportfolio/ui/dialogs/csv_import_dialog.py" line="317"/>
        <source>%n regel(s), samen {0} uur, wordt/worden toegevoegd.</source>
        <translation>
            <numerusform>%n line, {0} hours, will be added.</numerusform>
            <numerusform>%n lines, {0} hours together, will be added.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DayEdit</name>
    <message>
        <location filename="../../stageportfolio/ui/widgets/dayedit.py" line="145"/>
        <source>d/m/jjjj</source>
        <translation>d/m/yyyy</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/widgets/dayedit.py" line="147"/>
        <source>Typ dag/maand/jaar, bv. 20/11/2026 of 20-11. Alt+↓ of F4 opent de kalender.</source>
        <translation>Type day/month/year, e.g. 20/11/2026 or 20-11. Alt+↓ or F4 opens the calendar.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/widgets/dayedit.py" line="153"/>
        <source>Kalender (Alt+↓)</source>
        <translation>Calendar (Alt+↓)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/widgets/dayedit.py" line="189"/>
        <source>Vul een datum in als dag/maand/jaar, bv. {0}.</source>
        <translation>Fill in a date as day/month/year, e.g. {0}.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/widgets/dayedit.py" line="191"/>
        <source>“{0}” is geen datum: typ dag/maand/jaar, bv. {1}.</source>
        <translation>“{0}” is not a date: type day/month/year, e.g. {1}.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/widgets/dayedit.py" line="195"/>
        <source>“{0}” bestaat niet: een jaar heeft 12 maanden.</source>
        <translation>“{0}” does not exist: a year has 12 months.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/widgets/dayedit.py" line="197"/>
        <source>“{0}” bestaat niet: die maand heeft {1} dagen.</source>
        <translation>“{0}” does not exist: that month has {1} days.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/widgets/dayedit.py" line="202"/>
        <source>{0} ligt vóór {1}: kies een datum vanaf {1}.</source>
        <translation>{0} is before {1}: choose a date from {1} on.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/widgets/dayedit.py" line="206"/>
        <source>{0} ligt na {1}: kies een datum tot en met {1}.</source>
        <translation>{0} is after {1}: choose a date up to and including {1}.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/widgets/dayedit.py" line="299"/>
        <source>Kalender</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/widgets/dayedit.py" line="154"/>
        <location filename="../../stageportfolio/ui/widgets/dayedit.py" line="156"/>
        <source>Kalender openen</source>
        <translation>Open the calendar</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/evidence_dialog.py" line="59"/>
        <source>Bewijsstuk beschrijven</source>
        <translation>Describe evidence</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/evidence_dialog.py" line="59"/>
        <source>Bewijsstuk toevoegen</source>
        <translation>Add evidence</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/evidence_dialog.py" line="61"/>
        <source>Bestand: {0}</source>
        <translation>File: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/evidence_dialog.py" line="63"/>
        <source>({0} van {1})</source>
        <translation>({0} of {1})</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/evidence_dialog.py" line="70"/>
        <source>Beschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/evidence_dialog.py" line="72"/>
        <source>Wat toont dit stuk? bv. Attest van de opleiding tiltechnieken, 2024</source>
        <translation>What does this document show? e.g. Certificate of the lifting techniques course, 2024</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/evidence_dialog.py" line="78"/>
        <source>&amp;Beschrijving</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/evidence_dialog.py" line="87"/>
        <source>Competenties filteren</source>
        <translation>Filter competences</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/evidence_dialog.py" line="88"/>
        <source>Zoek een competentie: nummer (C11) of woord</source>
        <translation>Find a competence: number (C11) or word</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/evidence_dialog.py" line="90"/>
        <source>Koppel aan &amp;competenties:</source>
        <translation>Link to &amp;competences:</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/evidence_dialog.py" line="95"/>
        <source>Competenties om aan te vinken</source>
        <translation>Competences to tick</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/evidence_dialog.py" line="122"/>
        <source>Aantal gekoppelde competenties</source>
        <translation>Number of linked competences</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/evidence_dialog.py" line="153"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/evidence_dialog.py" line="155"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/evidence_dialog.py" line="155"/>
        <source>Niet toevoegen</source>
        <translation>Do not add</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/evidence_dialog.py" line="126"/>
        <source>Attesten om aan te vinken</source>
        <translation>Attestations to tick</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/evidence_dialog.py" line="144"/>
        <source>Is dit bestand een van deze &amp;attesten?</source>
        <translation>Is this file one of these &amp;attestations?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../stageportfolio/ui/dialogs/evidence_dialog.py" line="210"/>
        <source>%n competentie(s)</source>
        <translation>
            <numerusform>%n competence</numerusform>
            <numerusform>%n competences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../stageportfolio/ui/dialogs/evidence_dialog.py" line="212"/>
        <source>{0} en %n attest(en) aangevinkt</source>
        <translation>
            <numerusform>{0} and %n attestation ticked</numerusform>
            <numerusform>{0} and %n attestations ticked</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/evidence_dialog.py" line="214"/>
        <source>{0} aangevinkt</source>
        <translation>{0} ticked</translation>
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
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="154"/>
        <source>Toon wat je al kunt</source>
        <translation>Show what you can already do</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="164"/>
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
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="187"/>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="188"/>
        <source>Bestand toevoegen</source>
        <translation>Add file</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="203"/>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="344"/>
        <source>Bewijsstukken</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="219"/>
        <source>Bestand &amp;toevoegen…</source>
        <translation>&amp;Add file…</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="221"/>
        <source>&amp;Openen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="222"/>
        <source>Ctrl+N; je kunt bestanden ook hierheen slepen</source>
        <translation>Ctrl+N; you can also drag files here</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="223"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="224"/>
        <source>Openen met het standaardprogramma (Ctrl+O)</source>
        <translation>Open with the default program (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="231"/>
        <source>Sleep bestanden hierheen om ze toe te voegen.</source>
        <translation>Drag files here to add them.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="249"/>
        <source>Welke competenties hebben bewijs?</source>
        <translation>Which competences have evidence?</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="252"/>
        <source>Samenvatting van het bewijs</source>
        <translation>Summary of the evidence</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="254"/>
        <source>Competentie</source>
        <translation>Competence</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="254"/>
        <source>Bewijs</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="254"/>
        <source>Bewijs per competentie</source>
        <translation>Evidence per competence</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="256"/>
        <source>Bewijs toevoegen voor deze &amp;competentie…</source>
        <translation>Add evidence for this &amp;competence…</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="260"/>
        <source>Kies een competentie en druk Enter of dubbelklik om er bewijs voor toe te voegen.</source>
        <translation>Choose a competence and press Enter or double-click to add evidence for it.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="352"/>
        <source>De bewijsstukken konden niet gelezen worden: {0}</source>
        <translation>The evidence could not be read: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="406"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="408"/>
        <source>afbeelding</source>
        <translation>image</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="410"/>
        <source>tekstdocument</source>
        <translation>text document</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="412"/>
        <source>rekenblad</source>
        <translation>spreadsheet</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="414"/>
        <source>tekst</source>
        <translation>text</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="416"/>
        <source>video</source>
        <translation>video</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="418"/>
        <source>geluid</source>
        <translation>audio</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="420"/>
        <source>bestand</source>
        <translation>file</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="525"/>
        <source>✗ nog geen bewijs</source>
        <translation>✗ no evidence yet</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="471"/>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="532"/>
        <source>Dubbelklik of Enter: nog een bestand toevoegen</source>
        <translation>Double-click or Enter: add another file</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="534"/>
        <source>Dubbelklik of Enter: een bestand toevoegen voor deze competentie</source>
        <translation>Double-click or Enter: add a file for this competence</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="543"/>
        <source>{0} {1}: {2} van {3}</source>
        <translation>{0} {1}: {2} of {3}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="546"/>
        <source>{0} van {1} competenties hebben bewijs</source>
        <translation>{0} of {1} competences have evidence</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="575"/>
        <source>Bewijsstukken kiezen</source>
        <translation>Choose evidence</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="578"/>
        <source>Documenten en foto&apos;s (*.pdf *.jpg *.jpeg *.png *.heic *.doc *.docx *.odt *.txt);;Alle bestanden (*)</source>
        <translation>Documents and photos (*.pdf *.jpg *.jpeg *.png *.heic *.doc *.docx *.odt *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="618"/>
        <source>{0} kon niet toegevoegd worden: {1}</source>
        <translation>{0} could not be added: {1}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="632"/>
        <source>Bewijs kiezen voor {0} {1}</source>
        <translation>Choose evidence for {0} {1}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="700"/>
        <source>Er is geen programma gevonden om {0} te openen.</source>
        <translation>No program was found to open {0}.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="271"/>
        <source>Welke attesten heb je al?</source>
        <translation>Which attestations do you have already?</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="274"/>
        <source>Naast de competenties vraagt de beroepskwalificatie deze attesten. Voeg een scan of foto van elk attest toe.</source>
        <translation>Besides the competences, the professional qualification asks for these attestations. Add a scan or photo of each attestation.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="281"/>
        <source>Samenvatting van de attesten</source>
        <translation>Summary of the attestations</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="283"/>
        <source>Attest</source>
        <translation>Attestation</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="283"/>
        <source>Bewijsstuk</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="283"/>
        <source>Attesten met hun bewijsstuk</source>
        <translation>Attestations with their evidence</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="441"/>
        <source>attest: {0}</source>
        <translation>attestation: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="458"/>
        <source>✗ nog geen bewijsstuk</source>
        <translation>✗ no evidence yet</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="467"/>
        <source>Gevraagd door: {0}</source>
        <translation>Asked by: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="473"/>
        <source>Dubbelklik of Enter: een bestand toevoegen voor dit attest</source>
        <translation>Double-click or Enter: add a file for this attestation</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="484"/>
        <source>{0} van {1} attesten hebben een bewijsstuk</source>
        <translation>{0} of {1} attestations have evidence</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="495"/>
        <source>Bewijsstuk kiezen voor het attest {0}</source>
        <translation>Choose evidence for the attestation {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="403"/>
        <source>⚠ niet te openen ({0})</source>
        <translation>⚠ not opened ({0})</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="286"/>
        <source>Bewijsstuk voor dit attest toe&amp;voegen…</source>
        <translation>Add evidence for this certi&amp;ficate…</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="154"/>
        <source>Bewaar de documenten van je stage</source>
        <translation>Keep the documents of your placement</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="176"/>
        <source>Hier bewaar je de documenten van je stage. Bijvoorbeeld:
• de attesten die je opleiding vraagt, zoals een attest levensreddend handelen of een uittreksel uit het strafregister
• je stagecontract of een verslag van je mentor
• een foto van iets wat je maakte (zonder cliënten of bewoners in beeld)

Voeg een bestand toe, schrijf kort wat het is en vink aan bij welk attest of welke competentie het hoort. Je kunt bestanden ook naar dit venster slepen.</source>
        <translation>This is where you keep the documents of your placement. For example:
• the certificates your course asks for, such as a life-saving first aid certificate or an extract from the criminal record
• your placement contract or a report from your mentor
• a photo of something you made (with no clients or residents in the picture)

Add a file, write briefly what it is and tick which certificate or competence it belongs to. You can also drag files onto this window.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="220"/>
        <source>Beschrijven en &amp;koppelen…</source>
        <translation>Describe and &amp;link…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="523"/>
        <source>✓ %n bewijsstuk(ken)</source>
        <translation>
            <numerusform>✓ %n piece of evidence</numerusform>
            <numerusform>✓ %n pieces of evidence</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstStartWizard</name>
    <message>
        <location filename="../../stageportfolio/ui/wizard.py" line="330"/>
        <location filename="../../stageportfolio/ui/wizard.py" line="416"/>
        <source>Nieuw portfolio</source>
        <translation>New portfolio</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/wizard.py" line="341"/>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/wizard.py" line="347"/>
        <source>&amp;Demo bekijken</source>
        <translation>See the &amp;demo</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/wizard.py" line="417"/>
        <source>Het portfolio kon niet aangemaakt worden: {0}</source>
        <translation>The portfolio could not be created: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/wizard.py" line="350"/>
        <source>Portfolio &amp;herstellen…</source>
        <translation>&amp;Restore a portfolio…</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/wizard.py" line="375"/>
        <source>Portfolio herstellen</source>
        <translation>Restore a portfolio</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/wizard.py" line="377"/>
        <source>Portfolio (*.stageportfolio *.zip *.pdf);;Alle bestanden (*)</source>
        <translation>Portfolio (*.stageportfolio *.zip *.pdf);;All files (*)</translation>
    </message>
</context>
<context>
    <name>HourDialog</name>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/hour_dialog.py" line="74"/>
        <source>Uren bewerken</source>
        <translation>Edit hours</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/hour_dialog.py" line="74"/>
        <source>Uren toevoegen</source>
        <translation>Add hours</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/hour_dialog.py" line="77"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/hour_dialog.py" line="81"/>
        <source>Stageplaats</source>
        <translation>Placement</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/hour_dialog.py" line="82"/>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/hour_dialog.py" line="89"/>
        <source>Context</source>
        <translation>Setting</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/hour_dialog.py" line="109"/>
        <source>Uren</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/hour_dialog.py" line="110"/>
        <source>bv. 7,5 of 7:30</source>
        <translation>e.g. 7.5 or 7:30</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/hour_dialog.py" line="112"/>
        <source>Opmerking</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/hour_dialog.py" line="113"/>
        <source>optioneel, zonder namen van cliënten</source>
        <translation>optional, without client names</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/hour_dialog.py" line="128"/>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/hour_dialog.py" line="129"/>
        <source>&amp;Stageplaats:</source>
        <translation>&amp;Placement:</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/hour_dialog.py" line="130"/>
        <source>&amp;Context:</source>
        <translation>&amp;Setting:</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/hour_dialog.py" line="131"/>
        <source>&amp;Uren:</source>
        <translation>&amp;Hours:</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/hour_dialog.py" line="132"/>
        <source>&amp;Opmerking:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/hour_dialog.py" line="158"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/hour_dialog.py" line="161"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/hour_dialog.py" line="325"/>
        <source>Vul het aantal uren in, bv. 7,5 of 7:30.</source>
        <translation>Enter the number of hours, e.g. 7.5 or 7:30.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/hour_dialog.py" line="326"/>
        <source>Minuten gaan van 0 tot 59, bv. 7:30.</source>
        <translation>Minutes go from 0 to 59, e.g. 7:30.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/hour_dialog.py" line="327"/>
        <location filename="../../stageportfolio/ui/dialogs/hour_dialog.py" line="328"/>
        <source>Uren moeten meer dan 0 zijn.</source>
        <translation>Hours must be more than 0.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/hour_dialog.py" line="329"/>
        <source>Typ de uren als 7,5 of 7:30.</source>
        <translation>Type the hours as 7.5 or 7:30.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/hour_dialog.py" line="373"/>
        <source>= {0} uur {1} min</source>
        <translation>= {0} h {1} min</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/hour_dialog.py" line="382"/>
        <source>Fout: {0}</source>
        <translation>Error: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/hour_dialog.py" line="382"/>
        <source>Let op: {0}</source>
        <translation>Note: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/hour_dialog.py" line="96"/>
        <source>kies of typ de setting</source>
        <translation>choose or type the setting</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/hour_dialog.py" line="280"/>
        <source>‘{0}’ kan meer dan één context zijn: kies {1}.</source>
        <translation>‘{0}’ can be more than one context: choose {1}.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/hour_dialog.py" line="286"/>
        <source>Kies een context.</source>
        <translation>Choose a context.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/hour_dialog.py" line="289"/>
        <source>Onbekende context ‘{0}’: kies er een uit de lijst.</source>
        <translation>Unknown context ‘{0}’: choose one from the list.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/hour_dialog.py" line="295"/>
        <source>Telt mee als {0}.</source>
        <translation>Counts as {0}.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/hour_dialog.py" line="214"/>
        <source>{0} uur gelogd</source>
        <translation>{0} hours logged</translation>
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
        <location filename="../../stageportfolio/ui/models/hours_model.py" line="85"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/models/hours_model.py" line="86"/>
        <source>Context</source>
        <translation>Setting</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/models/hours_model.py" line="87"/>
        <source>Uren</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/models/hours_model.py" line="88"/>
        <source>Stageplaats</source>
        <translation>Placement</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/models/hours_model.py" line="89"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/models/hours_model.py" line="90"/>
        <source>Opmerking</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/models/hours_model.py" line="91"/>
        <source>Aftekening</source>
        <translation>Sign-off</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/models/hours_model.py" line="179"/>
        <source>{0} uur en {1} minuten</source>
        <translation>{0} hours and {1} minutes</translation>
    </message>
</context>
<context>
    <name>HoursSection</name>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="216"/>
        <source>januari</source>
        <translation>January</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="217"/>
        <source>februari</source>
        <translation>February</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="218"/>
        <source>maart</source>
        <translation>March</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="219"/>
        <source>april</source>
        <translation>April</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="220"/>
        <source>mei</source>
        <translation>May</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="221"/>
        <source>juni</source>
        <translation>June</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="222"/>
        <source>juli</source>
        <translation>July</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="223"/>
        <source>augustus</source>
        <translation>August</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="224"/>
        <source>september</source>
        <translation>September</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="225"/>
        <source>oktober</source>
        <translation>October</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="226"/>
        <source>november</source>
        <translation>November</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="227"/>
        <source>december</source>
        <translation>December</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="232"/>
        <source>Filter op stageplaats</source>
        <translation>Filter by placement</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="234"/>
        <source>Filter op maand</source>
        <translation>Filter by month</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="235"/>
        <source>&amp;Stageplaats:</source>
        <translation>&amp;Placement:</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="237"/>
        <source>&amp;Maand:</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="241"/>
        <source>Uren &amp;toevoegen</source>
        <translation>&amp;Add hours</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="242"/>
        <source>Nieuwe uren invoeren (Ctrl+N)</source>
        <translation>Enter new hours (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="244"/>
        <source>De gekozen regel aanpassen (Enter)</source>
        <translation>Change the chosen line (Enter)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="245"/>
        <source>&amp;Verwijderen</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="247"/>
        <source>De gekozen regels verwijderen (Delete); Ctrl+Z zet ze terug</source>
        <translation>Delete the chosen lines (Delete); Ctrl+Z puts them back</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="258"/>
        <source>Uren uit een CSV-bestand (bv. uit Excel) inlezen</source>
        <translation>Read hours from a CSV file (e.g. from Excel)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="259"/>
        <source>E&amp;xporteren…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="260"/>
        <source>Alle uren als CSV-bestand bewaren (voor Excel)</source>
        <translation>Save all hours as a CSV file (for Excel)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="268"/>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="387"/>
        <source>Uren</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="288"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="293"/>
        <source>Bewerken</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="320"/>
        <source>Totalen van het hele portfolio</source>
        <translation>Totals of the whole portfolio</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="393"/>
        <source>{0} {1}</source>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="398"/>
        <source>{0} uur</source>
        <translation>{0} hours</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="399"/>
        <source>{0} u {1} min</source>
        <translation>{0} h {1} min</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="419"/>
        <source>alle stageplaatsen</source>
        <translation>all placements</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="424"/>
        <source>alle maanden</source>
        <translation>all months</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="489"/>
        <source>Geen uren voor deze filter.</source>
        <translation>No hours for this filter.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="492"/>
        <source>Nog geen uren. Klik op ‘Uren toevoegen’ of druk op Ctrl+N.</source>
        <translation>No hours yet. Click ‘Add hours’ or press Ctrl+N.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="520"/>
        <source>✗ ongeldige handtekening</source>
        <translation>✗ invalid signature</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="569"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="581"/>
        <source>Totaal: {0}; telt mee voor de regels: {1} van {2}</source>
        <translation>Total: {0}; counts for the rules: {1} of {2}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="585"/>
        <source>Totaal: {0}</source>
        <translation>Total: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="693"/>
        <source>De uren zijn niet bewaard: {0}</source>
        <translation>The hours were not saved: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="695"/>
        <source>Uren toevoegen ({0}, {1} uur)</source>
        <translation>Add hours ({0}, {1} hours)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="700"/>
        <source>Bewaard. De nieuwe uren vallen buiten de gekozen filter.</source>
        <translation>Saved. The new hours fall outside the chosen filter.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="731"/>
        <source>De wijziging is niet bewaard: {0}</source>
        <translation>The change was not saved: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="735"/>
        <source>Uren bewerken</source>
        <translation>Edit hours</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="841"/>
        <source>Uren verwijderen ({0} regels)</source>
        <translation>Delete hours ({0} rows)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="881"/>
        <source>Importeren gestopt: {0}
Er is niets geïmporteerd.</source>
        <translation>Import stopped: {0}
Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="888"/>
        <source>Niets geïmporteerd: alle regels stonden er al.</source>
        <translation>Nothing imported: all rows were already there.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="854"/>
        <source>Uren importeren</source>
        <translation>Import hours</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="864"/>
        <source>Kan {0} niet lezen: {1}</source>
        <translation>Cannot read {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="890"/>
        <source>{0} uurregels importeren</source>
        <translation>Import {0} hour lines</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="893"/>
        <source>{0} regels geïmporteerd. Ctrl+Z (Ongedaan maken) haalt ze weg.</source>
        <translation>{0} lines imported. Ctrl+Z (Undo) removes them.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="901"/>
        <source>uren.csv</source>
        <translation>hours.csv</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="904"/>
        <source>Uren exporteren</source>
        <translation>Export hours</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="906"/>
        <source>CSV-bestanden (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="925"/>
        <source>Kan {0} niet bewaren: {1}</source>
        <translation>Cannot save {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="927"/>
        <source>{0} regels bewaard in {1}.</source>
        <translation>{0} lines saved in {1}.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="510"/>
        <source>{0} (naam niet bevestigd)</source>
        <translation>{0} (name not confirmed)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="512"/>
        <source>✗ niet akkoord ({0}): {1}</source>
        <translation>✗ not agreed ({0}): {1}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="514"/>
        <source>✓ ondertekend door {0}</source>
        <translation>✓ signed by {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="516"/>
        <source>⚠ gewijzigd na aftekening: telt niet als bevestigd</source>
        <translation>⚠ changed after sign-off: not counted as confirmed</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="518"/>
        <source>✗ zonder handtekening: telt niet</source>
        <translation>✗ without a signature: does not count</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="522"/>
        <source>mentorkaart ondertekend door schoolsleutel {0}</source>
        <translation>mentor card signed by school key {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="526"/>
        <source>niet bevestigd door een school</source>
        <translation>not confirmed by a school</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="528"/>
        <source>Mentor {0}, sleutel {1}, code {2}; {3}</source>
        <translation>Mentor {0}, key {1}, code {2}; {3}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="813"/>
        <source>Deze uren zijn afgetekend door {0}. Als je ze verwijdert, verdwijnt de aftekening mee. Toch verwijderen?</source>
        <translation>These hours were signed off by {0}. Deleting them deletes the sign-off too. Delete anyway?</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="818"/>
        <source>Deze uren zijn afgetekend door {0}. Na de wijziging tellen ze niet meer als bevestigd: er is een nieuwe aftekening nodig. Toch wijzigen?</source>
        <translation>These hours were signed off by {0}. After the change they no longer count as confirmed: a new sign-off is needed. Change anyway?</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="823"/>
        <source>Afgetekende uren</source>
        <translation>Signed-off hours</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="742"/>
        <source>Kies eerst één regel om te kopiëren (Ctrl+D).</source>
        <translation>First choose one row to copy (Ctrl+D).</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="749"/>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="752"/>
        <source>Niet gekopieerd: {0}</source>
        <translation>Not copied: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="756"/>
        <source>Uren kopiëren naar {0}</source>
        <translation>Copy hours to {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="759"/>
        <source>Gekopieerd naar {0}. Ctrl+Z (Ongedaan maken) haalt de kopie weg.</source>
        <translation>Copied to {0}. Ctrl+Z (Undo) removes the copy.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="793"/>
        <source>De week is niet bewaard:
{0}</source>
        <translation>The week was not saved:
{0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="796"/>
        <source>De week is niet bewaard: {0}</source>
        <translation>The week was not saved: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="800"/>
        <source>Week invullen ({0} dagen)</source>
        <translation>Fill in week ({0} days)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="803"/>
        <source>{0} dagen bewaard, samen {1}. Ctrl+Z (Ongedaan maken) haalt ze weg.</source>
        <translation>{0} days saved, {1} in all. Ctrl+Z (Undo) removes them.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="856"/>
        <source>Uren uit Excel of CSV (*.xlsx *.csv *.txt);;Alle bestanden (*)</source>
        <translation>Hours from Excel or CSV (*.xlsx *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="243"/>
        <source>&amp;Wijzigen</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="249"/>
        <source>&amp;Kopiëren naar volgende dag</source>
        <translation>&amp;Copy to next day</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="251"/>
        <source>Dezelfde uren nog eens, op de volgende stagedag (Ctrl+D)</source>
        <translation>The same hours once more, on the next placement day (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="253"/>
        <source>Week &amp;invullen…</source>
        <translation>Fill in &amp;week…</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="255"/>
        <source>Een hele week invullen volgens het rooster van je stageplaats (Ctrl+Shift+N)</source>
        <translation>Fill in a whole week from your placement&apos;s schedule (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="257"/>
        <source>Im&amp;porteren…</source>
        <translation>Im&amp;port…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../stageportfolio/ui/sections/hours.py" line="844"/>
        <source>%n regel(s) verwijderd. Ctrl+Z (Ongedaan maken) zet ze terug.</source>
        <translation>
            <numerusform>%n line deleted. Ctrl+Z (Undo) puts it back.</numerusform>
            <numerusform>%n lines deleted. Ctrl+Z (Undo) puts them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HowToDialog</name>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/howto_dialog.py" line="29"/>
        <source>Hoe werkt het?</source>
        <translation>How does it work?</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/howto_dialog.py" line="31"/>
        <source>Uitleg</source>
        <translation>How-to</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/howto_dialog.py" line="34"/>
        <source>&amp;Uren</source>
        <translation>&amp;Hours</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/howto_dialog.py" line="35"/>
        <source>&amp;Activiteiten</source>
        <translation>&amp;Activities</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/howto_dialog.py" line="36"/>
        <source>Af&amp;tekenen</source>
        <translation>&amp;Sign-off</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/howto_dialog.py" line="46"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/howto_dialog.py" line="63"/>
        <source>Je stage-uren bijhouden, in een paar toetsen.</source>
        <translation>Keeping track of your placement hours, in a few keys.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/howto_dialog.py" line="66"/>
        <source>Vul eerst bij Stageplaatsen je stageplaats in, met je rooster: op welke dagen je er bent en hoeveel uur een gewone dag duurt.</source>
        <translation>First enter your placement under Placements, with your schedule: on which days you are there and how many hours a usual day lasts.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/howto_dialog.py" line="70"/>
        <source>Ga naar Uren (Ctrl+2) en druk Ctrl+N. De datum staat al op je volgende stagedag, met je stageplaats en je gewone uren. Klopt het? Druk Enter.</source>
        <translation>Go to Hours (Ctrl+2) and press Ctrl+N. The date is already your next placement day, with your placement and your usual hours. Is it right? Press Enter.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/howto_dialog.py" line="74"/>
        <source>Nog een dag zoals de vorige? Kies hem in de lijst en druk Ctrl+D: hij komt op je volgende stagedag.</source>
        <translation>Another day like the last one? Choose it in the list and press Ctrl+D: it goes to your next placement day.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/howto_dialog.py" line="78"/>
        <source>Een hele week inhalen? Druk Ctrl+Shift+N (Week invullen), kijk de dagen na en druk Enter.</source>
        <translation>Catching up a whole week? Press Ctrl+Shift+N (Fill in week), check the days and press Enter.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/howto_dialog.py" line="82"/>
        <source>Een fout gemaakt? Ctrl+Z maakt het ongedaan. Enter op een regel past hem aan, Delete verwijdert hem.</source>
        <translation>Made a mistake? Ctrl+Z undoes it. Enter on a row edits it, Delete removes it.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/howto_dialog.py" line="86"/>
        <source>Schrijf geen namen van cliënten in je opmerkingen: &apos;mevrouw X&apos; of &apos;de bewoner&apos; is genoeg.</source>
        <translation>Do not write clients&apos; names in your notes: &apos;Mrs X&apos; or &apos;the resident&apos; is enough.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/howto_dialog.py" line="94"/>
        <source>Tonen wat je op stage geoefend hebt.</source>
        <translation>Showing what you practised on placement.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/howto_dialog.py" line="97"/>
        <source>Ga naar Activiteiten (Ctrl+3). Ctrl+F zoekt een activiteit, bv. &apos;mondzorg&apos;.</source>
        <translation>Go to Activities (Ctrl+3). Ctrl+F finds an activity, e.g. &apos;oral care&apos;.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/howto_dialog.py" line="100"/>
        <source>Kies de activiteit en druk Enter. Kies het niveau dat past: 1 geobserveerd, 2 onder begeleiding, 3 zelfstandig.</source>
        <translation>Choose the activity and press Enter. Choose the level that fits: 1 observed, 2 under supervision, 3 independently.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/howto_dialog.py" line="104"/>
        <source>Schrijf kort wat je deed, wat goed ging en wat je nog wil oefenen. Noem geen namen, geen rijksregisternummers en geen geboortedata.</source>
        <translation>Write briefly what you did, what went well and what you still want to practise. No names, no national register numbers and no dates of birth.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/howto_dialog.py" line="107"/>
        <source>Je voorstel telt pas mee als je mentor het aftekent (zie Aftekenen).</source>
        <translation>Your proposal only counts once your mentor signs it off (see Sign-off).</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/howto_dialog.py" line="113"/>
        <source>Je mentor bevestigt je uren en activiteiten.</source>
        <translation>Your mentor confirms your hours and activities.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/howto_dialog.py" line="116"/>
        <source>Staat je mentor naast je? Kies Aftekenen &gt; Aftekenen door de mentor. Je mentor kiest wat klopt en bevestigt met de eigen wachtzin: jij kunt dat niet in zijn of haar plaats.</source>
        <translation>Is your mentor next to you? Choose Sign-off &gt; Sign-off by the mentor. Your mentor chooses what is right and confirms with their own passphrase: you cannot do that in their place.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/howto_dialog.py" line="121"/>
        <source>Op afstand: kies Aftekenen &gt; Aftekenverzoek maken en stuur het bestand naar je mentor. Het antwoord lees je in met Aftekenen &gt; Aftekening inlezen.</source>
        <translation>At a distance: choose Sign-off &gt; Make a sign-off request and send the file to your mentor. Read the answer in with Sign-off &gt; Read in a sign-off.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/howto_dialog.py" line="125"/>
        <source>Zegt je mentor &apos;niet akkoord&apos;, dan staat de reden bij de uren of de activiteit. Pas ze aan en vraag opnieuw.</source>
        <translation>If your mentor says &apos;not agreed&apos;, the reason is shown with the hours or the activity. Correct them and ask again.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/howto_dialog.py" line="129"/>
        <source>Verander je iets dat al afgetekend is, dan telt het niet meer als bevestigd: er is een nieuwe aftekening nodig.</source>
        <translation>If you change something that was already signed off, it no longer counts as confirmed: a new sign-off is needed.</translation>
    </message>
</context>
<context>
    <name>ImportResultsDialog</name>
    <message>
        <location filename="../../stageportfolio/ui/school/results_dialog.py" line="29"/>
        <source>Importeren: resultaat</source>
        <translation>Import: result</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/results_dialog.py" line="32"/>
        <source>nieuw</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/results_dialog.py" line="33"/>
        <source>vervangen</source>
        <translation>replaced</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/results_dialog.py" line="34"/>
        <source>ongewijzigd</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/results_dialog.py" line="35"/>
        <source>ouder, overgeslagen</source>
        <translation>older, skipped</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/results_dialog.py" line="36"/>
        <source>geweigerd</source>
        <translation>refused</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/results_dialog.py" line="42"/>
        <source>Bestanden: {0}. Nieuw: {1}, vervangen: {2}, ongewijzigd: {3}, ouder (overgeslagen): {4}, geweigerd: {5}.</source>
        <translation>Files: {0}. New: {1}, replaced: {2}, unchanged: {3}, older (skipped): {4}, refused: {5}.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/results_dialog.py" line="54"/>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/results_dialog.py" line="54"/>
        <source>Leerling</source>
        <translation>Student</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/results_dialog.py" line="54"/>
        <source>Resultaat</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/results_dialog.py" line="55"/>
        <source>Waarom</source>
        <translation>Why</translation>
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
        <location filename="../../stageportfolio/ui/listbrowser.py" line="30"/>
        <source>Stageportfolio: stage-activiteitenlijsten</source>
        <translation>Stageportfolio: placement activity lists</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/listbrowser.py" line="34"/>
        <source>Lijst</source>
        <translation>List</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/listbrowser.py" line="47"/>
        <source>Competenties en activiteiten</source>
        <translation>Competences and activities</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/listbrowser.py" line="48"/>
        <source>BK / competentie / activiteit</source>
        <translation>Qualification / competence / activity</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/listbrowser.py" line="48"/>
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
    <name>ListChangeDialog</name>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/list_change_dialog.py" line="33"/>
        <source>Beroepskwalificatie wijzigen</source>
        <translation>Change professional qualification</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/list_change_dialog.py" line="33"/>
        <source>Studierichting wijzigen</source>
        <translation>Change programme</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/list_change_dialog.py" line="37"/>
        <source>Je portfolio volgt nu {0}. Kies een andere lijst als je van studierichting veranderde. Je uren, stageplaatsen, activiteiten, bewijsstukken en aftekeningen blijven bewaard; de regels en activiteiten van de nieuwe lijst gelden vanaf dan. Je ziet eerst wat er verandert.</source>
        <translation>Your portfolio now follows {0}. Choose another list if you changed programme. Your hours, placements, activities, evidence and sign-offs are kept; the rules and activities of the new list apply from then on. You first see what changes.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/list_change_dialog.py" line="46"/>
        <source>Beroepskwalificatie</source>
        <translation>Professional qualification</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/list_change_dialog.py" line="46"/>
        <source>Studierichting</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/list_change_dialog.py" line="48"/>
        <source>&amp;Beroepskwalificatie:</source>
        <translation>&amp;Professional qualification:</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/list_change_dialog.py" line="48"/>
        <source>&amp;Studierichting:</source>
        <translation>&amp;Programme:</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/list_change_dialog.py" line="61"/>
        <source>Verder…</source>
        <translation>Next…</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/list_change_dialog.py" line="62"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/list_change_dialog.py" line="97"/>
        <source>alle verplichte regels voldaan</source>
        <translation>all required rules met</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/list_change_dialog.py" line="102"/>
        <source>Je portfolio gaat naar {0} (versie {1}).</source>
        <translation>Your portfolio moves to {0} (version {1}).</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/list_change_dialog.py" line="107"/>
        <source>Nu: {0}. Met de nieuwe lijst: {1}.</source>
        <translation>Now: {0}. With the new list: {1}.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/list_change_dialog.py" line="110"/>
        <source>Je uren, stageplaatsen, bewijsstukken en alle aftekeningen blijven bewaard.</source>
        <translation>Your hours, placements, evidence and all sign-offs are kept.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/list_change_dialog.py" line="117"/>
        <source>{0} van je {1} voorstellen horen bij activiteiten die de nieuwe lijst niet heeft: ze blijven bewaard, maar tellen niet mee.</source>
        <translation>{0} of your {1} proposals belong to activities the new list does not have: they are kept, but do not count.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/list_change_dialog.py" line="123"/>
        <source>Toch wijzigen?</source>
        <translation>Change anyway?</translation>
    </message>
</context>
<context>
    <name>ListDetail</name>
    <message>
        <location filename="../../stageportfolio/ui/widgets/__init__.py" line="39"/>
        <source>2de graad</source>
        <translation>2nd grade</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/widgets/__init__.py" line="40"/>
        <source>3de graad</source>
        <translation>3rd grade</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/widgets/__init__.py" line="41"/>
        <source>7de jaar</source>
        <translation>7th year</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/widgets/__init__.py" line="42"/>
        <source>arbeidsmarktfinaliteit</source>
        <translation>labour-market track</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/widgets/__init__.py" line="43"/>
        <source>arbeidsmarktfinaliteit, duaal</source>
        <translation>labour-market track, dual learning</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/widgets/__init__.py" line="44"/>
        <source>dubbele finaliteit</source>
        <translation>double track</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/widgets/__init__.py" line="45"/>
        <source>doorstroomfinaliteit</source>
        <translation>further-study track</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/widgets/__init__.py" line="46"/>
        <source>duaal (aanloopopleiding)</source>
        <translation>dual learning (pre-programme)</translation>
    </message>
</context>
<context>
    <name>ListImportDialog</name>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/list_import_dialog.py" line="75"/>
        <source>Lijst importeren uit spreadsheet</source>
        <translation>Import list from spreadsheet</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/list_import_dialog.py" line="81"/>
        <source>.xlsx, .csv of een Moodle-export (CSV)</source>
        <translation>.xlsx, .csv or a Moodle export (CSV)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/list_import_dialog.py" line="82"/>
        <source>&amp;Kiezen…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/list_import_dialog.py" line="91"/>
        <source>Basislijst</source>
        <translation>Base list</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/list_import_dialog.py" line="97"/>
        <source>bv. gezondheidszorg-sint-jozef</source>
        <translation>e.g. gezondheidszorg-sint-jozef</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/list_import_dialog.py" line="100"/>
        <source>bv. Gezondheidszorg (Sint-Jozef)</source>
        <translation>e.g. Health care (Sint-Jozef)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/list_import_dialog.py" line="104"/>
        <source>Moodle-export (kolommen in de volgorde van Moodle)</source>
        <translation>Moodle export (columns in Moodle&apos;s order)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/list_import_dialog.py" line="108"/>
        <source>&amp;Bestand:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/list_import_dialog.py" line="111"/>
        <source>B&amp;asislijst:</source>
        <translation>B&amp;ase list:</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/list_import_dialog.py" line="112"/>
        <source>&amp;Id van de schoollijst:</source>
        <translation>&amp;Id of the school&apos;s list:</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/list_import_dialog.py" line="113"/>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/list_import_dialog.py" line="114"/>
        <source>&amp;Versie:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/list_import_dialog.py" line="124"/>
        <source>Problemen in het bestand</source>
        <translation>Problems in the file</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/list_import_dialog.py" line="129"/>
        <source>Competentie / activiteit</source>
        <translation>Competence / activity</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/list_import_dialog.py" line="129"/>
        <source>Herkomst</source>
        <translation>Origin</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/list_import_dialog.py" line="129"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/list_import_dialog.py" line="136"/>
        <source>Activiteiten</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/list_import_dialog.py" line="137"/>
        <source>Regels (van de basislijst)</source>
        <translation>Rules (of the base list)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/list_import_dialog.py" line="139"/>
        <source>Ook toevoegen aan mijn lijsten</source>
        <translation>Also add to my lists</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/list_import_dialog.py" line="142"/>
        <source>&amp;Opslaan…</source>
        <translation>&amp;Save…</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/list_import_dialog.py" line="147"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/list_import_dialog.py" line="170"/>
        <source>Kies het bestand met de stagelijst van de school.</source>
        <translation>Choose the file with the school&apos;s stage list.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/list_import_dialog.py" line="179"/>
        <source>Stagelijst van de school kiezen</source>
        <translation>Choose the school&apos;s stage list</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/list_import_dialog.py" line="181"/>
        <source>Spreadsheets (*.xlsx *.csv);;Alle bestanden (*)</source>
        <translation>Spreadsheets (*.xlsx *.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/list_import_dialog.py" line="242"/>
        <source>Verbeter het bestand en kies het opnieuw; er is niets opgeslagen.</source>
        <translation>Correct the file and choose it again; nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/list_import_dialog.py" line="253"/>
        <source>Lijst {0} (versie {1}), een variant van {2}: {3} activiteiten, waarvan {4} officiële (met hun officiële id) en {5} eigen activiteiten van de school; {6} regels, alle van de basislijst.</source>
        <translation>List {0} (version {1}), a variant of {2}: {3} activities, {4} of them official (with their official id) and {5} the school&apos;s own; {6} rules, all of the base list.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/list_import_dialog.py" line="265"/>
        <source>Het bestand is in orde.</source>
        <translation>The file is fine.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/list_import_dialog.py" line="280"/>
        <source>officieel</source>
        <translation>official</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/list_import_dialog.py" line="281"/>
        <source>eigen activiteit</source>
        <translation>school&apos;s own activity</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/list_import_dialog.py" line="283"/>
        <source>uit het bestand</source>
        <translation>from the file</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/list_import_dialog.py" line="283"/>
        <source>van de BK</source>
        <translation>from the BK</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/list_import_dialog.py" line="298"/>
        <source>Lijst opslaan</source>
        <translation>Save list</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/list_import_dialog.py" line="300"/>
        <source>Lijstbestanden (*.toml)</source>
        <translation>List files (*.toml)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/list_import_dialog.py" line="319"/>
        <source>De lijst is niet opgeslagen: {0}</source>
        <translation>The list was not saved: {0}</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../stageportfolio/ui/wizard.py" line="221"/>
        <source>Je lijst</source>
        <translation>Your list</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/wizard.py" line="244"/>
        <source>Voor welke beroepskwalificatie verzamel je bewijzen?</source>
        <translation>For which professional qualification are you collecting evidence?</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/wizard.py" line="245"/>
        <source>&amp;Beroepskwalificatie (kies met de pijltjestoetsen):</source>
        <translation>&amp;Professional qualification (choose with the arrow keys):</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/wizard.py" line="246"/>
        <source>Beroepskwalificatie</source>
        <translation>Professional qualification</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/wizard.py" line="250"/>
        <source>Kies je studierichting; de lijst bepaalt welke regels en activiteiten gelden.</source>
        <translation>Choose your study programme; its list sets the rules and activities that apply.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/wizard.py" line="253"/>
        <source>&amp;Studierichting (kies met de pijltjestoetsen):</source>
        <translation>&amp;Study programme (choose with the arrow keys):</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/wizard.py" line="254"/>
        <source>Studierichting</source>
        <translation>Study programme</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../stageportfolio/ui/mainwindow.py" line="75"/>
        <source> (demo)</source>
        <translation> (demo)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mainwindow.py" line="76"/>
        <location filename="../../stageportfolio/ui/mainwindow.py" line="386"/>
        <source>Stageportfolio – {0} – {1}</source>
        <translation>Stageportfolio – {0} – {1}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mainwindow.py" line="80"/>
        <source>Onderdelen</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mainwindow.py" line="91"/>
        <source>Ctrl+{0}</source>
        <translation>Ctrl+{0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mainwindow.py" line="148"/>
        <source>Alle verplichte regels voldaan</source>
        <translation>All required rules met</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mainwindow.py" line="156"/>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mainwindow.py" line="157"/>
        <source>&amp;Nieuw portfolio…</source>
        <translation>&amp;New portfolio…</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mainwindow.py" line="160"/>
        <source>&amp;Demoportfolio openen</source>
        <translation>Open &amp;demo portfolio</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mainwindow.py" line="178"/>
        <source>Uren &amp;exporteren (CSV)…</source>
        <translation>&amp;Export hours (CSV)…</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mainwindow.py" line="205"/>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mainwindow.py" line="210"/>
        <source>B&amp;ewerken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mainwindow.py" line="211"/>
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mainwindow.py" line="225"/>
        <source>&amp;Taal</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mainwindow.py" line="237"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mainwindow.py" line="243"/>
        <source>&amp;Lijsten en regels bekijken</source>
        <translation>View &amp;lists and rules</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mainwindow.py" line="246"/>
        <source>&amp;Over Stageportfolio</source>
        <translation>&amp;About Stageportfolio</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mainwindow.py" line="257"/>
        <source>Nieuw portfolio</source>
        <translation>New portfolio</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mainwindow.py" line="259"/>
        <source>Elk portfolio heeft een eigen gegevensmap. Wis dit portfolio eerst (na een export) of start de app met een andere map (STAGEPORTFOLIO_HOME).</source>
        <translation>Each portfolio has its own data folder. Erase this portfolio first (after an export) or start the app with another folder (STAGEPORTFOLIO_HOME).</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mainwindow.py" line="434"/>
        <source>Lijst opgeslagen: {0}. Geef dit ene bestand aan je leerlingen; zij voegen het toe met Bestand &gt; Lijst toevoegen…</source>
        <translation>List saved: {0}. Give this one file to your pupils; they add it with File &gt; Add list…</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mainwindow.py" line="452"/>
        <source>Stageportfolio {0}: stage-uren, activiteiten en competenties voor zorg en welzijn in Vlaanderen. Alles blijft op deze computer.

Licentie: {1} (European Union Public Licence 1.2), vrije software.

BK-gegevens: Vlaamse overheid, Vlaamse kwalificatiestructuur (API Beroepskwalificaties). Lettertype: DejaVu Sans.</source>
        <translation>Stageportfolio {0}: internship hours, activities and competences for care and welfare in Flanders. Everything stays on this computer.

Licence: {1} (European Union Public Licence 1.2), free software.

Qualification data: Flemish government, Flemish qualifications structure (API Beroepskwalificaties). Typeface: DejaVu Sans.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mainwindow.py" line="479"/>
        <source>Over Stageportfolio</source>
        <translation>About Stageportfolio</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mainwindow.py" line="196"/>
        <source>&amp;Lijst toevoegen…</source>
        <translation>Add &amp;list…</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mainwindow.py" line="397"/>
        <source>Lijst toevoegen</source>
        <translation>Add list</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mainwindow.py" line="397"/>
        <source>Lijstbestanden (*.toml)</source>
        <translation>List files (*.toml)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mainwindow.py" line="412"/>
        <source>Lijst toegevoegd: {0}. Je kiest ze bij een nieuw portfolio; bekijk ze via Help &gt; Lijsten en regels bekijken.</source>
        <translation>List added: {0}. You choose it for a new portfolio; see it under Help &gt; View lists and rules.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mainwindow.py" line="416"/>
        <source>BK-bestand toegevoegd: {0}.</source>
        <translation>BK file added: {0}.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mainwindow.py" line="166"/>
        <source>Portfolio e&amp;xporteren…</source>
        <translation>E&amp;xport portfolio…</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mainwindow.py" line="167"/>
        <source>Portfolio &amp;herstellen uit een bestand…</source>
        <translation>&amp;Restore portfolio from a file…</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mainwindow.py" line="168"/>
        <source>Alles &amp;wissen…</source>
        <translation>Erase every&amp;thing…</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mainwindow.py" line="177"/>
        <source>Uren &amp;importeren (CSV of Excel)…</source>
        <translation>&amp;Import hours (CSV or Excel)…</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mainwindow.py" line="188"/>
        <source>&amp;Beroepskwalificatie wijzigen…</source>
        <translation>Change professional &amp;qualification…</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mainwindow.py" line="190"/>
        <source>&amp;Studierichting wijzigen…</source>
        <translation>Change &amp;programme…</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mainwindow.py" line="200"/>
        <source>Lijst importeren uit s&amp;preadsheet…</source>
        <translation>Import list from spread&amp;sheet…</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mainwindow.py" line="213"/>
        <source>Op&amp;nieuw</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mainwindow.py" line="218"/>
        <source>Bee&amp;ld</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mainwindow.py" line="238"/>
        <source>&amp;Hoe werkt het?</source>
        <translation>&amp;How does it work?</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mainwindow.py" line="272"/>
        <source>Portfolio exporteren</source>
        <translation>Export portfolio</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mainwindow.py" line="277"/>
        <source>Portfolio (*.stageportfolio)</source>
        <translation>Portfolio (*.stageportfolio)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mainwindow.py" line="285"/>
        <source>Niet geëxporteerd: {0}</source>
        <translation>Not exported: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mainwindow.py" line="288"/>
        <source>Portfolio bewaard in {0}: alles zit erin, ook je bewijsstukken.</source>
        <translation>Portfolio saved in {0}: everything is in it, your evidence too.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mainwindow.py" line="300"/>
        <source>Portfolio herstellen</source>
        <translation>Restore portfolio</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mainwindow.py" line="302"/>
        <source>Een portfolio herstellen kan enkel in een lege gegevensmap: zo wordt dit portfolio van {0} nooit overschreven. Exporteer het eerst (Bestand &gt; Portfolio exporteren…) en wis het (Bestand &gt; Alles wissen…). Daarna vraagt de app wie je bent; kies daar Portfolio herstellen.</source>
        <translation>A portfolio can only be restored into an empty data folder: that way this portfolio of {0} is never overwritten. Export it first (File &gt; Export portfolio…) and erase it (File &gt; Erase everything…). Then the app asks who you are; choose Restore a portfolio there.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mainwindow.py" line="313"/>
        <source>Alles wissen</source>
        <translation>Erase everything</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mainwindow.py" line="318"/>
        <source>Dit wist het portfolio van {0} van deze computer: alle uren, stageplaatsen, activiteiten, aftekeningen en bewijsstukken, en de reservekopieën. Dat kan niet ongedaan gemaakt worden.

Exporteer eerst als je het wil bewaren.</source>
        <translation>This erases the portfolio of {0} from this computer: all hours, placements, activities, sign-offs and evidence, and the backups. This cannot be undone.

Export first if you want to keep it.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mainwindow.py" line="327"/>
        <source>Eerst e&amp;xporteren…</source>
        <translation>E&amp;xport first…</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mainwindow.py" line="329"/>
        <source>&amp;Definitief wissen</source>
        <translation>&amp;Erase for good</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mainwindow.py" line="349"/>
        <source>{0}: kan niet gewist worden ({1}). Sluit de app en probeer opnieuw.</source>
        <translation>{0}: cannot be erased ({1}). Close the app and try again.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mainwindow.py" line="389"/>
        <source>Je portfolio volgt nu {0}.</source>
        <translation>Your portfolio now follows {0}.</translation>
    </message>
</context>
<context>
    <name>MentorDialog</name>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/mentor_dialog.py" line="32"/>
        <source>Mentor bewerken</source>
        <translation>Edit mentor</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/mentor_dialog.py" line="32"/>
        <source>Nieuwe mentor</source>
        <translation>New mentor</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/mentor_dialog.py" line="35"/>
        <source>Naam van de mentor (verplicht)</source>
        <translation>Mentor&apos;s name (required)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/mentor_dialog.py" line="36"/>
        <source>bv. An Peeters</source>
        <translation>e.g. An Peeters</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/mentor_dialog.py" line="38"/>
        <source>Organisatie van de mentor</source>
        <translation>Mentor&apos;s organisation</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/mentor_dialog.py" line="40"/>
        <source>E-mailadres van de mentor</source>
        <translation>Mentor&apos;s email address</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/mentor_dialog.py" line="41"/>
        <source>naam@organisatie.be (mag leeg blijven)</source>
        <translation>name@organisation.be (may stay empty)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/mentor_dialog.py" line="48"/>
        <source>Een mentor mag tegelijk hoogstens {0} leerlingen begeleiden in de social profit en hoogstens {1} bij een lokaal bestuur.</source>
        <translation>A mentor may guide at most {0} learners at a time in the social profit sector and at most {1} in local government.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/mentor_dialog.py" line="51"/>
        <source>Social profit</source>
        <translation>Social profit</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/mentor_dialog.py" line="52"/>
        <source>Lokaal bestuur</source>
        <translation>Local government</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/mentor_dialog.py" line="66"/>
        <source>Melding</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/mentor_dialog.py" line="69"/>
        <source>&amp;Naam *</source>
        <translation>&amp;Name *</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/mentor_dialog.py" line="72"/>
        <source>&amp;Organisatie</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/mentor_dialog.py" line="76"/>
        <source>&amp;E-mail</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/mentor_dialog.py" line="83"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/mentor_dialog.py" line="84"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/mentor_dialog.py" line="115"/>
        <source>Vul de naam van de mentor in.</source>
        <translation>Fill in the mentor&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/mentor_dialog.py" line="118"/>
        <source>Het e-mailadres lijkt niet juist (er ontbreekt iets rond de @).</source>
        <translation>The email address does not look right (something is missing around the @).</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/mentor_dialog.py" line="61"/>
        <source>Sector ℹ</source>
        <translation>Sector ℹ</translation>
    </message>
</context>
<context>
    <name>MentorWindow</name>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="137"/>
        <source>Stageportfolio – mentormodus</source>
        <translation>Stageportfolio – mentor mode</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="139"/>
        <source>&lt;h2&gt;Je mentorprofiel&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Your mentor profile&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="142"/>
        <source>Maak eenmalig je mentorprofiel. Daarmee teken je de aftekenverzoeken van je studenten af; de school herkent je handtekening aan je mentorkaart.</source>
        <translation>Create your mentor profile once. With it you sign your students&apos; sign-off requests; the school recognises your signature by your mentor card.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="146"/>
        <source>Naam van de mentor</source>
        <translation>Mentor&apos;s name</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="147"/>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="148"/>
        <source>&amp;Social profit</source>
        <translation>&amp;Social profit</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="149"/>
        <source>&amp;Lokaal bestuur</source>
        <translation>&amp;Local government</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="150"/>
        <source>Wachtzin</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="151"/>
        <source>Wachtzin herhalen</source>
        <translation>Repeat passphrase</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="155"/>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="156"/>
        <source>&amp;Organisatie</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="158"/>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="180"/>
        <source>&amp;Wachtzin</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="159"/>
        <source>&amp;Herhaal de wachtzin</source>
        <translation>&amp;Repeat the passphrase</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="157"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="172"/>
        <source>&amp;Mentorprofiel maken</source>
        <translation>&amp;Create mentor profile</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="273"/>
        <source>De twee wachtzinnen verschillen.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="278"/>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="300"/>
        <source>Vul je naam in.</source>
        <translation>Fill in your name.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="306"/>
        <source>Het mentorprofiel kon niet bewaard worden: {0}</source>
        <translation>The mentor profile could not be saved: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="174"/>
        <source>Mentor&amp;kaart opslaan…</source>
        <translation>Save mentor &amp;card…</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="126"/>
        <source>Je mentorprofiel kan niet gelezen worden ({0}).</source>
        <translation>Your mentor profile cannot be read ({0}).</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="175"/>
        <source>Aftekenverzoek &amp;openen…</source>
        <translation>&amp;Open sign-off request…</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="176"/>
        <source>Aftekenverzoek</source>
        <translation>Sign-off request</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="177"/>
        <source>Waarschuwing</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="178"/>
        <source>&amp;Alles aanvinken</source>
        <translation>Tick &amp;all</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="179"/>
        <source>Wachtzin van de mentor</source>
        <translation>Mentor&apos;s passphrase</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="181"/>
        <source>Aftekenen en op&amp;slaan…</source>
        <translation>Sign and &amp;save…</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="186"/>
        <source>Afgetekend</source>
        <translation>Signed off</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="187"/>
        <source>Wat je al aftekende</source>
        <translation>What you signed already</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="296"/>
        <source>Het mentorprofiel kon niet gemaakt worden: {0}</source>
        <translation>The mentor profile could not be made: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="488"/>
        <source>Dit bestand kan niet geopend worden als aftekenverzoek; vraag de student om een nieuw verzoek. Details: {0}</source>
        <translation>This file cannot be opened as a sign-off request; ask the student for a new request. Details: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../stageportfolio/ui/mentor_window.py" line="541"/>
        <source>%n item(s) wacht(en) op aftekening.</source>
        <translation>
            <numerusform>%n item waits for sign-off.</numerusform>
            <numerusform>%n items wait for sign-off.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="543"/>
        <source>Alles uit dit verzoek is afgetekend.</source>
        <translation>Everything in this request is signed.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="568"/>
        <source>✗ niet akkoord: {0} — {1}</source>
        <translation>✗ not agreed: {0} — {1}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="570"/>
        <source>✓ akkoord: {0} — {1}</source>
        <translation>✓ agreed: {0} — {1}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="574"/>
        <source>✓ akkoord: {0}</source>
        <translation>✓ agreed: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="633"/>
        <source>Vink eerst aan waarmee je akkoord gaat: een hele week of losse items.</source>
        <translation>First tick what you agree with: a whole week or single items.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="694"/>
        <source>Aftekening (*.aftekening)</source>
        <translation>Sign-off (*.aftekening)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="699"/>
        <source>Niet opgeslagen: er is niets afgetekend; je vinkjes staan er nog.</source>
        <translation>Not saved: nothing was signed; your ticks are still there.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../stageportfolio/ui/mentor_window.py" line="736"/>
        <source>%n item(s) afgetekend met je eID en bewaard in {0}. Geef dit bestand aan {1}.</source>
        <translation>
            <numerusform>%n item signed with your eID and saved in {0}. Give this file to {1}.</numerusform>
            <numerusform>%n items signed with your eID and saved in {0}. Give this file to {1}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../stageportfolio/ui/mentor_window.py" line="740"/>
        <source>%n item(s) afgetekend en bewaard in {0}. Geef dit bestand aan {1}.</source>
        <translation>
            <numerusform>%n item signed and saved in {0}. Give this file to {1}.</numerusform>
            <numerusform>%n items signed and saved in {0}. Give this file to {1}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../stageportfolio/ui/mentor_window.py" line="745"/>
        <source>Het bevat ook wat je eerder aftekende sinds je dit verzoek opende: %n aftekening(en) in totaal.</source>
        <translation>
            <numerusform>It also holds what you signed earlier since you opened this request: %n signature in all.</numerusform>
            <numerusform>It also holds what you signed earlier since you opened this request: %n signatures in all.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="421"/>
        <source>Mentor: {0}
Vingerafdruk van je sleutel: {1}</source>
        <translation>Mentor: {0}
Fingerprint of your key: {1}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="433"/>
        <source>Mentorkaart opslaan</source>
        <translation>Save mentor card</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="448"/>
        <source>De mentorkaart kon niet bewaard worden: {0}</source>
        <translation>The mentor card could not be saved: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="453"/>
        <source>Mentorkaart bewaard in {0}. Bezorg dit bestand aan de school.</source>
        <translation>Mentor card saved in {0}. Give this file to the school.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="459"/>
        <source>Aftekenverzoek openen</source>
        <translation>Open sign-off request</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="668"/>
        <source>Verkeerde wachtzin; er is niets afgetekend.</source>
        <translation>Wrong passphrase; nothing was signed.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="673"/>
        <source>Aftekenen lukte niet: {0}</source>
        <translation>Signing failed: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="692"/>
        <source>Aftekening opslaan</source>
        <translation>Save sign-off</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="711"/>
        <source>De aftekening kon niet bewaard worden: {0}</source>
        <translation>The sign-off could not be saved: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="195"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="166"/>
        <source>De wachtzin beschermt je sleutel: zonder wachtzin kan niemand in jouw naam aftekenen. Kies een paar gewone woorden die niet bij elkaar horen; een korte of bekende wachtzin wordt geweigerd. De wachtzin wordt nergens bewaard; onthoud ze goed.</source>
        <translation>The passphrase protects your key: without it nobody can sign in your name. Choose a few ordinary words that do not belong together; a short or well-known passphrase is refused. The passphrase is stored nowhere; remember it well.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="316"/>
        <source>Je mentorprofiel is klaar. Schrijf de vingerafdruk van je sleutel op: de school vraagt ernaar voor ze je mentorkaart bevestigt. Bewaar nu je mentorkaart en bezorg ze aan de school.</source>
        <translation>Your mentor profile is ready. Write down the fingerprint of your key: the school asks for it before it confirms your mentor card. Now save your mentor card and give it to the school.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="190"/>
        <source>Open het aftekenverzoek dat je van je student kreeg (een bestand dat eindigt op .aftekenverzoek).</source>
        <translation>Open the sign-off request you received from your student (a file ending in .aftekenverzoek).</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="435"/>
        <source>Mentorkaart (*.mentorkaart)</source>
        <translation>Mentor card (*.mentorkaart)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="462"/>
        <source>Aftekenverzoek (*.aftekenverzoek *.aftekenverzoek.json);;JSON-bestanden (*.json)</source>
        <translation>Sign-off request (*.aftekenverzoek *.aftekenverzoek.json);;JSON files (*.json)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="476"/>
        <source>Maak eerst je mentorprofiel; daarna opent het aftekenverzoek {0}.</source>
        <translation>First make your mentor profile; then the sign-off request {0} opens.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="534"/>
        <source>Student: {0} (portfolio {1})</source>
        <translation>Student: {0} (portfolio {1})</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="538"/>
        <source>Opleiding volgens het verzoek: {0}</source>
        <translation>Programme according to the request: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="642"/>
        <source>Geef een reden bij ‘niet akkoord’.</source>
        <translation>Give a reason for ‘not agreed’.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="182"/>
        <source>Ondertekenen met &amp;eID…</source>
        <translation>Sign with &amp;eID…</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="184"/>
        <source>Ondertekenen met je eID (gekwalificeerde handtekening) en opslaan</source>
        <translation>Sign with your eID (qualified signature) and save</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="606"/>
        <source>Ondertekenen met eID</source>
        <translation>Sign with eID</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="608"/>
        <source>Steek je eID in de lezer. Pincode (leeg laten als de eID-software ze zelf vraagt); ze wordt nergens bewaard:</source>
        <translation>Insert your eID into the reader. PIN (leave empty when the eID software asks for it itself); it is never stored:</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="622"/>
        <source>Ondertekenen met de eID lukte niet: {0}</source>
        <translation>Signing with the eID failed: {0}</translation>
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
    <name>MentorsTab</name>
    <message>
        <location filename="../../stageportfolio/ui/school/mentors.py" line="41"/>
        <source>Mentoren en hun leerlingen per dag</source>
        <translation>Mentors and their students per day</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/mentors.py" line="43"/>
        <source>Mentor / dag</source>
        <translation>Mentor / day</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/mentors.py" line="43"/>
        <location filename="../../stageportfolio/ui/school/mentors.py" line="61"/>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/mentors.py" line="43"/>
        <location filename="../../stageportfolio/ui/school/mentors.py" line="61"/>
        <source>Vingerafdruk</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/mentors.py" line="44"/>
        <source>Bevestigd door de school</source>
        <translation>Vouched for by the school</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/mentors.py" line="44"/>
        <source>Leerlingen</source>
        <translation>Students</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/mentors.py" line="45"/>
        <source>Hoogstens tegelijk (toegestaan)</source>
        <translation>Most at once (allowed)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/mentors.py" line="51"/>
        <source>&amp;Alle dagen tonen (anders enkel dagen met meer leerlingen)</source>
        <translation>Show &amp;all days (otherwise only days with several students)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/mentors.py" line="55"/>
        <source>Mentorkaart &amp;bevestigen…</source>
        <translation>&amp;Vouch for a mentor card…</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/mentors.py" line="61"/>
        <source>Bevestigde mentorkaart</source>
        <translation>Vouched mentor card</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/mentors.py" line="62"/>
        <source>Geldig</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/mentors.py" line="75"/>
        <source>Mentorkaarten die deze school bevestigde:</source>
        <translation>Mentor cards this school vouched for:</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/mentors.py" line="85"/>
        <source>{0} (naam niet bevestigd)</source>
        <translation>{0} (name not confirmed)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/mentors.py" line="89"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/mentors.py" line="89"/>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/mentors.py" line="111"/>
        <source>Meer dan {0} leerlingen tegelijk bij deze mentor</source>
        <translation>More than {0} students at once with this mentor</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/mentors.py" line="145"/>
        <source>Bevestigde mentorkaart geschreven naar {0}; geef ze aan de leerlingen van deze mentor.</source>
        <translation>Vouched mentor card written to {0}; give it to this mentor&apos;s students.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../stageportfolio/ui/school/mentors.py" line="94"/>
        <source>⚠ {0}: %n dag(en) met te veel leerlingen</source>
        <translation>
            <numerusform>⚠ {0}: %n day with too many pupils</numerusform>
            <numerusform>⚠ {0}: %n days with too many pupils</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NamePage</name>
    <message>
        <location filename="../../stageportfolio/ui/wizard.py" line="164"/>
        <source>Over jou</source>
        <translation>About you</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/wizard.py" line="167"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/wizard.py" line="172"/>
        <source>&amp;Naam (verplicht):</source>
        <translation>&amp;Name (required):</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/wizard.py" line="205"/>
        <source>Je naam komt op je EVC-portfolio. Het testcentrum mag leeg.</source>
        <translation>Your name goes on your RPL portfolio. The test centre may stay empty.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/wizard.py" line="206"/>
        <source>&amp;Testcentrum:</source>
        <translation>&amp;Test centre:</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/wizard.py" line="207"/>
        <source>Testcentrum</source>
        <translation>Test centre</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/wizard.py" line="209"/>
        <source>Je naam en school komen op je portfolio.</source>
        <translation>Your name and school go on your portfolio.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/wizard.py" line="210"/>
        <source>&amp;School:</source>
        <translation>&amp;School:</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/wizard.py" line="211"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/wizard.py" line="188"/>
        <source>Alleen spaties is geen naam: typ je naam.</source>
        <translation>Only spaces is not a name: type your name.</translation>
    </message>
</context>
<context>
    <name>OpenFile</name>
    <message>
        <location filename="../../stageportfolio/ui/open_file.py" line="27"/>
        <source>Portfolio-archief openen</source>
        <translation>Open portfolio archive</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/open_file.py" line="34"/>
        <source>Dit archief kan niet geopend worden: {0}</source>
        <translation>This archive cannot be opened: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/open_file.py" line="54"/>
        <source>{0} bevat het portfolio van {1}. Op deze computer staat al het portfolio van {2}; dat blijft zoals het is. Een archief wordt enkel in een lege gegevensmap ingelezen: maak eerst een archief van het huidige portfolio en wis het, of gebruik een andere gegevensmap (STAGEPORTFOLIO_HOME).</source>
        <translation>{0} holds the portfolio of {1}. This computer already has the portfolio of {2}; it stays as it is. An archive is only read into an empty data folder: first make an archive of the current portfolio and erase it, or use another data folder (STAGEPORTFOLIO_HOME).</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/open_file.py" line="66"/>
        <source>{0} bevat het portfolio van {1}: {2}.

Dit portfolio inlezen op deze computer?</source>
        <translation>{0} holds the portfolio of {1}: {2}.

Read this portfolio into this computer?</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/open_file.py" line="79"/>
        <source>Het archief is niet ingelezen: {0}</source>
        <translation>The archive was not read: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/open_file.py" line="89"/>
        <source>Het portfolio van {0} is ingelezen.</source>
        <translation>The portfolio of {0} has been read.</translation>
    </message>
</context>
<context>
    <name>OverviewSection</name>
    <message>
        <location filename="../../stageportfolio/ui/sections/overview.py" line="141"/>
        <location filename="../../stageportfolio/ui/sections/overview.py" line="168"/>
        <source>Regels van je lijst</source>
        <translation>Rules of your list</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/overview.py" line="189"/>
        <source>Tempo</source>
        <translation>Pace</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/overview.py" line="198"/>
        <source>Uren per context</source>
        <translation>Hours per setting</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/overview.py" line="205"/>
        <source>Competenties per beroepskwalificatie</source>
        <translation>Competences per professional qualification</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/overview.py" line="244"/>
        <source>Overzicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/overview.py" line="259"/>
        <source>Portfolio van {0}</source>
        <translation>Portfolio of {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/overview.py" line="264"/>
        <source>✓ Alle verplichte regels zijn voldaan.</source>
        <translation>✓ All required rules are met.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/overview.py" line="320"/>
        <source>d/M/yyyy</source>
        <comment>Qt date format of the forecast; English: d MMMM yyyy</comment>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/overview.py" line="329"/>
        <source>✓ Alle uurregels zijn voldaan.</source>
        <translation>✓ All hour rules are met.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/overview.py" line="333"/>
        <source>Nog geen tempo: log eerst enkele dagen.</source>
        <translation>No pace yet: log a few days first.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/overview.py" line="397"/>
        <source>Log je eerste uren in het onderdeel Uren.</source>
        <translation>Log your first hours in the Hours section.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/overview.py" line="461"/>
        <source>{0}: {1} van {2} competenties met bewijsstuk</source>
        <translation>{0}: {1} of {2} competences with evidence</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/overview.py" line="464"/>
        <source>{0}: {1} van {2} competenties afgetekend</source>
        <translation>{0}: {1} of {2} competences signed off</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/overview.py" line="492"/>
        <source>{0} van {1}</source>
        <translation>{0} of {1}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/overview.py" line="495"/>
        <source>Een competentie telt mee zodra er een bewijsstuk aan gekoppeld is.</source>
        <translation>A competence counts as soon as a piece of evidence is linked to it.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/overview.py" line="501"/>
        <source>Een competentie telt als afgetekend zodra de mentor ze (of al haar activiteiten) aftekent op niveau {0} ({1}) of hoger.</source>
        <translation>A competence counts as signed off once the mentor signs it (or all its activities) off at level {0} ({1}) or higher.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/overview.py" line="403"/>
        <source>{0} uur gelogd, waarvan {1} bevestigd door een mentor; {2} uur tellen mee voor de uurregels.</source>
        <translation>{0} hours logged, {1} of them confirmed by a mentor; {2} hours count for the hour rules.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/overview.py" line="302"/>
        <source>ℹ Kies een regel om te zien waar ze vandaan komt (voor leerkrachten).</source>
        <translation>ℹ Choose a rule to see where it comes from (for teachers).</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/overview.py" line="343"/>
        <source>Aan dit tempo (gemiddeld {0} uur per stagedag) heb je nog {1} nodig: dan haal je de {2} uur rond {3}.</source>
        <translation>At this pace (on average {0} hours per placement day) you still need {1}: then you reach the {2} hours around {3}.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/overview.py" line="350"/>
        <source>Aan dit tempo (gemiddeld {0} uur per stagedag) heb je nog {1} nodig voor de {2} uur, maar je stageplaatsen lopen tot {3} ({4}). Voeg je volgende stageplaats toe of spreek meer uren af.</source>
        <translation>At this pace (on average {0} hours per placement day) you still need {1} for the {2} hours, but your placements run until {3} ({4}). Add your next placement or arrange more hours.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/overview.py" line="364"/>
        <source>Aan dit tempo (gemiddeld {0} uur per stagedag) heb je nog {1} nodig voor de {2} uur.</source>
        <translation>At this pace (on average {0} hours per placement day) you still need {1} for the {2} hours.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/overview.py" line="372"/>
        <source>1 stagedag</source>
        <translation>1 placement day</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/overview.py" line="373"/>
        <source>{0} stagedagen</source>
        <translation>{0} placement days</translation>
    </message>
</context>
<context>
    <name>OwnData</name>
    <message>
        <location filename="../../stageportfolio/ui/widgets/__init__.py" line="57"/>
        <source>{0} ligt in de map waar de app het portfolio bewaart; daar wordt niets bewaard. Kies een andere plaats, bijvoorbeeld je map Documenten.</source>
        <translation>{0} is in the folder where the app keeps the portfolio; nothing is saved there. Choose another place, for example your Documents folder.</translation>
    </message>
</context>
<context>
    <name>PaperDialog</name>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/paper_dialog.py" line="36"/>
        <source>Papieren aftekenblad</source>
        <translation>Paper sign-off sheet</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/paper_dialog.py" line="43"/>
        <source>Voor een mentor die niets kan installeren: druk het blad van een week af, laat het tekenen, scan het en lees het hier in. Een papieren aftekening is zwakker dan een sleutel of een eID: de app kan een handtekening op papier niet nakijken, en dat staat overal waar ze getoond wordt.</source>
        <translation>For a mentor who cannot install anything: print the sheet of a week, have it signed, scan it and read it in here. A paper sign-off is weaker than a key or an eID: the app cannot check a signature on paper, and that is said wherever it shows.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/paper_dialog.py" line="53"/>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/paper_dialog.py" line="57"/>
        <source>Taal van het blad</source>
        <translation>Language of the sheet</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/paper_dialog.py" line="61"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/paper_dialog.py" line="62"/>
        <source>Alle uren van de week</source>
        <translation>All hours of the week</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/paper_dialog.py" line="67"/>
        <source>Blad &amp;opslaan als PDF…</source>
        <translation>&amp;Save sheet as PDF…</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/paper_dialog.py" line="69"/>
        <source>1. Aftekenblad afdrukken</source>
        <translation>1. Print the sign-off sheet</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/paper_dialog.py" line="71"/>
        <source>&amp;Week</source>
        <translation>&amp;Week</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/paper_dialog.py" line="72"/>
        <source>&amp;Taal</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/paper_dialog.py" line="73"/>
        <source>&amp;Mentor</source>
        <translation>&amp;Mentor</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/paper_dialog.py" line="74"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/paper_dialog.py" line="79"/>
        <source>Code van het getekende blad</source>
        <translation>Code of the signed sheet</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/paper_dialog.py" line="80"/>
        <source>bv. 7KQ2-M9XD-4 (leeg: uit de QR-code van de scan)</source>
        <translation>e.g. 7KQ2-M9XD-4 (empty: from the QR code in the scan)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/paper_dialog.py" line="81"/>
        <source>geen scan gekozen</source>
        <translation>no scan chosen</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/paper_dialog.py" line="82"/>
        <source>&amp;Scan kiezen…</source>
        <translation>Choose &amp;scan…</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/paper_dialog.py" line="87"/>
        <source>Getekend blad &amp;inlezen</source>
        <translation>&amp;Read the signed sheet</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/paper_dialog.py" line="89"/>
        <source>2. Getekend blad inlezen</source>
        <translation>2. Read the signed sheet</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/paper_dialog.py" line="91"/>
        <source>S&amp;can</source>
        <translation>S&amp;can</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/paper_dialog.py" line="92"/>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/paper_dialog.py" line="98"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/paper_dialog.py" line="101"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/paper_dialog.py" line="123"/>
        <source>geen uren om af te tekenen</source>
        <translation>no hours to sign off</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/paper_dialog.py" line="129"/>
        <source>{0} ({1} urenregels)</source>
        <translation>{0} ({1} hour entries)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/paper_dialog.py" line="131"/>
        <source>geen uren bij deze mentor in die week</source>
        <translation>no hours with this mentor in that week</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/paper_dialog.py" line="141"/>
        <source>Aftekenblad opslaan</source>
        <translation>Save sign-off sheet</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/paper_dialog.py" line="154"/>
        <source>⚠ Het blad kon niet bewaard worden: {0}</source>
        <translation>⚠ The sheet could not be saved: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/paper_dialog.py" line="158"/>
        <source>✓ Aftekenblad bewaard in {0}. Druk het af en laat het de mentor tekenen.</source>
        <translation>✓ Sign-off sheet saved in {0}. Print it and have the mentor sign it.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/paper_dialog.py" line="166"/>
        <source>Scan van het getekende blad</source>
        <translation>Scan of the signed sheet</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/paper_dialog.py" line="167"/>
        <source>Scan (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Scan (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/paper_dialog.py" line="175"/>
        <source>⚠ Kies eerst de scan van het getekende blad.</source>
        <translation>⚠ First choose the scan of the signed sheet.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/paper_dialog.py" line="188"/>
        <source>✓ {0} urenregel(s) afgetekend op papier; de scan staat bij de bewijsstukken. Papieren aftekening: zwakker dan een sleutel of eID.</source>
        <translation>✓ {0} hour entry(ies) signed off on paper; the scan is with the evidence. Paper sign-off: weaker than a key or an eID.</translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/placement_dialog.py" line="68"/>
        <source>Stageplaats bewerken</source>
        <translation>Edit placement</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/placement_dialog.py" line="68"/>
        <source>Nieuwe stageplaats</source>
        <translation>New placement</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/placement_dialog.py" line="72"/>
        <source>Organisatie (verplicht)</source>
        <translation>Organisation (required)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/placement_dialog.py" line="73"/>
        <source>bv. WZC De Linde</source>
        <translation>e.g. WZC De Linde</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/placement_dialog.py" line="75"/>
        <source>Afdeling</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/placement_dialog.py" line="76"/>
        <source>bv. Afdeling Zonnebloem (mag leeg blijven)</source>
        <translation>e.g. Afdeling Zonnebloem (may stay empty)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/placement_dialog.py" line="78"/>
        <source>Context</source>
        <translation>Setting</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/placement_dialog.py" line="82"/>
        <source>Begindatum</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/placement_dialog.py" line="82"/>
        <source>Einddatum</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/placement_dialog.py" line="85"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/placement_dialog.py" line="114"/>
        <source>Melding</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/placement_dialog.py" line="119"/>
        <source>&amp;Organisatie *</source>
        <translation>&amp;Organisation *</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/placement_dialog.py" line="120"/>
        <source>&amp;Afdeling</source>
        <translation>&amp;Unit</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/placement_dialog.py" line="121"/>
        <source>&amp;Context</source>
        <translation>&amp;Setting</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/placement_dialog.py" line="122"/>
        <source>&amp;Van</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/placement_dialog.py" line="123"/>
        <source>&amp;Tot en met</source>
        <translation>&amp;Up to and including</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/placement_dialog.py" line="124"/>
        <source>&amp;Mentor</source>
        <translation>&amp;Mentor</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/placement_dialog.py" line="135"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/placement_dialog.py" line="136"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/placement_dialog.py" line="193"/>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/placement_dialog.py" line="197"/>
        <source>Nieuwe mentor…</source>
        <translation>New mentor…</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/placement_dialog.py" line="229"/>
        <source>De mentor kon niet bewaard worden: {0}</source>
        <translation>The mentor could not be saved: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/placement_dialog.py" line="242"/>
        <source>Vul de organisatie in.</source>
        <translation>Fill in the organisation.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/placement_dialog.py" line="250"/>
        <source>De einddatum ({0}) ligt vóór de begindatum ({1}).</source>
        <translation>The end date ({0}) is before the start date ({1}).</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/placement_dialog.py" line="255"/>
        <source>Kies een context.</source>
        <translation>Choose a setting.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/placement_dialog.py" line="245"/>
        <source>Van: {0}</source>
        <translation>From: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/placement_dialog.py" line="247"/>
        <source>Tot en met: {0}</source>
        <translation>Up to and including: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/placement_dialog.py" line="94"/>
        <source>ma</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/placement_dialog.py" line="94"/>
        <source>di</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/placement_dialog.py" line="94"/>
        <source>wo</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/placement_dialog.py" line="94"/>
        <source>do</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/placement_dialog.py" line="94"/>
        <source>vr</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/placement_dialog.py" line="95"/>
        <source>za</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/placement_dialog.py" line="95"/>
        <source>zo</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/placement_dialog.py" line="96"/>
        <source>maandag</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/placement_dialog.py" line="96"/>
        <source>dinsdag</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/placement_dialog.py" line="96"/>
        <source>woensdag</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/placement_dialog.py" line="97"/>
        <source>donderdag</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/placement_dialog.py" line="97"/>
        <source>vrijdag</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/placement_dialog.py" line="97"/>
        <source>zaterdag</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/placement_dialog.py" line="98"/>
        <source>zondag</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/placement_dialog.py" line="101"/>
        <source>Stagedag op {0}</source>
        <translation>Placement day on {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/placement_dialog.py" line="106"/>
        <source>Uren op een gewone stagedag</source>
        <translation>Hours on a usual placement day</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/placement_dialog.py" line="107"/>
        <source>bv. 7,5 of 7:30</source>
        <translation>e.g. 7.5 or 7:30</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/placement_dialog.py" line="109"/>
        <source>Hoe lang een gewone stagedag duurt; nieuwe uren beginnen met dit aantal.</source>
        <translation>How long a usual placement day lasts; new hours start with this amount.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/placement_dialog.py" line="125"/>
        <source>&amp;Rooster</source>
        <translation>&amp;Schedule</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/placement_dialog.py" line="126"/>
        <source>&amp;Uren per dag</source>
        <translation>&amp;Hours per day</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/placement_dialog.py" line="257"/>
        <source>Rooster: vink minstens één stagedag aan.</source>
        <translation>Schedule: tick at least one placement day.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/placement_dialog.py" line="259"/>
        <source>Uren per dag: typ ze als 7,5 of 7:30 (hoogstens 24 uur).</source>
        <translation>Hours per day: type them as 7.5 or 7:30 (at most 24 hours).</translation>
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
        <location filename="../../stageportfolio/ui/sections/placements.py" line="183"/>
        <source>Waar loop je stage? Een stageplaats heeft een context (bv. residentiële ouderenzorg of thuiszorg) en een periode; je uren tellen per stageplaats.</source>
        <translation>Where is your placement? A placement has a setting (e.g. residential elderly care or home care) and a period; your hours count per placement.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/placements.py" line="190"/>
        <location filename="../../stageportfolio/ui/sections/placements.py" line="203"/>
        <location filename="../../stageportfolio/ui/sections/placements.py" line="268"/>
        <source>Stageplaatsen</source>
        <translation>Placements</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/placements.py" line="195"/>
        <source>&amp;Toevoegen…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/placements.py" line="197"/>
        <source>&amp;Verwijderen</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/placements.py" line="199"/>
        <source>Nog geen stageplaatsen. Kies Toevoegen (Ctrl+N) om je eerste toe te voegen.</source>
        <translation>No placements yet. Choose Add (Ctrl+N) to add your first one.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/placements.py" line="210"/>
        <location filename="../../stageportfolio/ui/sections/placements.py" line="222"/>
        <source>Mentoren</source>
        <translation>Mentors</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/placements.py" line="218"/>
        <source>Nog geen mentoren. Je mentor is wie je op de stageplaats begeleidt.</source>
        <translation>No mentors yet. Your mentor is the person who guides you at the placement.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/placements.py" line="228"/>
        <source>Stageplaats toevoegen</source>
        <translation>Add placement</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/placements.py" line="229"/>
        <source>Stageplaats bewerken</source>
        <translation>Edit placement</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/placements.py" line="230"/>
        <location filename="../../stageportfolio/ui/sections/placements.py" line="459"/>
        <source>Stageplaats verwijderen</source>
        <translation>Delete placement</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/placements.py" line="231"/>
        <source>Mentor toevoegen</source>
        <translation>Add mentor</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/placements.py" line="232"/>
        <source>Mentor bewerken</source>
        <translation>Edit mentor</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/placements.py" line="233"/>
        <location filename="../../stageportfolio/ui/sections/placements.py" line="509"/>
        <source>Mentor verwijderen</source>
        <translation>Delete mentor</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/placements.py" line="324"/>
        <source>De stageplaatsen konden niet gelezen worden: {0}</source>
        <translation>The placements could not be read: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/placements.py" line="367"/>
        <source>lokaal bestuur</source>
        <translation>local government</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/placements.py" line="367"/>
        <source>social profit</source>
        <translation>social profit</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/placements.py" line="425"/>
        <source>De stageplaats kon niet bewaard worden: {0}</source>
        <translation>The placement could not be saved: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/placements.py" line="444"/>
        <source>{0} heeft {1} uurregels. Wil je de stageplaats toch verwijderen?

De uren blijven bewaard, maar zijn dan niet meer aan een stageplaats gekoppeld. Met Ongedaan maken (Ctrl+Z) komt de stageplaats terug en worden de uren er opnieuw aan gekoppeld.</source>
        <translation>{0} has {1} hour lines. Delete the placement anyway?

The hours are kept, but are no longer linked to a placement. Undo (Ctrl+Z) brings the placement back and links the hours to it again.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/placements.py" line="453"/>
        <source>Uren van deze stageplaats zijn afgetekend door {0}. De naam van de stageplaats hoort bij die aftekening: na het verwijderen is een nieuwe aftekening nodig.</source>
        <translation>Hours of this placement were signed off by {0}. The placement&apos;s name is part of that sign-off: after deleting it, a new sign-off is needed.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/placements.py" line="493"/>
        <source>De mentor kon niet bewaard worden: {0}</source>
        <translation>The mentor could not be saved: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/placements.py" line="511"/>
        <source>{0} is mentor bij {1}. Wil je de mentor toch verwijderen?

Die stageplaatsen hebben dan geen mentor meer. Met Ongedaan maken (Ctrl+Z) komt de mentor terug op die stageplaatsen.</source>
        <translation>{0} is the mentor at {1}. Delete the mentor anyway?

Those placements will then have no mentor. Undo (Ctrl+Z) brings the mentor back to those placements.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/placements.py" line="196"/>
        <source>&amp;Wijzigen…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/placements.py" line="214"/>
        <source>&amp;Nieuwe mentor…</source>
        <translation>&amp;New mentor…</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/placements.py" line="215"/>
        <source>Mentor wi&amp;jzigen…</source>
        <translation>Edit men&amp;tor…</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/placements.py" line="216"/>
        <source>Mentor ve&amp;rwijderen</source>
        <translation>Remo&amp;ve mentor</translation>
    </message>
</context>
<context>
    <name>PortfolioPdfSection</name>
    <message>
        <location filename="../../stageportfolio/ui/sections/portfoliopdf.py" line="89"/>
        <source>Hier maak je je portfolio als PDF, om af te geven aan de school of het EVC-testcentrum. De PDF bevat je hele portfolio: uren, stageplaatsen, activiteiten, aftekeningen en bewijsstukken. Je kunt hem later opnieuw inlezen met «stageportfolio import». Het is een archiefbestand (PDF/A): ook over jaren nog leesbaar.</source>
        <translation>Here you make your portfolio as a PDF, to hand in at school or at the EVC test centre. The PDF holds your whole portfolio: hours, placements, activities, sign-offs and evidence. You can read it back in later with «stageportfolio import». It is an archival file (PDF/A): still readable years from now.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/portfoliopdf.py" line="100"/>
        <source>Voor de school (stage)</source>
        <translation>For the school (stage)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/portfoliopdf.py" line="101"/>
        <source>Voor het EVC-testcentrum (evc)</source>
        <translation>For the EVC test centre (evc)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/portfoliopdf.py" line="102"/>
        <source>Voor wie is de PDF?</source>
        <translation>Who is the PDF for?</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/portfoliopdf.py" line="106"/>
        <source>&amp;Voor wie:</source>
        <translation>&amp;For:</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/portfoliopdf.py" line="109"/>
        <source>Voorbeeld &amp;maken</source>
        <translation>&amp;Make preview</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/portfoliopdf.py" line="111"/>
        <source>Maakt de PDF opnieuw met de gegevens van nu</source>
        <translation>Makes the PDF again with the current data</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/portfoliopdf.py" line="113"/>
        <source>&amp;Opslaan als PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/portfoliopdf.py" line="126"/>
        <source>Voortgang van de PDF</source>
        <translation>Progress of the PDF</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/portfoliopdf.py" line="140"/>
        <source>Voorbeeld van de PDF</source>
        <translation>Preview of the PDF</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/portfoliopdf.py" line="142"/>
        <source>Page Up en Page Down gaan naar de vorige of volgende pagina</source>
        <translation>Page Up and Page Down go to the previous or next page</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/portfoliopdf.py" line="159"/>
        <source>Nog geen voorbeeld.</source>
        <translation>No preview yet.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/portfoliopdf.py" line="162"/>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/portfoliopdf.py" line="224"/>
        <source>het resultaat is geen PDF</source>
        <translation>the result is not a PDF</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/portfoliopdf.py" line="236"/>
        <source>De PDF wordt gemaakt…</source>
        <translation>Making the PDF…</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/portfoliopdf.py" line="244"/>
        <source>De PDF wordt gemaakt… ({0} van {1})</source>
        <translation>Making the PDF… ({0} of {1})</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/portfoliopdf.py" line="251"/>
        <source>De gemaakte PDF kan niet getoond worden.</source>
        <translation>The PDF that was made cannot be shown.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/portfoliopdf.py" line="262"/>
        <source>De PDF kon niet gemaakt worden: {0}</source>
        <translation>The PDF could not be made: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/portfoliopdf.py" line="283"/>
        <source>Pagina {0} van {1} (Page Up/Page Down om te bladeren)</source>
        <translation>Page {0} of {1} (Page Up/Page Down to turn pages)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/portfoliopdf.py" line="307"/>
        <source>Portfolio opslaan als PDF</source>
        <translation>Save portfolio as PDF</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/portfoliopdf.py" line="307"/>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/portfoliopdf.py" line="324"/>
        <source>Opgeslagen als {0}</source>
        <translation>Saved as {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/portfoliopdf.py" line="329"/>
        <source>De PDF kon niet opgeslagen worden: je mag niet schrijven in {0}. Kies een andere map, bijvoorbeeld Documenten.</source>
        <translation>The PDF could not be saved: you may not write in {0}. Choose another folder, for example Documents.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/portfoliopdf.py" line="334"/>
        <source>De PDF kon niet opgeslagen worden: de schijf is vol. Maak ruimte vrij of kies een andere plaats, bijvoorbeeld een USB-stick.</source>
        <translation>The PDF could not be saved: the disk is full. Free some space or choose another place, for example a USB stick.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/portfoliopdf.py" line="338"/>
        <source>De PDF kon niet opgeslagen worden: de map {0} bestaat niet.</source>
        <translation>The PDF could not be saved: the folder {0} does not exist.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/portfoliopdf.py" line="341"/>
        <source>De PDF kon niet opgeslagen worden in {0}: {1}</source>
        <translation>The PDF could not be saved in {0}: {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../stageportfolio/ui/sections/portfoliopdf.py" line="257"/>
        <source>Voorbeeld klaar: %n pagina(&apos;s).</source>
        <translation>
            <numerusform>Preview ready: %n page.</numerusform>
            <numerusform>Preview ready: %n pages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacyWarning</name>
    <message>
        <location filename="../../stageportfolio/ui/widgets/privacy.py" line="28"/>
        <source>Privacywaarschuwing</source>
        <translation>Privacy warning</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/widgets/privacy.py" line="39"/>
        <source>⚠ Let op je privacy en die van je cliënten:</source>
        <translation>⚠ Mind your privacy and that of your clients:</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/widgets/privacy.py" line="53"/>
        <source>“{0}” lijkt een naam. Schrijf &apos;mevrouw X&apos; of &apos;de bewoner&apos; in plaats van een naam.</source>
        <translation>“{0}” looks like a name. Write &apos;Mrs X&apos; or &apos;the resident&apos; instead of a name.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/widgets/privacy.py" line="57"/>
        <source>“{0}” lijkt een rijksregisternummer. Laat het weg: het hoort niet in je portfolio.</source>
        <translation>“{0}” looks like a national register number. Leave it out: it does not belong in your portfolio.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/widgets/privacy.py" line="61"/>
        <source>“{0}” lijkt een geboortedatum. Schrijf enkel een leeftijd (&apos;een dame van 85&apos;).</source>
        <translation>“{0}” looks like a date of birth. Write an age only (&apos;a lady of 85&apos;).</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/widgets/privacy.py" line="64"/>
        <source>“{0}” is een volledige datum. Als het een geboortedatum is: laat hem weg of schrijf enkel een leeftijd.</source>
        <translation>“{0}” is a full date. If it is a date of birth, leave it out or write an age only.</translation>
    </message>
</context>
<context>
    <name>RolePage</name>
    <message>
        <location filename="../../stageportfolio/ui/wizard.py" line="80"/>
        <source>Welkom bij Stageportfolio</source>
        <translation>Welcome to Stageportfolio</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/wizard.py" line="81"/>
        <source>Wie ben je? Kies met de pijltjestoetsen en druk op Enter.</source>
        <translation>Who are you? Choose with the arrow keys and press Enter.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/wizard.py" line="82"/>
        <source>&amp;Leerling of cursist op stage</source>
        <translation>&amp;Student on a placement</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/wizard.py" line="86"/>
        <source>Je houdt je stage-uren en activiteiten bij en ziet wat er nog ontbreekt.</source>
        <translation>You keep track of your placement hours and activities and see what is still missing.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/wizard.py" line="88"/>
        <source>&amp;EVC-kandidaat</source>
        <translation>&amp;RPL candidate (EVC)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/wizard.py" line="92"/>
        <source>Je verzamelt bewijzen van wat je al kunt uit werk of vrijwilligerswerk, voor een erkenning van verworven competenties bij een testcentrum.</source>
        <translation>You collect evidence of what you can already do from work or volunteering, for recognition of prior learning at a test centre.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/wizard.py" line="96"/>
        <source>Ik ben &amp;mentor op de werkplek</source>
        <translation>I am a &amp;mentor at the workplace</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/wizard.py" line="100"/>
        <source>Je tekent de uren en activiteiten van je stagiairs af met je eigen sleutel. Je hebt geen portfolio nodig; de app opent het mentorscherm.</source>
        <translation>You sign off the hours and activities of your interns with your own key. You need no portfolio; the app opens the mentor screen.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/wizard.py" line="123"/>
        <source>Eerst rondkijken? Met de knop Demo bekijken zie je een ingevuld voorbeeld, zonder dat je eigen portfolio verandert. Later vind je het ook in het menu Bestand &gt; Demoportfolio openen.</source>
        <translation>Want to look around first? The See the demo button shows a filled-in example without changing your own portfolio. Later you also find it in the menu File &gt; Open demo portfolio.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/wizard.py" line="104"/>
        <source>&amp;School / stagebegeleider</source>
        <translation>&amp;School / placement coordinator</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/wizard.py" line="108"/>
        <source>Je volgt de portfolio&apos;s van je leerlingen: je leest hun exports in, ziet per leerling wat er nog ontbreekt en bevestigt mentoren met de schoolsleutel.</source>
        <translation>You follow your students&apos; portfolios: you read in their exports, see per student what is still missing, and vouch for mentors with the school key.</translation>
    </message>
</context>
<context>
    <name>RulesModel</name>
    <message>
        <location filename="../../stageportfolio/ui/models/rules_model.py" line="59"/>
        <source>✓ voldaan</source>
        <translation>✓ met</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/models/rules_model.py" line="61"/>
        <source>✗ nog niet</source>
        <translation>✗ not yet</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/models/rules_model.py" line="62"/>
        <source>– niet beoordeeld</source>
        <translation>– not assessed</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/models/rules_model.py" line="65"/>
        <source>verplicht</source>
        <translation>required</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/models/rules_model.py" line="65"/>
        <source>advies</source>
        <translation>advice</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/models/rules_model.py" line="88"/>
        <source>{0} %</source>
        <translation>{0} %</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/models/rules_model.py" line="119"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/models/rules_model.py" line="120"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/models/rules_model.py" line="121"/>
        <source>Regel</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/models/rules_model.py" line="122"/>
        <source>Voortgang</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/models/rules_model.py" line="123"/>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
</context>
<context>
    <name>RulesTable</name>
    <message>
        <location filename="../../stageportfolio/ui/widgets/rules_table.py" line="30"/>
        <source>Regels</source>
        <translation>Rules</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/widgets/rules_table.py" line="31"/>
        <source>Regel</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/widgets/rules_table.py" line="31"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/widgets/rules_table.py" line="31"/>
        <source>Basis</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/widgets/rules_table.py" line="31"/>
        <source>Bron</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/widgets/rules_table.py" line="48"/>
        <source>verplicht</source>
        <translation>required</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/widgets/rules_table.py" line="48"/>
        <source>advies</source>
        <translation>advice</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/widgets/rules_table.py" line="79"/>
        <source>VERVALLEN: {0}</source>
        <translation>LEFT OUT: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/widgets/rules_table.py" line="81"/>
        <source>laten vallen door de school: {0}</source>
        <translation>left out by the school: {0}</translation>
    </message>
</context>
<context>
    <name>SchoolApp</name>
    <message>
        <location filename="../../stageportfolio/ui/school/app.py" line="17"/>
        <source>Schoolmodus</source>
        <translation>School mode</translation>
    </message>
</context>
<context>
    <name>SchoolOverviewModel</name>
    <message>
        <location filename="../../stageportfolio/ui/school/overview_model.py" line="48"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/overview_model.py" line="49"/>
        <source>Klas</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/overview_model.py" line="50"/>
        <source>Studierichting</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/overview_model.py" line="51"/>
        <source>Uren</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/overview_model.py" line="52"/>
        <source>Bevestigd</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/overview_model.py" line="53"/>
        <source>Handtekeningen</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/overview_model.py" line="54"/>
        <source>Tempo</source>
        <translation>Pace</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/overview_model.py" line="55"/>
        <source>Open regels</source>
        <translation>Open rules</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/overview_model.py" line="56"/>
        <source>Uren per context</source>
        <translation>Hours per context</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/overview_model.py" line="57"/>
        <source>Lijst</source>
        <translation>List</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/overview_model.py" line="58"/>
        <source>Laatste export</source>
        <translation>Last export</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/overview_model.py" line="98"/>
        <source>{0} ongeldig</source>
        <translation>{0} invalid</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/overview_model.py" line="104"/>
        <source>{0} gewijzigd na aftekening</source>
        <translation>{0} changed after sign-off</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/overview_model.py" line="110"/>
        <source>{0} niet-bevestigde sleutel</source>
        <translation>{0} unvouched key</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/overview_model.py" line="114"/>
        <source>in orde</source>
        <translation>in order</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/overview_model.py" line="123"/>
        <source>(variant van {0})</source>
        <translation>(variant of {0})</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/overview_model.py" line="171"/>
        <source>alles voldaan</source>
        <translation>all met</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/overview_model.py" line="177"/>
        <source>achter op schema</source>
        <translation>behind schedule</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/overview_model.py" line="180"/>
        <source>uren voldaan</source>
        <translation>hours met</translation>
    </message>
</context>
<context>
    <name>SchoolWindow</name>
    <message>
        <location filename="../../stageportfolio/ui/school/window.py" line="49"/>
        <location filename="../../stageportfolio/ui/school/window.py" line="383"/>
        <source>school</source>
        <translation>school</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/window.py" line="50"/>
        <source>Stageportfolio – schooloverzicht – {0}</source>
        <translation>Stageportfolio – school overview – {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/window.py" line="69"/>
        <source>Leerlingen</source>
        <translation>Students</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/window.py" line="91"/>
        <source>Klas</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/window.py" line="94"/>
        <source>Studierichting</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/window.py" line="97"/>
        <source>stageplaats</source>
        <translation>placement</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/window.py" line="100"/>
        <source>mentor</source>
        <translation>mentor</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/window.py" line="103"/>
        <source>naam</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/window.py" line="104"/>
        <source>&amp;Achter op schema</source>
        <translation>&amp;Behind schedule</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/window.py" line="106"/>
        <source>&amp;Ongeldige handtekening</source>
        <translation>Invalid &amp;signature</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/window.py" line="120"/>
        <source>&amp;Klas:</source>
        <translation>&amp;Class:</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/window.py" line="121"/>
        <source>&amp;Studierichting:</source>
        <translation>&amp;Programme:</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/window.py" line="122"/>
        <source>Stage&amp;plaats:</source>
        <translation>P&amp;lacement:</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/window.py" line="123"/>
        <source>&amp;Mentor:</source>
        <translation>&amp;Mentor:</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/window.py" line="124"/>
        <source>&amp;Naam:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/window.py" line="135"/>
        <source>Sleep de exports van je leerlingen (archieven en portfolio-PDF&apos;s, of een map zoals een Smartschool-download) naar dit venster om ze in te lezen. Dubbelklik een leerling om zijn portfolio te bekijken.</source>
        <translation>Drag your students&apos; exports (archives and portfolio PDFs, or a folder such as a Smartschool download) onto this window to read them in. Double-click a student to see their portfolio.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/window.py" line="155"/>
        <source>&amp;Leerlingen</source>
        <translation>&amp;Students</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/window.py" line="156"/>
        <location filename="../../stageportfolio/ui/school/window.py" line="450"/>
        <source>&amp;Mentoren</source>
        <translation>&amp;Mentors</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/window.py" line="186"/>
        <source>alle</source>
        <translation>all</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/window.py" line="225"/>
        <source>schoolsleutel {0}</source>
        <translation>school key {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/window.py" line="227"/>
        <source>nog geen schoolsleutel: geen handtekening telt</source>
        <translation>no school key yet: no signature counts</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/window.py" line="232"/>
        <source>{0} van {1} leerlingen · {2} · {3}</source>
        <translation>{0} of {1} students · {2} · {3}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/window.py" line="255"/>
        <source>Leerling</source>
        <translation>Student</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/window.py" line="275"/>
        <source>Er loopt al een import; wacht even.</source>
        <translation>An import is running; please wait.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/window.py" line="312"/>
        <source>Importeren</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/window.py" line="315"/>
        <source>Map met exports van leerlingen</source>
        <translation>Folder with students&apos; exports</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/window.py" line="322"/>
        <source>Exports van leerlingen</source>
        <translation>Students&apos; exports</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/window.py" line="324"/>
        <source>Portfolio&apos;s (*.zip *.pdf);;Alle bestanden (*)</source>
        <translation>Portfolios (*.zip *.pdf);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/window.py" line="335"/>
        <source>Klassenlijst uit Smartschool</source>
        <translation>Class list from Smartschool</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/window.py" line="337"/>
        <source>Klassenlijsten (*.csv *.xlsx);;Alle bestanden (*)</source>
        <translation>Class lists (*.csv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/window.py" line="347"/>
        <source>Klassenlijst</source>
        <translation>Class list</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/window.py" line="348"/>
        <source>{0}: geen bruikbare klassenlijst; er is niets veranderd.

{1}</source>
        <translation>{0}: not a usable class list; nothing was changed.

{1}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/window.py" line="355"/>
        <source>Klassenlijst ingelezen: {0} leerlingen in {1} klassen.</source>
        <translation>Class list read: {0} students in {1} classes.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/window.py" line="359"/>
        <source>Niet gevonden in de lijst: {0}.</source>
        <translation>Not found in the list: {0}.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/window.py" line="366"/>
        <source>Excel-werkmap (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/window.py" line="367"/>
        <source>CSV voor Excel (*.csv)</source>
        <translation>CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/window.py" line="368"/>
        <source>Klasrapport (*.pdf)</source>
        <translation>Class report (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/window.py" line="372"/>
        <location filename="../../stageportfolio/ui/school/window.py" line="394"/>
        <source>Overzicht exporteren</source>
        <translation>Export the overview</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/window.py" line="395"/>
        <source>{0} kan niet geschreven worden: {1}</source>
        <translation>{0} cannot be written: {1}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/window.py" line="399"/>
        <source>{0} leerlingen geschreven naar {1}</source>
        <translation>{0} students written to {1}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/window.py" line="412"/>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/window.py" line="415"/>
        <source>Map met exports &amp;importeren…</source>
        <translation>&amp;Import a folder of exports…</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/window.py" line="419"/>
        <source>Exports (&amp;bestanden) importeren…</source>
        <translation>Import export &amp;files…</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/window.py" line="421"/>
        <source>&amp;Klassenlijst importeren (Smartschool)…</source>
        <translation>Import the &amp;class list (Smartschool)…</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/window.py" line="433"/>
        <source>Overzicht exporteren als &amp;Excel (.xlsx)…</source>
        <translation>Export the overview as &amp;Excel (.xlsx)…</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/window.py" line="434"/>
        <source>Overzicht exporteren als &amp;CSV…</source>
        <translation>Export the overview as &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/window.py" line="435"/>
        <source>Klas&amp;rapport (PDF)…</source>
        <translation>Class &amp;report (PDF)…</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/window.py" line="441"/>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/window.py" line="445"/>
        <source>&amp;Leerling</source>
        <translation>&amp;Student</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/window.py" line="446"/>
        <source>Portfolio &amp;bekijken</source>
        <translation>&amp;View portfolio</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/window.py" line="451"/>
        <source>Mentorkaart &amp;bevestigen…</source>
        <translation>&amp;Vouch for a mentor card…</translation>
    </message>
</context>
<context>
    <name>SignOffDialog</name>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="223"/>
        <source>Aftekenen door de mentor</source>
        <translation>Sign-off by the mentor</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="226"/>
        <source>De mentor kiest zijn of haar naam, vinkt een hele week of losse items aan waarmee hij of zij akkoord gaat (of ‘niet akkoord’, met een reden) en tekent af met de eigen wachtzin.</source>
        <translation>The mentor chooses their name, ticks a whole week or single items they agree with (or ‘not agreed’, with a reason) and signs with their own passphrase.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="231"/>
        <source>Mentor die aftekent</source>
        <translation>Mentor who signs</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="232"/>
        <source>&amp;Mentor</source>
        <translation>&amp;Mentor</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="233"/>
        <source>&amp;Alles aanvinken</source>
        <translation>Tick &amp;all</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="234"/>
        <source>Alle items aanvinken</source>
        <translation>Tick all items</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="235"/>
        <source>Eerste keer voor deze mentor</source>
        <translation>First time for this mentor</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="242"/>
        <source>Nieuwe wachtzin</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="243"/>
        <source>Nieuwe wachtzin herhalen</source>
        <translation>Repeat the new passphrase</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="244"/>
        <source>&amp;Nieuwe wachtzin</source>
        <translation>&amp;New passphrase</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="245"/>
        <source>&amp;Herhaal de wachtzin</source>
        <translation>&amp;Repeat the passphrase</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="246"/>
        <source>Wachtzin van de mentor</source>
        <translation>Mentor&apos;s passphrase</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="247"/>
        <source>&amp;Wachtzin van de mentor</source>
        <translation>Mentor&apos;s &amp;passphrase</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="250"/>
        <source>De wachtzin verlaat dit venster nooit en wordt nergens bewaard. Zonder de wachtzin van de mentor kan de leerling niets aftekenen.</source>
        <translation>The passphrase never leaves this window and is not stored anywhere. Without the mentor&apos;s passphrase the student cannot sign anything.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="254"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="257"/>
        <source>Aftekenen</source>
        <translation>Sign</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="258"/>
        <source>Aftekenen met de wachtzin</source>
        <translation>Sign with the passphrase</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="259"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="351"/>
        <source>Er is nog geen mentor. Voeg eerst een mentor toe bij Stageplaatsen.</source>
        <translation>There is no mentor yet. First add a mentor under Placements.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="353"/>
        <source>Niets meer af te tekenen voor deze mentor.</source>
        <translation>Nothing left to sign for this mentor.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="433"/>
        <source>⚠ De twee wachtzinnen zijn niet gelijk.</source>
        <translation>⚠ The two passphrases are not the same.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="447"/>
        <source>⚠ De sleutel kon niet gemaakt worden: {0}</source>
        <translation>⚠ The key could not be made: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="464"/>
        <source>⚠ Typ de wachtzin van de mentor.</source>
        <translation>⚠ Type the mentor&apos;s passphrase.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="478"/>
        <source>✗ Verkeerde wachtzin. Er is niets afgetekend.</source>
        <translation>✗ Wrong passphrase. Nothing was signed.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="483"/>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="522"/>
        <source>✗ Aftekenen lukte niet: {0}</source>
        <translation>✗ Signing failed: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="550"/>
        <source>Mentorkaart (*.mentorkaart)</source>
        <translation>Mentor card (*.mentorkaart)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="238"/>
        <source>Nieuwe mentorsleutel: kies een wachtzin van een paar gewone woorden die niet bij elkaar horen, en herhaal ze. Een korte of bekende wachtzin wordt geweigerd.</source>
        <translation>New mentor key: choose a passphrase of a few ordinary words that do not belong together, and repeat it. A short or well-known passphrase is refused.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="255"/>
        <source>Mentor&amp;kaart opslaan…</source>
        <translation>Save mentor &amp;card…</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="256"/>
        <source>Mentorkaart voor de school opslaan</source>
        <translation>Save the mentor card for the school</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="426"/>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="501"/>
        <source>⚠ Geef een reden bij ‘niet akkoord’.</source>
        <translation>⚠ Give a reason for ‘not agreed’.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="451"/>
        <source>✓ Mentorsleutel gemaakt, vingerafdruk {0}. Mentor: schrijf die vingerafdruk op of neem er een foto van; de school vraagt ernaar voor ze je mentorkaart bevestigt. Tot dan staat bij je handtekeningen ‘niet bevestigd door een school’.</source>
        <translation>✓ Mentor key made, fingerprint {0}. Mentor: write this fingerprint down or take a photo of it; the school asks for it before it confirms your mentor card. Until then your signatures say ‘not confirmed by a school’.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="527"/>
        <source>✓ %n item(s) ondertekend met de eID van {0} (gekwalificeerde handtekening). Of {0} de mentor is, bevestigt de school.</source>
        <translation>
            <numerusform>✓ %n item signed with the eID of {0} (qualified signature). Whether {0} is the mentor is for the school to confirm.</numerusform>
            <numerusform>✓ %n items signed with the eID of {0} (qualified signature). Whether {0} is the mentor is for the school to confirm.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="544"/>
        <source>✗ Geen mentorkaart: {0}</source>
        <translation>✗ No mentor card: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="548"/>
        <source>Mentorkaart opslaan</source>
        <translation>Save mentor card</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="562"/>
        <source>✗ Niet bewaard: {0}</source>
        <translation>✗ Not saved: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="566"/>
        <source>Mentorkaart bewaard in {0}. Bezorg ze aan de school; de school belt je om de vingerafdruk {1} na te gaan.</source>
        <translation>Mentor card saved in {0}. Give it to the school; the school calls you to check the fingerprint {1}.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="260"/>
        <source>Pincode van de eID</source>
        <translation>eID PIN</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="261"/>
        <source>leeg laten: de eID-software vraagt ze zelf</source>
        <translation>leave empty: the eID software asks for it</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="262"/>
        <source>eID-&amp;pincode</source>
        <translation>eID &amp;PIN</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="263"/>
        <source>Ondertekenen met &amp;eID</source>
        <translation>Sign with &amp;eID</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="265"/>
        <source>Ondertekenen met de eID van de mentor (gekwalificeerde handtekening)</source>
        <translation>Sign with the mentor&apos;s eID (qualified signature)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="355"/>
        <source>%n item(s) wacht(en) op aftekening.</source>
        <translation>
            <numerusform>%n item waits for sign-off.</numerusform>
            <numerusform>%n items wait for sign-off.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="412"/>
        <source>%n activiteit(en)</source>
        <translation>
            <numerusform>%n activity</numerusform>
            <numerusform>%n activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="414"/>
        <source>%n keer niet akkoord</source>
        <translation>
            <numerusform>%n not agreed</numerusform>
            <numerusform>%n not agreed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="471"/>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="505"/>
        <source>⚠ Vink minstens één item of een hele week aan.</source>
        <translation>⚠ Tick at least one item or a whole week.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="487"/>
        <source>✓ %n item(s) afgetekend</source>
        <translation>
            <numerusform>✓ %n item signed</numerusform>
            <numerusform>✓ %n items signed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="519"/>
        <source>✗ Ondertekenen met de eID lukte niet: {0}</source>
        <translation>✗ Signing with the eID failed: {0}</translation>
    </message>
</context>
<context>
    <name>SignOffItems</name>
    <message>
        <location filename="../../stageportfolio/ui/widgets/signoff_items.py" line="150"/>
        <location filename="../../stageportfolio/ui/widgets/signoff_items.py" line="182"/>
        <source>Geselecteerd</source>
        <translation>Selected</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/widgets/signoff_items.py" line="163"/>
        <source>Items om af te tekenen</source>
        <translation>Items to sign</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/widgets/signoff_items.py" line="193"/>
        <source>Hele week aanvinken: {0}</source>
        <translation>Tick the whole week: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/widgets/signoff_items.py" line="222"/>
        <source>Akkoord: {0}</source>
        <translation>Agreed: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/widgets/signoff_items.py" line="223"/>
        <source>Akkoord</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/widgets/signoff_items.py" line="227"/>
        <source>Opmerking bij {0}</source>
        <translation>Comment on {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/widgets/signoff_items.py" line="228"/>
        <location filename="../../stageportfolio/ui/widgets/signoff_items.py" line="310"/>
        <source>opmerking (mag leeg blijven)</source>
        <translation>comment (may stay empty)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/widgets/signoff_items.py" line="229"/>
        <source>niet akkoord</source>
        <translation>not agreed</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/widgets/signoff_items.py" line="231"/>
        <source>Niet akkoord met {0}</source>
        <translation>Not agreed with {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/widgets/signoff_items.py" line="241"/>
        <source>Niveau volgens de mentor: {0}</source>
        <translation>Mentor&apos;s level: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/widgets/signoff_items.py" line="249"/>
        <source>Voorgesteld door de leerling: {0}</source>
        <translation>Proposed by the student: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/widgets/signoff_items.py" line="268"/>
        <source>Notitie van de leerling: {0}</source>
        <translation>Student&apos;s note: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/widgets/signoff_items.py" line="270"/>
        <source>Reflectie van de leerling: {0}</source>
        <translation>Student&apos;s reflection: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/widgets/signoff_items.py" line="281"/>
        <source>Eerder niet akkoord: {0}</source>
        <translation>Not agreed earlier: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/widgets/signoff_items.py" line="308"/>
        <source>reden (verplicht)</source>
        <translation>reason (required)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../stageportfolio/ui/widgets/signoff_items.py" line="339"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/widgets/signoff_items.py" line="355"/>
        <source>{0} geselecteerd</source>
        <translation>{0} selected</translation>
    </message>
    <message numerus="yes">
        <location filename="../../stageportfolio/ui/widgets/signoff_items.py" line="357"/>
        <source>%n activiteit(en) geselecteerd</source>
        <translation>
            <numerusform>%n activity selected</numerusform>
            <numerusform>%n activities selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../stageportfolio/ui/widgets/signoff_items.py" line="359"/>
        <source>%n item(s) niet akkoord</source>
        <translation>
            <numerusform>%n item not agreed</numerusform>
            <numerusform>%n items not agreed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/widgets/signoff_items.py" line="360"/>
        <source>Nog niets aangevinkt.</source>
        <translation>Nothing ticked yet.</translation>
    </message>
</context>
<context>
    <name>SigningActions</name>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="250"/>
        <source>Aftekenen door de mentor</source>
        <translation>Sign-off by the mentor</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="258"/>
        <source>Voeg eerst een mentor toe bij Stageplaatsen.</source>
        <translation>First add a mentor under Placements.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="289"/>
        <source>Alle mentors</source>
        <translation>All mentors</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="293"/>
        <source>Voor welke mentor is het verzoek?</source>
        <translation>Which mentor is the request for?</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="304"/>
        <source>Aftekenverzoek maken</source>
        <translation>Make sign-off request</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="333"/>
        <source>Het aftekenverzoek staat in {0}. Bezorg dit bestand aan je mentor (bv. via e-mail of een USB-stick). De mentor opent het in Stageportfolio en stuurt een aftekening terug.</source>
        <translation>The sign-off request is saved in {0}. Give this file to your mentor (e.g. by e-mail or on a USB stick). The mentor opens it in Stageportfolio and sends back a sign-off.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="372"/>
        <source>Aftekening inlezen</source>
        <translation>Read sign-off</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="401"/>
        <source>Niet toegevoegd ({0}):</source>
        <translation>Not added ({0}):</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="449"/>
        <source>Handtekeningen controleren</source>
        <translation>Check signatures</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="463"/>
        <source>&amp;Aftekenen</source>
        <translation>&amp;Sign-off</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="467"/>
        <source>Aftekenen door de &amp;mentor…</source>
        <translation>Sign-off by the &amp;mentor…</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="470"/>
        <source>&amp;Aftekenverzoek maken…</source>
        <translation>Make sign-off re&amp;quest…</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="471"/>
        <source>Aftekening &amp;inlezen…</source>
        <translation>&amp;Read sign-off…</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="475"/>
        <source>Handtekeningen &amp;controleren…</source>
        <translation>&amp;Check signatures…</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="316"/>
        <source>Aftekenverzoek (*.aftekenverzoek)</source>
        <translation>Sign-off request (*.aftekenverzoek)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="381"/>
        <source>Aftekening (*.aftekening *.aftekening.json);;JSON-bestanden (*.json)</source>
        <translation>Sign-off (*.aftekening *.aftekening.json);;JSON files (*.json)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="416"/>
        <source>Bevestigde mentorkaarten toevoegen</source>
        <translation>Add confirmed mentor cards</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="425"/>
        <source>Mentorkaarten (*.mentorkaart *.mentorkaart.json);;JSON-bestanden (*.json)</source>
        <translation>Mentor cards (*.mentorkaart *.mentorkaart.json);;JSON files (*.json)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="479"/>
        <source>Bevestigde mentor&amp;kaarten toevoegen…</source>
        <translation>Add confirmed mentor car&amp;ds…</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="472"/>
        <source>&amp;Papieren aftekenblad…</source>
        <translation>&amp;Paper sign-off sheet…</translation>
    </message>
</context>
<context>
    <name>SigningCounts</name>
    <message numerus="yes">
        <location filename="../../stageportfolio/ui/signing_actions.py" line="349"/>
        <source>%n aftekening(en) toegevoegd.</source>
        <translation>
            <numerusform>%n sign-off added.</numerusform>
            <numerusform>%n sign-offs added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../stageportfolio/ui/signing_actions.py" line="353"/>
        <source>Bij %n daarvan is de mentor niet akkoord; de reden staat bij het item. Pas het aan en vraag opnieuw om aftekening.</source>
        <translation>
            <numerusform>For %n of them the mentor does not agree; the reason is shown with the item. Change it and ask for sign-off again.</numerusform>
            <numerusform>For %n of them the mentor does not agree; the reason is shown with the item. Change them and ask for sign-off again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../stageportfolio/ui/signing_actions.py" line="360"/>
        <source>%n stond(en) er al in en werd(en) overgeslagen.</source>
        <translation>
            <numerusform>%n was already there and was skipped.</numerusform>
            <numerusform>%n were already there and were skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../stageportfolio/ui/signing_actions.py" line="364"/>
        <source>%n bevestigde mentorkaart(en) toegevoegd. Ze gaan mee in je archief en je PDF.</source>
        <translation>
            <numerusform>%n confirmed mentor card added. It goes along in your archive and your PDF.</numerusform>
            <numerusform>%n confirmed mentor cards added. They go along in your archive and your PDF.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StudentWindow</name>
    <message>
        <location filename="../../stageportfolio/ui/school/student_window.py" line="84"/>
        <source>{0} – {1} (alleen-lezen)</source>
        <translation>{0} – {1} (read-only)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/student_window.py" line="95"/>
        <source>&amp;PDF openen</source>
        <translation>Open &amp;PDF</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/student_window.py" line="98"/>
        <source>PDF &amp;opslaan als…</source>
        <translation>&amp;Save PDF as…</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/student_window.py" line="100"/>
        <source>&amp;Schoolzegel zetten…</source>
        <translation>&amp;Apply school seal…</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/student_window.py" line="106"/>
        <source>Enkel een ingeleverde portfolio-PDF kan het schoolzegel krijgen.</source>
        <translation>Only a portfolio PDF that was handed in can get the school seal.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/student_window.py" line="111"/>
        <source>Er is nog geen schoolsleutel (stageportfolio school-init).</source>
        <translation>There is no school key yet (stageportfolio school-init).</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/student_window.py" line="116"/>
        <source>Verzegel deze PDF met de sleutel van {0}: wie de schoolsleutel vertrouwt, ziet dat de school hem zo nakeek.</source>
        <translation>Seal this PDF with the key of {0}: whoever trusts the school key sees that the school checked it as it is.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/student_window.py" line="121"/>
        <source>Ingeleverd bestand: {0}</source>
        <translation>File handed in: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/student_window.py" line="145"/>
        <source>Oordeel van de school (enkel mentoren die de school bevestigde tellen):</source>
        <translation>The school&apos;s verdict (only mentors the school vouched for count):</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/student_window.py" line="165"/>
        <source>PDF opslaan</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/student_window.py" line="178"/>
        <source>Schoolzegel</source>
        <translation>School seal</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/student_window.py" line="182"/>
        <source>Wachtzin van de school ({0}):</source>
        <translation>Passphrase of the school ({0}):</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/student_window.py" line="190"/>
        <source>Verkeerde wachtzin; er is niets verzegeld.</source>
        <translation>Wrong passphrase; nothing was sealed.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/student_window.py" line="197"/>
        <source>Verzegelde PDF opslaan</source>
        <translation>Save sealed PDF</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/student_window.py" line="207"/>
        <source>{0} is niet geschreven: {1}</source>
        <translation>{0} was not written: {1}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/student_window.py" line="214"/>
        <source>Schoolzegel van {0} gezet: {1}
Nakijken kan met: stageportfolio verify BESTAND --trust SCHOOL.pub</source>
        <translation>School seal of {0} applied: {1}
Check it with: stageportfolio verify FILE --trust SCHOOL.pub</translation>
    </message>
</context>
<context>
    <name>VerificationDialog</name>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="178"/>
        <source>Handtekeningen controleren</source>
        <translation>Check signatures</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="184"/>
        <source>Er zijn nog geen handtekeningen in dit portfolio.</source>
        <translation>There are no signatures in this portfolio yet.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="206"/>
        <source>Handtekeningen</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="222"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="187"/>
        <source>{0} geldig, {1} gewijzigd na aftekening, {2} ongeldig, {3} zonder handtekening.</source>
        <translation>{0} valid, {1} changed after sign-off, {2} invalid, {3} without a signature.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="194"/>
        <source>Dit zijn feiten, geen oordeel van de school. Een school bevestigt een mentor door diens mentorkaart met de schoolsleutel te ondertekenen. Of die sleutel echt van je school is, gaat wie je portfolio ontvangt zelf na met de vingerafdruk van de school (stageportfolio verify BESTAND --trust SCHOOL.pub).</source>
        <translation>These are facts, not the school&apos;s verdict. A school confirms a mentor by signing the mentor&apos;s card with the school key. Whether that key really is your school&apos;s is checked by whoever receives your portfolio, with the school&apos;s fingerprint (stageportfolio verify FILE --trust SCHOOL.pub).</translation>
    </message>
</context>
<context>
    <name>VerificationModel</name>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="69"/>
        <source>✓ geldig</source>
        <translation>✓ valid</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="70"/>
        <source>⚠ gewijzigd na aftekening</source>
        <translation>⚠ changed after sign-off</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="72"/>
        <source>✗ ongeldig</source>
        <translation>✗ invalid</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="94"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="95"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="97"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="98"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="132"/>
        <source>De handtekening klopt met het item zoals het nu is.</source>
        <translation>The signature matches the item as it is now.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="135"/>
        <source>De handtekening is echt, maar het item is na de aftekening gewijzigd of verwijderd.</source>
        <translation>The signature is genuine, but the item was changed or deleted after sign-off.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="140"/>
        <source>De handtekening klopt niet (vervalst of beschadigd).</source>
        <translation>The signature does not match (forged or damaged).</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="67"/>
        <source>✗ niet akkoord</source>
        <translation>✗ not agreed</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="71"/>
        <source>eerdere versie</source>
        <translation>earlier version</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="73"/>
        <source>✗ zonder handtekening</source>
        <translation>✗ without a signature</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="80"/>
        <source>ondertekend door schoolsleutel {0} (vergelijk met de vingerafdruk van je school)</source>
        <translation>signed by school key {0} (compare with your school&apos;s fingerprint)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="84"/>
        <source>niet bevestigd door een school</source>
        <translation>not confirmed by a school</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="96"/>
        <source>Sleutel</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="99"/>
        <source>Mentorkaart</source>
        <translation>Mentor card</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="108"/>
        <source>{0} (naam niet bevestigd)</source>
        <translation>{0} (name not confirmed)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="143"/>
        <source>Een aftekening zonder handtekening: ze telt voor geen enkele regel.</source>
        <translation>A sign-off without a signature: it counts for no rule.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/signing_actions.py" line="147"/>
        <source>Over een eerdere versie van het item; een latere beslissing vervangt ze.</source>
        <translation>About an earlier version of the item; a later decision replaces it.</translation>
    </message>
</context>
<context>
    <name>VouchDialog</name>
    <message>
        <location filename="../../stageportfolio/ui/school/mentors.py" line="161"/>
        <source>Mentorkaart bevestigen</source>
        <translation>Vouch for a mentor card</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/mentors.py" line="164"/>
        <source>&amp;Kiezen…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/mentors.py" line="177"/>
        <source>Bel de mentor via het nummer van de stageplaats (niet via de leerling) en laat de mentor de vingerafdruk voorlezen uit de eigen app. Typ wat je hoort; lees hem niet zelf voor.</source>
        <translation>Call the mentor on the placement&apos;s number (not through the student) and let the mentor read the fingerprint from their own app. Type what you hear; do not read it out yourself.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/mentors.py" line="186"/>
        <source>&amp;Mentorkaart:</source>
        <translation>&amp;Mentor card:</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/mentors.py" line="189"/>
        <source>&amp;Vingerafdruk die de mentor voorlas:</source>
        <translation>&amp;Fingerprint the mentor read out:</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/mentors.py" line="190"/>
        <source>&amp;Wachtzin van de school:</source>
        <translation>The school&apos;s &amp;passphrase:</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/mentors.py" line="203"/>
        <source>Mentorkaart</source>
        <translation>Mentor card</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/school/mentors.py" line="203"/>
        <source>Mentorkaarten (*.json)</source>
        <translation>Mentor cards (*.json)</translation>
    </message>
</context>
<context>
    <name>WeekDialog</name>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/week_dialog.py" line="58"/>
        <source>Week invullen</source>
        <translation>Fill in week</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/week_dialog.py" line="62"/>
        <source>Stageplaats</source>
        <translation>Placement</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/week_dialog.py" line="81"/>
        <source>◀ &amp;Vorige week</source>
        <translation>◀ &amp;Previous week</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/week_dialog.py" line="82"/>
        <source>Page Up</source>
        <translation>Page Up</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/week_dialog.py" line="84"/>
        <source>V&amp;olgende week ▶</source>
        <translation>&amp;Next week ▶</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/week_dialog.py" line="85"/>
        <source>Page Down</source>
        <translation>Page Down</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/week_dialog.py" line="109"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/week_dialog.py" line="111"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/week_dialog.py" line="116"/>
        <source>&amp;Stageplaats:</source>
        <translation>&amp;Placement:</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/week_dialog.py" line="147"/>
        <source>al {0} uur gelogd</source>
        <translation>{0} hours logged already</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/week_dialog.py" line="149"/>
        <source>na vandaag</source>
        <translation>after today</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/week_dialog.py" line="151"/>
        <source>buiten de periode van de stageplaats</source>
        <translation>outside the placement&apos;s period</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/week_dialog.py" line="153"/>
        <source>vakantie of feestdag</source>
        <translation>holiday or public holiday</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/week_dialog.py" line="155"/>
        <source>geen stagedag volgens het rooster</source>
        <translation>not a placement day in the schedule</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/week_dialog.py" line="164"/>
        <source>Week van {0} tot en met {1}</source>
        <translation>Week of {0} to {1}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/week_dialog.py" line="170"/>
        <source>Je hebt nog geen stageplaats: voeg er eerst een toe bij Stageplaatsen.</source>
        <translation>You have no placement yet: add one under Placements first.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/week_dialog.py" line="175"/>
        <source>Deze stageplaats heeft nog geen rooster: de week loopt van maandag tot vrijdag. Vul het rooster in bij Stageplaatsen, dan klopt deze week meteen.</source>
        <translation>This placement has no schedule yet: the week runs from Monday to Friday. Fill in the schedule under Placements, and this week is right at once.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/week_dialog.py" line="199"/>
        <source>Uren op {0}</source>
        <translation>Hours on {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/week_dialog.py" line="200"/>
        <source>uren</source>
        <translation>hours</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/week_dialog.py" line="245"/>
        <source>{0}: typ de uren als 7,5 of 7:30.</source>
        <translation>{0}: type the hours as 7.5 or 7:30.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/week_dialog.py" line="255"/>
        <source>Geen dagen om toe te voegen in deze week.</source>
        <translation>No days to add in this week.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/week_dialog.py" line="260"/>
        <source>{0} dagen, samen {1} uur, worden toegevoegd.</source>
        <translation>{0} days, {1} hours in all, will be added.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/week_dialog.py" line="264"/>
        <source>1 dag van {0} uur wordt toegevoegd.</source>
        <translation>1 day of {0} hours will be added.</translation>
    </message>
</context>
<context>
    <name>YearPage</name>
    <message>
        <location filename="../../stageportfolio/ui/wizard.py" line="279"/>
        <location filename="../../stageportfolio/ui/wizard.py" line="282"/>
        <location filename="../../stageportfolio/ui/wizard.py" line="303"/>
        <location filename="../../stageportfolio/ui/wizard.py" line="305"/>
        <source>Schooljaar</source>
        <translation>School year</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/wizard.py" line="287"/>
        <location filename="../../stageportfolio/ui/wizard.py" line="304"/>
        <source>&amp;Schooljaar (bv. 2026-2027):</source>
        <translation>&amp;School year (e.g. 2026-2027):</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/wizard.py" line="298"/>
        <source>Begin van je EVC-traject</source>
        <translation>Start of your RPL route</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/wizard.py" line="299"/>
        <source>&amp;Jaar waarin je traject begint (bv. 2026-2027):</source>
        <translation>&amp;Year your route starts (e.g. 2026-2027):</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/wizard.py" line="300"/>
        <source>Jaar waarin je EVC-traject begint</source>
        <translation>Year your RPL route starts</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/wizard.py" line="301"/>
        <source>Het jaar van je EVC-traject; je mag het leeg laten.</source>
        <translation>The year of your RPL route; you may leave it empty.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/wizard.py" line="306"/>
        <source>Klopt dit schooljaar? Druk dan op Enter om te starten.</source>
        <translation>Is this school year right? Then press Enter to start.</translation>
    </message>
</context>
<context>
    <name>section</name>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="105"/>
        <source>Bewijsstuk {0} beschrijven</source>
        <translation>Describe evidence {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/placements.py" line="66"/>
        <source>Stageplaats {0} verwijderen</source>
        <translation>Delete placement {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/placements.py" line="131"/>
        <source>Mentor {0} verwijderen</source>
        <translation>Delete mentor {0}</translation>
    </message>
</context>
<context>
    <name>self.section</name>
    <message>
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="119"/>
        <source>Het bewijsstuk kon niet bewaard worden: {0}</source>
        <translation>The evidence could not be saved: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="112"/>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="146"/>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="182"/>
        <source>Ongedaan maken lukte niet: {0}</source>
        <translation>Undo failed: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="124"/>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="190"/>
        <source>Opnieuw uitvoeren lukte niet: {0}</source>
        <translation>Redo failed: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/hours.py" line="139"/>
        <source>Verwijderen lukte niet: {0}</source>
        <translation>Deleting failed: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/placements.py" line="81"/>
        <source>De stageplaats kon niet verwijderd worden: {0}</source>
        <translation>The placement could not be deleted: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/placements.py" line="91"/>
        <source>De stageplaats kon niet teruggezet worden: {0}</source>
        <translation>The placement could not be restored: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/placements.py" line="100"/>
        <source>De stageplaats is teruggezet, maar {0} uurregels konden er niet opnieuw aan gekoppeld worden. Koppel ze zelf in Uren.</source>
        <translation>The placement was restored, but {0} hour lines could not be linked to it again. Link them yourself in Hours.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/placements.py" line="152"/>
        <source>De mentor kon niet verwijderd worden: {0}</source>
        <translation>The mentor could not be deleted: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/sections/placements.py" line="167"/>
        <source>De mentor kon niet teruggezet worden: {0}</source>
        <translation>The mentor could not be restored: {0}</translation>
    </message>
</context>
</TS>
