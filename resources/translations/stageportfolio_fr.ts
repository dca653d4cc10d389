<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE" sourcelanguage="nl_BE">
<context>
    <name>MentorWindow</name>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="126"/>
        <source>Je mentorprofiel kan niet gelezen worden ({0}).</source>
        <translation>Votre profil de maître de stage ne peut pas être lu ({0}).</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="137"/>
        <source>Stageportfolio – mentormodus</source>
        <translation>Stageportfolio – mode maître de stage</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="139"/>
        <source>&lt;h2&gt;Je mentorprofiel&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Votre profil de maître de stage&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="142"/>
        <source>Maak eenmalig je mentorprofiel. Daarmee teken je de aftekenverzoeken van je studenten af; de school herkent je handtekening aan je mentorkaart.</source>
        <translation>Créez une seule fois votre profil de maître de stage. Il vous permet de signer les demandes de validation de vos stagiaires&#xa0;; l&apos;école reconnaît votre signature grâce à votre carte de maître de stage.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="146"/>
        <source>Naam van de mentor</source>
        <translation>Nom du maître de stage</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="147"/>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="148"/>
        <source>&amp;Social profit</source>
        <translation>Non m&amp;archand (social profit)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="149"/>
        <source>&amp;Lokaal bestuur</source>
        <translation>Pouvoir &amp;local</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="150"/>
        <source>Wachtzin</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="151"/>
        <source>Wachtzin herhalen</source>
        <translation>Répéter la phrase secrète</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="155"/>
        <source>&amp;Naam</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="156"/>
        <source>&amp;Organisatie</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="157"/>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="158"/>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="180"/>
        <source>&amp;Wachtzin</source>
        <translation>&amp;Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="159"/>
        <source>&amp;Herhaal de wachtzin</source>
        <translation>&amp;Répétez la phrase secrète</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="166"/>
        <source>De wachtzin beschermt je sleutel: zonder wachtzin kan niemand in jouw naam aftekenen. Kies een paar gewone woorden die niet bij elkaar horen; een korte of bekende wachtzin wordt geweigerd. De wachtzin wordt nergens bewaard; onthoud ze goed.</source>
        <translation>La phrase secrète protège votre clé&#xa0;: sans elle, personne ne peut signer en votre nom. Choisissez quelques mots courants sans lien entre eux&#xa0;; une phrase courte ou connue est refusée. La phrase secrète n&apos;est enregistrée nulle part&#xa0;: retenez-la bien.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="172"/>
        <source>&amp;Mentorprofiel maken</source>
        <translation>&amp;Créer le profil</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="174"/>
        <source>Mentor&amp;kaart opslaan…</source>
        <translation>Enregistrer la &amp;carte de maître de stage…</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="175"/>
        <source>Aftekenverzoek &amp;openen…</source>
        <translation>&amp;Ouvrir une demande de validation…</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="176"/>
        <source>Aftekenverzoek</source>
        <translation>Demande de validation</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="177"/>
        <source>Waarschuwing</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="178"/>
        <source>&amp;Alles aanvinken</source>
        <translation>&amp;Tout cocher</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="179"/>
        <source>Wachtzin van de mentor</source>
        <translation>Phrase secrète du maître de stage</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="181"/>
        <source>Aftekenen en op&amp;slaan…</source>
        <translation>&amp;Signer et enregistrer…</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="182"/>
        <source>Ondertekenen met &amp;eID…</source>
        <translation>Signer avec l&apos;&amp;eID…</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="184"/>
        <source>Ondertekenen met je eID (gekwalificeerde handtekening) en opslaan</source>
        <translation>Signer avec votre eID (signature qualifiée) et enregistrer</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="186"/>
        <source>Afgetekend</source>
        <translation>Déjà signé</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="187"/>
        <source>Wat je al aftekende</source>
        <translation>Ce que vous avez déjà signé</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="190"/>
        <source>Open het aftekenverzoek dat je van je student kreeg (een bestand dat eindigt op .aftekenverzoek).</source>
        <translation>Ouvrez la demande de validation reçue de votre stagiaire (un fichier qui se termine par .aftekenverzoek).</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="195"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="273"/>
        <source>De twee wachtzinnen verschillen.</source>
        <translation>Les deux phrases secrètes sont différentes.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="278"/>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="300"/>
        <source>Vul je naam in.</source>
        <translation>Indiquez votre nom.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="296"/>
        <source>Het mentorprofiel kon niet gemaakt worden: {0}</source>
        <translation>Le profil n&apos;a pas pu être créé&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="306"/>
        <source>Het mentorprofiel kon niet bewaard worden: {0}</source>
        <translation>Le profil n&apos;a pas pu être enregistré&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="316"/>
        <source>Je mentorprofiel is klaar. Schrijf de vingerafdruk van je sleutel op: de school vraagt ernaar voor ze je mentorkaart bevestigt. Bewaar nu je mentorkaart en bezorg ze aan de school.</source>
        <translation>Votre profil est prêt. Notez l&apos;empreinte de votre clé&#xa0;: l&apos;école vous la demandera avant de confirmer votre carte de maître de stage. Enregistrez maintenant votre carte et remettez-la à l&apos;école.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="421"/>
        <source>Mentor: {0}
