<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
    <message>
        <location filename="../../cli.py" line="597"/>
        <source>--donations must be between 0 and 10,000,000</source>
        <translation>--donations doit être compris entre 0 et 10 000 000</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="600"/>
        <source>--end-date must not be in the future</source>
        <translation>--end-date ne doit pas être une date future</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="654"/>
        <source>profile {profile} has no variant {variant!r}</source>
        <translation>le profil {profile} n&apos;a pas de variante {variant!r}</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="771"/>
        <source>say what to override: --exclude-from-aggregate and/or --force-report, or --clear</source>
        <translation>indiquez la dérogation : --exclude-from-aggregate et/ou --force-report, ou --clear</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="836"/>
        <source>every row of {file} is bad: nothing would be imported</source>
        <translation>toutes les lignes de {file} sont erronées : rien ne serait importé</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="838"/>
        <source>every row of {file} is bad: nothing was imported (the bad rows are in {rejects})</source>
        <translation>toutes les lignes de {file} sont erronées : rien n&apos;a été importé (les lignes erronées sont dans {rejects})</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1153"/>
        <source>give the details to change (--name, --address, --country...)</source>
        <extracomment>The flags an import&apos;s summary shows (the JSON has more; ``treasurer flags`` has all).</extracomment>
        <translation>donnez les coordonnées à changer (--name, --address, --country...)</translation>
    </message>
    <message>
        <location filename="../../cli_trust.py" line="63"/>
        <source>cannot read {path}: {reason}</source>
        <translation>impossible de lire {path} : {reason}</translation>
    </message>
    <message>
        <location filename="../../cli_trust.py" line="67"/>
        <source>{path} holds no passphrase on its first line</source>
        <translation>{path} ne contient pas de phrase secrète sur sa première ligne</translation>
    </message>
    <message>
        <location filename="../../cli_trust.py" line="73"/>
        <source>give the passphrase with --passphrase-file or ${name}</source>
        <translation>indiquez la phrase secrète avec --passphrase-file ou ${name}</translation>
    </message>
    <message>
        <location filename="../../cli_trust.py" line="191"/>
        <source>the audit check failed: {problem}</source>
        <translation>la vérification du journal d&apos;audit a échoué : {problem}</translation>
    </message>
    <message>
        <location filename="../../cli_trust.py" line="194"/>
        <source>the audit check failed: {problem} (1 more problem)</source>
        <translation>la vérification du journal d&apos;audit a échoué : {problem} (et 1 autre problème)</translation>
    </message>
    <message>
        <location filename="../../cli_trust.py" line="197"/>
        <source>the audit check failed: {problem} ({more} more problems)</source>
        <translation>la vérification du journal d&apos;audit a échoué : {problem} (et {more} autres problèmes)</translation>
    </message>
    <message>
        <location filename="../../cli_trust.py" line="362"/>
        <source>a mailing list needs both --consented and --out FILE.csv</source>
        <translation>une liste de diffusion demande à la fois --consented et --out FICHIER.csv</translation>
    </message>
    <message>
        <location filename="../../core/bundle.py" line="61"/>
        <source>{path} is refused: {reason}; nothing was imported</source>
        <extracomment>The manifest&apos;s count of each part.</extracomment>
        <translation>{path} est refusé : {reason} ; rien n&apos;a été importé</translation>
    </message>
    <message>
        <location filename="../../core/bundle.py" line="140"/>
        <source>there is no bundle at {path}</source>
        <translation>il n&apos;y a pas de lot à l&apos;emplacement {path}</translation>
    </message>
    <message>
        <location filename="../../core/bundle.py" line="143"/>
        <source>{path} cannot be read ({problem})</source>
        <translation>{path} ne peut pas être lu ({problem})</translation>
    </message>
    <message>
        <location filename="../../core/bundle.py" line="152"/>
        <source>it is not a whole zip file ({problem})</source>
        <translation>ce n&apos;est pas un fichier zip complet ({problem})</translation>
    </message>
    <message>
        <location filename="../../core/bundle.py" line="156"/>
        <source>the zip file is damaged ({problem})</source>
        <translation>le fichier zip est endommagé ({problem})</translation>
    </message>
    <message>
        <location filename="../../core/bundle.py" line="166"/>
        <source>it has no manifest.json: it is not a Treasurer office bundle</source>
        <translation>il n&apos;a pas de manifest.json : ce n&apos;est pas un lot d&apos;antenne de Treasurer</translation>
    </message>
    <message>
        <location filename="../../core/bundle.py" line="172"/>
        <source>its manifest.json is not valid JSON ({problem})</source>
        <translation>son manifest.json n&apos;est pas du JSON valide ({problem})</translation>
    </message>
    <message>
        <location filename="../../core/bundle.py" line="176"/>
        <source>its manifest.json is not the manifest of an office bundle</source>
        <translation>son manifest.json n&apos;est pas le manifeste d&apos;un lot d&apos;antenne</translation>
    </message>
    <message>
        <location filename="../../core/bundle.py" line="180"/>
        <source>its manifest has no format version</source>
        <translation>son manifeste n&apos;indique pas de version de format</translation>
    </message>
    <message>
        <location filename="../../core/bundle.py" line="185"/>
        <source>it was written by a newer Treasurer (bundle format {version}; this one reads {readable}); update Treasurer at headquarters</source>
        <translation>il a été écrit par une version plus récente de Treasurer (format de lot {version} ; celle-ci lit le format {readable}) ; mettez Treasurer à jour au siège</translation>
    </message>
    <message>
        <location filename="../../core/bundle.py" line="193"/>
        <source>it is encrypted, and this Treasurer cannot decrypt bundles yet</source>
        <translation>il est chiffré, et cette version de Treasurer ne sait pas encore déchiffrer les lots</translation>
    </message>
    <message>
        <location filename="../../core/bundle.py" line="197"/>
        <location filename="../../core/bundle.py" line="202"/>
        <source>its manifest has no {key}</source>
        <translation>son manifeste n&apos;a pas de {key}</translation>
    </message>
    <message>
        <location filename="../../core/bundle.py" line="199"/>
        <source>its manifest has no sequence number</source>
        <translation>son manifeste n&apos;a pas de numéro de séquence</translation>
    </message>
    <message>
        <location filename="../../core/bundle.py" line="207"/>
        <source>it holds files a bundle does not have: {names}</source>
        <translation>il contient des fichiers qu&apos;un lot n&apos;a pas : {names}</translation>
    </message>
    <message>
        <location filename="../../core/bundle.py" line="211"/>
        <source>the part {name} is missing</source>
        <translation>la partie {name} manque</translation>
    </message>
    <message>
        <location filename="../../core/bundle.py" line="219"/>
        <source>the part {name} is too large to be a bundle&apos;s</source>
        <translation>la partie {name} est trop grande pour appartenir à un lot</translation>
    </message>
    <message>
        <location filename="../../core/bundle.py" line="226"/>
        <source>the part {name} does not match its SHA-256 in the manifest (altered or damaged)</source>
        <translation>la partie {name} ne correspond pas à son SHA-256 dans le manifeste (modifiée ou endommagée)</translation>
    </message>
    <message>
        <location filename="../../core/bundle.py" line="238"/>
        <source>the part {name} has {lines} lines where the manifest counts {count}</source>
        <translation>la partie {name} compte {lines} lignes là où le manifeste en indique {count}</translation>
    </message>
    <message>
        <location filename="../../core/bundle.py" line="250"/>
        <source>not a JSON object</source>
        <translation>ce n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <location filename="../../core/bundle.py" line="257"/>
        <source>line {number} of {name} is not a valid row ({problem})</source>
        <translation>la ligne {number} de {name} n&apos;est pas une ligne valide ({problem})</translation>
    </message>
    <message>
        <location filename="../../core/bundle.py" line="275"/>
        <source>the donations add up to {sums} where the manifest says {expected}</source>
        <translation>les dons totalisent {sums} là où le manifeste indique {expected}</translation>
    </message>
    <message>
        <location filename="../../core/bundle.py" line="284"/>
        <source>{amount} {currency} minor units</source>
        <translation>{amount} unités mineures de {currency}</translation>
    </message>
    <message>
        <location filename="../../core/bundle.py" line="288"/>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <location filename="../../core/bundle.py" line="289"/>
        <source>{first}, {second}</source>
        <translation>{first}, {second}</translation>
    </message>
    <message>
        <location filename="../../core/bundle.py" line="302"/>
        <source>donor {uuid} is merged into a donor not in the bundle</source>
        <translation>le donateur {uuid} est fusionné dans un donateur absent du lot</translation>
    </message>
    <message>
        <location filename="../../core/bundle.py" line="307"/>
        <source>donation {uuid} names a donor not in the bundle</source>
        <translation>le don {uuid} désigne un donateur absent du lot</translation>
    </message>
    <message>
        <location filename="../../core/bundle.py" line="312"/>
        <source>refund {uuid} gives back a donation not in the bundle</source>
        <translation>le remboursement {uuid} rend un don absent du lot</translation>
    </message>
    <message>
        <location filename="../../core/bundle.py" line="319"/>
        <source>check {uuid} names a row not in the bundle</source>
        <translation>la vérification {uuid} désigne une ligne absente du lot</translation>
    </message>
    <message>
        <location filename="../../core/bundle.py" line="324"/>
        <source>flag {uuid} names a donor not in the bundle</source>
        <translation>l&apos;alerte {uuid} désigne un donateur absent du lot</translation>
    </message>
    <message>
        <location filename="../../core/bundle.py" line="333"/>
        <source>{uuid} is in {name} twice</source>
        <translation>{uuid} figure deux fois dans {name}</translation>
    </message>
    <message>
        <location filename="../../core/bundle.py" line="357"/>
        <source>{key} is not text</source>
        <translation>{key} n&apos;est pas du texte</translation>
    </message>
    <message>
        <location filename="../../core/bundle.py" line="369"/>
        <source>{key} is not a whole number</source>
        <translation>{key} n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <location filename="../../core/bundle.py" line="374"/>
        <source>{key} is not true or false</source>
        <translation>{key} n&apos;est ni true ni false</translation>
    </message>
    <message>
        <location filename="../../core/bundle.py" line="382"/>
        <source>{key} is not a date</source>
        <translation>{key} n&apos;est pas une date</translation>
    </message>
    <message>
        <location filename="../../core/bundle.py" line="403"/>
        <source>{key} is not a currency code</source>
        <translation>{key} n&apos;est pas un code de devise</translation>
    </message>
    <message>
        <location filename="../../core/bundle.py" line="410"/>
        <source>{key} {value!r} is not one of {allowed}</source>
        <translation>{key} {value!r} ne fait pas partie de : {allowed}</translation>
    </message>
    <message>
        <location filename="../../core/bundle.py" line="440"/>
        <source>declarations is not a list</source>
        <translation>declarations n&apos;est pas une liste</translation>
    </message>
    <message>
        <location filename="../../core/bundle.py" line="447"/>
        <source>a declared amount is negative</source>
        <translation>un montant déclaré est négatif</translation>
    </message>
    <message>
        <location filename="../../core/bundle.py" line="466"/>
        <source>the amount&apos;s sign does not fit the entry type</source>
        <translation>le signe du montant ne correspond pas au type d&apos;écriture</translation>
    </message>
    <message>
        <location filename="../../core/bundle.py" line="468"/>
        <source>only a refund or return gives back a donation</source>
        <translation>seul un remboursement ou une restitution rend un don</translation>
    </message>
    <message>
        <location filename="../../core/bundle.py" line="470"/>
        <source>fees is not a list</source>
        <translation>fees n&apos;est pas une liste</translation>
    </message>
    <message>
        <location filename="../../core/bundle.py" line="479"/>
        <source>a fee is not an amount and a currency</source>
        <translation>des frais ne sont pas un montant et une devise</translation>
    </message>
    <message>
        <location filename="../../core/bundle.py" line="500"/>
        <source>donations is not a list of uuids</source>
        <translation>donations n&apos;est pas une liste d&apos;uuid</translation>
    </message>
    <message>
        <location filename="../../core/crypto.py" line="68"/>
        <source>the passphrase is empty</source>
        <extracomment>scrypt cost: N = 2**17, r = 8 (128 MiB, about half a second here); p = 1.</extracomment>
        <translation>la phrase secrète est vide</translation>
    </message>
    <message>
        <location filename="../../core/crypto.py" line="107"/>
        <source>the file is too large to encrypt</source>
        <translation>le fichier est trop volumineux pour être chiffré</translation>
    </message>
    <message>
        <location filename="../../core/crypto.py" line="121"/>
        <source>this is not a file encrypted by Treasurer</source>
        <translation>ce n&apos;est pas un fichier chiffré par Treasurer</translation>
    </message>
    <message>
        <location filename="../../core/crypto.py" line="125"/>
        <source>this file was encrypted by a newer Treasurer (format {version}); update to open it</source>
        <translation>ce fichier a été chiffré par une version plus récente de Treasurer (format {version}) ; mettez Treasurer à jour pour l&apos;ouvrir</translation>
    </message>
    <message>
        <location filename="../../core/crypto.py" line="129"/>
        <location filename="../../core/crypto.py" line="131"/>
        <source>the encrypted file&apos;s header is damaged</source>
        <translation>l&apos;en-tête du fichier chiffré est endommagé</translation>
    </message>
    <message>
        <location filename="../../core/crypto.py" line="138"/>
        <source>the passphrase is wrong (or the file&apos;s header was changed); nothing was read</source>
        <translation>la phrase secrète est erronée (ou l&apos;en-tête du fichier a été modifié) ; rien n&apos;a été lu</translation>
    </message>
    <message>
        <location filename="../../core/crypto.py" line="144"/>
        <source>the encrypted file is cut short; nothing was read</source>
        <translation>le fichier chiffré est tronqué ; rien n&apos;a été lu</translation>
    </message>
    <message>
        <location filename="../../core/crypto.py" line="151"/>
        <source>the encrypted file was changed or cut short after it was written (at part {part}); nothing was read</source>
        <translation>le fichier chiffré a été modifié ou tronqué après son écriture (à la partie {part}) ; rien n&apos;a été lu</translation>
    </message>
    <message>
        <location filename="../../core/dates.py" line="119"/>
        <location filename="../../core/dates.py" line="136"/>
        <location filename="../../core/dates.py" line="150"/>
        <location filename="../../core/dates.py" line="160"/>
        <location filename="../../core/dates.py" line="244"/>
        <location filename="../../core/dates.py" line="252"/>
        <location filename="../../core/dates.py" line="257"/>
        <location filename="../../services/compliance.py" line="526"/>
        <location filename="../../services/compliance.py" line="531"/>
        <location filename="../../services/compliance.py" line="613"/>
        <location filename="../../services/compliance.py" line="943"/>
        <location filename="../../services/donations.py" line="68"/>
        <location filename="../../services/ledger.py" line="615"/>
        <source>date</source>
        <extracomment>Arabic month names (their alef without hamza, as ``_month`` looks them up): the Maghreb&apos;s (Morocco: ماي، يوليوز، غشت، شتنبر، نونبر، دجنبر; Algeria and Tunisia: جانفي، فيفري، أفريل، جوان، جويلية، أوت), the Mashreq&apos;s (مايو، يوليو، أغسطس) and the Syriac names of the Levant and Iraq in one word (شباط … أيلول). A day&apos;s name before a date with a month name (&quot;lundi 3 mars 2025&quot;, &quot;Monday, March 3, 2025&quot;, &quot;الاثنين 3 مارس 2025&quot;).</extracomment>
        <translation>date</translation>
    </message>
    <message>
        <location filename="../../core/dates.py" line="119"/>
        <location filename="../../core/money.py" line="239"/>
        <location filename="../../services/ledger.py" line="574"/>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <location filename="../../core/dates.py" line="139"/>
        <source>says {said}, but {date} falls on another day of the week: correct the day or the date</source>
        <translation>indique {said}, mais le {date} tombe un autre jour de la semaine : corrigez le jour ou la date</translation>
    </message>
    <message>
        <location filename="../../core/dates.py" line="153"/>
        <source>is a spreadsheet&apos;s day number ({number} is {date}), not a date: format the column as dates in the spreadsheet, save, and import again</source>
        <translation>est un numéro de jour de tableur ({number} est le {date}), pas une date : mettez la colonne au format date dans le tableur, enregistrez et importez à nouveau</translation>
    </message>
    <message>
        <location filename="../../core/dates.py" line="162"/>
        <source>is not a date Treasurer can read (use YYYY-MM-DD, DD/MM/YYYY or MM/DD/YYYY)</source>
        <translation>n&apos;est pas une date que Treasurer sait lire (utilisez AAAA-MM-JJ, JJ/MM/AAAA ou MM/JJ/AAAA)</translation>
    </message>
    <message>
        <location filename="../../core/dates.py" line="216"/>
        <source>the dates contradict each other: {day_first!r} is day-first but {month_first!r} is month-first</source>
        <translation>les dates se contredisent : {day_first!r} commence par le jour mais {month_first!r} par le mois</translation>
    </message>
    <message>
        <location filename="../../core/dates.py" line="244"/>
        <source>has {name!r}, which is not a month name</source>
        <translation>contient {name!r}, qui n&apos;est pas un nom de mois</translation>
    </message>
    <message>
        <location filename="../../core/dates.py" line="252"/>
        <source>has the year {year}, which is out of range</source>
        <translation>a pour année {year}, qui est hors des limites admises</translation>
    </message>
    <message>
        <location filename="../../core/dates.py" line="257"/>
        <source>is not a day of the calendar</source>
        <translation>n&apos;est pas un jour du calendrier</translation>
    </message>
    <message>
        <location filename="../../core/errors.py" line="117"/>
        <source>{what} {value!r}: {reason}</source>
        <extracomment>How a template becomes the words of the person&apos;s language (identity: English).</extracomment>
        <translation>{what} {value!r} : {reason}</translation>
    </message>
    <message>
        <location filename="../../core/importing.py" line="77"/>
        <source>is missing</source>
        <extracomment>The donor of a refund row that names none (a bank&apos;s reversal): its donation&apos;s. The field of a row in another currency than the ledger&apos;s that holds the platform&apos;s own conversions of its money (PayPal&apos;s &quot;General Currency Conversion&quot; rows naming it): one line per conversion, the currency code, a space, the amount as written. The fields whose meaning a fingerprint takes rather than their text. The reason of a row without a value for a field it needs.</extracomment>
        <translation>est manquant</translation>
    </message>
    <message>
        <location filename="../../core/importing.py" line="441"/>
        <location filename="../../core/importing.py" line="560"/>
        <location filename="../../services/compliance.py" line="528"/>
        <location filename="../../services/compliance.py" line="615"/>
        <location filename="../../services/donations.py" line="70"/>
        <location filename="../../services/ledger.py" line="617"/>
        <source>is in the future (today is {today})</source>
        <translation>est dans le futur (nous sommes le {today})</translation>
    </message>
    <message>
        <location filename="../../core/importing.py" line="616"/>
        <location filename="../../core/importing.py" line="657"/>
        <source>is zero</source>
        <translation>est nul</translation>
    </message>
    <message>
        <location filename="../../core/importing.py" line="247"/>
        <source>is negative (a refund) but the row does not say which donation it refunds (a reference column for it is needed)</source>
        <extracomment>the gross less the net, in the ledger&apos;s minor units (signed) valued at the rate of the gift it gives back (money given back) the gross and the gross less the net in the currency paid (signed as in the file) the row&apos;s own notes (``noted`` adds the conversion to them) The fingerprints earlier versions of Treasurer computed for the row, which the ledger holds for rows imported then: recognised as the same row too. A donation that is money back after a refund or a chargeback (``REINSTATED``): the reference of the donation it was taken from (its donor is that donation&apos;s), or &quot;&quot; when the file does not say (the row names its donor). the platform&apos;s conversion of the row&apos;s money into the ledger&apos;s currency</extracomment>
        <translation>est négatif (un remboursement) mais la ligne n&apos;indique pas quel don il rembourse (une colonne de référence est nécessaire pour cela)</translation>
    </message>
    <message>
        <location filename="../../core/importing.py" line="90"/>
        <source>is negative, but the row gives money back to the party</source>
        <translation>est négatif, mais la ligne rend de l&apos;argent au parti</translation>
    </message>
    <message>
        <location filename="../../core/importing.py" line="85"/>
        <source>is before 1970: is the year mistyped?</source>
        <extracomment>A donation dated before it is a typo (1925 for 2025), not a gift to a party of today.</extracomment>
        <translation>est avant 1970 : l&apos;année est-elle mal saisie ?</translation>
    </message>
    <message>
        <location filename="../../core/importing.py" line="87"/>
        <source>is negative on a row whose type is a payment, and it names no donation it gives back: money the party paid out is not a donation; leave the row out of the import</source>
        <translation>est négatif sur une ligne dont le type est un paiement, et elle ne nomme aucun don qu&apos;elle rendrait : l&apos;argent que le parti a payé n&apos;est pas un don ; laissez la ligne hors de l&apos;import</translation>
    </message>
    <message>
        <source>is more than the donation ({minor} minor units) it refunds</source>
        <translation type="vanished">dépasse le don ({minor} unités mineures) qu&apos;il rembourse</translation>
    </message>
    <message>
        <location filename="../../core/importing.py" line="542"/>
        <source>says part of the donation was refunded, but the file does not say how much: look the refund up on the platform, then record the donation (&apos;treasurer add&apos;) and its refund (&apos;treasurer refund&apos;) by hand</source>
        <translation>indique qu&apos;une partie du don a été remboursée, mais le fichier ne dit pas combien : retrouvez le remboursement sur la plateforme, puis enregistrez le don (&apos;treasurer add&apos;) et son remboursement (&apos;treasurer refund&apos;) à la main</translation>
    </message>
    <message>
        <location filename="../../core/importing.py" line="563"/>
        <source>is before the donation it refunds</source>
        <translation>est antérieure au don remboursé</translation>
    </message>
    <message>
        <location filename="../../core/importing.py" line="569"/>
        <source>says the donation was refunded, but the row has no reference to link the refund to (map the platform&apos;s transaction id to the reference)</source>
        <translation>indique que le don a été remboursé, mais la ligne n&apos;a pas de référence à laquelle rattacher le remboursement (associez l&apos;identifiant de transaction de la plateforme à la référence)</translation>
    </message>
    <message>
        <location filename="../../core/importing.py" line="581"/>
        <source>is {length} characters long; at most {limit} are kept</source>
        <translation>fait {length} caractères ; {limit} au plus sont conservés</translation>
    </message>
    <message>
        <location filename="../../core/importing.py" line="589"/>
        <location filename="../../core/money.py" line="94"/>
        <source>is not an ISO-4217 currency code such as EUR or MAD</source>
        <translation>n&apos;est pas un code de devise ISO 4217 comme EUR ou MAD</translation>
    </message>
    <message>
        <location filename="../../core/importing.py" line="594"/>
        <source>is {code}, but this ledger counts in {currency}: convert the amount first (Treasurer never adds currencies blindly)</source>
        <translation>est {code}, mais ce registre compte en {currency} : convertissez d&apos;abord le montant (Treasurer n&apos;additionne jamais des devises à l&apos;aveugle)</translation>
    </message>
    <message>
        <location filename="../../core/importing.py" line="684"/>
        <source>is {code}, but this ledger counts in {currency}, and the file does not convert this payment into {currency} once (conversions into {currency}: {count}): convert the amount first</source>
        <translation>est {code}, mais ce registre compte en {currency}, et le fichier ne convertit pas ce paiement en {currency} une seule fois (conversions en {currency} : {count}) : convertissez d&apos;abord le montant</translation>
    </message>
    <message>
        <location filename="../../core/importing.py" line="702"/>
        <source>is needed to read the conversion of {code} into {currency} ({received}): the platform converts the net of the payment, and it is {net}</source>
        <translation>est nécessaire pour lire la conversion de {code} en {currency} ({received}) : la plateforme convertit le net du paiement, et il est {net}</translation>
    </message>
    <message>
        <location filename="../../core/importing.py" line="707"/>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <location filename="../../core/importing.py" line="855"/>
        <source>the amounts contradict each other: {first!r} writes decimals with {mark!r}, {second!r} with {other!r}; write them one way</source>
        <translation>les montants se contredisent : {first!r} écrit les décimales avec {mark!r}, {second!r} avec {other!r} ; écrivez-les d&apos;une seule façon</translation>
    </message>
    <message>
        <location filename="../../core/importing.py" line="974"/>
        <source>looks like a total, subtotal or carried-forward line of the sheet, not a donor: leave it out of the import, or remove it from the file</source>
        <extracomment>The first word of a sheet&apos;s total line (&quot;Total&quot;, &quot;Cumul&quot;, &quot;المجموع&quot;); what may follow it there (a period, what was summed: &quot;Total janvier 2025&quot;, &quot;Total des dons&quot;, &quot;Total espèces&quot;, &quot;مجموع شهر يناير&quot;). &quot;Sous-total …&quot; is always one.</extracomment>
        <translation>ressemble à une ligne de total, de sous-total ou de report de la feuille, pas à un donateur : laissez-la hors de l&apos;import, ou retirez-la du fichier</translation>
    </message>
    <message>
        <source>looks like a total, subtotal or carried-forward line of the sheet, not a donor: remove the line from the file, or import the other rows with --skip-bad-rows</source>
        <extracomment>The first word of a sheet&apos;s total line (&quot;Total&quot;, &quot;Cumul&quot;, &quot;المجموع&quot;); what may follow it there (a period, what was summed: &quot;Total janvier 2025&quot;, &quot;Total des dons&quot;, &quot;Total espèces&quot;, &quot;مجموع شهر يناير&quot;). &quot;Sous-total …&quot; is always one.</extracomment>
        <translation type="vanished">ressemble à une ligne de total, de sous-total ou de report de la feuille, pas à un donateur : retirez la ligne du fichier, ou importez les autres lignes avec --skip-bad-rows</translation>
    </message>
    <message>
        <location filename="../../core/importing.py" line="871"/>
        <source>reads two ways ({mark!r} separating thousands or decimals), and the file&apos;s amounts write decimals with {mark!r} (as {shown!r}): write it without a thousands mark, or with its decimals only</source>
        <translation>se lit de deux façons ({mark!r} séparant les milliers ou les décimales), et les montants du fichier écrivent les décimales avec {mark!r} (comme {shown!r}) : écrivez-le sans séparateur de milliers, ou avec ses seules décimales</translation>
    </message>
    <message>
        <location filename="../../core/importing.py" line="881"/>
        <source>reads two ways ({mark!r} separating thousands or decimals), and the file also writes {other!r}: write the amounts one way</source>
        <translation>se lit de deux façons ({mark!r} séparant les milliers ou les décimales), et le fichier écrit aussi {other!r} : écrivez les montants d&apos;une seule façon</translation>
    </message>
    <message>
        <location filename="../../core/importing.py" line="92"/>
        <source>is missing (no name, first or last name)</source>
        <extracomment>The reason of a row without any of the donor&apos;s names.</extracomment>
        <translation>est manquant (ni nom complet, ni prénom, ni nom de famille)</translation>
    </message>
    <message>
        <location filename="../../core/importing.py" line="535"/>
        <source>is more than the donation ({amount}) it refunds</source>
        <translation>dépasse le don ({amount}) qu&apos;il rembourse</translation>
    </message>
    <message>
        <location filename="../../core/importing.py" line="745"/>
        <source>has no letters or digits</source>
        <translation>ne contient ni lettres ni chiffres</translation>
    </message>
    <message>
        <source>looks like a total or subtotal line of the sheet, not a donor: remove the line from the file, or import the other rows with --skip-bad-rows</source>
        <translation type="vanished">ressemble à une ligne de total ou de sous-total de la feuille, pas à un donateur : retirez la ligne du fichier, ou importez les autres lignes avec --skip-bad-rows</translation>
    </message>
    <message>
        <location filename="../../core/importing.py" line="769"/>
        <location filename="../../services/ledger.py" line="588"/>
        <source>is not a country Treasurer knows: write its name (France, Maroc, المغرب) or its ISO code (FR, FRA)</source>
        <translation>n&apos;est pas un pays que Treasurer connaît : écrivez son nom (France, Maroc, المغرب) ou son code ISO (FR, FRA)</translation>
    </message>
    <message>
        <location filename="../../core/importing.py" line="775"/>
        <location filename="../../services/ledger.py" line="595"/>
        <source>is not an email address</source>
        <translation>n&apos;est pas une adresse e-mail</translation>
    </message>
    <message>
        <location filename="../../core/matching.py" line="35"/>
        <source>{count} donors are named {name!r} (ids {ids})</source>
        <extracomment>A donor&apos;s address, one block: filled from one gift&apos;s details, never pieced together. The details a later gift may tell of a donor whose record lacks them.</extracomment>
        <translation>{count} donateurs s&apos;appellent {name!r} (identifiants {ids})</translation>
    </message>
    <message>
        <location filename="../../core/model.py" line="59"/>
        <source>date order</source>
        <extracomment>The words the callers of ``parse_choice`` name a choice with, here for the catalogs (a ``ChoiceError`` names one of them).</extracomment>
        <translation>ordre des dates</translation>
    </message>
    <message>
        <location filename="../../core/model.py" line="60"/>
        <source>donor kind</source>
        <translation>type de donateur</translation>
    </message>
    <message>
        <location filename="../../core/model.py" line="61"/>
        <source>entry type</source>
        <translation>type d&apos;écriture</translation>
    </message>
    <message>
        <location filename="../../core/model.py" line="62"/>
        <source>payment method</source>
        <translation>moyen de paiement</translation>
    </message>
    <message>
        <location filename="../../core/model.py" line="72"/>
        <source>is not one of: {allowed}</source>
        <translation>ne fait pas partie de : {allowed}</translation>
    </message>
    <message>
        <location filename="../../core/money.py" line="94"/>
        <source>currency</source>
        <extracomment>No single amount Treasurer reads may reach this many major units (a billion): such a figure in a donation file is a column mix-up (an account number, a phone number), not money. Currency signs seen in donation files, longest first when matched. ``$`` alone stands for whichever dollar the ledger counts in.</extracomment>
        <translation>devise</translation>
    </message>
    <message>
        <location filename="../../core/money.py" line="138"/>
        <location filename="../../core/money.py" line="140"/>
        <location filename="../../core/money.py" line="144"/>
        <location filename="../../core/money.py" line="239"/>
        <location filename="../../core/money.py" line="254"/>
        <location filename="../../core/money.py" line="268"/>
        <location filename="../../core/money.py" line="278"/>
        <location filename="../../core/money.py" line="283"/>
        <location filename="../../core/money.py" line="285"/>
        <location filename="../../core/money.py" line="291"/>
        <location filename="../../core/money.py" line="299"/>
        <location filename="../../core/money.py" line="312"/>
        <location filename="../../core/money.py" line="342"/>
        <location filename="../../core/money.py" line="408"/>
        <location filename="../../core/money.py" line="461"/>
        <location filename="../../core/money.py" line="471"/>
        <location filename="../../core/money.py" line="481"/>
        <location filename="../../core/money.py" line="497"/>
        <location filename="../../core/money.py" line="516"/>
        <location filename="../../core/money.py" line="520"/>
        <location filename="../../services/compliance.py" line="521"/>
        <location filename="../../services/compliance.py" line="749"/>
        <location filename="../../services/compliance.py" line="940"/>
        <location filename="../../services/donations.py" line="218"/>
        <location filename="../../services/ledger.py" line="622"/>
        <source>amount</source>
        <extracomment>Decimals written as a dash: &quot;150,-&quot;, &quot;1.500,–&quot;, &quot;20.--&quot; (a whole amount).</extracomment>
        <translation>montant</translation>
    </message>
    <message>
        <location filename="../../core/money.py" line="138"/>
        <source>is not a number</source>
        <translation>n&apos;est pas un nombre</translation>
    </message>
    <message>
        <location filename="../../core/money.py" line="140"/>
        <source>is not a finite number</source>
        <translation>n&apos;est pas un nombre fini</translation>
    </message>
    <message>
        <location filename="../../core/money.py" line="147"/>
        <source>has more decimals than {currency} has ({exponent})</source>
        <translation>a plus de décimales que {currency} n&apos;en a ({exponent})</translation>
    </message>
    <message>
        <location filename="../../core/money.py" line="168"/>
        <source>cannot combine amounts in {first} and {second}</source>
        <translation>impossible de combiner des montants en {first} et en {second}</translation>
    </message>
    <message>
        <location filename="../../core/money.py" line="254"/>
        <source>has more than one sign (minus, plus or parentheses)</source>
        <translation>a plus d&apos;un signe (moins, plus ou parenthèses)</translation>
    </message>
    <message>
        <location filename="../../core/money.py" line="345"/>
        <source>writes its decimals as a dash after {mark!r}, which it also uses between its digits: write it without the dash</source>
        <translation>écrit ses décimales par un tiret après {mark!r}, qu&apos;il emploie aussi entre ses chiffres : écrivez-le sans le tiret</translation>
    </message>
    <message>
        <location filename="../../core/money.py" line="271"/>
        <source>contains &apos;¤&apos;, which is how a euro sign of a file in ISO-8859-15 shows when the file is read in another encoding: import it as iso-8859-15 (the import window&apos;s Encoding, --encoding on the command line)</source>
        <translation>contient &apos;¤&apos;, qui est le signe euro d&apos;un fichier en ISO-8859-15 lu dans un autre encodage : importez-le en iso-8859-15 (l&apos;encodage de la fenêtre d&apos;import, --encoding en ligne de commande)</translation>
    </message>
    <message>
        <source>contains &apos;¤&apos;, which is how a euro sign of a file in ISO-8859-15 shows when the file is read in another encoding: import it with --encoding iso-8859-15</source>
        <translation type="vanished">contient « ¤ », l&apos;aspect du signe euro d&apos;un fichier en ISO-8859-15 lu dans un autre encodage : importez-le avec --encoding iso-8859-15</translation>
    </message>
    <message>
        <location filename="../../core/money.py" line="280"/>
        <source>contains {bad!r}, which is not part of a number</source>
        <translation>contient {bad!r}, qui ne fait pas partie d&apos;un nombre</translation>
    </message>
    <message>
        <location filename="../../core/money.py" line="283"/>
        <source>has no digits</source>
        <translation>ne contient aucun chiffre</translation>
    </message>
    <message>
        <location filename="../../core/money.py" line="285"/>
        <source>has two separators in a row</source>
        <translation>a deux séparateurs à la suite</translation>
    </message>
    <message>
        <location filename="../../core/money.py" line="293"/>
        <source>has grouping characters after the decimal separator</source>
        <translation>a des séparateurs de milliers après le séparateur décimal</translation>
    </message>
    <message>
        <location filename="../../core/money.py" line="302"/>
        <source>has {count} decimals but {currency} has {exponent}</source>
        <translation>a {count} décimales mais {currency} en a {exponent}</translation>
    </message>
    <message>
        <location filename="../../core/money.py" line="308"/>
        <source>has decimals but {currency} has no minor unit</source>
        <translation>a des décimales mais {currency} n&apos;a pas de subdivision</translation>
    </message>
    <message>
        <location filename="../../core/money.py" line="315"/>
        <source>is {limit} or more, more than any donation Treasurer accepts</source>
        <translation>vaut {limit} ou plus, plus que tout don que Treasurer accepte</translation>
    </message>
    <message>
        <source>is larger than any donation Treasurer accepts ({limit})</source>
        <translation type="vanished">dépasse tout don que Treasurer accepte ({limit})</translation>
    </message>
    <message>
        <location filename="../../core/money.py" line="402"/>
        <source>is a dollar amount, but {expected} is expected here</source>
        <translation>est un montant en dollars, mais {expected} est attendu ici</translation>
    </message>
    <message>
        <location filename="../../core/money.py" line="405"/>
        <source>is in {found}, but {expected} is expected here</source>
        <translation>est en {found}, mais {expected} est attendu ici</translation>
    </message>
    <message>
        <location filename="../../core/money.py" line="464"/>
        <source>uses {decimal!r} as decimal separator where {expected!r} is expected</source>
        <translation>utilise {decimal!r} comme séparateur décimal alors que {expected!r} est attendu</translation>
    </message>
    <message>
        <location filename="../../core/money.py" line="473"/>
        <location filename="../../core/money.py" line="483"/>
        <source>has more than one decimal separator {mark!r}</source>
        <translation>a plus d&apos;un séparateur décimal {mark!r}</translation>
    </message>
    <message>
        <location filename="../../core/money.py" line="500"/>
        <source>is ambiguous: {mark!r} could separate thousands or decimals; write it with both separators or set the file&apos;s decimal separator</source>
        <translation>est ambigu : {mark!r} peut séparer les milliers ou les décimales ; écrivez-le avec les deux séparateurs ou indiquez le séparateur décimal du fichier</translation>
    </message>
    <message>
        <location filename="../../core/money.py" line="516"/>
        <source>mixes different thousands separators</source>
        <translation>mélange différents séparateurs de milliers</translation>
    </message>
    <message>
        <location filename="../../core/money.py" line="520"/>
        <source>has digits grouped in a way that is not thousands</source>
        <translation>a des chiffres groupés autrement que par milliers</translation>
    </message>
    <message>
        <location filename="../../core/periods.py" line="42"/>
        <location filename="../../core/periods.py" line="49"/>
        <location filename="../../core/periods.py" line="52"/>
        <location filename="../../core/periods.py" line="55"/>
        <source>period</source>
        <translation>période</translation>
    </message>
    <message>
        <location filename="../../core/periods.py" line="42"/>
        <source>has no such month</source>
        <translation>désigne un mois qui n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../core/periods.py" line="49"/>
        <source>holds a day that is not in the calendar</source>
        <translation>contient un jour qui n&apos;existe pas dans le calendrier</translation>
    </message>
    <message>
        <location filename="../../core/periods.py" line="52"/>
        <source>ends before it starts</source>
        <translation>se termine avant de commencer</translation>
    </message>
    <message>
        <location filename="../../core/periods.py" line="57"/>
        <source>is not a period like 2025, 2025-Q3, 2025-03 or 2025-01-01..2025-06-30</source>
        <translation>n&apos;est pas une période comme 2025, 2025-Q3, 2025-03 ou 2025-01-01..2025-06-30</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="244"/>
        <source>profile {path}: cannot be read ({problem})</source>
        <extracomment>Fields of a donor that ``required_fields`` may ask for. Which parameters each kind takes (beyond the common ones), and whether its entries need an ``amount``. reportable, required_fields: gifts at or below are left out of the total, with their refunds (a refund of a gift above it counts whatever its size) Whether the law lets an excessive contribution be reattributed to another person who shares the account (US FEC: spouse or joint account holder, in writing).</extracomment>
        <translation>profil {path} : illisible ({problem})</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="249"/>
        <source>profile {path}: is not UTF-8 text</source>
        <translation>profil {path} : n&apos;est pas du texte UTF-8</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="252"/>
        <source>profile {path}: is not valid TOML ({problem})</source>
        <translation>profil {path} : n&apos;est pas du TOML valide ({problem})</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="259"/>
        <source>profile {source}</source>
        <translation>profil {source}</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="265"/>
        <source>has keys this Treasurer does not know: {keys}</source>
        <translation>a des clés que cette version de Treasurer ne connaît pas : {keys}</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="272"/>
        <source>has schema {schema!r}; this Treasurer reads schema {readable}</source>
        <translation>a le schéma {schema!r} ; cette version de Treasurer lit le schéma {readable}</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="281"/>
        <source>has date_order {order!r}; use &apos;dmy&apos; or &apos;mdy&apos;</source>
        <translation>a date_order {order!r} ; utilisez &apos;dmy&apos; ou &apos;mdy&apos;</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="291"/>
        <source>default_variant {variant!r} is not one of its variants</source>
        <translation>default_variant {variant!r} ne fait pas partie de ses variantes</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="296"/>
        <source>has no [[rules]]</source>
        <translation>n&apos;a pas de [[rules]]</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="302"/>
        <source>rule {id!r}: the id is used twice</source>
        <translation>règle {id!r} : l&apos;identifiant est utilisé deux fois</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="310"/>
        <source>rule {id!r}: &apos;of&apos; must name a cap rule of this profile</source>
        <translation>règle {id!r} : &apos;of&apos; doit désigner une règle de plafond de ce profil</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="332"/>
        <source>{where}, rule {index}</source>
        <translation>{where}, règle {index}</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="334"/>
        <source>is not a table</source>
        <translation>n&apos;est pas une table</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="336"/>
        <source>{where}, rule {id!r}</source>
        <translation>{where}, règle {id!r}</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="342"/>
        <source>has the unknown kind {kind!r} (known kinds: {known})</source>
        <translation>a le type inconnu {kind!r} (types connus : {known})</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="350"/>
        <source>has parameters a {kind} rule does not take: {keys}</source>
        <translation>a des paramètres qu&apos;une règle {kind} ne prend pas : {keys}</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="364"/>
        <source>names unknown variants: {variants}</source>
        <translation>désigne des variantes inconnues : {variants}</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="371"/>
        <source>has the unknown period {period!r}</source>
        <translation>a la période inconnue {period!r}</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="378"/>
        <source>has unknown donor kinds: {kinds}</source>
        <translation>a des types de donateurs inconnus : {kinds}</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="381"/>
        <source>must list the prohibited donor_kinds</source>
        <translation>doit lister les donor_kinds interdits</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="387"/>
        <source>must list fields among: {fields}</source>
        <translation>doit lister des champs parmi : {fields}</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="393"/>
        <source>has a share that is not between 0 and 1</source>
        <translation>a une part qui n&apos;est pas comprise entre 0 et 1</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="406"/>
        <source>has a deadline with unknown keys: {keys}</source>
        <translation>a une échéance avec des clés inconnues : {keys}</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="412"/>
        <source>has a deadline without a positive number of days</source>
        <translation>a une échéance sans nombre de jours positif</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="417"/>
        <source>has a deadline from {start!r}; use receipt, deposit or awareness</source>
        <translation>a une échéance à partir de {start!r} ; utilisez receipt, deposit ou awareness</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="425"/>
        <source>has the unknown severity {severity!r}</source>
        <translation>a la gravité inconnue {severity!r}</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="456"/>
        <source>has no [[rules.entries]] (each with its dates, figure, status and source)</source>
        <translation>n&apos;a pas de [[rules.entries]] (chacune avec ses dates, son montant, son statut et sa source)</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="460"/>
        <source>{where}, entry {number}</source>
        <translation>{where}, entrée {number}</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="464"/>
        <source>has keys an entry does not take: {keys}</source>
        <translation>a des clés qu&apos;une entrée ne prend pas : {keys}</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="469"/>
        <source>ends ({end}) before it starts ({start})</source>
        <translation>se termine ({end}) avant de commencer ({start})</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="474"/>
        <source>has an amount that is not positive</source>
        <translation>a un montant qui n&apos;est pas positif</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="476"/>
        <source>has no amount</source>
        <translation>n&apos;a pas de montant</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="479"/>
        <source>needs a status: verified, verified-secondary or uncertain</source>
        <translation>doit avoir un statut : verified, verified-secondary ou uncertain</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="482"/>
        <source>needs a source citation</source>
        <translation>doit citer une source</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="501"/>
        <source>has entries whose dates overlap ({first} and {second})</source>
        <translation>a des entrées dont les dates se chevauchent ({first} et {second})</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="518"/>
        <source>{where}: {problem}</source>
        <translation>{where} : {problem}</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="523"/>
        <source>needs &apos;{key}&apos; (text)</source>
        <translation>doit avoir &apos;{key}&apos; (texte)</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="529"/>
        <source>needs &apos;{key}&apos; as a list of texts</source>
        <translation>doit avoir &apos;{key}&apos; sous forme de liste de textes</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="536"/>
        <source>has an invalid {what}: {problem}</source>
        <translation>a une valeur {what} invalide : {problem}</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="547"/>
        <source>needs &apos;{key}&apos; as true or false (without quotes)</source>
        <translation>doit avoir &apos;{key}&apos; à true ou false (sans guillemets)</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="553"/>
        <source>needs &apos;{key}&apos; as a table</source>
        <translation>doit avoir &apos;{key}&apos; sous forme de table</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="562"/>
        <source>needs an English {key} ({key}.en)</source>
        <translation>doit avoir un {key} en anglais ({key}.en)</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="567"/>
        <source>has {key} in unknown languages: {languages}</source>
        <translation>a {key} dans des langues inconnues : {languages}</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="578"/>
        <source>has &apos;{key}&apos; that is not a TOML date like 2025-01-01</source>
        <translation>a &apos;{key}&apos; qui n&apos;est pas une date TOML comme 2025-01-01</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="585"/>
        <source>writes &apos;{key}&apos; as a float; write it as a string, e.g. &quot;7500.00&quot;</source>
        <translation>écrit &apos;{key}&apos; comme un nombre à virgule flottante ; écrivez-le comme une chaîne, par ex. &quot;7500.00&quot;</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="588"/>
        <source>needs &apos;{key}&apos; as a string amount like &quot;7500.00&quot;</source>
        <translation>doit avoir &apos;{key}&apos; sous forme de montant en chaîne comme &quot;7500.00&quot;</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="596"/>
        <source>has an invalid {what} {value!r}: {problem}</source>
        <translation>a une valeur {what} invalide {value!r} : {problem}</translation>
    </message>
    <message>
        <location filename="../../db/copy.py" line="67"/>
        <source>cannot copy the ledger into {target}: {reason}</source>
        <translation>impossible de copier le registre dans {target} : {reason}</translation>
    </message>
    <message>
        <location filename="../../db/copy.py" line="82"/>
        <source>the database {target} is not empty (it has the tables {tables}); a ledger is copied only into an empty database, so nothing was copied</source>
        <translation>la base de données {target} n&apos;est pas vide (elle contient les tables {tables}) ; un registre n&apos;est copié que dans une base vide, donc rien n&apos;a été copié</translation>
    </message>
    <message>
        <location filename="../../db/copy.py" line="99"/>
        <source>the ledger to copy has no schema</source>
        <translation>le registre à copier n&apos;a pas de schéma</translation>
    </message>
    <message>
        <location filename="../../db/copy.py" line="110"/>
        <source>the copy of table {table} does not match the ledger ({found} where the ledger has {expected}); nothing was kept</source>
        <translation>la copie de la table {table} ne correspond pas au registre ({found} là où le registre a {expected}) ; rien n&apos;a été conservé</translation>
    </message>
    <message>
        <location filename="../../db/interrupt.py" line="29"/>
        <source>stopped on request; nothing was changed</source>
        <translation>arrêté à votre demande ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location filename="../../db/receipts.py" line="120"/>
        <source>receipt numbers are positive; {first} is not</source>
        <translation>les numéros de reçu sont positifs ; {first} ne l&apos;est pas</translation>
    </message>
    <message>
        <location filename="../../db/receipts.py" line="123"/>
        <source>the range {first}-{last} ends before it starts: give the first number, then the last</source>
        <translation>la plage {first}-{last} se termine avant de commencer : indiquez le premier numéro, puis le dernier</translation>
    </message>
    <message>
        <location filename="../../db/receipts.py" line="134"/>
        <source>the range {first}-{last} overlaps the range {other_first}-{other_last} already recorded; a number is issued once</source>
        <translation>la plage {first}-{last} chevauche la plage {other_first}-{other_last} déjà enregistrée ; un numéro n&apos;est émis qu&apos;une fois</translation>
    </message>
    <message>
        <location filename="../../db/store.py" line="103"/>
        <source>{ledger} holds a database that is not a Treasurer ledger</source>
        <extracomment>The schema from which rows carry audit seals.</extracomment>
        <translation>{ledger} contient une base de données qui n&apos;est pas un registre Treasurer</translation>
    </message>
    <message>
        <location filename="../../db/store.py" line="108"/>
        <location filename="../../db/store.py" line="228"/>
        <source>there is no ledger at {ledger}; create one with &apos;treasurer init&apos;</source>
        <translation>il n&apos;y a pas de registre à l&apos;emplacement {ledger} ; créez-en un avec &apos;treasurer init&apos;</translation>
    </message>
    <message>
        <location filename="../../db/store.py" line="113"/>
        <source>{ledger} was written by a newer version of Treasurer (schema {schema}); update Treasurer to open it</source>
        <translation>{ledger} a été écrit par une version plus récente de Treasurer (schéma {schema}) ; mettez Treasurer à jour pour l&apos;ouvrir</translation>
    </message>
    <message>
        <location filename="../../db/store.py" line="161"/>
        <source>upgrading {ledger} would break {count} links between rows; the ledger was left as it was</source>
        <translation>la mise à niveau de {ledger} romprait {count} liens entre des lignes ; le registre a été laissé tel quel</translation>
    </message>
    <message>
        <location filename="../../db/store.py" line="176"/>
        <source>backups of a server database are made with the server&apos;s own tools</source>
        <translation>les sauvegardes d&apos;une base de données sur serveur se font avec les outils du serveur</translation>
    </message>
    <message>
        <location filename="../../db/store.py" line="193"/>
        <source>could not back up {ledger} to {target}: {problem}</source>
        <translation>impossible de sauvegarder {ledger} vers {target} : {problem}</translation>
    </message>
    <message>
        <location filename="../../db/store.py" line="222"/>
        <source>a ledger needs a file name</source>
        <translation>un registre doit avoir un nom de fichier</translation>
    </message>
    <message>
        <location filename="../../db/store.py" line="224"/>
        <source>{path} is a folder, not a ledger file</source>
        <translation>{path} est un dossier, pas un fichier de registre</translation>
    </message>
    <message>
        <location filename="../../db/store.py" line="231"/>
        <source>the folder {folder} does not exist</source>
        <translation>le dossier {folder} n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../db/store.py" line="236"/>
        <source>{path} is an empty file, not a Treasurer ledger</source>
        <translation>{path} est un fichier vide, pas un registre Treasurer</translation>
    </message>
    <message>
        <location filename="../../db/store.py" line="239"/>
        <location filename="../../services/backup.py" line="242"/>
        <source>{path} is not a Treasurer ledger (it is not a SQLite database)</source>
        <translation>{path} n&apos;est pas un registre Treasurer (ce n&apos;est pas une base SQLite)</translation>
    </message>
    <message>
        <location filename="../../db/store.py" line="355"/>
        <source>restore the newest backup with &apos;treasurer restore {backup}&apos;</source>
        <extracomment>The time stamp in a backup&apos;s file name (``NAME-STAMP-REASON.db``).</extracomment>
        <translation>restaurez la sauvegarde la plus récente avec &apos;treasurer restore {backup}&apos;</translation>
    </message>
    <message>
        <location filename="../../db/store.py" line="358"/>
        <source>no backup of it was found; restore one from elsewhere with &apos;treasurer restore FILE&apos;</source>
        <translation>aucune sauvegarde n&apos;en a été trouvée ; restaurez-en une provenant d&apos;ailleurs avec &apos;treasurer restore FILE&apos;</translation>
    </message>
    <message>
        <location filename="../../db/store.py" line="362"/>
        <source>the ledger {path} is damaged (SQLite says: {problem}); nothing was written to it. {advice}</source>
        <translation>le registre {path} est endommagé (SQLite indique : {problem}) ; rien n&apos;y a été écrit. {advice}</translation>
    </message>
    <message>
        <location filename="../../db/store.py" line="375"/>
        <source>it is locked by another program; close it there and try again</source>
        <translation>il est verrouillé par un autre programme ; fermez-le dans ce programme et réessayez</translation>
    </message>
    <message>
        <location filename="../../db/store.py" line="377"/>
        <source>it is read-only</source>
        <translation>il est en lecture seule</translation>
    </message>
    <message>
        <location filename="../../db/store.py" line="379"/>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <location filename="../../db/store.py" line="381"/>
        <source>the file is damaged; restore it from a backup</source>
        <translation>le fichier est endommagé ; restaurez-le depuis une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../db/store.py" line="383"/>
        <source>the database server cannot be reached</source>
        <translation>le serveur de base de données est injoignable</translation>
    </message>
    <message>
        <location filename="../../db/store.py" line="386"/>
        <source>cannot use the ledger {ledger}: {reason}</source>
        <translation>impossible d&apos;utiliser le registre {ledger} : {reason}</translation>
    </message>
    <message>
        <location filename="../../importers/bank.py" line="204"/>
        <source>the file cannot be read ({problem})</source>
        <extracomment>The formats ``detect_statement`` names. A balance: credit or debit, date, currency, amount (&quot;C240301EUR1234,56&quot;).</extracomment>
        <translation>le fichier ne peut pas être lu ({problem})</translation>
    </message>
    <message>
        <location filename="../../importers/bank.py" line="207"/>
        <location filename="../../importers/tables.py" line="129"/>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location filename="../../importers/bank.py" line="212"/>
        <source>this is not a bank statement Treasurer can read (OFX/QFX, CAMT.053 or MT940)</source>
        <translation>ce n&apos;est pas un relevé bancaire que Treasurer sait lire (OFX/QFX, CAMT.053 ou MT940)</translation>
    </message>
    <message>
        <location filename="../../importers/bank.py" line="290"/>
        <source>names who paid only in the bank&apos;s free text, where Treasurer cannot tell the name for sure: record this gift by hand (&apos;treasurer add&apos;)</source>
        <translation>ne nomme qui a payé que dans le texte libre de la banque, où Treasurer ne peut pas lire le nom avec certitude : enregistrez ce don à la main (&apos;treasurer add&apos;)</translation>
    </message>
    <message>
        <location filename="../../importers/bank.py" line="407"/>
        <source>{where}: the amount {amount!r} is not a number</source>
        <extracomment>Payment platforms that pay a party its donations out in one transfer: a credit from one of them on a statement is a payout (its donations are in the platform&apos;s export), never a donor. A bank&apos;s line for cheques paid in together (&quot;REMISE CHEQUES N 0001234 NB 3&quot;). A bank&apos;s line for cash paid in (&quot;VERSEMENT ESPECES&quot;, &quot;DÉPÔT D&apos;ESPÈCES&quot;, &quot;CASH DEPOSIT&quot;): the party&apos;s own takings, whose gifts its cash register records one by one. Why a deposit of cash is left out. What banks write before the name of who paid (&quot;VIR SEPA RECU DE: &quot;, &quot;VIREMENT DE &quot;, &quot;GUTSCHRIFT &quot;) and the titles before it (&quot;MME &quot;, &quot;M OU MME &quot;, &quot;Herrn &quot;): not the name. The words that open it (&quot;VIR&quot;, &quot;GUTSCHRIFT&quot;), those that may follow (&quot;SEPA&quot;, &quot;INST&quot;, &quot;RECU&quot;), and the &quot;from&quot; that may end it, taken only before a colon, after a slash or before a title (&quot;VIR RECU DE: MME&quot;, &quot;/DE M OU MME&quot;): &quot;VIR DE GAULLE CHARLES&quot; is Charles de Gaulle, &quot;INST PASTEUR&quot; an institute. A title before a name; not one of a couple (&quot;M ET MME&quot;, &quot;MR &amp; MRS&quot;: both are named). Which entry of a statement, for an error: made only when there is one.</extracomment>
        <translation>{where} : le montant {amount!r} n&apos;est pas un nombre</translation>
    </message>
    <message>
        <location filename="../../importers/bank.py" line="413"/>
        <source>{where}: the amount {amount!r} is negative</source>
        <translation>{where} : le montant {amount!r} est négatif</translation>
    </message>
    <message>
        <location filename="../../importers/bank.py" line="422"/>
        <source>entry {number} ({reference})</source>
        <translation>écriture {number} ({reference})</translation>
    </message>
    <message>
        <location filename="../../importers/bank.py" line="423"/>
        <source>entry {number}</source>
        <translation>écriture {number}</translation>
    </message>
    <message>
        <location filename="../../importers/bank.py" line="457"/>
        <source>{encoding!r} is not a known text encoding</source>
        <translation>{encoding!r} n&apos;est pas un encodage de texte connu</translation>
    </message>
    <message>
        <location filename="../../importers/bank.py" line="462"/>
        <source>the file is not {encoding} text (byte {byte})</source>
        <translation>le fichier n&apos;est pas du texte {encoding} (octet {byte})</translation>
    </message>
    <message>
        <location filename="../../importers/bank.py" line="494"/>
        <source>the XML declares a DTD or entities, which no bank statement does; it was refused for safety</source>
        <translation>le XML déclare une DTD ou des entités, ce que ne fait aucun relevé bancaire ; il a été refusé par sécurité</translation>
    </message>
    <message>
        <location filename="../../importers/bank.py" line="502"/>
        <source>the XML is damaged or cut short (line {line}, column {column})</source>
        <translation>le XML est endommagé ou tronqué (ligne {line}, colonne {column})</translation>
    </message>
    <message>
        <location filename="../../importers/bank.py" line="509"/>
        <source>the XML cannot be read ({problem})</source>
        <translation>le XML ne peut pas être lu ({problem})</translation>
    </message>
    <message>
        <location filename="../../importers/bank.py" line="549"/>
        <source>the file has an OFX header but no &lt;OFX&gt; element</source>
        <translation>le fichier a un en-tête OFX mais pas d&apos;élément &lt;OFX&gt;</translation>
    </message>
    <message>
        <location filename="../../importers/bank.py" line="599"/>
        <source>transaction {number} (FITID {fitid})</source>
        <translation>transaction {number} (FITID {fitid})</translation>
    </message>
    <message>
        <location filename="../../importers/bank.py" line="600"/>
        <source>transaction {number}</source>
        <translation>transaction {number}</translation>
    </message>
    <message>
        <location filename="../../importers/bank.py" line="603"/>
        <source>{where}: no amount (TRNAMT)</source>
        <translation>{where} : pas de montant (TRNAMT)</translation>
    </message>
    <message>
        <location filename="../../importers/bank.py" line="607"/>
        <source>{where}: no date (DTPOSTED)</source>
        <translation>{where} : pas de date (DTPOSTED)</translation>
    </message>
    <message>
        <location filename="../../importers/bank.py" line="612"/>
        <location filename="../../importers/bank.py" line="836"/>
        <source>{where}: {tag} {value!r} is not a date</source>
        <translation>{where} : {tag} {value!r} n&apos;est pas une date</translation>
    </message>
    <message>
        <location filename="../../importers/bank.py" line="739"/>
        <source>the OFX elements are nested too deeply: the file is damaged</source>
        <translation>les éléments OFX sont imbriqués trop profondément : le fichier est endommagé</translation>
    </message>
    <message>
        <location filename="../../importers/bank.py" line="742"/>
        <source>the OFX file ends before &lt;/OFX&gt;: it is cut short or damaged</source>
        <translation>le fichier OFX s&apos;arrête avant &lt;/OFX&gt; : il est tronqué ou endommagé</translation>
    </message>
    <message>
        <location filename="../../importers/bank.py" line="804"/>
        <source>the CAMT.053 document has no statement (BkToCstmrStmt)</source>
        <translation>le document CAMT.053 ne contient aucun relevé (BkToCstmrStmt)</translation>
    </message>
    <message>
        <location filename="../../importers/bank.py" line="811"/>
        <source>the XML is a {kind} message, not a CAMT.053 statement</source>
        <translation>le XML est un message {kind}, pas un relevé CAMT.053</translation>
    </message>
    <message>
        <location filename="../../importers/bank.py" line="814"/>
        <source>the XML root element is &lt;{root}&gt;, not a CAMT.053 &lt;Document&gt;</source>
        <translation>l&apos;élément racine du XML est &lt;{root}&gt;, pas un &lt;Document&gt; CAMT.053</translation>
    </message>
    <message>
        <location filename="../../importers/bank.py" line="826"/>
        <source>{where}: no amount (Amt)</source>
        <translation>{where} : pas de montant (Amt)</translation>
    </message>
    <message>
        <location filename="../../importers/bank.py" line="831"/>
        <source>{where}: no date (BookgDt or ValDt)</source>
        <translation>{where} : pas de date (BookgDt ou ValDt)</translation>
    </message>
    <message>
        <location filename="../../importers/bank.py" line="847"/>
        <source>{where}: CdtDbtInd is {indicator!r}, neither CRDT nor DBIT</source>
        <translation>{where} : CdtDbtInd vaut {indicator!r}, ni CRDT ni DBIT</translation>
    </message>
    <message>
        <location filename="../../importers/bank.py" line="913"/>
        <source>is the entry&apos;s amount, but the payments the statement details for it add up to {total}: some are missing; record the entry&apos;s gifts by hand (&apos;treasurer add&apos;) from the bank&apos;s advice of it</source>
        <translation>est le montant de l&apos;opération, mais les paiements que le relevé en détaille font {total} : il en manque ; enregistrez les dons de l&apos;opération à la main (&apos;treasurer add&apos;) d&apos;après l&apos;avis de la banque</translation>
    </message>
    <message>
        <location filename="../../importers/bank.py" line="982"/>
        <source>{where}, transaction {number}</source>
        <translation>{where}, transaction {number}</translation>
    </message>
    <message>
        <location filename="../../importers/bank.py" line="996"/>
        <source>{where}: a payment in a batch entry has no amount of its own</source>
        <translation>{where} : un paiement d&apos;une écriture groupée n&apos;a pas de montant propre</translation>
    </message>
    <message>
        <location filename="../../importers/bank.py" line="1176"/>
        <source>the balance :{tag}:{value} is unreadable</source>
        <translation>le solde :{tag}:{value} est illisible</translation>
    </message>
    <message>
        <location filename="../../importers/bank.py" line="1206"/>
        <source>statement {number}</source>
        <translation>le relevé {number}</translation>
    </message>
    <message>
        <location filename="../../importers/bank.py" line="1206"/>
        <source>the statement</source>
        <translation>le relevé</translation>
    </message>
    <message>
        <location filename="../../importers/bank.py" line="1209"/>
        <source>{name} ({reference})</source>
        <translation>{name} ({reference})</translation>
    </message>
    <message>
        <location filename="../../importers/bank.py" line="1213"/>
        <source>{name} has an opening balance but no closing one (:62F:): the file may be cut short; export it again</source>
        <translation>{name} a un solde d&apos;ouverture mais pas de solde de clôture (:62F:) : le fichier est peut-être tronqué ; exportez-le à nouveau</translation>
    </message>
    <message>
        <location filename="../../importers/bank.py" line="1227"/>
        <source>{name}: its entries take the opening balance to {total}, but its closing balance is {expected}: entries are missing or damaged; export it again</source>
        <translation>{name} : ses opérations portent le solde d&apos;ouverture à {total}, mais son solde de clôture est de {expected} : des opérations manquent ou sont abîmées ; exportez-le à nouveau</translation>
    </message>
    <message>
        <location filename="../../importers/bank.py" line="1240"/>
        <source>the balance {value!r} is unreadable</source>
        <translation>le solde {value!r} est illisible</translation>
    </message>
    <message>
        <location filename="../../importers/bank.py" line="1253"/>
        <source>entry {number}: :61:{line} is not a statement line (value date, C/D mark, amount, transaction type, reference)</source>
        <translation>écriture {number} : :61:{line} n&apos;est pas une ligne de relevé (date de valeur, marque C/D, montant, type d&apos;opération, référence)</translation>
    </message>
    <message>
        <location filename="../../importers/bank.py" line="1271"/>
        <source>{where}: the value date {value} is not a date</source>
        <translation>{where} : la date de valeur {value} n&apos;est pas une date</translation>
    </message>
    <message>
        <location filename="../../importers/bank.py" line="1280"/>
        <source>{where}: the entry date {value} is not a date</source>
        <translation>{where} : la date d&apos;écriture {value} n&apos;est pas une date</translation>
    </message>
    <message>
        <location filename="../../importers/presets.py" line="78"/>
        <source>is not a readable mapping file ({problem})</source>
        <extracomment>column -&gt; the texts that leave a row out (a column the file lacks leaves none out; a mapping of the user&apos;s whose columns the file all lacks is refused) column -&gt; the texts of the rows that convert another row&apos;s money into the account&apos;s currency (PayPal&apos;s &quot;General Currency Conversion&quot;): each names the row it converts in its ``refund_of`` column, and gives its amount and currency</extracomment>
        <translation>n&apos;est pas un fichier de correspondance lisible ({problem})</translation>
    </message>
    <message>
        <location filename="../../importers/presets.py" line="93"/>
        <source>mapping</source>
        <extracomment>What a preset or mapping file may say.</extracomment>
        <translation>correspondance</translation>
    </message>
    <message>
        <location filename="../../importers/presets.py" line="102"/>
        <source>has unknown settings: {keys} (settings: {known})</source>
        <translation>contient des réglages inconnus : {keys} (réglages : {known})</translation>
    </message>
    <message>
        <location filename="../../importers/presets.py" line="113"/>
        <source>maps the unknown field {name!r} (fields: {fields})</source>
        <translation>associe le champ inconnu {name!r} (champs : {fields})</translation>
    </message>
    <message>
        <location filename="../../importers/presets.py" line="120"/>
        <source>needs the headers of {name!r} as a list of texts</source>
        <translation>doit donner les en-têtes de {name!r} sous forme de liste de textes</translation>
    </message>
    <message>
        <location filename="../../importers/presets.py" line="124"/>
        <source>sets unknown fields: {fields}</source>
        <translation>définit des champs inconnus : {fields}</translation>
    </message>
    <message>
        <location filename="../../importers/presets.py" line="129"/>
        <source>needs the texts kept in {header!r} as a list</source>
        <translation>demande les textes gardés dans {header!r} sous forme de liste</translation>
    </message>
    <message>
        <location filename="../../importers/presets.py" line="135"/>
        <source>needs the texts left out in {header!r} as a list</source>
        <translation>demande les textes écartés dans {header!r} sous forme de liste</translation>
    </message>
    <message>
        <location filename="../../importers/presets.py" line="142"/>
        <source>needs the texts of conversion rows in {header!r} as a list</source>
        <translation>demande les textes des lignes de conversion dans {header!r} sous forme de liste</translation>
    </message>
    <message>
        <location filename="../../importers/presets.py" line="148"/>
        <source>reads currency conversions, which needs the columns of refund_of (the payment converted), amount and currency</source>
        <translation>lit des conversions de devises, ce qui demande les colonnes de refund_of (le paiement converti), amount et currency</translation>
    </message>
    <message>
        <location filename="../../importers/presets.py" line="159"/>
        <source>translates values of fields that take none: {fields}</source>
        <translation>traduit les valeurs de champs qui n&apos;en prennent pas : {fields}</translation>
    </message>
    <message>
        <location filename="../../importers/presets.py" line="165"/>
        <source>decimal_separator must be &apos;.&apos; or &apos;,&apos;</source>
        <translation>decimal_separator doit valoir &apos;.&apos; ou &apos;,&apos;</translation>
    </message>
    <message>
        <location filename="../../importers/presets.py" line="168"/>
        <source>date_order must be &apos;dmy&apos; or &apos;mdy&apos;</source>
        <translation>date_order doit valoir &apos;dmy&apos; ou &apos;mdy&apos;</translation>
    </message>
    <message>
        <location filename="../../importers/presets.py" line="173"/>
        <source>delimiter must be one character, such as &apos;;&apos; or &apos;,&apos;, or &apos;tab&apos;</source>
        <translation>delimiter doit être un seul caractère, comme &apos;;&apos; ou &apos;,&apos;, ou &apos;tab&apos;</translation>
    </message>
    <message>
        <location filename="../../importers/presets.py" line="204"/>
        <source>is not a preset (presets: {known})</source>
        <translation>n&apos;est pas un modèle (modèles : {known})</translation>
    </message>
    <message>
        <location filename="../../importers/presets.py" line="561"/>
        <source>has {count} cells but the header has {width} columns</source>
        <extracomment>Fields read from the preset&apos;s next column where the first is empty on a row.</extracomment>
        <translation>a {count} cellules mais l&apos;en-tête a {width} colonnes</translation>
    </message>
    <message>
        <location filename="../../importers/presets.py" line="569"/>
        <source>is the file&apos;s last row, cut short: it has {count} of the header&apos;s {width} columns and no line end (a download cut short?): download the file again</source>
        <translation>est la dernière ligne du fichier, coupée : elle a {count} des {width} colonnes de l&apos;en-tête et pas de fin de ligne (un téléchargement interrompu ?) : téléchargez le fichier à nouveau</translation>
    </message>
    <message>
        <location filename="../../importers/presets.py" line="494"/>
        <source>the header {header!r} is over columns {first} and {second} (one cell merged over both?): give each column its own header, and say which holds the {field}</source>
        <extracomment>For the donor&apos;s name and email, the preset&apos;s further columns the file has, read in turn where the first is empty on a row (Stripe&apos;s Card Name is empty for a SEPA debit; the Customer Name says who paid). column index -&gt; the texts of the rows that are currency conversions</extracomment>
        <translation>l&apos;en-tête {header!r} couvre les colonnes {first} et {second} (une cellule fusionnée sur les deux ?) : donnez à chaque colonne son propre en-tête, et dites laquelle contient le champ {field}</translation>
    </message>
    <message>
        <location filename="../../importers/presets.py" line="501"/>
        <source>the column {header!r} appears twice (columns {first} and {second}); which one holds the {field}?</source>
        <translation>la colonne {header!r} apparaît deux fois (colonnes {first} et {second}) ; laquelle contient le champ {field} ?</translation>
    </message>
    <message>
        <location filename="../../importers/presets.py" line="515"/>
        <source>the {preset} preset expects a column {header!r}, which the file lacks</source>
        <translation>le modèle {preset} attend une colonne {header!r}, absente du fichier</translation>
    </message>
    <message>
        <location filename="../../importers/presets.py" line="531"/>
        <source>the {preset} mapping leaves out rows by a column {header!r}, which the file lacks</source>
        <translation>la correspondance {preset} écarte des lignes selon une colonne {header!r}, absente du fichier</translation>
    </message>
    <message>
        <location filename="../../importers/records.py" line="87"/>
        <source>{path}: {reason}</source>
        <extracomment>The fields a row can map to. ``donor`` is the full name; ``first_name`` and ``last_name`` are joined when there is no ``donor``. ``amount`` is the gross amount; ``fee`` a processor&apos;s fee (recorded as its own linked row). ``entry_type`` is ``donation`` (default), ``refund`` or ``return``; ``refund_of`` the reference of the donation a refund gives back. ``state`` (a state, province or region) is kept with the city (&quot;Chicago, IL&quot;), as the ledger has no column of its own for it. A platform that marks a refund on the donation&apos;s own row (ActBlue&apos;s Refund ID and Refund Date, Stripe&apos;s Amount Refunded, Donorbox&apos;s and HelloAsso&apos;s status) maps ``refund_reference``, ``refund_date``, ``refund_amount`` or ``refund_status``: when one of them says so, the row is recorded as the donation and, linked to it, its refund (the whole amount unless ``refund_amount`` says less; on ``refund_date``, else the donation&apos;s day; referenced ``refund_reference``, else the donation&apos;s reference and ``/refund``). ``refund_status`` says so when its text is ``refunded`` (after the preset&apos;s ``[values.refund_status]`` translation), ``charged back`` (a dispute lost: the whole amount, whatever ``refund_amount`` says), and ``partly refunded`` with the amount in ``refund_amount`` (a bad row without it); ``refund_status_date`` is the day the status was reached (Stripe&apos;s dispute date), the refund&apos;s day when ``refund_date`` is empty. The first columns of a rejects file (the bad rows of an import, then each row&apos;s own cells): a file that starts so is read back with the formula guards taken off.</extracomment>
        <translation>{path} : {reason}</translation>
    </message>
    <message>
        <location filename="../../importers/records.py" line="166"/>
        <source>the file is UTF-8 text, not {encoding}: read as {encoding}, {word!r} would be recorded as {garbled!r}; import it without choosing an encoding, or choose utf-8</source>
        <extracomment>What a reader yields for each line of a file. A word with a letter beyond ASCII (what shows what an encoding makes of a file).</extracomment>
        <translation>le fichier est du texte UTF-8, pas {encoding} : lu en {encoding}, {word!r} serait enregistré comme {garbled!r} ; importez-le sans choisir d&apos;encodage, ou choisissez utf-8</translation>
    </message>
    <message>
        <location filename="../../importers/tables.py" line="43"/>
        <source>a PNG image</source>
        <extracomment>A single CSV field larger than this is refused (a runaway quote, or not a CSV). The text of a number that the amount parser would read with a thousands point. The same, given a leading zero to be read as a decimal number (``_cell_text``).</extracomment>
        <translation>une image PNG</translation>
    </message>
    <message>
        <location filename="../../importers/tables.py" line="44"/>
        <source>a JPEG image</source>
        <translation>une image JPEG</translation>
    </message>
    <message>
        <location filename="../../importers/tables.py" line="45"/>
        <source>a GIF image</source>
        <translation>une image GIF</translation>
    </message>
    <message>
        <location filename="../../importers/tables.py" line="46"/>
        <source>a PDF document</source>
        <translation>un document PDF</translation>
    </message>
    <message>
        <location filename="../../importers/tables.py" line="47"/>
        <source>a gzip archive</source>
        <translation>une archive gzip</translation>
    </message>
    <message>
        <location filename="../../importers/tables.py" line="48"/>
        <source>a RAR archive</source>
        <translation>une archive RAR</translation>
    </message>
    <message>
        <location filename="../../importers/tables.py" line="49"/>
        <source>a 7-Zip archive</source>
        <translation>une archive 7-Zip</translation>
    </message>
    <message>
        <location filename="../../importers/tables.py" line="125"/>
        <location filename="../../services/importing.py" line="1804"/>
        <source>there is no such file</source>
        <extracomment>An XML document&apos;s root element, past its declaration, comments and doctype. Rows before the header (a title, Excel&apos;s &quot;sep=;&quot; line), blank rows not counted. The decimal mark a workbook&apos;s number cells are written with as text: the one its preset reads amounts with (a number cell 75.5 is &quot;75,5&quot; for a preset of French exports, whose texts write decimals with a comma).</extracomment>
        <translation>ce fichier n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../importers/tables.py" line="135"/>
        <source>this is {what}, not a table of donations</source>
        <translation>c&apos;est {what}, pas un tableau de dons</translation>
    </message>
    <message>
        <location filename="../../importers/tables.py" line="141"/>
        <source>its name ends in {suffix}, but it is not a workbook: it may be damaged, or another kind of file renamed</source>
        <translation>son nom finit par {suffix}, mais ce n’est pas un classeur : il est peut-être abîmé, ou c’est un autre fichier renommé</translation>
    </message>
    <message>
        <location filename="../../importers/tables.py" line="155"/>
        <source>{encoding!r} is not a text encoding Treasurer knows (such as utf-8, windows-1256, iso-8859-15)</source>
        <translation>{encoding!r} n&apos;est pas un encodage de texte que Trésorier connaît (comme utf-8, windows-1256, iso-8859-15)</translation>
    </message>
    <message>
        <location filename="../../importers/tables.py" line="201"/>
        <source>the file holds binary data, not text (if it is text in an encoding that was not recognised, choose it, such as utf-16-le: the import window&apos;s Encoding, --encoding on the command line)</source>
        <translation>le fichier contient des données binaires, pas du texte (si c&apos;est du texte dans un encodage non reconnu, choisissez-le, par exemple utf-16-le : l&apos;encodage de la fenêtre d&apos;import, --encoding en ligne de commande)</translation>
    </message>
    <message>
        <location filename="../../importers/tables.py" line="224"/>
        <source>the file is not {encoding} text: its byte {byte} is a control character there; choose the file&apos;s encoding (such as windows-1256), or no encoding</source>
        <extracomment>bytes that are control characters in every 8-bit encoding (tab, line ends and form feed excepted), and the same characters with the C1 controls, deleted by translate The C1 control characters, which no text holds: what Latin-1 (ISO 8859-1 or -15) makes of the bytes Windows-1252 uses for €, Œ, ’, “ and the like.</extracomment>
        <translation>le fichier n&apos;est pas du texte {encoding} : son octet {byte} y est un caractère de contrôle ; choisissez l&apos;encodage du fichier (comme windows-1256), ou aucun encodage</translation>
    </message>
    <message>
        <location filename="../../importers/tables.py" line="230"/>
        <source>the file is not {encoding} text: its byte {byte} is a control character in {encoding}, but {sign!r} in windows-1252; choose windows-1252, or no encoding</source>
        <translation>le fichier n&apos;est pas du texte {encoding} : son octet {byte} est un caractère de contrôle en {encoding}, mais {sign!r} en windows-1252 ; choisissez windows-1252, ou aucun encodage</translation>
    </message>
    <message>
        <location filename="../../importers/tables.py" line="288"/>
        <source>the text encoding cannot be recognised; choose it (the import window&apos;s Encoding, --encoding on the command line)</source>
        <translation>l&apos;encodage du texte n&apos;est pas reconnu ; choisissez-le (l&apos;encodage de la fenêtre d&apos;import, --encoding en ligne de commande)</translation>
    </message>
    <message>
        <location filename="../../importers/tables.py" line="346"/>
        <source>the file is not valid {encoding} (byte {byte}); choose the right encoding (the import window&apos;s Encoding, --encoding on the command line)</source>
        <extracomment>Runs of letters beyond ASCII that no Latin-script word is made of alone (&quot;Úáí&quot;): Arabic written in Windows-1256, read as Windows-1252.</extracomment>
        <translation>le fichier n&apos;est pas du {encoding} valide (octet {byte}) ; choisissez le bon encodage (l&apos;encodage de la fenêtre d&apos;import, --encoding en ligne de commande)</translation>
    </message>
    <message>
        <location filename="../../importers/tables.py" line="467"/>
        <source>the file is not valid {encoding} after line {line} (byte {byte} of a block); choose the right encoding (the import window&apos;s Encoding, --encoding on the command line)</source>
        <translation>le fichier n&apos;est pas du {encoding} valide après la ligne {line} (octet {byte} d&apos;un bloc) ; choisissez le bon encodage (l&apos;encodage de la fenêtre d&apos;import, --encoding en ligne de commande)</translation>
    </message>
    <message>
        <location filename="../../importers/tables.py" line="502"/>
        <source>the sheet {sheet!r} is empty; the workbook&apos;s other sheets: {sheets} (choose one: the import window&apos;s Sheet, --sheet on the command line)</source>
        <translation>la feuille {sheet!r} est vide ; les autres feuilles du classeur : {sheets} (choisissez-en une : la feuille de la fenêtre d&apos;import, --sheet en ligne de commande)</translation>
    </message>
    <message>
        <source>{encoding!r} is not an encoding Python knows</source>
        <translation type="vanished">{encoding!r} n&apos;est pas un encodage connu de Python</translation>
    </message>
    <message>
        <source>the file holds binary data, not text</source>
        <translation type="vanished">le fichier contient des données binaires, pas du texte</translation>
    </message>
    <message>
        <location filename="../../importers/tables.py" line="413"/>
        <source>line {line}: the file ends inside a quoted cell: a quote mark (&quot;) opened on this line or an earlier one is never closed</source>
        <translation>ligne {line} : le fichier se termine dans une cellule entre guillemets : un guillemet (&quot;) ouvert sur cette ligne ou une précédente n’est jamais fermé</translation>
    </message>
    <message>
        <location filename="../../importers/tables.py" line="419"/>
        <source>line {line}: a cell holds more than {limit} characters, which no cell of a donation does (a quote mark left open, or not a table of donations?)</source>
        <translation>ligne {line} : une cellule contient plus de {limit} caractères, ce qu’aucune cellule d’un don ne fait (un guillemet resté ouvert, ou pas un tableau de dons ?)</translation>
    </message>
    <message>
        <location filename="../../importers/tables.py" line="424"/>
        <source>line {line}: {problem}</source>
        <translation>ligne {line} : {problem}</translation>
    </message>
    <message>
        <source>the text encoding cannot be recognised; give it with --encoding</source>
        <translation type="vanished">l&apos;encodage du texte n&apos;est pas reconnu ; indiquez-le avec --encoding</translation>
    </message>
    <message>
        <location filename="../../importers/tables.py" line="50"/>
        <source>an SQLite database (a ledger?)</source>
        <translation>une base de données SQLite (un registre ?)</translation>
    </message>
    <message>
        <source>the file holds binary data, not text (if it is text in an encoding that was not recognised, give it with --encoding, such as utf-16-le)</source>
        <translation type="vanished">le fichier contient des données binaires, pas du texte (si c’est du texte dans un codage non reconnu, indiquez-le avec --encoding, par exemple utf-16-le)</translation>
    </message>
    <message>
        <location filename="../../importers/tables.py" line="252"/>
        <source>this is an XML document ({root}), neither a table of donations nor a bank statement Treasurer reads (CAMT.053, OFX)</source>
        <translation>c&apos;est un document XML ({root}), ni un tableau de dons ni un relevé bancaire que Treasurer lit (CAMT.053, OFX)</translation>
    </message>
    <message>
        <location filename="../../importers/tables.py" line="261"/>
        <source>--sheet {sheet!r} names a sheet of a workbook, but this file is text (CSV): import it without --sheet</source>
        <translation>--sheet {sheet!r} désigne une feuille d&apos;un classeur, mais ce fichier est du texte (CSV) : importez-le sans --sheet</translation>
    </message>
    <message>
        <source>the file is not valid {encoding} (byte {byte}); give the right --encoding</source>
        <extracomment>Runs of letters beyond ASCII that no Latin-script word is made of alone (&quot;Úáí&quot;): Arabic written in Windows-1256, read as Windows-1252.</extracomment>
        <translation type="vanished">le fichier n&apos;est pas du {encoding} valide (octet {byte}) ; indiquez le bon --encoding</translation>
    </message>
    <message>
        <location filename="../../importers/tables.py" line="368"/>
        <source>{delimiter!r} cannot be the delimiter (it quotes cells or ends lines): give another, such as &apos;;&apos; or &apos;,&apos;, or &apos;tab&apos;</source>
        <translation>{delimiter!r} ne peut pas être le séparateur (il entoure les cellules ou termine les lignes) : indiquez-en un autre, comme &apos;;&apos; ou &apos;,&apos;, ou &apos;tab&apos;</translation>
    </message>
    <message>
        <location filename="../../importers/tables.py" line="373"/>
        <source>the delimiter {delimiter!r} is not one character: give one, such as &apos;;&apos; or &apos;,&apos;, or &apos;tab&apos;</source>
        <translation>le séparateur {delimiter!r} n&apos;est pas un seul caractère : donnez-en un, comme &apos;;&apos; ou &apos;,&apos;, ou &apos;tab&apos;</translation>
    </message>
    <message>
        <location filename="../../importers/tables.py" line="393"/>
        <source>the first line holds no column names</source>
        <translation>la première ligne ne contient aucun nom de colonne</translation>
    </message>
    <message>
        <location filename="../../importers/tables.py" line="406"/>
        <source>line {opened}: a quote mark (&quot;) in this row is never closed: the file ends inside a quoted cell (at line {line})</source>
        <translation>ligne {opened} : un guillemet (&quot;) de cette ligne n&apos;est jamais fermé : le fichier se termine dans une cellule entre guillemets (à la ligne {line})</translation>
    </message>
    <message>
        <source>the file is not valid {encoding} after line {line} (byte {byte} of a block); give the right --encoding</source>
        <translation type="vanished">le fichier n&apos;est pas du {encoding} valide après la ligne {line} (octet {byte} d&apos;un bloc) ; indiquez le bon --encoding</translation>
    </message>
    <message>
        <location filename="../../importers/tables.py" line="483"/>
        <source>the workbook has no sheet</source>
        <translation>le classeur n&apos;a aucune feuille</translation>
    </message>
    <message>
        <location filename="../../importers/tables.py" line="489"/>
        <source>there is no sheet {sheet!r} (sheets: {sheets})</source>
        <translation>il n&apos;y a pas de feuille {sheet!r} (feuilles : {sheets})</translation>
    </message>
    <message>
        <source>the sheet {sheet!r} is empty; the workbook&apos;s other sheets: {sheets} (choose one with --sheet)</source>
        <translation type="vanished">la feuille {sheet!r} est vide ; les autres feuilles du classeur : {sheets} (choisissez-en une avec --sheet)</translation>
    </message>
    <message>
        <location filename="../../importers/tables.py" line="508"/>
        <source>the sheet {sheet!r} is empty</source>
        <translation>la feuille {sheet!r} est vide</translation>
    </message>
    <message>
        <location filename="../../importers/tables.py" line="536"/>
        <source>the spreadsheet cannot be read ({problem})</source>
        <translation>le tableur ne peut pas être lu ({problem})</translation>
    </message>
    <message>
        <location filename="../../importers/tables.py" line="572"/>
        <source>the sheet {sheet!r} cannot be read ({problem})</source>
        <translation>la feuille {sheet!r} ne peut pas être lue ({problem})</translation>
    </message>
    <message>
        <location filename="../../reports/filings.py" line="197"/>
        <source>the {profile} profile has no reporting rule (kind &apos;reportable&apos;) for this ledger, so this filing has no threshold: add one to a copy of the profile</source>
        <extracomment>Which shipped profile each family of filings belongs to, and the prefix its rule ids carry (a copy keeps its rule ids: flags are keyed on them).</extracomment>
        <translation>le profil {profile} n&apos;a pas de règle de déclaration (type &apos;reportable&apos;) pour ce registre, donc cette déclaration n&apos;a pas de seuil : ajoutez-en une à une copie du profil</translation>
    </message>
    <message>
        <location filename="../../services/audit.py" line="79"/>
        <location filename="../../services/browse.py" line="520"/>
        <location filename="../../services/compliance.py" line="513"/>
        <location filename="../../services/compliance.py" line="670"/>
        <location filename="../../services/compliance.py" line="932"/>
        <location filename="../../services/donations.py" line="211"/>
        <source>there is no donation with id {id}</source>
        <translation>il n&apos;y a pas de don avec l&apos;identifiant {id}</translation>
    </message>
    <message>
        <location filename="../../services/audit.py" line="84"/>
        <location filename="../../services/browse.py" line="170"/>
        <location filename="../../services/browse.py" line="344"/>
        <location filename="../../services/browse.py" line="450"/>
        <location filename="../../services/compliance.py" line="609"/>
        <location filename="../../services/compliance.py" line="734"/>
        <location filename="../../services/compliance.py" line="806"/>
        <location filename="../../services/compliance.py" line="935"/>
        <location filename="../../services/donors.py" line="48"/>
        <location filename="../../services/donors.py" line="127"/>
        <location filename="../../services/ledger.py" line="536"/>
        <location filename="../../services/ledger.py" line="652"/>
        <location filename="../../services/privacy.py" line="42"/>
        <location filename="../../services/privacy.py" line="87"/>
        <source>there is no donor with id {id}</source>
        <extracomment>The id the donation being typed takes in a preview: after every real one.
