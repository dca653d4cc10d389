<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE" sourcelanguage="nl_BE">
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
    <name>SignOffDialog</name>
    <message numerus="yes">
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="356"/>
        <source>%n item(s) wacht(en) op aftekening.</source>
        <translation>
            <numerusform>%n item wacht op aftekening.</numerusform>
            <numerusform>%n items wachten op aftekening.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="404"/>
        <source>%n activiteit(en)</source>
        <translation>
            <numerusform>%n activiteit</numerusform>
            <numerusform>%n activiteiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="406"/>
        <source>%n keer niet akkoord</source>
        <translation>
            <numerusform>%n keer niet akkoord</numerusform>
            <numerusform>%n keer niet akkoord</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="479"/>
        <source>✓ %n item(s) afgetekend</source>
        <translation>
            <numerusform>✓ %n item afgetekend</numerusform>
            <numerusform>✓ %n items afgetekend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="519"/>
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
</TS>