Vingerafdruk van je sleutel: {1}</source>
        <translation>Maître de stage&#xa0;: {0}
Empreinte de votre clé&#xa0;: {1}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="433"/>
        <source>Mentorkaart opslaan</source>
        <translation>Enregistrer la carte de maître de stage</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="435"/>
        <source>Mentorkaart (*.mentorkaart)</source>
        <translation>Carte de maître de stage (*.mentorkaart)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="448"/>
        <source>De mentorkaart kon niet bewaard worden: {0}</source>
        <translation>La carte de maître de stage n&apos;a pas pu être enregistrée&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="453"/>
        <source>Mentorkaart bewaard in {0}. Bezorg dit bestand aan de school.</source>
        <translation>Carte de maître de stage enregistrée dans {0}. Remettez ce fichier à l&apos;école.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="459"/>
        <source>Aftekenverzoek openen</source>
        <translation>Ouvrir une demande de validation</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="462"/>
        <source>Aftekenverzoek (*.aftekenverzoek *.aftekenverzoek.json);;JSON-bestanden (*.json)</source>
        <translation>Demande de validation (*.aftekenverzoek *.aftekenverzoek.json);;Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="476"/>
        <source>Maak eerst je mentorprofiel; daarna opent het aftekenverzoek {0}.</source>
        <translation>Créez d&apos;abord votre profil&#xa0;; la demande de validation {0} s&apos;ouvrira ensuite.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="488"/>
        <source>Dit bestand kan niet geopend worden als aftekenverzoek; vraag de student om een nieuw verzoek. Details: {0}</source>
        <translation>Ce fichier ne peut pas être ouvert comme demande de validation&#xa0;; demandez une nouvelle demande au stagiaire. Détails (en néerlandais)&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="534"/>
        <source>Student: {0} (portfolio {1})</source>
        <translation>Stagiaire&#xa0;: {0} (portfolio {1})</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="538"/>
        <source>Opleiding volgens het verzoek: {0}</source>
        <translation>Formation selon la demande&#xa0;: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../stageportfolio/ui/mentor_window.py" line="541"/>
        <source>%n item(s) wacht(en) op aftekening.</source>
        <translation>
            <numerusform>%n élément attend votre validation.</numerusform>
            <numerusform>%n éléments attendent votre validation.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="543"/>
        <source>Alles uit dit verzoek is afgetekend.</source>
        <translation>Tout ce qui figure dans cette demande est signé.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="568"/>
        <source>✗ niet akkoord: {0} — {1}</source>
        <translation>✗ pas d&apos;accord&#xa0;: {0} — {1}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="570"/>
        <source>✓ akkoord: {0} — {1}</source>
        <translation>✓ d&apos;accord&#xa0;: {0} — {1}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="574"/>
        <source>✓ akkoord: {0}</source>
        <translation>✓ d&apos;accord&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="606"/>
        <source>Ondertekenen met eID</source>
        <translation>Signer avec l&apos;eID</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="608"/>
        <source>Steek je eID in de lezer. Pincode (leeg laten als de eID-software ze zelf vraagt); ze wordt nergens bewaard:</source>
        <translation>Insérez votre carte eID dans le lecteur. Code PIN (laissez vide si le logiciel eID le demande lui-même)&#xa0;; il n&apos;est enregistré nulle part&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="622"/>
        <source>Ondertekenen met de eID lukte niet: {0}</source>
        <translation>La signature avec l&apos;eID a échoué&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="633"/>
        <source>Vink eerst aan waarmee je akkoord gaat: een hele week of losse items.</source>
        <translation>Cochez d&apos;abord ce que vous approuvez&#xa0;: une semaine entière ou des éléments séparés.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="642"/>
        <source>Geef een reden bij ‘niet akkoord’.</source>
        <translation>Indiquez une raison pour «&#xa0;pas d&apos;accord&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="668"/>
        <source>Verkeerde wachtzin; er is niets afgetekend.</source>
        <translation>Phrase secrète incorrecte&#xa0;; rien n&apos;a été signé.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="673"/>
        <source>Aftekenen lukte niet: {0}</source>
        <translation>La signature a échoué&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="692"/>
        <source>Aftekening opslaan</source>
        <translation>Enregistrer la réponse de validation</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="694"/>
        <source>Aftekening (*.aftekening)</source>
        <translation>Réponse de validation (*.aftekening)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="699"/>
        <source>Niet opgeslagen: er is niets afgetekend; je vinkjes staan er nog.</source>
        <translation>Non enregistré&#xa0;: rien n&apos;a été signé&#xa0;; vos coches sont toujours là.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/mentor_window.py" line="711"/>
        <source>De aftekening kon niet bewaard worden: {0}</source>
        <translation>La réponse de validation n&apos;a pas pu être enregistrée&#xa0;: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../stageportfolio/ui/mentor_window.py" line="736"/>
        <source>%n item(s) afgetekend met je eID en bewaard in {0}. Geef dit bestand aan {1}.</source>
        <translation>
            <numerusform>%n élément signé avec votre eID et enregistré dans {0}. Remettez ce fichier à {1}.</numerusform>
            <numerusform>%n éléments signés avec votre eID et enregistrés dans {0}. Remettez ce fichier à {1}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../stageportfolio/ui/mentor_window.py" line="740"/>
        <source>%n item(s) afgetekend en bewaard in {0}. Geef dit bestand aan {1}.</source>
        <translation>
            <numerusform>%n élément signé et enregistré dans {0}. Remettez ce fichier à {1}.</numerusform>
            <numerusform>%n éléments signés et enregistrés dans {0}. Remettez ce fichier à {1}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../stageportfolio/ui/mentor_window.py" line="745"/>
        <source>Het bevat ook wat je eerder aftekende sinds je dit verzoek opende: %n aftekening(en) in totaal.</source>
        <translation>
            <numerusform>Il contient aussi ce que vous avez signé plus tôt depuis l&apos;ouverture de cette demande&#xa0;: %n signature au total.</numerusform>
            <numerusform>Il contient aussi ce que vous avez signé plus tôt depuis l&apos;ouverture de cette demande&#xa0;: %n signatures au total.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignOffDialog</name>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="223"/>
        <source>Aftekenen door de mentor</source>
        <translation>Validation par le maître de stage</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="226"/>
        <source>De mentor kiest zijn of haar naam, vinkt een hele week of losse items aan waarmee hij of zij akkoord gaat (of ‘niet akkoord’, met een reden) en tekent af met de eigen wachtzin.</source>
        <translation>Le maître de stage choisit son nom, coche une semaine entière ou les éléments avec lesquels il est d&apos;accord (ou «&#xa0;pas d&apos;accord&#xa0;», avec une raison) et signe avec sa propre phrase secrète.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="231"/>
        <source>Mentor die aftekent</source>
        <translation>Maître de stage qui signe</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="232"/>
        <source>&amp;Mentor</source>
        <translation>&amp;Maître de stage</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="233"/>
        <source>&amp;Alles aanvinken</source>
        <translation>&amp;Tout cocher</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="234"/>
        <source>Alle items aanvinken</source>
        <translation>Cocher tous les éléments</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="235"/>
        <source>Eerste keer voor deze mentor</source>
        <translation>Première fois pour ce maître de stage</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="238"/>
        <source>Nieuwe mentorsleutel: kies een wachtzin van een paar gewone woorden die niet bij elkaar horen, en herhaal ze. Een korte of bekende wachtzin wordt geweigerd.</source>
        <translation>Nouvelle clé de maître de stage&#xa0;: choisissez une phrase secrète de quelques mots courants sans lien entre eux, et répétez-la. Une phrase courte ou connue est refusée.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="242"/>
        <source>Nieuwe wachtzin</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="243"/>
        <source>Nieuwe wachtzin herhalen</source>
        <translation>Répéter la nouvelle phrase secrète</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="244"/>
        <source>&amp;Nieuwe wachtzin</source>
        <translation>&amp;Nouvelle phrase secrète</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="245"/>
        <source>&amp;Herhaal de wachtzin</source>
        <translation>&amp;Répétez la phrase secrète</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="246"/>
        <source>Wachtzin van de mentor</source>
        <translation>Phrase secrète du maître de stage</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="247"/>
        <source>&amp;Wachtzin van de mentor</source>
        <translation>&amp;Phrase secrète du maître de stage</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="250"/>
        <source>De wachtzin verlaat dit venster nooit en wordt nergens bewaard. Zonder de wachtzin van de mentor kan de leerling niets aftekenen.</source>
        <translation>La phrase secrète ne quitte jamais cette fenêtre et n&apos;est enregistrée nulle part. Sans la phrase secrète du maître de stage, le stagiaire ne peut rien signer.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="254"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="255"/>
        <source>Mentor&amp;kaart opslaan…</source>
        <translation>Enregistrer la &amp;carte de maître de stage…</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="256"/>
        <source>Mentorkaart voor de school opslaan</source>
        <translation>Enregistrer la carte de maître de stage pour l&apos;école</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="257"/>
        <source>Aftekenen</source>
        <translation>Signer</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="258"/>
        <source>Aftekenen met de wachtzin</source>
        <translation>Signer avec la phrase secrète</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="259"/>
        <source>Sluiten</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="260"/>
        <source>Pincode van de eID</source>
        <translation>Code PIN de l&apos;eID</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="261"/>
        <source>leeg laten: de eID-software vraagt ze zelf</source>
        <translation>laisser vide&#xa0;: le logiciel eID le demande lui-même</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="262"/>
        <source>eID-&amp;pincode</source>
        <translation>&amp;Code PIN eID</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="263"/>
        <source>Ondertekenen met &amp;eID</source>
        <translation>Signer avec l&apos;&amp;eID</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="265"/>
        <source>Ondertekenen met de eID van de mentor (gekwalificeerde handtekening)</source>
        <translation>Signer avec l&apos;eID du maître de stage (signature qualifiée)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="351"/>
        <source>Er is nog geen mentor. Voeg eerst een mentor toe bij Stageplaatsen.</source>
        <translation>Il n&apos;y a pas encore de maître de stage. Le stagiaire doit d&apos;abord en ajouter un (Stageplaatsen).</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="353"/>
        <source>Niets meer af te tekenen voor deze mentor.</source>
        <translation>Plus rien à valider pour ce maître de stage.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="355"/>
        <source>%n item(s) wacht(en) op aftekening.</source>
        <translation>
            <numerusform>%n élément attend votre validation.</numerusform>
            <numerusform>%n éléments attendent votre validation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="412"/>
        <source>%n activiteit(en)</source>
        <translation>
            <numerusform>%n activité</numerusform>
            <numerusform>%n activités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="414"/>
        <source>%n keer niet akkoord</source>
        <translation>
            <numerusform>%n pas d&apos;accord</numerusform>
            <numerusform>%n pas d&apos;accord</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="426"/>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="501"/>
        <source>⚠ Geef een reden bij ‘niet akkoord’.</source>
        <translation>⚠ Indiquez une raison pour «&#xa0;pas d&apos;accord&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="433"/>
        <source>⚠ De twee wachtzinnen zijn niet gelijk.</source>
        <translation>⚠ Les deux phrases secrètes ne sont pas identiques.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="447"/>
        <source>⚠ De sleutel kon niet gemaakt worden: {0}</source>
        <translation>⚠ La clé n&apos;a pas pu être créée&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="451"/>
        <source>✓ Mentorsleutel gemaakt, vingerafdruk {0}. Mentor: schrijf die vingerafdruk op of neem er een foto van; de school vraagt ernaar voor ze je mentorkaart bevestigt. Tot dan staat bij je handtekeningen ‘niet bevestigd door een school’.</source>
        <translation>✓ Clé de maître de stage créée, empreinte {0}. Notez cette empreinte ou prenez-la en photo&#xa0;: l&apos;école vous la demandera avant de confirmer votre carte de maître de stage. D&apos;ici là, vos signatures portent la mention «&#xa0;non confirmé par une école&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="464"/>
        <source>⚠ Typ de wachtzin van de mentor.</source>
        <translation>⚠ Tapez la phrase secrète du maître de stage.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="471"/>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="505"/>
        <source>⚠ Vink minstens één item of een hele week aan.</source>
        <translation>⚠ Cochez au moins un élément ou une semaine entière.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="478"/>
        <source>✗ Verkeerde wachtzin. Er is niets afgetekend.</source>
        <translation>✗ Phrase secrète incorrecte. Rien n&apos;a été signé.</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="483"/>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="522"/>
        <source>✗ Aftekenen lukte niet: {0}</source>
        <translation>✗ La signature a échoué&#xa0;: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="487"/>
        <source>✓ %n item(s) afgetekend</source>
        <translation>
            <numerusform>✓ %n élément signé</numerusform>
            <numerusform>✓ %n éléments signés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="519"/>
        <source>✗ Ondertekenen met de eID lukte niet: {0}</source>
        <translation>✗ La signature avec l&apos;eID a échoué&#xa0;: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="527"/>
        <source>✓ %n item(s) ondertekend met de eID van {0} (gekwalificeerde handtekening). Of {0} de mentor is, bevestigt de school.</source>
        <translation>
            <numerusform>✓ %n élément signé avec l&apos;eID de {0} (signature qualifiée). C&apos;est l&apos;école qui confirme que {0} est bien le maître de stage.</numerusform>
            <numerusform>✓ %n éléments signés avec l&apos;eID de {0} (signature qualifiée). C&apos;est l&apos;école qui confirme que {0} est bien le maître de stage.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="544"/>
        <source>✗ Geen mentorkaart: {0}</source>
        <translation>✗ Pas de carte de maître de stage&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="548"/>
        <source>Mentorkaart opslaan</source>
        <translation>Enregistrer la carte de maître de stage</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="550"/>
        <source>Mentorkaart (*.mentorkaart)</source>
        <translation>Carte de maître de stage (*.mentorkaart)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="562"/>
        <source>✗ Niet bewaard: {0}</source>
        <translation>✗ Non enregistré&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/dialogs/signoff_dialog.py" line="566"/>
        <source>Mentorkaart bewaard in {0}. Bezorg ze aan de school; de school belt je om de vingerafdruk {1} na te gaan.</source>
        <translation>Carte de maître de stage enregistrée dans {0}. Remettez-la à l&apos;école&#xa0;; l&apos;école vous appellera pour vérifier l&apos;empreinte {1}.</translation>
    </message>
</context>
<context>
    <name>SignOffItems</name>
    <message>
        <location filename="../../stageportfolio/ui/widgets/signoff_items.py" line="150"/>
        <location filename="../../stageportfolio/ui/widgets/signoff_items.py" line="182"/>
        <source>Geselecteerd</source>
        <translation>Sélection</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/widgets/signoff_items.py" line="163"/>
        <source>Items om af te tekenen</source>
        <translation>Éléments à valider</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/widgets/signoff_items.py" line="193"/>
        <source>Hele week aanvinken: {0}</source>
        <translation>Cocher toute la semaine&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/widgets/signoff_items.py" line="222"/>
        <source>Akkoord: {0}</source>
        <translation>D&apos;accord&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/widgets/signoff_items.py" line="223"/>
        <source>Akkoord</source>
        <translation>D&apos;accord</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/widgets/signoff_items.py" line="227"/>
        <source>Opmerking bij {0}</source>
        <translation>Remarque sur {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/widgets/signoff_items.py" line="228"/>
        <location filename="../../stageportfolio/ui/widgets/signoff_items.py" line="310"/>
        <source>opmerking (mag leeg blijven)</source>
        <translation>remarque (facultatif)</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/widgets/signoff_items.py" line="229"/>
        <source>niet akkoord</source>
        <translation>pas d&apos;accord</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/widgets/signoff_items.py" line="231"/>
        <source>Niet akkoord met {0}</source>
        <translation>Pas d&apos;accord avec {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/widgets/signoff_items.py" line="241"/>
        <source>Niveau volgens de mentor: {0}</source>
        <translation>Niveau selon le maître de stage&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/widgets/signoff_items.py" line="249"/>
        <source>Voorgesteld door de leerling: {0}</source>
        <translation>Proposé par le stagiaire&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/widgets/signoff_items.py" line="268"/>
        <source>Notitie van de leerling: {0}</source>
        <translation>Note du stagiaire&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/widgets/signoff_items.py" line="270"/>
        <source>Reflectie van de leerling: {0}</source>
        <translation>Réflexion du stagiaire&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/widgets/signoff_items.py" line="281"/>
        <source>Eerder niet akkoord: {0}</source>
        <translation>Pas d&apos;accord la fois précédente&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/widgets/signoff_items.py" line="308"/>
        <source>reden (verplicht)</source>
        <translation>raison (obligatoire)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../stageportfolio/ui/widgets/signoff_items.py" line="339"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/widgets/signoff_items.py" line="355"/>
        <source>{0} geselecteerd</source>
        <translation>Sélection&#xa0;: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../stageportfolio/ui/widgets/signoff_items.py" line="357"/>
        <source>%n activiteit(en) geselecteerd</source>
        <translation>
            <numerusform>%n activité sélectionnée</numerusform>
            <numerusform>%n activités sélectionnées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../stageportfolio/ui/widgets/signoff_items.py" line="359"/>
        <source>%n item(s) niet akkoord</source>
        <translation>
            <numerusform>Pas d&apos;accord&#xa0;: %n élément</numerusform>
            <numerusform>Pas d&apos;accord&#xa0;: %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../stageportfolio/ui/widgets/signoff_items.py" line="360"/>
        <source>Nog niets aangevinkt.</source>
        <translation>Rien n&apos;est encore coché.</translation>
    </message>
</context>
</TS>