----------
the rules could not judge it (the profile counts in another currency)
----------
Keys of audit texts that hold personal data (redacted on pseudonymisation).</extracomment>
        <translation>il n&apos;y a pas de donateur avec l&apos;identifiant {id}</translation>
    </message>
    <message>
        <location filename="../../services/backup.py" line="36"/>
        <source>a PostgreSQL ledger is backed up by its server: use pg_dump (e.g. &apos;pg_dump -Fc DBNAME &gt; ledger.dump&apos;) or the server&apos;s continuous archiving; Treasurer&apos;s own backups are for ledger files</source>
        <translation>un registre PostgreSQL est sauvegardé par son serveur : utilisez pg_dump (par exemple &apos;pg_dump -Fc DBNAME &gt; ledger.dump&apos;) ou l&apos;archivage continu du serveur ; les sauvegardes de Trésorier sont faites pour les fichiers de registre</translation>
    </message>
    <message>
        <location filename="../../services/backup.py" line="105"/>
        <source>{path} exists already; choose another file name</source>
        <translation>{path} existe déjà ; choisissez un autre nom de fichier</translation>
    </message>
    <message>
        <location filename="../../services/backup.py" line="177"/>
        <source>{server}; restore it with pg_restore</source>
        <translation>{server} ; restaurez-le avec pg_restore</translation>
    </message>
    <message>
        <location filename="../../services/backup.py" line="179"/>
        <source>there is no file {path}</source>
        <translation>il n&apos;y a pas de fichier {path}</translation>
    </message>
    <message>
        <location filename="../../services/backup.py" line="186"/>
        <source>{path} is encrypted: give its passphrase (--passphrase-file, or $TREASURER_PASSPHRASE)</source>
        <translation>{path} est chiffré : donnez sa phrase secrète (--passphrase-file, ou $TREASURER_PASSPHRASE)</translation>
    </message>
    <message>
        <location filename="../../services/backup.py" line="212"/>
        <location filename="../../services/backup.py" line="256"/>
        <source>{path} is damaged ({problem}); choose another backup</source>
        <translation>{path} est endommagé ({problem}) ; choisissez une autre sauvegarde</translation>
    </message>
    <message>
        <location filename="../../services/backup.py" line="220"/>
        <source>{path} is not a Treasurer ledger</source>
        <translation>{path} n&apos;est pas un registre Trésorier</translation>
    </message>
    <message>
        <location filename="../../services/backup.py" line="222"/>
        <source>{path} is not a Treasurer ledger (it has no organisation)</source>
        <translation>{path} n&apos;est pas un registre Trésorier (il n&apos;a pas d&apos;organisation)</translation>
    </message>
    <message>
        <location filename="../../services/backup.py" line="225"/>
        <source>{path} was written by a newer version of Treasurer (schema {schema})</source>
        <translation>{path} a été écrit par une version plus récente de Trésorier (schéma {schema})</translation>
    </message>
    <message>
        <location filename="../../services/backup.py" line="282"/>
        <source>could not save the current ledger before restoring: {problem}</source>
        <translation>impossible de sauvegarder le registre actuel avant la restauration : {problem}</translation>
    </message>
    <message>
        <location filename="../../services/browse.py" line="353"/>
        <source>{problem}; choose the donor from the list to say which</source>
        <translation>{problem} ; choisissez le donateur dans la liste pour préciser lequel</translation>
    </message>
    <message>
        <location filename="../../services/browse.py" line="445"/>
        <location filename="../../services/compliance.py" line="801"/>
        <source>a donor cannot be merged into itself</source>
        <translation>un donateur ne peut pas être fusionné avec lui-même</translation>
    </message>
    <message>
        <location filename="../../services/browse.py" line="453"/>
        <location filename="../../services/compliance.py" line="808"/>
        <source>one of these donors was already merged into another</source>
        <translation>l&apos;un de ces donateurs a déjà été fusionné avec un autre</translation>
    </message>
    <message>
        <source>donation {id} has refunds, fees, checks or receipts recorded against it; it cannot be taken back, record a refund instead</source>
        <translation type="vanished">le don {id} a des remboursements, des frais, des vérifications ou des reçus enregistrés ; il ne peut pas être repris, enregistrez plutôt un remboursement</translation>
    </message>
    <message>
        <location filename="../../services/browse.py" line="523"/>
        <source>donation {id} has refunds, fees or checks recorded against it; it cannot be taken back, record a refund instead</source>
        <translation>le don {id} a des remboursements, des frais ou des vérifications enregistrés à son titre ; il ne peut pas être annulé, enregistrez plutôt un remboursement</translation>
    </message>
    <message>
        <location filename="../../services/browse.py" line="542"/>
        <source>flag {id} is not a dismissed flag</source>
        <translation>l&apos;alerte {id} n&apos;est pas une alerte écartée</translation>
    </message>
    <message>
        <location filename="../../services/compliance.py" line="50"/>
        <source>a donation</source>
        <extracomment>The template profile: a ledger may use it in any currency, and no rule is applied until the treasurer copies it and writes their own figures. An entry of each type, as a message names it: &quot;entry 12 is itself a refund&quot;…</extracomment>
        <translation>un don</translation>
    </message>
    <message>
        <location filename="../../services/compliance.py" line="51"/>
        <source>a refund</source>
        <translation>un remboursement</translation>
    </message>
    <message>
        <location filename="../../services/compliance.py" line="52"/>
        <source>a return</source>
        <translation>une restitution</translation>
    </message>
    <message>
        <location filename="../../services/compliance.py" line="56"/>
        <location filename="../../services/ledger.py" line="430"/>
        <source>the donation</source>
        <extracomment>…and &quot;the refund is dated 2025-03-01, in period 2025-Q1…&quot;</extracomment>
        <translation>le don</translation>
    </message>
    <message>
        <location filename="../../services/compliance.py" line="57"/>
        <source>the refund</source>
        <translation>le remboursement</translation>
    </message>
    <message>
        <location filename="../../services/compliance.py" line="58"/>
        <source>the return</source>
        <translation>la restitution</translation>
    </message>
    <message>
        <location filename="../../services/compliance.py" line="61"/>
        <source>resolved</source>
        <extracomment>A flag that is no longer open, as &quot;flag 7 is already dismissed&quot; says it.</extracomment>
        <translation>résolue</translation>
    </message>
    <message>
        <location filename="../../services/compliance.py" line="61"/>
        <source>dismissed</source>
        <translation>écartée</translation>
    </message>
    <message>
        <location filename="../../services/compliance.py" line="95"/>
        <source>there is no rule profile {profile!r} (known: {known})</source>
        <translation>il n&apos;y a pas de profil de règles {profile!r} (profils connus : {known})</translation>
    </message>
    <message>
        <location filename="../../services/compliance.py" line="102"/>
        <source>profile {path}: its id is {found!r}, not {wanted!r}</source>
        <translation>profil {path} : son identifiant est {found!r}, et non {wanted!r}</translation>
    </message>
    <message>
        <location filename="../../services/compliance.py" line="156"/>
        <source>{profile!r} is not a usable profile id (letters, digits, - and _)</source>
        <translation>{profile!r} n&apos;est pas un identifiant de profil utilisable (lettres, chiffres, - et _)</translation>
    </message>
    <message>
        <location filename="../../services/compliance.py" line="159"/>
        <source>there is already a profile {profile!r}</source>
        <translation>il existe déjà un profil {profile!r}</translation>
    </message>
    <message>
        <location filename="../../services/compliance.py" line="162"/>
        <source>there is no rule profile {profile!r}</source>
        <translation>il n&apos;y a pas de profil de règles {profile!r}</translation>
    </message>
    <message>
        <location filename="../../services/compliance.py" line="386"/>
        <source>the ledger counts in {currency} but its rule profile {profile} counts in {profile_currency}: copy the profile (treasurer profile copy), set its currency and figures, and use it</source>
        <extracomment>the flags raised, and those open again (ids); those whose amounts changed</extracomment>
        <translation>le registre compte en {currency} mais son profil de règles {profile} compte en {profile_currency} : copiez le profil (treasurer profile copy), fixez sa devise et ses montants, puis utilisez-le</translation>
    </message>
    <message>
        <location filename="../../services/compliance.py" line="463"/>
        <source>--status must be one of: {choices}</source>
        <translation>--status doit être l&apos;une des valeurs : {choices}</translation>
    </message>
    <message>
        <location filename="../../services/compliance.py" line="475"/>
        <source>dismissing a flag needs a reason (--reason)</source>
        <translation>écarter une alerte demande un motif (--reason)</translation>
    </message>
    <message>
        <location filename="../../services/compliance.py" line="480"/>
        <source>there is no flag with id {id}</source>
        <translation>il n&apos;y a pas d&apos;alerte avec l&apos;identifiant {id}</translation>
    </message>
    <message>
        <location filename="../../services/compliance.py" line="483"/>
        <source>flag {id} is already {status}</source>
        <translation>l&apos;alerte {id} est déjà {status}</translation>
    </message>
    <message>
        <location filename="../../services/compliance.py" line="516"/>
        <source>entry {id} is itself {entry}</source>
        <translation>l&apos;écriture {id} est elle-même {entry}</translation>
    </message>
    <message>
        <location filename="../../services/compliance.py" line="521"/>
        <source>must be more than zero (the amount given back)</source>
        <translation>doit être supérieur à zéro (le montant rendu)</translation>
    </message>
    <message>
        <location filename="../../services/compliance.py" line="531"/>
        <source>is before the donation was received</source>
        <translation>tombe avant la réception du don</translation>
    </message>
    <message>
        <location filename="../../services/compliance.py" line="536"/>
        <source>only {left} of donation {id} is left to give back ({amount} less {given} already)</source>
        <translation>il ne reste que {left} du don {id} à rendre ({amount} moins {given} déjà rendus)</translation>
    </message>
    <message>
        <location filename="../../services/compliance.py" line="604"/>
        <source>say how the donor was checked (--method), e.g. electoral-register</source>
        <translation>indiquez comment le donateur a été vérifié (--method), par exemple electoral-register</translation>
    </message>
    <message>
        <location filename="../../services/compliance.py" line="621"/>
        <source>donation {id} is not a donation of donor {donor}</source>
        <translation>le don {id} n&apos;est pas un don du donateur {donor}</translation>
    </message>
    <message>
        <location filename="../../services/compliance.py" line="666"/>
        <source>an override needs a reason (--reason); it goes to the audit log</source>
        <translation>une dérogation demande un motif (--reason) ; il est inscrit au journal d&apos;audit</translation>
    </message>
    <message>
        <location filename="../../services/compliance.py" line="675"/>
        <location filename="../../services/compliance.py" line="954"/>
        <location filename="../../services/donations.py" line="92"/>
        <location filename="../../services/donations.py" line="171"/>
        <source>donation {id}</source>
        <translation>le don {id}</translation>
    </message>
    <message>
        <location filename="../../services/compliance.py" line="738"/>
        <source>year</source>
        <translation>année</translation>
    </message>
    <message>
        <location filename="../../services/compliance.py" line="738"/>
        <source>is not a year up to this one ({year})</source>
        <translation>n&apos;est pas une année antérieure ou égale à l&apos;année en cours ({year})</translation>
    </message>
    <message>
        <location filename="../../services/compliance.py" line="743"/>
        <source>the {profile} profile has no cap that counts gifts to other parties; declared gifts would change nothing</source>
        <translation>le profil {profile} n&apos;a aucun plafond qui compte les dons à d&apos;autres partis ; des dons déclarés ne changeraient rien</translation>
    </message>
    <message>
        <location filename="../../services/compliance.py" line="749"/>
        <source>must not be negative</source>
        <translation>ne doit pas être négatif</translation>
    </message>
    <message>
        <location filename="../../services/compliance.py" line="814"/>
        <source>a donation of donor {donor}</source>
        <translation>un don du donateur {donor}</translation>
    </message>
    <message>
        <location filename="../../services/compliance.py" line="873"/>
        <source>donor {other} is not merged into donor {keep}</source>
        <translation>le donateur {other} n&apos;est pas fusionné avec le donateur {keep}</translation>
    </message>
    <message>
        <location filename="../../services/compliance.py" line="927"/>
        <source>the {profile} profile does not allow reattribution; refund or return instead</source>
        <translation>le profil {profile} ne permet pas la réattribution ; remboursez ou restituez plutôt</translation>
    </message>
    <message>
        <location filename="../../services/compliance.py" line="937"/>
        <source>a donation is reattributed to another person than its donor</source>
        <translation>un don se réattribue à une autre personne que son donateur</translation>
    </message>
    <message>
        <location filename="../../services/compliance.py" line="940"/>
        <location filename="../../services/donations.py" line="218"/>
        <source>must be more than zero</source>
        <translation>doit être supérieur à zéro</translation>
    </message>
    <message>
        <location filename="../../services/compliance.py" line="943"/>
        <source>must be between the donation&apos;s date and today</source>
        <translation>doit être comprise entre la date du don et aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../services/compliance.py" line="948"/>
        <source>only {left} of donation {id} is left to reattribute</source>
        <translation>il ne reste que {left} du don {id} à réattribuer</translation>
    </message>
    <message>
        <location filename="../../services/donations.py" line="81"/>
        <location filename="../../services/ledger.py" line="427"/>
        <source>a donation with reference {reference!r} is already recorded</source>
        <translation>un don avec la référence {reference!r} est déjà enregistré</translation>
    </message>
    <message>
        <location filename="../../services/donations.py" line="90"/>
        <source>nothing to change in donation {id}</source>
        <translation>rien à modifier dans le don {id}</translation>
    </message>
    <message>
        <location filename="../../services/donations.py" line="146"/>
        <source>deleting a donation needs a reason (--reason); it goes to the audit log</source>
        <translation>supprimer un don demande un motif (--reason) ; il est inscrit au journal d&apos;audit</translation>
    </message>
    <message>
        <location filename="../../services/donations.py" line="153"/>
        <source>donation {id} has {refunds} refund(s) or return(s) recorded against it; delete those first</source>
        <translation>le don {id} a {refunds} remboursement(s) ou restitution(s) enregistré(s) à son titre ; supprimez-les d&apos;abord</translation>
    </message>
    <message>
        <location filename="../../services/donations.py" line="161"/>
        <source>donation {id} has receipt {numbers} issued for it; void the receipt first (treasurer receipt void {first} --reason ...)</source>
        <translation>le don {id} a le reçu {numbers} émis à son titre ; annulez d&apos;abord le reçu (treasurer receipt void {first} --reason ...)</translation>
    </message>
    <message>
        <location filename="../../services/donations.py" line="221"/>
        <source>the amount of {entry} is not edited; delete it and record it again</source>
        <translation>le montant d&apos;{entry} ne se modifie pas ; supprimez l&apos;écriture et enregistrez-la à nouveau</translation>
    </message>
    <message>
        <location filename="../../services/donations.py" line="227"/>
        <source>{given} of donation {id} was already given back; its amount cannot be less</source>
        <translation>{given} du don {id} ont déjà été rendus ; son montant ne peut pas être inférieur</translation>
    </message>
    <message>
        <location filename="../../services/donations.py" line="239"/>
        <location filename="../../services/reports.py" line="124"/>
        <source>there is no accounting unit named {name!r}</source>
        <translation>il n&apos;y a pas d&apos;unité comptable nommée {name!r}</translation>
    </message>
    <message>
        <location filename="../../services/donors.py" line="41"/>
        <source>a donor has no detail {fields} (details: {known})</source>
        <extracomment>What ``edit_donor`` changes.</extracomment>
        <translation>un donateur n&apos;a pas de donnée {fields} (données : {known})</translation>
    </message>
    <message>
        <location filename="../../services/donors.py" line="51"/>
        <source>donor {id} was merged into donor {into}: edit that one</source>
        <translation>le donateur {id} a été fusionné dans le donateur {into} : modifiez celui-ci</translation>
    </message>
    <message>
        <location filename="../../services/donors.py" line="55"/>
        <source>donor {id} was pseudonymised (the keeping period was over): their details are not recorded again</source>
        <translation>le donateur {id} a été pseudonymisé (la durée de conservation était écoulée) : ses coordonnées ne sont plus enregistrées</translation>
    </message>
    <message>
        <location filename="../../services/donors.py" line="60"/>
        <source>a donor&apos;s kind cannot be empty (individual, company, party...)</source>
        <translation>la nature d&apos;un donateur ne peut pas être vide (individual, company, party...)</translation>
    </message>
    <message>
        <location filename="../../services/donors.py" line="121"/>
        <source>a company number has at most 40 characters; {number!r} has more</source>
        <translation>un numéro d&apos;entreprise compte au plus 40 caractères ; {number!r} en compte davantage</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="246"/>
        <source>1 bad row</source>
        <extracomment>A refund recorded from another source within this many days of the row is the same one. A header cell that is a value (a date, an amount): the file has no header line. A file this large (about 100,000 rows of a platform&apos;s CSV) is read, parsed and planned by a worker process while this one writes: on two cores, a million rows in about two thirds of the time. Smaller files are not worth starting a process for. The flags an import&apos;s report lists (all are counted, and on the Flags page once saved). known donors whose blank details (an address, an email...) the file filled known donors without an address to whom the file gives two (neither recorded): {&quot;donor_id&quot;, &quot;name&quot;} flags the rules closed after the import: the address a known donor lacked, now filled; a warning near a cap that an over-cap flag now takes the place of the flags raised (or open again), as ``treasurer flags --json`` lists them, the most urgent first: the first ``_FLAGS_LISTED`` (a dry run&apos;s ids are not kept) the open flags whose figures the import changed (a donor further over a cap), alike What is left out, so that the treasurer sees nothing was lost: (entry number, reason) for a bank statement&apos;s entries that are not donations (debits, reversals, entries not booked...); (line, reason) for the rows of a table that its preset does not import (its ``[keep]`` column: a HelloAsso payment made offline...). The columns of a file read with the generic preset that it does not read (a &quot;Type&quot; or &quot;Mode&quot; column of values it cannot guess): a mapping can name them. The sheet of a workbook that was read, and its other sheets (not read). When the file&apos;s dates are read in the other order than the ledger&apos;s (a 04/13/2025 settles month first): that order (&quot;mdy&quot;, &quot;dmy&quot;) and the date that settled it. When amounts that read two ways (&quot;1,500&quot;) were read with their mark separating thousands, no amount of the file showing its decimal mark: the mark and the first such amount. New donors recorded as persons whose names end as a company&apos;s may (&quot;Total SA&quot;): {&quot;donor_id&quot;, &quot;name&quot;}, for the treasurer to check (``may_be_legal_form``) A statement&apos;s debits to donors of the ledger that may send a gift back (its very amount, on or after it): {&quot;entry&quot;, &quot;date&quot;, &quot;amount&quot;, &quot;currency&quot;, &quot;name&quot;, &quot;donation_ids&quot;, &quot;in_file&quot;}</extracomment>
        <translation>1 ligne erronée</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="246"/>
        <source>{count} bad rows</source>
        <translation>{count} lignes erronées</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="257"/>
        <source>{rows} in {file}; nothing was imported. First: entry {line}, {column} {value!r}: {reason}. Import the good rows with --skip-bad-rows, then see to the others as each reason says</source>
        <translation>{rows} dans {file} ; rien n&apos;a été importé. Première : opération {line}, {column} {value!r} : {reason}. Importez les lignes valides avec --skip-bad-rows, puis traitez les autres comme chaque raison l&apos;indique</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="264"/>
        <source>{rows} in {file}; nothing was imported. First: line {line}, {column} {value!r}: {reason}. Fix them, or import the good rows with --skip-bad-rows</source>
        <translation>{rows} dans {file} ; rien n&apos;a été importé. Première : ligne {line}, {column} {value!r} : {reason}. Corrigez-les, ou importez les lignes valides avec --skip-bad-rows</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="314"/>
        <source>is a bank statement: it has no columns to choose</source>
        <translation>est un relevé bancaire : il n&apos;a pas de colonnes à choisir</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="368"/>
        <source>a saved mapping needs a name</source>
        <translation>une correspondance enregistrée doit avoir un nom</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="370"/>
        <source>unknown fields in the mapping: {fields}</source>
        <translation>champs inconnus dans la correspondance : {fields}</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="373"/>
        <source>a mapping needs columns for the date, the amount and the donor&apos;s name</source>
        <translation>une correspondance doit avoir des colonnes pour la date, le montant et le nom du donateur</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="586"/>
        <source>the date column is inconsistent: {reason}</source>
        <translation>la colonne des dates est incohérente : {reason}</translation>
    </message>
    <message>
        <source>the platform now says {refunded} was refunded, but the ledger holds a refund of {recorded}: record the difference with &apos;treasurer refund&apos;</source>
        <translation type="vanished">la plateforme indique maintenant {refunded} remboursés, mais le registre tient un remboursement de {recorded} : enregistrez la différence avec « treasurer refund »</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="1364"/>
        <source>refunds {refund}, more than its donation of {donation}</source>
        <translation>rembourse {refund}, plus que son don de {donation}</translation>
    </message>
    <message>
        <location filename="../../importers/plan.py" line="347"/>
        <source>is a spreadsheet error, not a value</source>
        <translation>est une erreur du tableur, pas une valeur</translation>
    </message>
    <message>
        <location filename="../../importers/plan.py" line="361"/>
        <source>is empty in the workbook, which holds formulas or error cells without a saved value: open it, paste the cells as values, save, and import again</source>
        <translation>est vide dans le classeur, qui contient des formules ou des cellules en erreur sans valeur enregistrée : ouvrez-le, collez les cellules en tant que valeurs, enregistrez et importez à nouveau</translation>
    </message>
    <message>
        <location filename="../../importers/plan.py" line="417"/>
        <source>is not an accounting unit of this ledger (units: {units}): correct the name, or add the unit first (&apos;treasurer unit add&apos;)</source>
        <translation>n&apos;est pas une unité comptable de ce registre (unités : {units}) : corrigez le nom, ou ajoutez d&apos;abord l&apos;unité (« treasurer unit add »)</translation>
    </message>
    <message>
        <location filename="../../importers/plan.py" line="527"/>
        <source>on a bank statement</source>
        <translation>sur un relevé bancaire</translation>
    </message>
    <message>
        <location filename="../../importers/plan.py" line="544"/>
        <source>{donor} already gave {amount} on {date} in the ledger, recorded from another source ({how}): if this row is that gift, leave it out of the import; if it is another one, record it by hand (&apos;treasurer add&apos;)</source>
        <translation>{donor} a déjà donné {amount} le {date} dans le registre, enregistré depuis une autre source ({how}) : si cette ligne est ce don, laissez-la hors de l&apos;import ; si c&apos;est un autre don, enregistrez-le à la main (&apos;treasurer add&apos;)</translation>
    </message>
    <message>
        <source>{donor} already gave {amount} on {date} in the ledger, recorded from another source ({how}): if this row is that gift, leave it out (import the others with --skip-bad-rows); if it is another one, record it by hand (&apos;treasurer add&apos;)</source>
        <translation type="vanished">{donor} a déjà donné {amount} le {date} dans le registre, enregistré depuis une autre source ({how}) : si cette ligne est ce don, laissez-la de côté (importez les autres avec --skip-bad-rows) ; si c&apos;est un autre don, enregistrez-le à la main (&apos;treasurer add&apos;)</translation>
    </message>
    <message>
        <location filename="../../importers/plan.py" line="528"/>
        <source>with a reference</source>
        <translation>avec une référence</translation>
    </message>
    <message>
        <location filename="../../importers/plan.py" line="526"/>
        <source>without a reference</source>
        <extracomment>The gifts a row may be, by where its reference comes from (``gift_key``): gifts of one source that both bear references are told apart by them (two transfers at the bank, two payments on a platform); any other pair may be one gift seen twice.</extracomment>
        <translation>sans référence</translation>
    </message>
    <message>
        <location filename="../../importers/plan.py" line="314"/>
        <source>says {donor} is {kind}, but the ledger has {donor} as {recorded}: correct the donor (&apos;treasurer donor edit&apos;, or the Donors page) or the row</source>
        <extracomment>Planned rows per message from the worker; each message is a tag and its length. A statement&apos;s entries that are not donations: (entry number, reason). Those of them that paid someone the statement names (a gift sent back?). A donation to insert: its donor (a new one&apos;s temporary id if negative), unit, day (an ordinal), amount in minor units, currency, method, entry type, reference, fingerprint, notes, fee in minor units, and (amount, currency) as paid where the platform converted it. A row skipped because its reference is already in the ledger or earlier in the file, as the importing process checks it against what is there (``_ImportRun``): reference, the date&apos;s ordinal, amount in minor units (positive), line, column, and whether it is the refund a platform marks on its donation&apos;s row (then the reference is the donation&apos;s, and the amount must be what the ledger&apos;s refunds of it give back in all), and the row&apos;s donor (name key). the ``gift_key`` of each of the ledger&apos;s donations the kind of each donor that is not a person (the others are individuals) Arabic-Indic and Eastern Arabic-Indic digits, as Latin ones. rows the preset does not import: (line, reason)</extracomment>
        <translation>dit que {donor} est de nature {kind}, mais le registre a {donor} comme {recorded} : corrigez le donateur (&apos;treasurer donor edit&apos;, ou la page Donateurs) ou la ligne</translation>
    </message>
    <message>
        <location filename="../../importers/plan.py" line="562"/>
        <source>several donors have this name ({known} of the ledger{ids}, {new} new in this file, told apart by their postcode or email) and this row has neither: add a postcode or email column</source>
        <translation>plusieurs donateurs portent ce nom ({known} du registre{ids}, {new} nouveaux dans ce fichier, distingués par leur code postal ou leur e-mail) et cette ligne n&apos;a ni l&apos;un ni l&apos;autre : ajoutez une colonne de code postal ou d&apos;e-mail</translation>
    </message>
    <message>
        <source>is not an accounting unit of this ledger</source>
        <translation type="vanished">n&apos;est pas une unité comptable de ce registre</translation>
    </message>
    <message>
        <location filename="../../importers/plan.py" line="560"/>
        <source>{problem}; add a postcode or email column</source>
        <translation>{problem} ; ajoutez une colonne de code postal ou d&apos;e-mail</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="626"/>
        <source>the file has no rows under its header</source>
        <translation>le fichier n&apos;a aucune ligne sous son en-tête</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="630"/>
        <source>the statement has no credit to import: its {count} entries are not donations ({reasons})</source>
        <translation>le relevé n&apos;a aucun crédit à importer : ses {count} écritures ne sont pas des dons ({reasons})</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="636"/>
        <source>the preset {preset} leaves out all {count} rows ({reasons}): if they are donations, import the file with a mapping of your own whose [keep] lets them in</source>
        <translation>le modèle {preset} laisse de côté les {count} lignes ({reasons}) : si ce sont des dons, importez le fichier avec une correspondance à vous dont le [keep] les laisse entrer</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="1130"/>
        <source>the platform now says {refunded} was refunded, but the ledger&apos;s refunds of this donation give back {recorded}: record the difference with &apos;treasurer refund&apos;</source>
        <extracomment>A donation ready to insert, as plain values (a worker process sends a million of them, with marshal): donor (a ledger id, or a new donor&apos;s temporary negative id), unit id, the date&apos;s ordinal, amount in minor units, currency, method, entry type, reference, fingerprint, notes, processor fee in minor units (same currency) or None.</extracomment>
        <translation>la plateforme indique maintenant {refunded} remboursés, mais les remboursements de ce don dans le registre rendent {recorded} : enregistrez la différence avec « treasurer refund »</translation>
    </message>
    <message>
        <source>is already the reference of another entry ({amount} on {date}): if this row is another donation, its reference comes from another source; map another column as the reference, or none</source>
        <translation type="vanished">est déjà la référence d’une autre écriture ({amount} le {date}) : si cette ligne est un autre don, sa référence vient d’une autre source ; choisissez une autre colonne comme référence, ou aucune</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="1342"/>
        <source>is negative (a refund), but no donation in the ledger or the file has its reference: if it is the refund&apos;s own reference, add a column that gives the reference of the donation it refunds</source>
        <translation>est négatif (un remboursement), mais aucun don du registre ou du fichier n&apos;a sa référence : si c&apos;est la référence propre du remboursement, ajoutez une colonne qui donne la référence du don remboursé</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="1347"/>
        <source>refunds a donation that is not in the ledger or the file</source>
        <translation>rembourse un don qui n&apos;est ni dans le registre ni dans le fichier</translation>
    </message>
    <message>
        <source>refunds {minor} minor units of a donation of {donation}</source>
        <translation type="vanished">rembourse {minor} unités mineures d&apos;un don de {donation}</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="1359"/>
        <source>is dated before the donation it refunds ({date})</source>
        <translation>est daté d&apos;avant le don qu&apos;il rembourse ({date})</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="1370"/>
        <source>refunds {refund}, but only {left} of its donation of {donation} is left to give back (other refunds gave back the rest)</source>
        <translation>rembourse {refund}, mais il ne reste que {left} à rendre sur son don de {donation} (d’autres remboursements ont rendu le reste)</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="1507"/>
        <source>the import&apos;s worker process stopped before the end (short of memory?); nothing was imported: try again, with other programs closed</source>
        <translation>le processus auxiliaire de l&apos;import s&apos;est arrêté avant la fin (mémoire insuffisante ?) ; rien n&apos;a été importé : réessayez en fermant les autres programmes</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="1678"/>
        <source>no column of the sheet {sheet!r} gives the {fields} of each donation (columns: {columns}); the workbook has other sheets ({sheets}): choose one (the import window&apos;s Sheet, --sheet on the command line), or map its columns (the import window&apos;s columns page, a --mapping on the command line)</source>
        <translation>aucune colonne de la feuille {sheet!r} ne donne {fields} de chaque don (colonnes : {columns}) ; le classeur a d&apos;autres feuilles ({sheets}) : choisissez-en une (la feuille de la fenêtre d&apos;import, --sheet en ligne de commande), ou indiquez ses colonnes (la page des colonnes de la fenêtre d&apos;import, un --mapping en ligne de commande)</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="1689"/>
        <source>the first line holds values ({columns}), not column names: add a header line that names the columns (such as Date, Nom, Montant)</source>
        <translation>la première ligne contient des valeurs ({columns}), pas des noms de colonnes : ajoutez une ligne d&apos;en-tête qui nomme les colonnes (comme Date, Nom, Montant)</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="1669"/>
        <source>no column gives the {fields} of each donation (columns: {columns}): check the column names in the mapping {mapping}</source>
        <translation>aucune colonne ne donne {fields} de chaque don (colonnes : {columns}) : vérifiez les noms de colonnes dans la correspondance {mapping}</translation>
    </message>
    <message>
        <source>is already the reference of {donor}&apos;s donation of {amount} on {date}, but this row names another donor: if it is that gift, leave the row out; if not, its reference comes from another source (another account&apos;s numbering): map another column as the reference, or none</source>
        <translation type="vanished">est déjà la référence du don de {amount} du {date} de {donor}, mais cette ligne nomme un autre donateur : si c&apos;est ce don, retirez la ligne ; sinon, sa référence vient d&apos;une autre source (la numérotation d&apos;un autre compte) : choisissez une autre colonne comme référence, ou aucune</translation>
    </message>
    <message>
        <source>column {number} (no header: {value!r})</source>
        <extracomment>A refund recorded from another source within this many days of the row is the same one. A header cell that is a value (a date, an amount): the file has no header line. A file this large (about 100,000 rows of a platform&apos;s CSV) is read, parsed and planned by a worker process while this one writes: on two cores, a million rows in about two thirds of the time. Smaller files are not worth starting a process for. What is left out, so that the treasurer sees nothing was lost: (entry number, reason) for a bank statement&apos;s entries that are not donations (debits, reversals, entries not booked...); (line, reason) for the rows of a table that its preset does not import (its ``[keep]`` column: a HelloAsso payment made offline...). The columns of a file read with the generic preset that it does not read (a &quot;Type&quot; or &quot;Mode&quot; column of values it cannot guess): a mapping can name them. The columns without a header that hold values: (column number, its first value). The sheet of a workbook that was read, and its other sheets (not read). When the file&apos;s dates are read in the other order than the ledger&apos;s (a 04/13/2025 settles month first): that order (&quot;mdy&quot;, &quot;dmy&quot;) and the date that settled it.</extracomment>
        <translation type="vanished">colonne {number} (sans en-tête : {value!r})</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="591"/>
        <source>the amount column is inconsistent: {reason}</source>
        <translation>la colonne des montants est incohérente : {reason}</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="615"/>
        <source>column {number} holds values but has no header (the first: {value!r}); nothing would read it: give it a header, or delete it</source>
        <translation>la colonne {number} contient des valeurs mais n&apos;a pas d&apos;en-tête (la première : {value!r}) ; rien ne la lirait : donnez-lui un en-tête, ou supprimez-la</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="1138"/>
        <source>says {refunded} was refunded, but the ledger&apos;s refunds of this donation give back {recorded} already (from a later export, or by hand): if this file is older, leave this row out; if not, check the refunds recorded</source>
        <translation>indique {refunded} remboursés, mais les remboursements de ce don dans le registre rendent déjà {recorded} (d&apos;un export plus récent, ou saisis à la main) : si ce fichier est plus ancien, laissez cette ligne de côté ; sinon, vérifiez les remboursements enregistrés</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="1158"/>
        <source>record this gift by hand (&apos;treasurer add&apos;)</source>
        <translation>enregistrez ce don à la main (« treasurer add »)</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="1160"/>
        <source>map another column as the reference, or none</source>
        <translation>choisissez une autre colonne comme référence, ou aucune</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="1164"/>
        <source>is already the reference of {donor}&apos;s donation of {amount} on {date}, but this row names another donor: if it is that gift, leave the row out; if not, its reference comes from another source (another account&apos;s numbering): {remedy}</source>
        <translation>est déjà la référence du don de {amount} du {date} de {donor}, mais cette ligne nomme un autre donateur : si c&apos;est ce don, retirez la ligne ; sinon, sa référence vient d&apos;une autre source (la numérotation d&apos;un autre compte) : {remedy}</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="1176"/>
        <source>is already the reference of another entry ({amount} on {date}): if this row is another donation, its reference comes from another source; {remedy}</source>
        <translation>est déjà la référence d’une autre écriture ({amount} le {date}) : si cette ligne est un autre don, sa référence vient d’une autre source ; {remedy}</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="1351"/>
        <source>refunds the donation {reference} of {donor}, but names another donor: correct the name or the reference of the donation it refunds</source>
        <translation>rembourse le don {reference} de {donor}, mais nomme un autre donateur : corrigez le nom ou la référence du don qu&apos;il rembourse</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="1399"/>
        <source>says {refunded} was refunded in all, but the ledger&apos;s refunds of the donation recorded from other sources give back {more}: check them</source>
        <translation>indique {refunded} remboursés en tout, mais les remboursements de ce don enregistrés d&apos;autres sources rendent {more} : vérifiez-les</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="1441"/>
        <source>brings back the money of a donation that is not in the ledger or the file</source>
        <translation>ramène l&apos;argent d&apos;un don qui n&apos;est ni dans le registre ni dans le fichier</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="1445"/>
        <source>brings back the donation {reference} of {donor}, but names another donor: correct the name or the reference of the donation</source>
        <translation>ramène le don {reference} de {donor}, mais nomme un autre donateur : corrigez le nom ou la référence du don</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="1452"/>
        <source>is dated before the donation it brings back ({date})</source>
        <translation>est daté d&apos;avant le don qu&apos;il ramène ({date})</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="1458"/>
        <source>brings back {amount}, but the refunds and chargebacks of its donation of {donation} took back {taken}</source>
        <translation>ramène {amount}, mais les remboursements et rétrofacturations de son don de {donation} n&apos;ont repris que {taken}</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="1601"/>
        <source>this is not what the preset {preset!r} reads: its exports have the columns {absent}, which this file lacks (what they say would be lost, such as how much of a gift was refunded); export the file again with them, or import it with a mapping of your own</source>
        <translation>ce n&apos;est pas ce que lit le modèle {preset!r} : ses exports ont les colonnes {absent}, qui manquent à ce fichier (ce qu&apos;elles disent serait perdu, comme la part d&apos;un don remboursée) ; exportez à nouveau le fichier avec elles, ou importez-le avec une correspondance de colonnes à vous</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="1659"/>
        <source>this is not what the preset {preset!r} reads: no column gives the {fields} of each donation as it names them (columns: {columns}); import it without --preset to let Treasurer recognise it, or choose another preset (&apos;treasurer presets&apos;)</source>
        <translation>ce n&apos;est pas ce que lit le modèle {preset!r} : aucune colonne ne donne {fields} de chaque don sous les noms qu&apos;il connaît (colonnes : {columns}) ; importez-le sans --preset pour que Treasurer le reconnaisse, ou choisissez un autre modèle (&apos;treasurer presets&apos;)</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="1694"/>
        <source>no column gives the {fields} of each donation (columns: {columns}); map its columns (the import window&apos;s columns page, a --mapping on the command line)</source>
        <translation>aucune colonne ne donne {fields} de chaque don (colonnes : {columns}) ; indiquez ses colonnes (la page des colonnes de la fenêtre d&apos;import, un --mapping en ligne de commande)</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="1852"/>
        <source>not a bad row: the platform&apos;s currency conversion of a payment above, kept to be read with it when the fixed rows are imported again</source>
        <translation>pas une ligne erronée : la conversion de devise, par la plateforme, d&apos;un paiement ci-dessus, gardée pour être lue avec lui quand les lignes corrigées seront réimportées</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="2013"/>
        <source>donation {id} of import batch {batch} has receipt {number} issued for it; void the receipt first (treasurer receipt void {number} --reason ...)</source>
        <translation>le don {id} du lot d&apos;import {batch} a le reçu {number} émis à son nom ; annulez d&apos;abord le reçu (treasurer receipt void {number} --reason ...)</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="2021"/>
        <source>donations of import batch {batch} have receipts {numbers} issued for them; void the receipts first (treasurer receipt void NUMBER --reason ..., for each)</source>
        <translation>des dons du lot d&apos;import {batch} ont les reçus {numbers} émis à leur nom ; annulez d&apos;abord ces reçus (treasurer receipt void NUMÉRO --reason ..., pour chacun)</translation>
    </message>
    <message>
        <source>no column of the sheet {sheet!r} gives the {fields} of each donation (columns: {columns}); the workbook has other sheets ({sheets}): choose one with --sheet, or import it with a --mapping</source>
        <translation type="vanished">aucune colonne de la feuille {sheet!r} ne donne {fields} de chaque don (colonnes : {columns}) ; le classeur a d’autres feuilles ({sheets}) : choisissez-en une avec --sheet, ou importez-le avec une --mapping</translation>
    </message>
    <message>
        <source>no column gives the {fields} of each donation (columns: {columns}); import it with a --mapping</source>
        <translation type="vanished">aucune colonne ne donne le champ {fields} de chaque don (colonnes : {columns}) ; importez-le avec --mapping</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="1807"/>
        <source>cannot be read ({problem})</source>
        <translation>ne peut pas être lu ({problem})</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="1992"/>
        <source>there is no import batch {batch}</source>
        <extracomment>Donors who are not people: never proposed for a merge with a donor of another kind.</extracomment>
        <translation>il n&apos;y a pas d&apos;import n° {batch}</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="1995"/>
        <source>import batch {batch} is already {status}</source>
        <translation>l&apos;import n° {batch} est déjà {status}</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="2000"/>
        <source>donations of import batch {batch} have refunds recorded outside it, the first being {which}; undo those first</source>
        <translation>des dons du lot d&apos;import {batch} ont des remboursements enregistrés hors de ce lot, le premier étant {which} ; annulez-les d&apos;abord</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="2004"/>
        <source>entry {id}, entered by hand</source>
        <translation>l&apos;écriture {id}, saisie à la main</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="2006"/>
        <source>entry {id} of import batch {other}</source>
        <translation>l&apos;écriture {id} du lot d&apos;import {other}</translation>
    </message>
    <message>
        <source>donation {id} of import batch {batch} has {what}, which names it for good: the batch cannot be undone. Correct its donations one by one (a refund or a return), and void a wrong receipt (&apos;treasurer receipt void NUMBER&apos;)</source>
        <translation type="vanished">le don {id} du lot d&apos;import {batch} a {what}, qui le désigne définitivement : le lot ne peut pas être annulé. Corrigez ses dons un par un (un remboursement ou une restitution), et annulez un reçu erroné (&apos;treasurer receipt void NUMÉRO&apos;)</translation>
    </message>
    <message>
        <source>a permissibility check recorded against it</source>
        <translation type="vanished">une vérification d&apos;admissibilité enregistrée</translation>
    </message>
    <message>
        <source>receipt {number}</source>
        <translation type="vanished">le reçu {number}</translation>
    </message>
    <message>
        <source>donations of import batch {batch} have refunds recorded outside it; undo those first</source>
        <translation type="vanished">des dons de l&apos;import n° {batch} ont des remboursements enregistrés en dehors de celui-ci ; annulez-les d&apos;abord</translation>
    </message>
    <message>
        <location filename="../../services/ledger.py" line="114"/>
        <source>the organisation needs a name (--name)</source>
        <translation>l&apos;organisation a besoin d&apos;un nom (--name)</translation>
    </message>
    <message>
        <location filename="../../services/ledger.py" line="120"/>
        <source>the {profile} profile counts in {profile_currency}, not {currency}; use --currency {profile_currency}, or copy a profile and set its currency</source>
        <translation>le profil {profile} compte en {profile_currency}, et non en {currency} ; utilisez --currency {profile_currency}, ou copiez un profil et fixez sa devise</translation>
    </message>
    <message>
        <location filename="../../services/ledger.py" line="135"/>
        <source>there is already a ledger at {location}</source>
        <translation>il y a déjà un registre à {location}</translation>
    </message>
    <message>
        <location filename="../../services/ledger.py" line="221"/>
        <source>the organisation needs a name</source>
        <translation>l&apos;organisation a besoin d&apos;un nom</translation>
    </message>
    <message>
        <location filename="../../services/ledger.py" line="229"/>
        <source>the {profile} profile has no variant {variant!r} (variants: none)</source>
        <translation>le profil {profile} n&apos;a pas de variante {variant!r} (variantes : aucune)</translation>
    </message>
    <message>
        <location filename="../../services/ledger.py" line="235"/>
        <source>the {profile} profile has no variant {variant!r} (variants: {variants})</source>
        <translation>le profil {profile} n&apos;a pas de variante {variant!r} (variantes : {variants})</translation>
    </message>
    <message>
        <location filename="../../services/ledger.py" line="259"/>
        <source>--{option} must be at least {lowest}</source>
        <translation>--{option} doit valoir au moins {lowest}</translation>
    </message>
    <message>
        <location filename="../../services/ledger.py" line="270"/>
        <source>nothing to change: give --name, --variant, --elections, --user-name, --backup-dir, --backup-keep or --retention-years</source>
        <translation>rien à modifier : donnez --name, --variant, --elections, --user-name, --backup-dir, --backup-keep ou --retention-years</translation>
    </message>
    <message>
        <location filename="../../services/ledger.py" line="311"/>
        <source>an accounting unit needs a name</source>
        <translation>une unité comptable a besoin d&apos;un nom</translation>
    </message>
    <message>
        <location filename="../../services/ledger.py" line="314"/>
        <source>there is already an accounting unit named {name!r}</source>
        <translation>il existe déjà une unité comptable nommée {name!r}</translation>
    </message>
    <message>
        <location filename="../../services/ledger.py" line="412"/>
        <source>there is no accounting unit named {name!r} (known: none yet); create it with &apos;treasurer unit add&apos;</source>
        <translation>il n&apos;y a pas d&apos;unité comptable nommée {name!r} (unités connues : aucune pour l&apos;instant) ; créez-la avec &apos;treasurer unit add&apos;</translation>
    </message>
    <message>
        <location filename="../../services/ledger.py" line="417"/>
        <source>there is no accounting unit named {name!r} (known: {known}); create it with &apos;treasurer unit add&apos;</source>
        <translation>il n&apos;y a pas d&apos;unité comptable nommée {name!r} (unités connues : {known}) ; créez-la avec &apos;treasurer unit add&apos;</translation>
    </message>
    <message>
        <location filename="../../services/ledger.py" line="476"/>
        <source>no rule was checked: the {profile} profile counts in {profile_currency} and this ledger in {currency}; copy the profile and set its currency and figures</source>
        <translation>aucune règle n&apos;a été vérifiée : le profil {profile} compte en {profile_currency} et ce registre en {currency} ; copiez le profil et fixez sa devise et ses montants</translation>
    </message>
    <message>
        <location filename="../../services/ledger.py" line="487"/>
        <source>donor {id}&apos;s record was kept as it is for {fields}: what was typed differs from it or would mix two addresses; to change the record, edit the donor (the Donors page, or &apos;treasurer donor edit {id}&apos;)</source>
        <translation>la fiche du donateur {id} a été gardée telle quelle pour : {fields} ; ce qui a été saisi en diffère ou mêlerait deux adresses ; pour changer la fiche, modifiez le donateur (page Donateurs, ou « treasurer donor edit {id} »)</translation>
    </message>
    <message>
        <location filename="../../services/ledger.py" line="561"/>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <location filename="../../services/ledger.py" line="566"/>
        <source>is {length} characters long; at most {most}</source>
        <translation>fait {length} caractères ; {most} au maximum</translation>
    </message>
    <message>
        <location filename="../../services/ledger.py" line="572"/>
        <location filename="../../services/ledger.py" line="574"/>
        <source>donor name</source>
        <translation>nom du donateur</translation>
    </message>
    <message>
        <location filename="../../services/ledger.py" line="585"/>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <location filename="../../services/ledger.py" line="595"/>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../services/ledger.py" line="625"/>
        <source>must be more than zero (a refund is recorded against the donation it returns)</source>
        <translation>doit être supérieur à zéro (un remboursement s&apos;enregistre sur le don qu&apos;il rembourse)</translation>
    </message>
    <message>
        <location filename="../../services/ledger.py" line="712"/>
        <source>{problem}; give --postcode, --email or --donor-id to say which</source>
        <translation>{problem} ; donnez --postcode, --email ou --donor-id pour préciser lequel</translation>
    </message>
    <message>
        <location filename="../../services/ledger.py" line="724"/>
        <location filename="../../services/ledger.py" line="730"/>
        <source>fiscal year start</source>
        <translation>début de l&apos;exercice</translation>
    </message>
    <message>
        <location filename="../../services/ledger.py" line="724"/>
        <source>is not a month and day like 01-01 or 04-06</source>
        <translation>n&apos;est pas un mois et un jour comme 01-01 ou 04-06</translation>
    </message>
    <message>
        <location filename="../../services/ledger.py" line="730"/>
        <source>is not a day of the year</source>
        <translation>n&apos;est pas un jour de l&apos;année</translation>
    </message>
    <message>
        <location filename="../../services/migration.py" line="28"/>
        <source>this ledger is already on a database server; migrate-to copies a ledger file</source>
        <translation>ce registre est déjà sur un serveur de base de données ; migrate-to copie un fichier de registre</translation>
    </message>
    <message>
        <location filename="../../services/migration.py" line="33"/>
        <source>migrate-to copies a ledger into PostgreSQL: give a URL like postgresql+psycopg://user@host/database</source>
        <translation>migrate-to copie un registre dans PostgreSQL : donnez une URL comme postgresql+psycopg://user@host/database</translation>
    </message>
    <message>
        <location filename="../../services/office_import.py" line="160"/>
        <source>this ledger is a field office; bundles are imported at headquarters, and nothing was imported</source>
        <translation>ce registre est celui d&apos;une antenne ; les lots s&apos;importent au siège, et rien n&apos;a été importé</translation>
    </message>
    <message>
        <location filename="../../services/office_import.py" line="167"/>
        <source>it is addressed to headquarters ledger {addressed}, and this ledger is {ledger}</source>
        <translation>il est adressé au registre du siège {addressed}, et ce registre est {ledger}</translation>
    </message>
    <message>
        <location filename="../../services/office_import.py" line="173"/>
        <source>it was exported from this very ledger</source>
        <translation>il a été exporté depuis ce registre même</translation>
    </message>
    <message>
        <location filename="../../services/offices.py" line="60"/>
        <source>{path} is an encrypted bundle: give its passphrase with --passphrase-file (or $TREASURER_PASSPHRASE)</source>
        <translation>{path} est un lot chiffré : donnez sa phrase secrète avec --passphrase-file (ou $TREASURER_PASSPHRASE)</translation>
    </message>
    <message>
        <location filename="../../services/offices.py" line="76"/>
        <source>a field office needs the name of its accounting unit (--unit)</source>
        <translation>une antenne a besoin du nom de son unité comptable (--unit)</translation>
    </message>
    <message>
        <location filename="../../services/offices.py" line="80"/>
        <source>this ledger is itself a field office; write setup files at headquarters</source>
        <translation>ce registre est lui-même une antenne ; créez les fichiers de configuration au siège</translation>
    </message>
    <message>
        <location filename="../../services/offices.py" line="117"/>
        <source>there is no setup file at {path}</source>
        <translation>il n&apos;y a pas de fichier de configuration à {path}</translation>
    </message>
    <message>
        <location filename="../../services/offices.py" line="119"/>
        <source>{path} is not an office setup file (it is not JSON)</source>
        <translation>{path} n&apos;est pas un fichier de configuration d&apos;antenne (ce n&apos;est pas du JSON)</translation>
    </message>
    <message>
        <location filename="../../services/offices.py" line="122"/>
        <source>{path} is not an office setup file; write one at headquarters with &apos;treasurer office setup-file --unit NAME --out FILE&apos;</source>
        <translation>{path} n&apos;est pas un fichier de configuration d&apos;antenne ; créez-en un au siège avec &apos;treasurer office setup-file --unit NAME --out FILE&apos;</translation>
    </message>
    <message>
        <location filename="../../services/offices.py" line="128"/>
        <source>the office setup file {path} has no {key}</source>
        <translation>le fichier de configuration d&apos;antenne {path} n&apos;a pas de {key}</translation>
    </message>
    <message>
        <location filename="../../services/offices.py" line="152"/>
        <source>give --hq-ledger-id and --unit, or --setup FILE from headquarters</source>
        <translation>donnez --hq-ledger-id et --unit, ou --setup FILE venant du siège</translation>
    </message>
    <message>
        <location filename="../../services/offices.py" line="157"/>
        <source>{ledger_id!r} is not a ledger id; &apos;treasurer info&apos; at headquarters shows it</source>
        <translation>{ledger_id!r} n&apos;est pas un identifiant de registre ; &apos;treasurer info&apos; au siège l&apos;affiche</translation>
    </message>
    <message>
        <location filename="../../services/offices.py" line="176"/>
        <source>a ledger cannot be a field office of itself</source>
        <translation>un registre ne peut pas être une antenne de lui-même</translation>
    </message>
    <message>
        <location filename="../../services/offices.py" line="179"/>
        <source>headquarters counts in {hq_currency} and this ledger in {currency}; a field office counts in headquarters&apos; currency</source>
        <translation>le siège compte en {hq_currency} et ce registre en {currency} ; une antenne compte dans la devise du siège</translation>
    </message>
    <message>
        <location filename="../../services/offices.py" line="191"/>
        <source>this ledger is already the field office of headquarters {ledger_id} and has exported bundles to it</source>
        <translation>ce registre est déjà l&apos;antenne du siège {ledger_id} et lui a exporté des lots</translation>
    </message>
    <message>
        <location filename="../../services/offices.py" line="265"/>
        <source>this ledger is not a field office; set it up with &apos;treasurer office init&apos;</source>
        <translation>ce registre n&apos;est pas une antenne ; configurez-le avec &apos;treasurer office init&apos;</translation>
    </message>
    <message>
        <location filename="../../services/offices.py" line="587"/>
        <source>there is no acknowledgement file at {path}</source>
        <translation>il n&apos;y a pas d&apos;accusé de réception à {path}</translation>
    </message>
    <message>
        <location filename="../../services/offices.py" line="590"/>
        <source>{path} is not an acknowledgement file (it is not JSON)</source>
        <translation>{path} n&apos;est pas un accusé de réception (ce n&apos;est pas du JSON)</translation>
    </message>
    <message>
        <location filename="../../services/offices.py" line="594"/>
        <source>{path} is not an acknowledgement file; headquarters writes one with &apos;treasurer office ack --out FILE&apos;</source>
        <translation>{path} n&apos;est pas un accusé de réception ; le siège en crée un avec &apos;treasurer office ack --out FILE&apos;</translation>
    </message>
    <message>
        <location filename="../../services/offices.py" line="604"/>
        <source>this ledger is not a field office; acknowledgements are for offices</source>
        <translation>ce registre n&apos;est pas une antenne ; les accusés de réception sont destinés aux antennes</translation>
    </message>
    <message>
        <location filename="../../services/offices.py" line="607"/>
        <source>{path} comes from headquarters ledger {sender}, not from this office&apos;s headquarters ({ledger_id}); nothing was changed</source>
        <translation>{path} vient du registre du siège {sender}, et non du siège de cette antenne ({ledger_id}) ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location filename="../../services/periods.py" line="36"/>
        <source>period {period} has not started yet; it cannot be closed</source>
        <translation>la période {period} n&apos;a pas encore commencé ; elle ne peut pas être clôturée</translation>
    </message>
    <message>
        <location filename="../../services/periods.py" line="41"/>
        <source>period {period} is already closed</source>
        <translation>la période {period} est déjà clôturée</translation>
    </message>
    <message>
        <location filename="../../services/periods.py" line="89"/>
        <source>{what} is dated {day}, in period {period}, which {actor} closed on {closed} (filed); a change to a filed period is an amendment: repeat the command with --amend (and a --reason) to record it as one</source>
        <translation>{what} porte la date du {day}, dans la période {period}, que {actor} a clôturée le {closed} (déposée) ; une modification d&apos;une période déposée est un rectificatif : relancez la commande avec --amend (et un --reason) pour l&apos;enregistrer comme tel</translation>
    </message>
    <message>
        <location filename="../../services/periods.py" line="145"/>
        <source>import batch {batch} has entries dated in period {period} (the first on {day}), which {actor} closed (filed); it cannot be undone as a whole. Delete its entries one by one with &apos;treasurer donation delete … --amend&apos;</source>
        <translation>le lot d&apos;import {batch} a des écritures datées dans la période {period} (la première le {day}), que {actor} a clôturée (déposée) ; il ne peut pas être annulé en bloc. Supprimez ses écritures une à une avec &apos;treasurer donation delete … --amend&apos;</translation>
    </message>
    <message>
        <location filename="../../services/periods.py" line="155"/>
        <source>the file has entries dated in period {period} (the first on {day}), which {actor} closed (filed); nothing was imported. Remove those rows and record them one by one with &apos;treasurer add … --amend&apos;, so that the amended report lists them</source>
        <translation>le fichier a des écritures datées dans la période {period} (la première le {day}), que {actor} a clôturée (déposée) ; rien n&apos;a été importé. Retirez ces lignes et enregistrez-les une à une avec &apos;treasurer add … --amend&apos;, pour que le rapport rectificatif les mentionne</translation>
    </message>
    <message>
        <location filename="../../services/privacy.py" line="62"/>
        <location filename="../../services/privacy.py" line="123"/>
        <location filename="../../services/receipts.py" line="574"/>
        <location filename="../../services/reports.py" line="158"/>
        <location filename="../../services/reports.py" line="249"/>
        <source>cannot write {path}: {problem}</source>
        <translation>impossible d&apos;écrire {path} : {problem}</translation>
    </message>
    <message>
        <location filename="../../services/privacy.py" line="90"/>
        <source>donor {id} was pseudonymised; there is no one to write to</source>
        <translation>le donateur {id} a été pseudonymisé ; il n&apos;y a plus personne à qui écrire</translation>
    </message>
    <message>
        <location filename="../../services/privacy.py" line="149"/>
        <source>no keeping period is set: set one with &apos;treasurer settings --retention-years N&apos; (the law of your country says how long donation records are kept)</source>
        <translation>aucune durée de conservation n&apos;est fixée : fixez-en une avec &apos;treasurer settings --retention-years N&apos; (la loi de votre pays dit combien de temps les pièces des dons sont conservées)</translation>
    </message>
    <message>
        <location filename="../../services/receipts.py" line="51"/>
        <source>receipts are France&apos;s reçus-dons, numbered by the CNCCFP; this ledger follows the {profile} profile. Treasurer makes no receipts for it: a home-made acknowledgement could be taken for an official tax receipt, whose form that jurisdiction sets</source>
        <extracomment>Who gets a receipt: natural persons, the only donors French law lets give to a party (loi 88-227 art. 11-4) and the only ones a tax reduction is for.</extracomment>
        <translation>les reçus sont les reçus-dons français, numérotés par la CNCCFP ; ce registre suit le profil {profile}. Trésorier n&apos;émet pas de reçus pour lui : un accusé de réception fait maison pourrait être pris pour un reçu fiscal officiel, dont cette juridiction fixe la forme</translation>
    </message>
    <message>
        <location filename="../../services/receipts.py" line="106"/>
        <source>say why the receipt is void (--reason)</source>
        <translation>indiquez pourquoi le reçu est annulé (--reason)</translation>
    </message>
    <message>
        <location filename="../../services/receipts.py" line="114"/>
        <source>receipt number {number} is in none of the ranges recorded (see &apos;treasurer receipt-ranges&apos;)</source>
        <translation>le numéro de reçu {number} n&apos;appartient à aucune des plages enregistrées (voir &apos;treasurer receipt-ranges&apos;)</translation>
    </message>
    <message>
        <location filename="../../services/receipts.py" line="121"/>
        <source>receipt number {number} is already void ({reason})</source>
        <translation>le numéro de reçu {number} est déjà annulé ({reason})</translation>
    </message>
    <message>
        <location filename="../../services/receipts.py" line="149"/>
        <source>give the mandataire&apos;s name and address, e.g. &apos;AFP Exemple, 1 rue …&apos;</source>
        <translation>donnez le nom et l&apos;adresse du mandataire, par exemple &apos;AFP Exemple, 1 rue …&apos;</translation>
    </message>
    <message>
        <location filename="../../services/receipts.py" line="208"/>
        <source>receipt {number} voided: {reason}; new receipt {new} for {amount}</source>
        <extracomment>The open flags that withhold a gift&apos;s receipt: what the receipt must state is missing (the donor&apos;s tax address, nationality), or part or all of the gift must go back (over the annual cap, a prohibited giver, cash over the cash cap). The rule engine decides which gifts a flag is about; a receipt waits until the flag is resolved or dismissed.</extracomment>
        <translation>reçu {number} annulé : {reason} ; nouveau reçu {new} pour {amount}</translation>
    </message>
    <message>
        <location filename="../../services/receipts.py" line="216"/>
        <source>receipt {number} voided: {reason}; the new receipt for {amount} is withheld (see below)</source>
        <translation>reçu {number} annulé : {reason} ; le nouveau reçu pour {amount} est suspendu (voir ci-dessous)</translation>
    </message>
    <message>
        <location filename="../../services/receipts.py" line="224"/>
        <source>receipt {number} voided: {reason}; the gift gets a new receipt for {amount} in the receipts of its period</source>
        <translation>reçu {number} annulé : {reason} ; le don recevra un nouveau reçu pour {amount} avec les reçus de sa période</translation>
    </message>
    <message>
        <location filename="../../services/receipts.py" line="231"/>
        <source>receipt {number} voided: {reason}; no new receipt</source>
        <translation>reçu {number} annulé : {reason} ; pas de nouveau reçu</translation>
    </message>
    <message>
        <location filename="../../services/receipts.py" line="265"/>
        <source>no receipt for donation {donation} of {donor} ({amount}, {date}): flag {flag} ({rule}) is open, {fields} must be recorded first. Record them (treasurer add … --donor-id {donor_id} --address … --country …, or an import that has them), then run receipts again</source>
        <translation>pas de reçu pour le don {donation} de {donor} ({amount}, {date}) : l&apos;alerte {flag} ({rule}) est ouverte, {fields} doivent d&apos;abord être enregistrés. Enregistrez-les (treasurer add … --donor-id {donor_id} --address … --country …, ou un import qui les contient), puis relancez les reçus</translation>
    </message>
    <message>
        <location filename="../../services/receipts.py" line="275"/>
        <source>no receipt for donation {donation} of {donor} ({amount}, {date}): flag {flag} ({rule}) is open, the donor&apos;s gifts of {period} are {over} over the cap. Return the excess to the donor (treasurer return DONATION --amount …) or resolve the flag; the next run issues the receipt for what is kept</source>
        <translation>pas de reçu pour le don {donation} de {donor} ({amount}, {date}) : l&apos;alerte {flag} ({rule}) est ouverte, les dons de ce donateur en {period} dépassent le plafond de {over}. Restituez l&apos;excédent au donateur (treasurer return DON --amount …) ou résolvez l&apos;alerte ; la prochaine exécution émettra le reçu pour ce qui est conservé</translation>
    </message>
    <message>
        <location filename="../../services/receipts.py" line="284"/>
        <source>no receipt for donation {donation} of {donor} ({amount}, {date}): flag {flag} ({rule}) is open and says the gift must go back. Act on it (treasurer flags), then run receipts again</source>
        <translation>pas de reçu pour le don {donation} de {donor} ({amount}, {date}) : l&apos;alerte {flag} ({rule}) est ouverte et indique que le don doit être rendu. Traitez-la (treasurer flags), puis relancez les reçus</translation>
    </message>
    <message>
        <location filename="../../services/receipts.py" line="368"/>
        <source>donation given back in full ({amount})</source>
        <translation>don rendu en totalité ({amount})</translation>
    </message>
    <message>
        <location filename="../../services/receipts.py" line="370"/>
        <source>donation refunded {amount}</source>
        <translation>don remboursé de {amount}</translation>
    </message>
    <message>
        <location filename="../../services/receipts.py" line="373"/>
        <source>donation changed from {was} to {now}</source>
        <translation>don modifié de {was} à {now}</translation>
    </message>
    <message>
        <location filename="../../services/receipts.py" line="379"/>
        <source>the gift&apos;s date changed from {was} to {now}</source>
        <translation>la date du don a changé de {was} à {now}</translation>
    </message>
    <message>
        <location filename="../../services/receipts.py" line="444"/>
        <source>{count} donations of {period} need a receipt but the ranges recorded have {unused} unused numbers left: 1 more is needed. Record the next range the CNCCFP sends with &apos;treasurer receipt-range add START END&apos;; no number was given</source>
        <translation>{count} dons de {period} ont besoin d&apos;un reçu mais les plages enregistrées n&apos;ont plus que {unused} numéros inutilisés : il en manque 1. Enregistrez la prochaine plage envoyée par la CNCCFP avec &apos;treasurer receipt-range add START END&apos; ; aucun numéro n&apos;a été attribué</translation>
    </message>
    <message>
        <location filename="../../services/receipts.py" line="450"/>
        <source>{count} donations of {period} need a receipt but the ranges recorded have {unused} unused numbers left: {missing} more are needed. Record the next range the CNCCFP sends with &apos;treasurer receipt-range add START END&apos;; no number was given</source>
        <translation>{count} dons de {period} ont besoin d&apos;un reçu mais les plages enregistrées n&apos;ont plus que {unused} numéros inutilisés : il en manque {missing}. Enregistrez la prochaine plage envoyée par la CNCCFP avec &apos;treasurer receipt-range add START END&apos; ; aucun numéro n&apos;a été attribué</translation>
    </message>
    <message>
        <location filename="../../services/receipts.py" line="549"/>
        <source>{path} is a file: give a folder, or a file name ending in .pdf</source>
        <translation>{path} est un fichier : donnez un dossier, ou un nom de fichier se terminant par .pdf</translation>
    </message>
    <message>
        <location filename="../../services/reports.py" line="104"/>
        <source>there is no report {report!r} (reports: {known})</source>
        <translation>il n&apos;y a pas de rapport {report!r} (rapports : {known})</translation>
    </message>
    <message>
        <location filename="../../services/reports.py" line="111"/>
        <source>reports are written in en, fr or ar, not {language!r}</source>
        <translation>les rapports sont rédigés en en, fr ou ar, et non en {language!r}</translation>
    </message>
    <message>
        <location filename="../../services/reports.py" line="114"/>
        <source>{path} must end in .pdf or .xlsx</source>
        <translation>{path} doit se terminer par .pdf ou .xlsx</translation>
    </message>
    <message>
        <location filename="../../services/reports.py" line="133"/>
        <source>the year-end package is an XLSX workbook: use --out FILE.xlsx</source>
        <translation>le dossier de fin d&apos;exercice est un classeur XLSX : utilisez --out FILE.xlsx</translation>
    </message>
    <message>
        <location filename="../../services/reports.py" line="189"/>
        <source>the {profile} profile sets no reporting threshold; give one with --threshold</source>
        <translation>le profil {profile} ne fixe aucun seuil de déclaration ; donnez-en un avec --threshold</translation>
    </message>
    <message>
        <location filename="../../services/reports.py" line="223"/>
        <source>the report {report} is a filing of the {family} profile (or a copy of it); this ledger follows {profile}: see &apos;treasurer reports&apos;</source>
        <translation>le rapport {report} est une déclaration du profil {family} (ou d&apos;une copie de celui-ci) ; ce registre suit {profile} : voir &apos;treasurer reports&apos;</translation>
    </message>
    <message>
        <location filename="../../services/session.py" line="62"/>
        <source>{url!r} is not a database URL (postgresql+psycopg://user@host/db)</source>
        <translation>{url!r} n&apos;est pas une URL de base de données (postgresql+psycopg://user@host/db)</translation>
    </message>
    <message>
        <location filename="../../services/session.py" line="67"/>
        <source>Treasurer keeps ledgers in SQLite or PostgreSQL, not {backend}</source>
        <translation>Trésorier conserve les registres dans SQLite ou PostgreSQL, et non dans {backend}</translation>
    </message>
    <message>
        <location filename="../../services/session.py" line="127"/>
        <source>{location} has the ledger tables but no organisation; run &apos;treasurer init&apos;</source>
        <translation>{location} contient les tables d&apos;un registre mais aucune organisation ; lancez &apos;treasurer init&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="113"/>
        <source>there is no ledger at {path}; create one with &apos;treasurer init --ledger {path}&apos;</source>
        <translation>il n&apos;y a pas de registre à {path} ; créez-en un avec &apos;treasurer init --ledger {path}&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="359"/>
        <source>name one donor of the ledger to reattribute to</source>
        <translation>nommez un seul donateur du registre à qui réattribuer</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="215"/>
        <source>there is no ledger file at {path}</source>
        <extracomment>import windows open on the ledger; while one imports, the ledger stays open closing was asked while imports ran: they were cancelled, the window closes once they have stopped</extracomment>
        <translation>il n&apos;y a pas de fichier de registre à {path}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="386"/>
        <source>the ledger&apos;s profile counts in another currency: no rule can be checked</source>
        <translation>le profil du registre compte dans une autre devise : aucune règle ne peut être vérifiée</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="163"/>
        <source>choose a period</source>
        <translation>choisissez une période</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <location filename="../../ui/donors_page.py" line="260"/>
        <source>added</source>
        <extracomment>What each action of the audit trail did, in words (translated in the context &quot;AuditAction&quot;); an action not listed is shown as its id.</extracomment>
        <translation>ajouté</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="261"/>
        <source>edited</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="262"/>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="263"/>
        <source>merged</source>
        <translation>fusionné</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="264"/>
        <source>rule overridden</source>
        <translation>règle écartée</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="265"/>
        <source>reattributed</source>
        <translation>réattribué</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="266"/>
        <source>refund</source>
        <translation>remboursement</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="267"/>
        <source>return</source>
        <translation>restitution</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="268"/>
        <source>audit trail started</source>
        <translation>début de la piste d&apos;audit</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="269"/>
        <source>demo data generated</source>
        <translation>données de démonstration créées</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="270"/>
        <source>donation recorded</source>
        <translation>don enregistré</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="271"/>
        <source>closed period amended</source>
        <translation>période close modifiée</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="272"/>
        <source>donation corrected</source>
        <translation>don corrigé</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="273"/>
        <source>donation deleted</source>
        <translation>don supprimé</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="274"/>
        <source>rule overridden for a donation</source>
        <translation>règle écartée pour un don</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="275"/>
        <source>donation reattributed</source>
        <translation>don réattribué</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="276"/>
        <source>refund recorded</source>
        <translation>remboursement enregistré</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="277"/>
        <source>return recorded</source>
        <translation>restitution enregistrée</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="278"/>
        <source>donor created</source>
        <translation>donateur créé</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="279"/>
        <source>donor&apos;s details changed</source>
        <translation>coordonnées du donateur modifiées</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="280"/>
        <source>donor&apos;s details completed by an import</source>
        <translation>coordonnées du donateur complétées par un import</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="281"/>
        <source>donors merged</source>
        <translation>donateurs fusionnés</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="282"/>
        <source>merge undone</source>
        <translation>fusion annulée</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="283"/>
        <source>company number recorded</source>
        <translation>numéro d&apos;entreprise enregistré</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="284"/>
        <source>consent recorded</source>
        <translation>consentement enregistré</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="285"/>
        <source>gifts to other parties declared</source>
        <translation>dons à d&apos;autres partis déclarés</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="288"/>
        <source>donor&apos;s data exported</source>
        <translation>données du donateur exportées</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="289"/>
        <source>permissibility check recorded</source>
        <translation>vérification d&apos;admissibilité enregistrée</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="290"/>
        <source>donor pseudonymised</source>
        <translation>donateur pseudonymisé</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="291"/>
        <source>flag reopened</source>
        <translation>alerte rouverte</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="292"/>
        <source>file imported</source>
        <translation>fichier importé</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="293"/>
        <source>import undone</source>
        <translation>import annulé</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="294"/>
        <source>ledger created</source>
        <translation>registre créé</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="295"/>
        <source>office bundle acknowledged</source>
        <translation>lot de l&apos;antenne accusé</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="296"/>
        <source>office bundle exported</source>
        <translation>lot de l&apos;antenne exporté</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="297"/>
        <source>office bundle imported</source>
        <translation>lot d&apos;une antenne importé</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="298"/>
        <source>field office set up</source>
        <translation>antenne configurée</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="299"/>
        <source>period closed</source>
        <translation>période close</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="300"/>
        <source>receipt issued</source>
        <translation>reçu émis</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="301"/>
        <source>receipt issuer set</source>
        <translation>émetteur des reçus défini</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="302"/>
        <source>receipt voided</source>
        <translation>reçu annulé</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="303"/>
        <source>receipt numbers added</source>
        <translation>numéros de reçus ajoutés</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="304"/>
        <source>settings changed</source>
        <translation>paramètres modifiés</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="305"/>
        <source>accounting unit added</source>
        <translation>unité comptable ajoutée</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="142"/>
        <source>Which column is which?</source>
        <translation>Quelle colonne est quoi ?</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="145"/>
        <source>As the preset reads the file. Change a column if it is wrong; save the mapping to use it again for files like this one.</source>
        <translation>Telle que le modèle lit le fichier. Changez une colonne si elle est fausse ; enregistrez la correspondance pour la réutiliser avec des fichiers semblables.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="156"/>
        <source>Field</source>
        <extracomment>why a file named as a table cannot be read as one (then no Next)</extracomment>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="156"/>
        <source>Column of the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="164"/>
        <source>a name for this mapping</source>
        <translation>un nom pour cette correspondance</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="165"/>
        <source>&amp;Save the mapping</source>
        <translation>&amp;Enregistrer la correspondance</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="177"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="178"/>
        <source>Donor (full name)</source>
        <translation>Donateur (nom complet)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="179"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="180"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="181"/>
        <source>Company giving (the donor, when filled)</source>
        <translation>Société donatrice (le donateur, si remplie)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="182"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="183"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="184"/>
        <source>Payment method</source>
        <translation>Moyen de paiement</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="185"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="186"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="187"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="188"/>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="189"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="190"/>
        <source>State or province</source>
        <translation>État ou province</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="191"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="192"/>
        <source>Donor kind</source>
        <translation>Type de donateur</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="193"/>
        <source>Employer</source>
        <translation>Employeur</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="194"/>
        <source>Occupation</source>
        <translation>Profession</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="195"/>
        <source>Accounting unit</source>
        <translation>Unité comptable</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="196"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="197"/>
        <source>Processor fee</source>
        <translation>Frais du prestataire</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="198"/>
        <source>Net (after the fee)</source>
        <translation>Net (après les frais)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="199"/>
        <source>Entry type</source>
        <translation>Type d’écriture</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="200"/>
        <source>Refund of (reference)</source>
        <translation>Remboursement de (référence)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="201"/>
        <source>Refund reference</source>
        <translation>Référence du remboursement</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="202"/>
        <source>Refund date</source>
        <translation>Date du remboursement</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="203"/>
        <source>Amount refunded</source>
        <translation>Montant remboursé</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="204"/>
        <source>Refund status</source>
        <translation>Statut de remboursement</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="205"/>
        <source>Date of the refund status</source>
        <translation>Date du statut de remboursement</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="232"/>
        <source>Not a table of columns (a bank statement reads its own fields).</source>
        <translation>Pas un tableau de colonnes (un relevé bancaire lit ses propres champs).</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="275"/>
        <source>Still needed: {fields}.</source>
        <translation>Il manque encore : {fields}.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="276"/>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="281"/>
        <source>Columns chosen by hand, from the preset {preset}.</source>
        <translation>Colonnes choisies à la main, à partir du modèle {preset}.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="284"/>
        <source>Read with the preset {preset}.</source>
        <translation>Lu avec le modèle {preset}.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="308"/>
        <source>Saved as {path}: a file with these columns will be read with it ({name} among the presets).</source>
        <translation>Enregistrée sous {path} : un fichier avec ces colonnes sera lu avec elle ({name} parmi les modèles).</translation>
    </message>
    <message>
        <source>Saved as {path}: choose the preset {id} for the next such file.</source>
        <translation type="vanished">Enregistré dans {path} : choisissez le modèle {id} pour le prochain fichier de ce type.</translation>
    </message>
</context>
<context>
    <name>CreateDialog</name>
    <message>
        <location filename="../../ui/start_page.py" line="38"/>
        <source>Create a ledger</source>
        <translation>Créer un registre</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="55"/>
        <source>Month and day the fiscal year starts, such as 01-01 or 04-06</source>
        <translation>Mois et jour de début de l&apos;exercice, par exemple 01-01 ou 04-06</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="59"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="67"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation :</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="68"/>
        <source>&amp;Rule profile:</source>
        <translation>Profil de &amp;règles :</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="69"/>
        <source>&amp;Currency:</source>
        <translation>&amp;Devise :</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="70"/>
        <source>&amp;Fiscal year starts:</source>
        <translation>Début de l&apos;&amp;exercice :</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="71"/>
        <source>Ledger &amp;file:</source>
        <translation>&amp;Fichier du registre :</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="86"/>
        <source>New ledger file</source>
        <translation>Nouveau fichier de registre</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="86"/>
        <source>Treasurer ledgers (*.db)</source>
        <translation>Registres Trésorier (*.db)</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/dashboard_page.py" line="77"/>
        <source>A year, quarter, month or range: 2025, 2025-Q3, 2025-03, 2025-01-01..2025-06-30</source>
        <translation>Une année, un trimestre, un mois ou une plage : 2025, 2025-Q3, 2025-03, 2025-01-01..2025-06-30</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="84"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="93"/>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="99"/>
        <source>Total raised</source>
        <translation>Total collecté</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="100"/>
        <source>Donations</source>
        <translation>Dons</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="101"/>
        <source>Donors</source>
        <translation>Donateurs</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="102"/>
        <source>From small donations</source>
        <translation>Part des petits dons</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="103"/>
        <source>Open flags</source>
        <translation>Alertes ouvertes</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="112"/>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="112"/>
        <source>Days left</source>
        <translation>Jours restants</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="112"/>
        <source>Donor</source>
        <translation>Donateur</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="112"/>
        <source>What to do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="117"/>
        <source>Deadlines in the next 30 days</source>
        <translation>Échéances des 30 prochains jours</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="124"/>
        <source>Donations over time (net, by month)</source>
        <translation>Dons dans le temps (nets, par mois)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="126"/>
        <source>Donors by size of their total</source>
        <translation>Donateurs par montant total</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="187"/>
        <source>{period}: {start} to {end}</source>
        <translation>{period} : du {start} au {end}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="194"/>
        <source>net of refunds and returns</source>
        <translation>nets des remboursements et restitutions</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="200"/>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="203"/>
        <source>donations of {amount} or less</source>
        <translation>dons de {amount} ou moins</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="209"/>
        <source>the profile sets no threshold</source>
        <translation>le profil ne fixe pas de seuil</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard_page.py" line="215"/>
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln erreur</numerusform>
            <numerusform>%Ln erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard_page.py" line="216"/>
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln avertissement</numerusform>
            <numerusform>%Ln avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard_page.py" line="217"/>
        <source>%Ln to know</source>
        <translation>
            <numerusform>%Ln à savoir</numerusform>
            <numerusform>%Ln à savoir</numerusform>
        </translation>
    </message>
    <message>
        <source>{errors} errors · {warnings} warnings · {info} to know</source>
        <translation type="vanished">{errors} erreurs · {warnings} avertissements · {info} à savoir</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="227"/>
        <source>No donations in this period</source>
        <translation>Aucun don sur cette période</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="232"/>
        <source>all</source>
        <translation>tous</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="235"/>
        <source>≤ {amount}</source>
        <translation>≤ {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="237"/>
        <source>&gt; {amount}</source>
        <translation>&gt; {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="239"/>
        <source>{low} – {high}</source>
        <translation>{low} – {high}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="243"/>
        <source>No donors in this period</source>
        <translation>Aucun donateur sur cette période</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="265"/>
        <source>overdue by {n}</source>
        <translation>en retard de {n}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="282"/>
        <source>Nothing is due in the next 30 days.</source>
        <translation>Rien n&apos;est dû dans les 30 prochains jours.</translation>
    </message>
</context>
<context>
    <name>DonationsModel</name>
    <message>
        <location filename="../../ui/donations_model.py" line="111"/>
        <source>Cash</source>
        <extracomment>The columns the services can sort on, and their sort keys there.</extracomment>
        <translation>Espèces</translation>
    </message>
    <message>
        <location filename="../../ui/donations_model.py" line="112"/>
        <source>Cheque</source>
        <translation>Chèque</translation>
    </message>
    <message>
        <location filename="../../ui/donations_model.py" line="113"/>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../../ui/donations_model.py" line="114"/>
        <source>Transfer</source>
        <translation>Virement</translation>
    </message>
    <message>
        <location filename="../../ui/donations_model.py" line="115"/>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location filename="../../ui/donations_model.py" line="116"/>
        <source>In kind</source>
        <translation>En nature</translation>
    </message>
    <message>
        <location filename="../../ui/donations_model.py" line="119"/>
        <source>refund</source>
        <translation>remboursement</translation>
    </message>
    <message>
        <location filename="../../ui/donations_model.py" line="120"/>
        <source>return</source>
        <translation>restitution</translation>
    </message>
    <message>
        <location filename="../../ui/donations_model.py" line="191"/>
        <source>This column cannot be sorted</source>
        <translation>Cette colonne ne peut pas être triée</translation>
    </message>
    <message>
        <location filename="../../ui/donations_model.py" line="284"/>
        <source>(cannot be read)</source>
        <translation>(illisible)</translation>
    </message>
    <message>
        <location filename="../../ui/donations_model.py" line="323"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/donations_model.py" line="325"/>
        <source>Donor</source>
        <translation>Donateur</translation>
    </message>
    <message>
        <location filename="../../ui/donations_model.py" line="327"/>
        <source>Amount ({currency})</source>
        <translation>Montant ({currency})</translation>
    </message>
    <message>
        <location filename="../../ui/donations_model.py" line="329"/>
        <source>Method</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <location filename="../../ui/donations_model.py" line="331"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../ui/donations_model.py" line="333"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
</context>
<context>
    <name>DonationsPage</name>
    <message>
        <location filename="../../ui/donations_page.py" line="70"/>
        <source>all dates</source>
        <translation>toutes dates</translation>
    </message>
    <message>
        <location filename="../../ui/donations_page.py" line="73"/>
        <source>A year, quarter, month or range: 2025, 2025-Q3, 2025-03, 2025-01-01..2025-06-30</source>
        <translation>Une année, un trimestre, un mois ou une plage : 2025, 2025-Q3, 2025-03, 2025-01-01..2025-06-30</translation>
    </message>
    <message>
        <location filename="../../ui/donations_page.py" line="78"/>
        <source>any donor</source>
        <translation>tout donateur</translation>
    </message>
    <message>
        <location filename="../../ui/donations_page.py" line="80"/>
        <source>any method</source>
        <translation>tout moyen</translation>
    </message>
    <message>
        <location filename="../../ui/donations_page.py" line="84"/>
        <source>&amp;Flagged only</source>
        <translation>&amp;Alertes seulement</translation>
    </message>
    <message>
        <location filename="../../ui/donations_page.py" line="87"/>
        <source>Search names, references, notes (Ctrl+F)</source>
        <translation>Chercher noms, références, notes (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/donations_page.py" line="89"/>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../../ui/donations_page.py" line="97"/>
        <source>&amp;Dates:</source>
        <translation>&amp;Dates :</translation>
    </message>
    <message>
        <location filename="../../ui/donations_page.py" line="98"/>
        <source>D&amp;onor:</source>
        <translation>D&amp;onateur :</translation>
    </message>
    <message>
        <location filename="../../ui/donations_page.py" line="99"/>
        <source>&amp;Method:</source>
        <translation>&amp;Moyen :</translation>
    </message>
    <message>
        <location filename="../../ui/donations_page.py" line="100"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Unité :</translation>
    </message>
    <message>
        <location filename="../../ui/donations_page.py" line="162"/>
        <source>any unit</source>
        <translation>toute unité</translation>
    </message>
    <message>
        <location filename="../../ui/donations_page.py" line="163"/>
        <source>headquarters (no unit)</source>
        <translation>siège (sans unité)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/donations_page.py" line="243"/>
        <source>%Ln shown</source>
        <translation>
            <numerusform>%Ln affiché</numerusform>
            <numerusform>%Ln affichés</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} shown</source>
        <translation type="vanished">{n} affichés</translation>
    </message>
</context>
<context>
    <name>DonorEditDialog</name>
    <message>
        <location filename="../../ui/donors_page.py" line="193"/>
        <source>Edit the donor&apos;s details</source>
        <translation>Modifier les coordonnées du donateur</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="210"/>
        <source>&amp;Postcode:</source>
        <translation>Code &amp;postal :</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="208"/>
        <source>N&amp;ame:</source>
        <extracomment>the details as they were, as text (what an undo puts back)</extracomment>
        <translation>N&amp;om :</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="209"/>
        <source>Add&amp;ress:</source>
        <translation>Ad&amp;resse :</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="211"/>
        <source>&amp;City:</source>
        <translation>&amp;Ville :</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="212"/>
        <source>Cou&amp;ntry:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="213"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="214"/>
        <source>Emplo&amp;yer:</source>
        <translation>Emplo&amp;yeur :</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="215"/>
        <source>&amp;Occupation:</source>
        <translation>Pro&amp;fession :</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="221"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Nature :</translation>
    </message>
</context>
<context>
    <name>DonorKind</name>
    <message>
        <location filename="../../ui/entry.py" line="52"/>
        <source>Individual</source>
        <translation>Personne physique</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="53"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="54"/>
        <source>Trade union</source>
        <translation>Syndicat</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="55"/>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="56"/>
        <source>Political party</source>
        <translation>Parti politique</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="57"/>
        <source>Public body</source>
        <translation>Organisme public</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="58"/>
        <source>Foreign</source>
        <translation>Étranger</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="59"/>
        <source>Anonymous</source>
        <translation>Anonyme</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="60"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>DonorSearch</name>
    <message>
        <location filename="../../ui/donors_page.py" line="71"/>
        <source>Find a donor by name or e-mail</source>
        <translation>Trouver un donateur par nom ou e-mail</translation>
    </message>
</context>
<context>
    <name>DonorsPage</name>
    <message>
        <location filename="../../ui/donors_page.py" line="365"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="365"/>
        <source>Net total</source>
        <translation>Total net</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="365"/>
        <source>Entries</source>
        <translation>Écritures</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="372"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="373"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="374"/>
        <source>Method</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="375"/>
        <source>Entry</source>
        <translation>Écriture</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="376"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="377"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="384"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="384"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="384"/>
        <location filename="../../ui/donors_page.py" line="390"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="390"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="390"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="390"/>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="393"/>
        <location filename="../../ui/donors_page.py" line="533"/>
        <source>History (audit trail):</source>
        <translation>Historique (journal d’audit) :</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="395"/>
        <source>&amp;Merge another donor into this one…</source>
        <translation>&amp;Fusionner un autre donateur dans celui-ci…</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="398"/>
        <source>&amp;Edit details…</source>
        <translation>&amp;Modifier les coordonnées…</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="413"/>
        <source>Totals per year:</source>
        <translation>Totaux par année :</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="416"/>
        <source>Donations, refunds and returns:</source>
        <translation>Dons, remboursements et restitutions :</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="418"/>
        <source>Flags:</source>
        <translation>Alertes :</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="464"/>
        <source>Also recorded as: {names}</source>
        <translation>Aussi enregistré sous : {names}</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="467"/>
        <source>Merged into donor #{id}</source>
        <translation>Fusionné dans le donateur n° {id}</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="484"/>
        <source>donation</source>
        <translation>don</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="485"/>
        <source>refund</source>
        <translation>remboursement</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="486"/>
        <source>return</source>
        <translation>restitution</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="502"/>
        <source>Double-click: this entry&apos;s history</source>
        <translation>Double-clic : l’historique de cette écriture</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="510"/>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="510"/>
        <source>Dismissed</source>
        <translation>Écartée</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="530"/>
        <source>History of entry #{id} (audit trail):</source>
        <translation>Historique de l’écriture n° {id} (journal d’audit) :</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="576"/>
        <source>Edit donor #{id}</source>
        <translation>Modifier le donateur n° {id}</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="583"/>
        <source>The donor&apos;s details were saved.</source>
        <translation>Les coordonnées du donateur ont été enregistrées.</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="614"/>
        <source>Merge donor #{other} into #{keep}</source>
        <translation>Fusion du donateur n° {other} dans le n° {keep}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/donors_page.py" line="621"/>
        <source>Merged: %Ln donation(s) moved.</source>
        <translation>
            <numerusform>Fusionné : %Ln don déplacé.</numerusform>
            <numerusform>Fusionné : %Ln dons déplacés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged: {n} donations moved.</source>
        <translation type="vanished">Fusionné : {n} dons déplacés.</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="632"/>
        <source>No donor chosen</source>
        <translation>Aucun donateur choisi</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="633"/>
        <source>Type a name on the left to find a donor.</source>
        <translation>Tapez un nom à gauche pour trouver un donateur.</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../../ui/entry.py" line="82"/>
        <source>New donation</source>
        <translation>Nouveau don</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="104"/>
        <source>Type a name or an e-mail; a new name is a new donor</source>
        <translation>Tapez un nom ou un e-mail ; un nom inconnu crée un donateur</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="123"/>
        <source>headquarters (no unit)</source>
        <translation>siège (sans unité)</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="127"/>
        <source>cheque number, bank reference…</source>
        <translation>numéro de chèque, référence bancaire…</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="131"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="132"/>
        <source>D&amp;onor:</source>
        <translation>D&amp;onateur :</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="133"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Montant :</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="134"/>
        <source>&amp;Method:</source>
        <translation>&amp;Moyen :</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="135"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Unité :</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="136"/>
        <source>&amp;Reference:</source>
        <translation>&amp;Référence :</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="137"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes :</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="139"/>
        <source>New donor&apos;s details</source>
        <translation>Coordonnées du nouveau donateur</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="150"/>
        <source>FR, MA, GB…</source>
        <translation>FR, MA, GB…</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="152"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Nature :</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="153"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="154"/>
        <source>Add&amp;ress:</source>
        <translation>Ad&amp;resse :</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="155"/>
        <source>&amp;Postcode:</source>
        <translation>Code &amp;postal :</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="156"/>
        <source>&amp;City:</source>
        <translation>&amp;Ville :</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="157"/>
        <source>Cou&amp;ntry:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="170"/>
        <source>Save and &amp;next (Ctrl+Enter)</source>
        <translation>Enregistrer et &amp;suivant (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="172"/>
        <source>&amp;Save and close</source>
        <translation>&amp;Enregistrer et fermer</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="189"/>
        <source>Before saving:</source>
        <translation>Avant d&apos;enregistrer :</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="237"/>
        <source>(also {alias})</source>
        <translation>(aussi {alias})</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="302"/>
        <source>Type the donor and the amount to see the donor&apos;s total and the rules&apos; verdict.</source>
        <translation>Tapez le donateur et le montant pour voir son total et l&apos;avis des règles.</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="330"/>
        <source>New donor: {name}</source>
        <translation>Nouveau donateur : {name}</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="335"/>
        <source>Donor: {name}</source>
        <translation>Donateur : {name}</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="340"/>
        <source>No rule is checked: the profile counts in another currency.</source>
        <translation>Aucune règle n&apos;est vérifiée : le profil compte dans une autre devise.</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="350"/>
        <source>Total in {period}: {before} → {after}, cap {cap}</source>
        <translation>Total en {period} : {before} → {after}, plafond {cap}</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="360"/>
        <source>No rule would flag this donation.</source>
        <translation>Aucune règle ne signalerait ce don.</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="363"/>
        <source>Would raise: {title}</source>
        <translation>Déclencherait : {title}</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="363"/>
        <source>Still open: {title}</source>
        <translation>Toujours ouverte : {title}</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="412"/>
        <source>Saved: {amount} from {donor}.</source>
        <translation>Enregistré : {amount} de {donor}.</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="420"/>
        <source>Flag raised:</source>
        <translation>Alerte levée :</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="69"/>
        <source>Which file?</source>
        <extracomment>The names of files that say they are tables: one that cannot be read as a table is not a bank statement either (statements, read by their content, come as .sta, .xml, .ofx…). The flags a preview shows, of those the import would raise (the Flags page has all).</extracomment>
        <translation>Quel fichier ?</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="72"/>
        <source>A CSV or spreadsheet export (Stripe, PayPal, HelloAsso, ActBlue…) or a bank statement.</source>
        <translation>Un export CSV ou tableur (Stripe, PayPal, HelloAsso, ActBlue…) ou un relevé bancaire.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="78"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="82"/>
        <source>Detect from the columns</source>
        <translation>Détecter d&apos;après les colonnes</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="87"/>
        <source>optional: a mapping file (.toml) of your own</source>
        <translation>facultatif : votre fichier de correspondance (.toml)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="95"/>
        <source>optional: the text encoding of a CSV (e.g. windows-1256), if not detected</source>
        <translation>facultatif : l&apos;encodage du texte d&apos;un CSV (p. ex. windows-1256), s&apos;il n&apos;est pas détecté</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="101"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="103"/>
        <source>&amp;Preset:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="104"/>
        <source>&amp;Mapping:</source>
        <translation>&amp;Correspondance :</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="105"/>
        <source>&amp;Sheet:</source>
        <translation>&amp;Feuille :</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="106"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encodage :</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="113"/>
        <source>The sheet that holds the donations</source>
        <translation>La feuille qui contient les dons</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="125"/>
        <source>Import donations</source>
        <translation>Importer des dons</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="128"/>
        <source>Donation files (*.csv *.xlsx *.xls *.ods *.ofx *.qfx *.xml *.sta);;All files (*)</source>
        <translation>Fichiers de dons (*.csv *.xlsx *.xls *.ods *.ofx *.qfx *.xml *.sta);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>FlagsPage</name>
    <message>
        <location filename="../../ui/flags_page.py" line="165"/>
        <location filename="../../ui/flags_page.py" line="414"/>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="166"/>
        <location filename="../../ui/flags_page.py" line="415"/>
        <source>Dismissed</source>
        <translation>Écartée</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="167"/>
        <location filename="../../ui/flags_page.py" line="416"/>
        <source>Resolved</source>
        <translation>Résolue</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="168"/>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="174"/>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="185"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="186"/>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="187"/>
        <source>Donor</source>
        <translation>Donateur</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="188"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="189"/>
        <source>Over by</source>
        <translation>Dépassement</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="190"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="204"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="205"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="206"/>
        <source>Method</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="207"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="208"/>
        <source>Entry</source>
        <translation>Écriture</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="215"/>
        <source>Record &amp;refund…</source>
        <translation>Enregistrer un &amp;remboursement…</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="216"/>
        <source>Record re&amp;turn…</source>
        <translation>Enregistrer une res&amp;titution…</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="217"/>
        <source>Re&amp;attribute…</source>
        <translation>Ré&amp;attribuer…</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="218"/>
        <source>Record &amp;check…</source>
        <translation>Enregistrer une &amp;vérification…</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="219"/>
        <source>&amp;Dismiss…</source>
        <translation>É&amp;carter…</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="225"/>
        <source>Show &amp;donor</source>
        <translation>Voir le &amp;donateur</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="236"/>
        <source>Contributing donations:</source>
        <translation>Dons concernés :</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/flags_page.py" line="302"/>
        <source>%Ln flag(s)</source>
        <translation>
            <numerusform>%Ln alerte</numerusform>
            <numerusform>%Ln alertes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="464"/>
        <source>donation</source>
        <translation>don</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="465"/>
        <source>refund</source>
        <translation>remboursement</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="466"/>
        <source>return</source>
        <translation>restitution</translation>
    </message>
    <message>
        <source>{n} flags</source>
        <translation type="vanished">{n} alertes</translation>
    </message>
    <message>
        <source>name one donor of the ledger to reattribute to</source>
        <translation type="vanished">nommez un seul donateur du registre à qui réattribuer</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="385"/>
        <source>Dismiss flag {id}</source>
        <translation>Écarter l&apos;alerte {id}</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="394"/>
        <source>Flag dismissed. Undo with Ctrl+Z.</source>
        <translation>Alerte écartée. Annuler avec Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="404"/>
        <source>Recorded. Flags resolved: {resolved}; raised: {raised}.</source>
        <translation>Enregistré. Alertes résolues : {resolved} ; levées : {raised}.</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="434"/>
        <source>No flag is selected.</source>
        <translation>Aucune alerte n&apos;est sélectionnée.</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="437"/>
        <source>Nothing to show: no rule flags anything here.</source>
        <translation>Rien à afficher : aucune règle ne signale quoi que ce soit.</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="449"/>
        <source>Deadline: {date}</source>
        <translation>Échéance : {date}</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="646"/>
        <source>Importing</source>
        <translation>Import en cours</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="648"/>
        <source>The import is one transaction: cancelled, it leaves the ledger as it was.</source>
        <translation>L&apos;import est une seule transaction : annulé, il laisse le registre intact.</translation>
    </message>
    <message>
        <source>Imported: {new} donations, {refunds} refunds, {donors} new donors.</source>
        <translation type="vanished">Importé : {new} dons, {refunds} remboursements, {donors} nouveaux donateurs.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="665"/>
        <source>Imported: {new}, {refunds}, {donors}.</source>
        <translation>Importé : {new}, {refunds}, {donors}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="666"/>
        <source>%Ln donation(s)</source>
        <translation>
            <numerusform>%Ln don</numerusform>
            <numerusform>%Ln dons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="667"/>
        <source>%Ln refund(s)</source>
        <translation>
            <numerusform>%Ln remboursement</numerusform>
            <numerusform>%Ln remboursements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="668"/>
        <source>%Ln new donor(s)</source>
        <translation>
            <numerusform>%Ln nouveau donateur</numerusform>
            <numerusform>%Ln nouveaux donateurs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="670"/>
        <source>Already in the ledger, skipped: {n}.</source>
        <translation>Déjà dans le registre, ignorés : {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="671"/>
        <source>Bad rows skipped: {n}.</source>
        <translation>Lignes erronées ignorées : {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="672"/>
        <source>Flags raised by the rules: {n}.</source>
        <translation>Alertes levées par les règles : {n}.</translation>
    </message>
    <message>
        <source>Flags resolved by the import: {n}.</source>
        <translation type="vanished">Alertes résolues par l&apos;import : {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="675"/>
        <source>Nothing was imported: no row is both good and new.</source>
        <translation>Rien n&apos;a été importé : aucune ligne n&apos;est à la fois correcte et nouvelle.</translation>
    </message>
    <message>
        <source>Statement entries that are not donations (debits, reversals…), left out: {n}.</source>
        <translation type="vanished">Écritures du relevé qui ne sont pas des dons (débits, annulations…), laissées de côté : {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="684"/>
        <source>The bad rows were written to {path}.</source>
        <translation>Les lignes erronées sont dans {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="688"/>
        <source>Merged as the same person: {names}.</source>
        <translation>Fusionnés comme une même personne : {names}.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="328"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="339"/>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="369"/>
        <source>Recording the donations and checking the rules…</source>
        <translation>Enregistrement des dons et contrôle des règles…</translation>
    </message>
    <message>
        <source>{done} rows read…</source>
        <translation type="vanished">{done} lignes lues…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="384"/>
        <source>Stopping…</source>
        <translation>Arrêt…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="402"/>
        <source>Cancelled: nothing was imported.</source>
        <translation>Annulé : rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="418"/>
        <source>Statement entries that are not donations (debits, reversals…), left out: {n}.</source>
        <translation>Écritures du relevé qui ne sont pas des dons (débits, annulations…), laissées de côté : {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="423"/>
        <source>Rows the preset does not import (by their status or type), left out: {n}.</source>
        <translation>Lignes que le modèle n&apos;importe pas (selon leur statut ou leur type), laissées de côté : {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="433"/>
        <source>Columns not read: {columns} (go Back to say what they hold).</source>
        <translation>Colonnes non lues : {columns} (revenez en arrière pour dire ce qu&apos;elles contiennent).</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="442"/>
        <source>Known donors without an address to whom the file gives two (neither is recorded: edit them on the Donors page): {names}.</source>
        <translation>Donateurs connus sans adresse auxquels le fichier en donne deux (aucune n&apos;est enregistrée : modifiez-les dans la page Donateurs) : {names}.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="450"/>
        <source>Known donors whose missing details (address, email…) the file fills: {n}.</source>
        <translation>Donateurs connus dont le fichier complète les coordonnées manquantes (adresse, e-mail…) : {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="461"/>
        <source>Sheet read: {sheet} (not read: {others}).</source>
        <translation>Feuille lue : {sheet} (non lues : {others}).</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="468"/>
        <source>Dates read month first, as {date} shows, not as this ledger reads them: check the file&apos;s other dates.</source>
        <translation>Dates lues mois d&apos;abord, comme le montre {date}, et non comme ce registre les lit : vérifiez les autres dates du fichier.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="474"/>
        <source>Dates read day first, as {date} shows, not as this ledger reads them: check the file&apos;s other dates.</source>
        <translation>Dates lues jour d&apos;abord, comme le montre {date}, et non comme ce registre les lit : vérifiez les autres dates du fichier.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="483"/>
        <source>Entry {entry} pays {amount} to {name} on {date}: a gift sent back? The ledger counts the gift until its return is recorded (Flags page, Record a return; or &apos;treasurer return&apos;).</source>
        <translation>L&apos;écriture {entry} verse {amount} à {name} le {date} : un don restitué ? Le registre compte le don tant que sa restitution n&apos;est pas enregistrée (page Alertes, Enregistrer une restitution ; ou « treasurer return »).</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="498"/>
        <source>New donors recorded as persons whose names end as a company&apos;s may: {names}. If one is a company, say so on the Donors page (Edit details): its gifts then meet the rules on companies.</source>
        <translation>Nouveaux donateurs enregistrés comme personnes dont le nom finit comme celui d&apos;une société peut finir : {names}. Si l&apos;un est une société, indiquez-le dans la page Donateurs (Modifier les coordonnées) : ses dons relèvent alors des règles sur les personnes morales.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="508"/>
        <source>Amounts such as {amount} read with “{mark}” separating thousands, as no amount shows the file&apos;s decimal mark: if “{mark}” marks decimals there, correct them in the file.</source>
        <translation>Montants comme {amount} lus avec « {mark} » séparant les milliers, aucun montant ne montrant le séparateur décimal du fichier : si « {mark} » y marque les décimales, corrigez-les dans le fichier.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="711"/>
        <source>Import donations</source>
        <extracomment>closing was asked while an import ran: it was cancelled, and the window closes once the import has stopped (not if it committed first: its summary stays shown)</extracomment>
        <translation>Importer des dons</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="791"/>
        <source>%Ln row(s) read…</source>
        <translation>
            <numerusform>%Ln ligne lue…</numerusform>
            <numerusform>%Ln lignes lues…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="852"/>
        <source>Import {file}</source>
        <translation>Importer {file}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>there is no ledger file at {path}</source>
        <translation type="vanished">il n&apos;y a pas de fichier de registre à {path}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="295"/>
        <source>Add donation of {amount} from {donor}</source>
        <translation>Ajouter le don de {amount} de {donor}</translation>
    </message>
    <message>
        <source>the ledger&apos;s profile counts in another currency: no rule can be checked</source>
        <translation type="vanished">le profil du registre compte dans une autre devise : aucune règle ne peut être vérifiée</translation>
    </message>
    <message>
        <source>Rules checked: {raised} flags raised, {resolved} resolved.</source>
        <translation type="vanished">Règles vérifiées : {raised} alertes levées, {resolved} résolues.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="394"/>
        <source>Rules checked: {raised}, {resolved}.</source>
        <translation>Règles vérifiées : {raised}, {resolved}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="395"/>
        <source>%Ln flag(s) raised</source>
        <translation>
            <numerusform>%Ln alerte levée</numerusform>
            <numerusform>%Ln alertes levées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="396"/>
        <source>%Ln resolved</source>
        <translation>
            <numerusform>%Ln résolue</numerusform>
            <numerusform>%Ln résolues</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="402"/>
        <source>Checking every rule…</source>
        <translation>Vérification de toutes les règles…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="466"/>
        <source>Start</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="467"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="468"/>
        <source>Donations</source>
        <translation>Dons</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="469"/>
        <source>Donors</source>
        <translation>Donateurs</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="470"/>
        <source>Flags</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="471"/>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="472"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="477"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="478"/>
        <source>&amp;Open ledger…</source>
        <translation>&amp;Ouvrir un registre…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="482"/>
        <source>&amp;Start screen (new ledger, recent, demo)</source>
        <translation>Écran d&apos;&amp;accueil (nouveau, récents, démo)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="485"/>
        <source>&amp;Close ledger</source>
        <translation>&amp;Fermer le registre</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="490"/>
        <source>&amp;Import donations…</source>
        <translation>&amp;Importer des dons…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="496"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="503"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="504"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="506"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="511"/>
        <source>&amp;New donation…</source>
        <translation>&amp;Nouveau don…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="515"/>
        <source>&amp;Find donations…</source>
        <translation>&amp;Chercher des dons…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="519"/>
        <source>&amp;Check every rule</source>
        <translation>&amp;Vérifier toutes les règles</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="523"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="565"/>
        <source>Open ledger</source>
        <translation>Ouvrir un registre</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="567"/>
        <source>Treasurer ledgers (*.db);;All files (*)</source>
        <translation>Registres Trésorier (*.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="340"/>
        <location filename="../../ui/main_window.py" line="357"/>
        <location filename="../../ui/main_window.py" line="593"/>
        <source>Treasurer</source>
        <translation>Trésorier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="342"/>
        <source>An import is still running. Stop it and close Treasurer? Nothing of it is saved unless it has already finished.</source>
        <translation>Une importation est en cours. L&apos;arrêter et fermer Treasurer ? Rien n&apos;en est enregistré, sauf si elle est déjà terminée.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="359"/>
        <source>An import into this ledger is still running. Let it finish, or cancel it in the import window, first.</source>
        <translation>Une importation dans ce registre est en cours. Laissez-la se terminer, ou annulez-la dans la fenêtre d&apos;importation, d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="594"/>
        <source>No ledger is open.</source>
        <translation>Aucun registre n&apos;est ouvert.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="630"/>
        <source>Treasurer — {name} (demo)</source>
        <translation>Trésorier — {name} (démo)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="630"/>
        <source>Treasurer — {name}</source>
        <translation>Trésorier — {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="664"/>
        <source>%Ln donation(s)</source>
        <translation>
            <numerusform>%Ln don</numerusform>
            <numerusform>%Ln dons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="665"/>
        <source>%Ln donor(s)</source>
        <translation>
            <numerusform>%Ln donateur</numerusform>
            <numerusform>%Ln donateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>1 donation</source>
        <translation type="vanished">1 don</translation>
    </message>
    <message>
        <source>{n} donations</source>
        <translation type="vanished">{n} dons</translation>
    </message>
    <message>
        <source>1 donor</source>
        <translation type="vanished">1 donateur</translation>
    </message>
    <message>
        <source>{n} donors</source>
        <translation type="vanished">{n} donateurs</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="666"/>
        <source>total {amount}</source>
        <translation>total {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="676"/>
        <source>Some donations cannot be read: {}</source>
        <translation>Certains dons sont illisibles : {}</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/donors_page.py" line="117"/>
        <source>Merge another donor into this one</source>
        <translation>Fusionner un autre donateur dans celui-ci</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="132"/>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="137"/>
        <source>The other record of the same person:</source>
        <translation>L&apos;autre fiche de la même personne :</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="159"/>
        <source>{other} (#{other_id}) becomes part of {keep} (#{keep_id}).</source>
        <translation>{other} (n° {other_id}) rejoint {keep} (n° {keep_id}).</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="167"/>
        <source>Donations moved: {n}</source>
        <translation>Dons déplacés : {n}</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="169"/>
        <source>Totals after the merge:</source>
        <translation>Totaux après la fusion :</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="179"/>
        <source>Flags the merge would raise:</source>
        <translation>Alertes que la fusion lèverait :</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="182"/>
        <source>The merge raises no new flag.</source>
        <translation>La fusion ne lève aucune nouvelle alerte.</translation>
    </message>
</context>
<context>
    <name>OfficeMenu</name>
    <message>
        <location filename="../../ui/office_menu.py" line="42"/>
        <source>Field &amp;offices</source>
        <translation>&amp;Antennes locales</translation>
    </message>
    <message>
        <location filename="../../ui/office_menu.py" line="43"/>
        <source>&amp;Export a bundle for headquarters…</source>
        <translation>&amp;Exporter un lot pour le siège…</translation>
    </message>
    <message>
        <location filename="../../ui/office_menu.py" line="45"/>
        <source>&amp;Read headquarters&apos; acknowledgement…</source>
        <translation>&amp;Lire l’accusé de réception du siège…</translation>
    </message>
    <message>
        <location filename="../../ui/office_menu.py" line="49"/>
        <source>&amp;Import a field office&apos;s bundle…</source>
        <translation>&amp;Importer le lot d’une antenne…</translation>
    </message>
    <message>
        <location filename="../../ui/office_menu.py" line="51"/>
        <source>&amp;Write an acknowledgement for the offices…</source>
        <translation>&amp;Écrire un accusé de réception pour les antennes…</translation>
    </message>
    <message>
        <location filename="../../ui/office_menu.py" line="53"/>
        <source>Make a &amp;setup file for a new office…</source>
        <translation>Créer un fichier de &amp;configuration pour une antenne…</translation>
    </message>
    <message>
        <location filename="../../ui/office_menu.py" line="69"/>
        <source>Export a bundle</source>
        <translation>Exporter un lot</translation>
    </message>
    <message>
        <location filename="../../ui/office_menu.py" line="75"/>
        <source>A passphrase to encrypt the bundle (leave empty for none):</source>
        <translation>Phrase secrète pour chiffrer le lot (vide : aucune) :</translation>
    </message>
    <message>
        <source>Bundle {n} written to {path}: {donations} donations and refunds.</source>
        <translation type="vanished">Lot {n} écrit dans {path} : {donations} dons et remboursements.</translation>
    </message>
    <message>
        <location filename="../../ui/office_menu.py" line="93"/>
        <source>Writing the bundle…</source>
        <translation>Écriture du lot…</translation>
    </message>
    <message>
        <location filename="../../ui/office_menu.py" line="100"/>
        <source>Headquarters&apos; acknowledgement</source>
        <translation>Accusé de réception du siège</translation>
    </message>
    <message>
        <location filename="../../ui/office_menu.py" line="106"/>
        <source>The acknowledgement was recorded.</source>
        <translation>L’accusé de réception est enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/office_menu.py" line="115"/>
        <source>A field office&apos;s bundle</source>
        <translation>Le lot d’une antenne</translation>
    </message>
    <message>
        <location filename="../../ui/office_menu.py" line="119"/>
        <source>The bundle&apos;s passphrase:</source>
        <translation>La phrase secrète du lot :</translation>
    </message>
    <message>
        <source>Imported from {office}: {donations} donations, {refunds} refunds, {donors} new donors; {flags} flags raised by the rules.</source>
        <translation type="vanished">Importé de {office} : {donations} dons, {refunds} remboursements, {donors} nouveaux donateurs ; {flags} alertes levées par les règles.</translation>
    </message>
    <message>
        <location filename="../../ui/office_menu.py" line="80"/>
        <source>Bundle {n} written to {path}: {donations}.</source>
        <translation>Lot {n} écrit dans {path} : {donations}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/office_menu.py" line="84"/>
        <source>%Ln donation(s) and refund(s)</source>
        <translation>
            <numerusform>%Ln don ou remboursement</numerusform>
            <numerusform>%Ln dons et remboursements</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/office_menu.py" line="128"/>
        <source>Imported from {office}: {donations}, {refunds}, {donors}; {flags}.</source>
        <translation>Importé de {office} : {donations}, {refunds}, {donors} ; {flags}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/office_menu.py" line="131"/>
        <source>%Ln donation(s)</source>
        <translation>
            <numerusform>%Ln don</numerusform>
            <numerusform>%Ln dons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/office_menu.py" line="132"/>
        <source>%Ln refund(s)</source>
        <translation>
            <numerusform>%Ln remboursement</numerusform>
            <numerusform>%Ln remboursements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/office_menu.py" line="133"/>
        <source>%Ln new donor(s)</source>
        <translation>
            <numerusform>%Ln nouveau donateur</numerusform>
            <numerusform>%Ln nouveaux donateurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/office_menu.py" line="134"/>
        <source>%Ln flag(s) raised by the rules</source>
        <translation>
            <numerusform>%Ln alerte levée par les règles</numerusform>
            <numerusform>%Ln alertes levées par les règles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/office_menu.py" line="143"/>
        <source>Checking and importing the bundle…</source>
        <translation>Vérification et import du lot…</translation>
    </message>
    <message>
        <location filename="../../ui/office_menu.py" line="152"/>
        <source>Write an acknowledgement</source>
        <translation>Écrire un accusé de réception</translation>
    </message>
    <message>
        <location filename="../../ui/office_menu.py" line="162"/>
        <source>Acknowledgement written to {path}.</source>
        <translation>Accusé de réception écrit dans {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/office_menu.py" line="172"/>
        <source>New field office</source>
        <translation>Nouvelle antenne</translation>
    </message>
    <message>
        <location filename="../../ui/office_menu.py" line="172"/>
        <source>The office&apos;s accounting unit:</source>
        <translation>L’unité comptable de l’antenne :</translation>
    </message>
    <message>
        <location filename="../../ui/office_menu.py" line="178"/>
        <source>Setup file</source>
        <translation>Fichier de configuration</translation>
    </message>
    <message>
        <location filename="../../ui/office_menu.py" line="189"/>
        <source>Setup file written to {path}: on the office&apos;s laptop, run &apos;treasurer office init --setup&apos; with it.</source>
        <translation>Fichier de configuration écrit dans {path} : sur l’ordinateur de l’antenne, lancez « treasurer office init --setup » avec ce fichier.</translation>
    </message>
    <message>
        <location filename="../../ui/office_menu.py" line="202"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../ui/office_menu.py" line="209"/>
        <source>Field offices</source>
        <translation>Antennes locales</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <location filename="../../ui/ops.py" line="100"/>
        <source>Cancel</source>
        <extracomment>Operations still running: kept alive until they report back.</extracomment>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/ops.py" line="102"/>
        <source>Treasurer</source>
        <translation>Trésorier</translation>
    </message>
</context>
<context>
    <name>PaymentMethod</name>
    <message>
        <location filename="../../ui/donations_page.py" line="45"/>
        <source>Cash</source>
        <extracomment>Column widths at first, in average character widths; the last column stretches.</extracomment>
        <translation>Espèces</translation>
    </message>
    <message>
        <location filename="../../ui/donations_page.py" line="46"/>
        <source>Cheque</source>
        <translation>Chèque</translation>
    </message>
    <message>
        <location filename="../../ui/donations_page.py" line="47"/>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../../ui/donations_page.py" line="48"/>
        <source>Transfer</source>
        <translation>Virement</translation>
    </message>
    <message>
        <location filename="../../ui/donations_page.py" line="49"/>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location filename="../../ui/donations_page.py" line="50"/>
        <source>In kind</source>
        <translation>En nature</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="534"/>
        <source>What the import would do</source>
        <translation>Ce que ferait l&apos;import</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="537"/>
        <source>Nothing is written yet. Bad rows are skipped; fix them in the file and import it again later.</source>
        <translation>Rien n&apos;est encore écrit. Les lignes erronées seront ignorées ; corrigez-les dans le fichier et réimportez-le plus tard.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="544"/>
        <location filename="../../ui/import_wizard.py" line="607"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="544"/>
        <location filename="../../ui/import_wizard.py" line="608"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="544"/>
        <location filename="../../ui/import_wizard.py" line="608"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="544"/>
        <location filename="../../ui/import_wizard.py" line="608"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="552"/>
        <source>Same person?</source>
        <translation>Même personne ?</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="553"/>
        <source>Name in the file</source>
        <translation>Nom dans le fichier</translation>
    </message>
    <message>
        <source>Donor of the ledger</source>
        <translation type="vanished">Donateur du registre</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="554"/>
        <source>Donor it may be</source>
        <translation>Donateur qu&apos;il pourrait être</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="555"/>
        <source>Likeness</source>
        <translation>Ressemblance</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="563"/>
        <source>Bad rows:</source>
        <translation>Lignes erronées :</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="568"/>
        <source>Names close to a donor of the ledger (tick to merge them after the import):</source>
        <translation>Noms proches d&apos;un donateur du registre (cochez pour les fusionner après l&apos;import) :</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="583"/>
        <source>{rows} read with the preset {preset}: {new}, {refunds}, {duplicates}, {bad}, {donors}.</source>
        <translation>Lu avec le modèle {preset} : {rows}, {new}, {refunds}, {duplicates}, {bad}, {donors}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="586"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="588"/>
        <source>%Ln new donation(s)</source>
        <translation>
            <numerusform>%Ln nouveau don</numerusform>
            <numerusform>%Ln nouveaux dons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="589"/>
        <source>%Ln refund(s)</source>
        <translation>
            <numerusform>%Ln remboursement</numerusform>
            <numerusform>%Ln remboursements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="590"/>
        <source>%Ln already in the ledger</source>
        <translation>
            <numerusform>%Ln déjà dans le registre</numerusform>
            <numerusform>%Ln déjà dans le registre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="591"/>
        <source>%Ln bad row(s) to skip</source>
        <translation>
            <numerusform>%Ln ligne erronée à ignorer</numerusform>
            <numerusform>%Ln lignes erronées à ignorer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="592"/>
        <source>%Ln new donor(s)</source>
        <translation>
            <numerusform>%Ln nouveau donateur</numerusform>
            <numerusform>%Ln nouveaux donateurs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="595"/>
        <source>Flags the rules would raise: {n}.</source>
        <translation>Alertes que les règles lèveraient : {n}.</translation>
    </message>
    <message>
        <source>Flags the import would resolve: {n}.</source>
        <translation type="vanished">Alertes que l&apos;import résoudrait : {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="607"/>
        <source>Entry</source>
        <translation>Opération</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="611"/>
        <source>(whole line)</source>
        <translation>(ligne entière)</translation>
    </message>
    <message>
        <source>{rows} rows read with the preset {preset}: {new} new donations, {refunds} refunds, {duplicates} already in the ledger, {bad} bad rows to skip, {donors} new donors.</source>
        <translation type="vanished">{rows} lignes lues avec le modèle {preset} : {new} nouveaux dons, {refunds} remboursements, {duplicates} déjà dans le registre, {bad} lignes erronées à ignorer, {donors} nouveaux donateurs.</translation>
    </message>
</context>
<context>
    <name>RemedyDialog</name>
    <message>
        <location filename="../../ui/flags_page.py" line="79"/>
        <source>Record a refund</source>
        <translation>Enregistrer un remboursement</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="80"/>
        <source>Record a return</source>
        <translation>Enregistrer une restitution</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="81"/>
        <source>Reattribute part of a donation</source>
        <translation>Réattribuer une partie d&apos;un don</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="82"/>
        <source>Record a permissibility check</source>
        <translation>Enregistrer une vérification d&apos;éligibilité</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="83"/>
        <source>Dismiss the flag</source>
        <translation>Écarter l&apos;alerte</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="109"/>
        <source>name of the person it goes to</source>
        <translation>nom de la personne bénéficiaire</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="111"/>
        <source>The donor may give</source>
        <translation>Le donateur peut donner</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="115"/>
        <source>&amp;Donation:</source>
        <translation>&amp;Don :</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="116"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Montant :</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="117"/>
        <location filename="../../ui/flags_page.py" line="123"/>
        <source>D&amp;ate:</source>
        <translation>D&amp;ate :</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="119"/>
        <source>&amp;To donor:</source>
        <translation>&amp;Au donateur :</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="121"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="124"/>
        <source>&amp;How:</source>
        <translation>&amp;Comment :</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="126"/>
        <source>&amp;Evidence:</source>
        <translation>&amp;Preuve :</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/reports_page.py" line="60"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="61"/>
        <source>Excel workbook (XLSX)</source>
        <translation>Classeur Excel (XLSX)</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="64"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="69"/>
        <source>&amp;Generate</source>
        <translation>&amp;Générer</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="75"/>
        <source>Open the &amp;file</source>
        <translation>Ouvrir le &amp;fichier</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="76"/>
        <source>Open the f&amp;older</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="83"/>
        <source>&amp;Report:</source>
        <translation>&amp;Rapport :</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="84"/>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="85"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Unité :</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="86"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="87"/>
        <source>For&amp;mat:</source>
        <translation>For&amp;mat :</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="88"/>
        <source>&amp;Save in:</source>
        <translation>&amp;Enregistrer dans :</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="111"/>
        <source>all units</source>
        <translation>toutes les unités</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="157"/>
        <source>Writing {name}…</source>
        <translation>Écriture de {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="189"/>
        <source>Written: {path} ({rows}).</source>
        <translation>Écrit : {path} ({rows}).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reports_page.py" line="190"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>choose a period</source>
        <translation type="vanished">choisissez une période</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="184"/>
        <source>Cancelled; no file was kept.</source>
        <translation>Annulé ; aucun fichier n&apos;a été gardé.</translation>
    </message>
    <message>
        <source>Written: {path} ({rows} rows).</source>
        <translation type="vanished">Écrit : {path} ({rows} lignes).</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="201"/>
        <source>The report was not written.</source>
        <translation>Le rapport n&apos;a pas été écrit.</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="207"/>
        <source>Writing the report…</source>
        <translation>Écriture du rapport…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="219"/>
        <source>Save reports in</source>
        <translation>Enregistrer les rapports dans</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/settings_page.py" line="48"/>
        <source>&amp;Apply language</source>
        <translation>&amp;Appliquer la langue</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="50"/>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="55"/>
        <source>&amp;Language of the window:</source>
        <translation>&amp;Langue de la fenêtre :</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="60"/>
        <source>Numbers and dates follow the language; Arabic turns the window right to left.</source>
        <translation>Les nombres et les dates suivent la langue ; l&apos;arabe met la fenêtre de droite à gauche.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="72"/>
        <source>election days, e.g. 2026-09-08, 2027-06-13</source>
        <translation>jours d&apos;élection, par ex. 2026-09-08, 2027-06-13</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="74"/>
        <source>the name written in the audit log</source>
        <translation>le nom inscrit au journal d&apos;audit</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="75"/>
        <source>&amp;Save the ledger&apos;s settings</source>
        <translation>&amp;Enregistrer les réglages du registre</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="80"/>
        <source>This ledger</source>
        <translation>Ce registre</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="82"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation :</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="83"/>
        <source>Rule profile:</source>
        <translation>Profil de règles :</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="84"/>
        <source>&amp;Variant:</source>
        <translation>&amp;Variante :</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="85"/>
        <source>&amp;Elections:</source>
        <translation>&amp;Élections :</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="86"/>
        <source>&amp;Your name:</source>
        <translation>&amp;Votre nom :</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="118"/>
        <source>{name} ({id}), in {currency}; fiscal year from {start}</source>
        <translation>{name} ({id}), en {currency} ; exercice à partir du {start}</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="125"/>
        <source>the profile&apos;s default</source>
        <translation>celle du profil par défaut</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="149"/>
        <source>Rename the organisation</source>
        <translation>Renommer l&apos;organisation</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="169"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <location filename="../../ui/flags_page.py" line="51"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="52"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="53"/>
        <source>To know</source>
        <translation>À savoir</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../ui/start_page.py" line="116"/>
        <source>Treasurer</source>
        <translation>Trésorier</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="123"/>
        <source>The donation ledger of a political party: every gift checked against the law, and the filings it needs.</source>
        <translation>Le registre des dons d&apos;un parti politique : chaque don vérifié au regard de la loi, et les déclarations qu&apos;elle exige.</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="129"/>
        <source>&amp;Create a ledger…</source>
        <translation>&amp;Créer un registre…</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="131"/>
        <source>&amp;Open a ledger file…</source>
        <translation>&amp;Ouvrir un fichier de registre…</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="133"/>
        <source>Open the &amp;demo ledger</source>
        <translation>Ouvrir le registre de &amp;démonstration</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="142"/>
        <source>You can also drop a ledger file on this window.</source>
        <translation>Vous pouvez aussi déposer un fichier de registre sur cette fenêtre.</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="147"/>
        <source>Recent ledgers:</source>
        <translation>Registres récents :</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="159"/>
        <source>This file is not there any more.</source>
        <translation>Ce fichier n&apos;existe plus.</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="186"/>
        <source>Open ledger</source>
        <translation>Ouvrir un registre</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="186"/>
        <source>Treasurer ledgers (*.db);;All files (*)</source>
        <translation>Registres Trésorier (*.db);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ui/errors.py" line="26"/>
        <source>Treasurer</source>
        <translation>Trésorier</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="32"/>
        <source>Treasurer cannot use the ledger.</source>
        <translation>Trésorier ne peut pas utiliser le registre.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="38"/>
        <source>Something went wrong inside Treasurer. This is a bug.</source>
        <translation>Un problème est survenu dans Trésorier. C&apos;est un bogue.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="43"/>
        <source>Please report it, with the details below.</source>
        <translation>Merci de le signaler, avec les détails ci-dessous.</translation>
    </message>
</context>
</TS>
