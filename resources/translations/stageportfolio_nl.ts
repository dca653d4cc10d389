<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE" sourcelanguage="nl_BE">
<context>
    <name>ActivitiesSection</name>
    <message numerus="yes">
        <location filename="../../stageportfolio/ui/sections/activities.py" line="275"/>
        <source> · %n activiteit(en) getoond.</source>
        <translation>
            <numerusform> · %n activiteit getoond.</numerusform>
            <numerusform> · %n activiteiten getoond.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddListDialog</name>
    <message numerus="yes">
        <location filename="../../stageportfolio/ui/dialogs/add_list_dialog.py" line="97"/>
        <source>{0} kan niet toegevoegd worden: %n probleem/problemen.</source>
        <translation>
            <numerusform>{0} kan niet toegevoegd worden: %n probleem.</numerusform>
            <numerusform>{0} kan niet toegevoegd worden: %n problemen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message numerus="yes">
        <location filename="../../stageportfolio/ui/dialogs/csv_import_dialog.py" line="305"/>
        <source>%n probleem/problemen</source>
        <translation>
            <numerusform>%n probleem</numerusform>
            <numerusform>%n problemen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../stageportfolio/ui/dialogs/csv_import_dialog.py" line="317"/>
        <source>%n regel(s), samen {0} uur, wordt/worden toegevoegd.</source>
        <translation>
            <numerusform>%n regel van {0} uur wordt toegevoegd.</numerusform>
            <numerusform>%n regels, samen {0} uur, worden toegevoegd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message numerus="yes">
        <location filename="../../stageportfolio/ui/dialogs/evidence_dialog.py" line="210"/>
        <source>%n competentie(s)</source>
        <translation>
            <numerusform>%n competentie</numerusform>
            <numerusform>%n competenties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../stageportfolio/ui/dialogs/evidence_dialog.py" line="212"/>
        <source>{0} en %n attest(en) aangevinkt</source>
        <translation>
            <numerusform>{0} en %n attest aangevinkt</numerusform>
            <numerusform>{0} en %n attesten aangevinkt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceSection</name>
    <message numerus="yes">
        <location filename="../../stageportfolio/ui/sections/evidence.py" line="523"/>
        <source>✓ %n bewijsstuk(ken)</source>
        <translation>
            <numerusform>✓ %n bewijsstuk</numerusform>
            <numerusform>✓ %n bewijsstukken</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HoursSection</name>
    <message numerus="yes">
        <location filename="../../stageportfolio/ui/sections/hours.py" line="844"/>
        <source>%n regel(s) verwijderd. Ctrl+Z (Ongedaan maken) zet ze terug.</source>
        <translation>
            <numerusform>%n regel verwijderd. Ctrl+Z (Ongedaan maken) zet hem terug.</numerusform>
            <numerusform>%n regels verwijderd. Ctrl+Z (Ongedaan maken) zet ze terug.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MentorWindow</name>
    <message numerus="yes">
        <location filename="../../stageportfolio/ui/mentor_window.py" line="541"/>
        <source>%n item(s) wacht(en) op aftekening.</source>
        <translation>
            <numerusform>%n item wacht op aftekening.</numerusform>
            <numerusform>%n items wachten op aftekening.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../stageportfolio/ui/mentor_window.py" line="736"/>
        <source>%n item(s) afgetekend met je eID en bewaard in {0}. Geef dit bestand aan {1}.</source>
        <translation>
            <numerusform>%n item afgetekend met je eID en bewaard in {0}. Geef dit bestand aan {1}.</numerusform>
            <numerusform>%n items afgetekend met je eID en bewaard in {0}. Geef dit bestand aan {1}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../stageportfolio/ui/mentor_window.py" line="740"/>
        <source>%n item(s) afgetekend en bewaard in {0}. Geef dit bestand aan {1}.</source>
        <translation>
            <numerusform>%n item afgetekend en bewaard in {0}. Geef dit bestand aan {1}.</numerusform>
            <numerusform>%n items afgetekend en bewaard in {0}. Geef dit bestand aan {1}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../stageportfolio/ui/mentor_window.py" line="745"/>
        <source>Het bevat ook wat je eerder aftekende sinds je dit verzoek opende: %n aftekening(en) in totaal.</source>
        <translation>
            <numerusform>Het bevat ook wat je eerder aftekende sinds je dit verzoek opende: %n aftekening in totaal.</numerusform>
            <numerusform>Het bevat ook wat je eerder aftekende sinds je dit verzoek opende: %n aftekeningen in totaal.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MentorsTab</name>
    <message numerus="yes">
        <location filename="../../stageportfolio/ui/school/mentors.py" line="94"/>
        <source>⚠ {0}: %n dag(en) met te veel leerlingen</source>
        <translation>
            <numerusform>⚠ {0}: %n dag met te veel leerlingen</numerusform>
            <numerusform>⚠ {0}: %n dagen met te veel leerlingen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortfolioPdfSection</name>
    <message numerus="yes">
        <location filename="../../stageportfolio/ui/sections/portfoliopdf.py" line="257"/>
        <source>Voorbeeld klaar: %n pagina(&apos;s).</source>
        <translation>
            <numerusform>Voorbeeld klaar: %n pagina.</numerusform>
            <numerusform>Voorbeeld klaar: %n pagina&apos;s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignOffDialog</name>
    <message numerus="yes">
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="355"/>
        <source>%n item(s) wacht(en) op aftekening.</source>
        <translation>
            <numerusform>%n item wacht op aftekening.</numerusform>
            <numerusform>%n items wachten op aftekening.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="412"/>
        <source>%n activiteit(en)</source>
        <translation>
            <numerusform>%n activiteit</numerusform>
            <numerusform>%n activiteiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="414"/>
        <source>%n keer niet akkoord</source>
        <translation>
            <numerusform>%n keer niet akkoord</numerusform>
            <numerusform>%n keer niet akkoord</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="487"/>
        <source>✓ %n item(s) afgetekend</source>
        <translation>
            <numerusform>✓ %n item afgetekend</numerusform>
            <numerusform>✓ %n items afgetekend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="527"/>
        <source>✓ %n item(s) ondertekend met de eID van {0} (gekwalificeerde handtekening). Of {0} de mentor is, bevestigt de school.</source>
        <translation>
            <numerusform>✓ %n item ondertekend met de eID van {0} (gekwalificeerde handtekening). Of {0} de mentor is, bevestigt de school.</numerusform>
            <numerusform>✓ %n items ondertekend met de eID van {0} (gekwalificeerde handtekening). Of {0} de mentor is, bevestigt de school.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignOffItems</name>
    <message numerus="yes">
        <location filename="../../stageportfolio/ui/widgets/signoff_items.py" line="339"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../stageportfolio/ui/widgets/signoff_items.py" line="357"/>
        <source>%n activiteit(en) geselecteerd</source>
        <translation>
            <numerusform>%n activiteit geselecteerd</numerusform>
            <numerusform>%n activiteiten geselecteerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../stageportfolio/ui/widgets/signoff_items.py" line="359"/>
        <source>%n item(s) niet akkoord</source>
        <translation>
            <numerusform>%n item niet akkoord</numerusform>
            <numerusform>%n items niet akkoord</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SigningCounts</name>
    <message numerus="yes">
        <location filename="../../stageportfolio/ui/signing_actions.py" line="349"/>
        <source>%n aftekening(en) toegevoegd.</source>
        <translation>
            <numerusform>%n aftekening toegevoegd.</numerusform>
            <numerusform>%n aftekeningen toegevoegd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../stageportfolio/ui/signing_actions.py" line="353"/>
        <source>Bij %n daarvan is de mentor niet akkoord; de reden staat bij het item. Pas het aan en vraag opnieuw om aftekening.</source>
        <translation>
            <numerusform>Bij %n daarvan is de mentor niet akkoord; de reden staat bij het item. Pas het aan en vraag opnieuw om aftekening.</numerusform>
            <numerusform>Bij %n daarvan is de mentor niet akkoord; de reden staat bij elk item. Pas ze aan en vraag opnieuw om aftekening.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../stageportfolio/ui/signing_actions.py" line="360"/>
        <source>%n stond(en) er al in en werd(en) overgeslagen.</source>
        <translation>
            <numerusform>%n stond er al in en werd overgeslagen.</numerusform>
            <numerusform>%n stonden er al in en werden overgeslagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../stageportfolio/ui/signing_actions.py" line="364"/>
        <source>%n bevestigde mentorkaart(en) toegevoegd. Ze gaan mee in je archief en je PDF.</source>
        <translation>
            <numerusform>%n bevestigde mentorkaart toegevoegd. Ze gaat mee in je archief en je PDF.</numerusform>
            <numerusform>%n bevestigde mentorkaarten toegevoegd. Ze gaan mee in je archief en je PDF.</numerusform>
        </translation>
    </message>
</context>
</TS>
