<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ColumnsPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="109"/>
        <source>Which column is which?</source>
        <translation>Quelle colonne est quoi ?</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="112"/>
        <source>As the preset reads the file. Change a column if it is wrong; save the mapping to use it again for files like this one.</source>
        <translation>Telle que le modèle lit le fichier. Changez une colonne si elle est fausse ; enregistrez la correspondance pour la réutiliser avec des fichiers semblables.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="121"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="121"/>
        <source>Column of the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="129"/>
        <source>a name for this mapping</source>
        <translation>un nom pour cette correspondance</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="130"/>
        <source>&amp;Save the mapping</source>
        <translation>&amp;Enregistrer la correspondance</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="142"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="143"/>
        <source>Donor (full name)</source>
        <translation>Donateur (nom complet)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="144"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="145"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="146"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="147"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="148"/>
        <source>Payment method</source>
        <translation>Moyen de paiement</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="149"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="150"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="151"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="152"/>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="153"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="154"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="155"/>
        <source>Donor kind</source>
        <translation>Type de donateur</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="156"/>
        <source>Employer</source>
        <translation>Employeur</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="157"/>
        <source>Occupation</source>
        <translation>Profession</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="158"/>
        <source>Accounting unit</source>
        <translation>Unité comptable</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="159"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="160"/>
        <source>Processor fee</source>
        <translation>Frais du prestataire</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="161"/>
        <source>Entry type</source>
        <translation>Type d’écriture</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="162"/>
        <source>Refund of (reference)</source>
        <translation>Remboursement de (référence)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="163"/>
        <source>Refund reference</source>
        <translation>Référence du remboursement</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="164"/>
        <source>Refund date</source>
        <translation>Date du remboursement</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="165"/>
        <source>Amount refunded</source>
        <translation>Montant remboursé</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="166"/>
        <source>Refund status</source>
        <translation>Statut de remboursement</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="181"/>
        <source>Not a table of columns (a bank statement reads its own fields).</source>
        <translation>Pas un tableau de colonnes (un relevé bancaire lit ses propres champs).</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="223"/>
        <source>Still needed: {fields}.</source>
        <translation>Il manque encore : {fields}.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="228"/>
        <source>Read with the preset {preset}.</source>
        <translation>Lu avec le modèle {preset}.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="244"/>
        <source>Saved as {path}: choose the preset {id} for the next such file.</source>
        <translation>Enregistré dans {path} : choisissez le modèle {id} pour le prochain fichier de ce type.</translation>
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
    <message>
        <location filename="../../ui/dashboard_page.py" line="213"/>
        <source>{errors} errors · {warnings} warnings · {info} to know</source>
        <translation>{errors} erreurs · {warnings} avertissements · {info} à savoir</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="225"/>
        <source>No donations in this period</source>
        <translation>Aucun don sur cette période</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="230"/>
        <source>all</source>
        <translation>tous</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="233"/>
        <source>≤ {amount}</source>
        <translation>≤ {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="235"/>
        <source>&gt; {amount}</source>
        <translation>&gt; {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="237"/>
        <source>{low} – {high}</source>
        <translation>{low} – {high}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="241"/>
        <source>No donors in this period</source>
        <translation>Aucun donateur sur cette période</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="263"/>
        <source>overdue by {n}</source>
        <translation>en retard de {n}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="280"/>
        <source>Nothing is due in the next 30 days.</source>
        <translation>Rien n&apos;est dû dans les 30 prochains jours.</translation>
    </message>
</context>
<context>
    <name>DonationsModel</name>
    <message>
        <location filename="../../ui/donations_model.py" line="110"/>
        <source>Cash</source>
        <extracomment>The columns the services can sort on, and their sort keys there.</extracomment>
        <translation>Espèces</translation>
    </message>
    <message>
        <location filename="../../ui/donations_model.py" line="111"/>
        <source>Cheque</source>
        <translation>Chèque</translation>
    </message>
    <message>
        <location filename="../../ui/donations_model.py" line="112"/>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../../ui/donations_model.py" line="113"/>
        <source>Transfer</source>
        <translation>Virement</translation>
    </message>
    <message>
        <location filename="../../ui/donations_model.py" line="114"/>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location filename="../../ui/donations_model.py" line="115"/>
        <source>In kind</source>
        <translation>En nature</translation>
    </message>
    <message>
        <location filename="../../ui/donations_model.py" line="118"/>
        <source>refund</source>
        <translation>remboursement</translation>
    </message>
    <message>
        <location filename="../../ui/donations_model.py" line="119"/>
        <source>return</source>
        <translation>restitution</translation>
    </message>
    <message>
        <location filename="../../ui/donations_model.py" line="190"/>
        <source>This column cannot be sorted</source>
        <translation>Cette colonne ne peut pas être triée</translation>
    </message>
    <message>
        <location filename="../../ui/donations_model.py" line="283"/>
        <source>(cannot be read)</source>
        <translation>(illisible)</translation>
    </message>
    <message>
        <location filename="../../ui/donations_model.py" line="322"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/donations_model.py" line="324"/>
        <source>Donor</source>
        <translation>Donateur</translation>
    </message>
    <message>
        <location filename="../../ui/donations_model.py" line="326"/>
        <source>Amount ({currency})</source>
        <translation>Montant ({currency})</translation>
    </message>
    <message>
        <location filename="../../ui/donations_model.py" line="328"/>
        <source>Method</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <location filename="../../ui/donations_model.py" line="330"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../ui/donations_model.py" line="332"/>
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
    <message>
        <location filename="../../ui/donations_page.py" line="244"/>
        <source>{n} shown</source>
        <translation>{n} affichés</translation>
    </message>
</context>
<context>
    <name>DonorKind</name>
    <message>
        <location filename="../../ui/entry.py" line="51"/>
        <source>Individual</source>
        <translation>Personne physique</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="52"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="53"/>
        <source>Trade union</source>
        <translation>Syndicat</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="54"/>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="55"/>
        <source>Political party</source>
        <translation>Parti politique</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="56"/>
        <source>Public body</source>
        <translation>Organisme public</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="57"/>
        <source>Foreign</source>
        <translation>Étranger</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="58"/>
        <source>Anonymous</source>
        <translation>Anonyme</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="59"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>DonorSearch</name>
    <message>
        <location filename="../../ui/donors_page.py" line="69"/>
        <source>Find a donor by name or e-mail</source>
        <translation>Trouver un donateur par nom ou e-mail</translation>
    </message>
</context>
<context>
    <name>DonorsPage</name>
    <message>
        <location filename="../../ui/donors_page.py" line="235"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="235"/>
        <source>Net total</source>
        <translation>Total net</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="235"/>
        <source>Entries</source>
        <translation>Écritures</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="242"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="243"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="244"/>
        <source>Method</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="245"/>
        <source>Entry</source>
        <translation>Écriture</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="246"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="247"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="254"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="254"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="254"/>
        <location filename="../../ui/donors_page.py" line="260"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="260"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="260"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="260"/>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="263"/>
        <location filename="../../ui/donors_page.py" line="398"/>
        <source>History (audit trail):</source>
        <translation>Historique (journal d’audit) :</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="265"/>
        <source>&amp;Merge another donor into this one…</source>
        <translation>&amp;Fusionner un autre donateur dans celui-ci…</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="279"/>
        <source>Totals per year:</source>
        <translation>Totaux par année :</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="282"/>
        <source>Donations, refunds and returns:</source>
        <translation>Dons, remboursements et restitutions :</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="284"/>
        <source>Flags:</source>
        <translation>Alertes :</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="330"/>
        <source>Also recorded as: {names}</source>
        <translation>Aussi enregistré sous : {names}</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="333"/>
        <source>Merged into donor #{id}</source>
        <translation>Fusionné dans le donateur n° {id}</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="349"/>
        <source>donation</source>
        <translation>don</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="350"/>
        <source>refund</source>
        <translation>remboursement</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="351"/>
        <source>return</source>
        <translation>restitution</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="367"/>
        <source>Double-click: this entry&apos;s history</source>
        <translation>Double-clic : l’historique de cette écriture</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="375"/>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="375"/>
        <source>Dismissed</source>
        <translation>Écartée</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="395"/>
        <source>History of entry #{id} (audit trail):</source>
        <translation>Historique de l’écriture n° {id} (journal d’audit) :</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="443"/>
        <source>Merge donor #{other} into #{keep}</source>
        <translation>Fusion du donateur n° {other} dans le n° {keep}</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="451"/>
        <source>Merged: {n} donations moved.</source>
        <translation>Fusionné : {n} dons déplacés.</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="463"/>
        <source>No donor chosen</source>
        <translation>Aucun donateur choisi</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="464"/>
        <source>Type a name on the left to find a donor.</source>
        <translation>Tapez un nom à gauche pour trouver un donateur.</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../../ui/entry.py" line="81"/>
        <source>New donation</source>
        <translation>Nouveau don</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="103"/>
        <source>Type a name or an e-mail; a new name is a new donor</source>
        <translation>Tapez un nom ou un e-mail ; un nom inconnu crée un donateur</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="122"/>
        <source>headquarters (no unit)</source>
        <translation>siège (sans unité)</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="126"/>
        <source>cheque number, bank reference…</source>
        <translation>numéro de chèque, référence bancaire…</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="130"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="131"/>
        <source>D&amp;onor:</source>
        <translation>D&amp;onateur :</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="132"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Montant :</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="133"/>
        <source>&amp;Method:</source>
        <translation>&amp;Moyen :</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="134"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Unité :</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="135"/>
        <source>&amp;Reference:</source>
        <translation>&amp;Référence :</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="136"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes :</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="138"/>
        <source>New donor&apos;s details</source>
        <translation>Coordonnées du nouveau donateur</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="149"/>
        <source>FR, MA, GB…</source>
        <translation>FR, MA, GB…</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="151"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Nature :</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="152"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="153"/>
        <source>Add&amp;ress:</source>
        <translation>Ad&amp;resse :</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="154"/>
        <source>&amp;Postcode:</source>
        <translation>Code &amp;postal :</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="155"/>
        <source>&amp;City:</source>
        <translation>&amp;Ville :</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="156"/>
        <source>Cou&amp;ntry:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="169"/>
        <source>Save and &amp;next (Ctrl+Enter)</source>
        <translation>Enregistrer et &amp;suivant (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="171"/>
        <source>&amp;Save and close</source>
        <translation>&amp;Enregistrer et fermer</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="188"/>
        <source>Before saving:</source>
        <translation>Avant d&apos;enregistrer :</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="236"/>
        <source>(also {alias})</source>
        <translation>(aussi {alias})</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="301"/>
        <source>Type the donor and the amount to see the donor&apos;s total and the rules&apos; verdict.</source>
        <translation>Tapez le donateur et le montant pour voir son total et l&apos;avis des règles.</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="328"/>
        <source>New donor: {name}</source>
        <translation>Nouveau donateur : {name}</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="333"/>
        <source>Donor: {name}</source>
        <translation>Donateur : {name}</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="338"/>
        <source>No rule is checked: the profile counts in another currency.</source>
        <translation>Aucune règle n&apos;est vérifiée : le profil compte dans une autre devise.</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="348"/>
        <source>Total in {period}: {before} → {after}, cap {cap}</source>
        <translation>Total en {period} : {before} → {after}, plafond {cap}</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="358"/>
        <source>No rule would flag this donation.</source>
        <translation>Aucune règle ne signalerait ce don.</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="361"/>
        <source>Would raise: {title}</source>
        <translation>Déclencherait : {title}</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="361"/>
        <source>Still open: {title}</source>
        <translation>Toujours ouverte : {title}</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="411"/>
        <source>Saved: {amount} from {donor}.</source>
        <translation>Enregistré : {amount} de {donor}.</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="419"/>
        <source>Flag raised:</source>
        <translation>Alerte levée :</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="58"/>
        <source>Which file?</source>
        <translation>Quel fichier ?</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="61"/>
        <source>A CSV or spreadsheet export (Stripe, PayPal, HelloAsso, ActBlue…) or a bank statement.</source>
        <translation>Un export CSV ou tableur (Stripe, PayPal, HelloAsso, ActBlue…) ou un relevé bancaire.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="67"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="71"/>
        <source>Detect from the columns</source>
        <translation>Détecter d&apos;après les colonnes</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="76"/>
        <source>optional: a mapping file (.toml) of your own</source>
        <translation>facultatif : votre fichier de correspondance (.toml)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="81"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="83"/>
        <source>&amp;Preset:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="84"/>
        <source>&amp;Mapping:</source>
        <translation>&amp;Correspondance :</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="92"/>
        <source>Import donations</source>
        <translation>Importer des dons</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="95"/>
        <source>Donation files (*.csv *.xlsx *.xls *.ods *.ofx *.qfx *.xml *.sta);;All files (*)</source>
        <translation>Fichiers de dons (*.csv *.xlsx *.xls *.ods *.ofx *.qfx *.xml *.sta);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>FlagsPage</name>
    <message>
        <location filename="../../ui/flags_page.py" line="164"/>
        <location filename="../../ui/flags_page.py" line="417"/>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="165"/>
        <location filename="../../ui/flags_page.py" line="418"/>
        <source>Dismissed</source>
        <translation>Écartée</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="166"/>
        <location filename="../../ui/flags_page.py" line="419"/>
        <source>Resolved</source>
        <translation>Résolue</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="167"/>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="173"/>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="184"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="185"/>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="186"/>
        <source>Donor</source>
        <translation>Donateur</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="187"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="188"/>
        <source>Over by</source>
        <translation>Dépassement</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="189"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="203"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="204"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="205"/>
        <source>Method</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="206"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="207"/>
        <source>Entry</source>
        <translation>Écriture</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="214"/>
        <source>Record &amp;refund…</source>
        <translation>Enregistrer un &amp;remboursement…</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="215"/>
        <source>Record re&amp;turn…</source>
        <translation>Enregistrer une res&amp;titution…</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="216"/>
        <source>Re&amp;attribute…</source>
        <translation>Ré&amp;attribuer…</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="217"/>
        <source>Record &amp;check…</source>
        <translation>Enregistrer une &amp;vérification…</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="218"/>
        <source>&amp;Dismiss…</source>
        <translation>É&amp;carter…</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="224"/>
        <source>Show &amp;donor</source>
        <translation>Voir le &amp;donateur</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="235"/>
        <source>Contributing donations:</source>
        <translation>Dons concernés :</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="301"/>
        <source>{n} flags</source>
        <translation>{n} alertes</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="359"/>
        <source>name one donor of the ledger to reattribute to</source>
        <translation>nommez un seul donateur du registre à qui réattribuer</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="388"/>
        <source>Dismiss flag {id}</source>
        <translation>Écarter l&apos;alerte {id}</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="397"/>
        <source>Flag dismissed. Undo with Ctrl+Z.</source>
        <translation>Alerte écartée. Annuler avec Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="407"/>
        <source>Recorded. Flags resolved: {resolved}; raised: {raised}.</source>
        <translation>Enregistré. Alertes résolues : {resolved} ; levées : {raised}.</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="437"/>
        <source>No flag is selected.</source>
        <translation>Aucune alerte n&apos;est sélectionnée.</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="440"/>
        <source>Nothing to show: no rule flags anything here.</source>
        <translation>Rien à afficher : aucune règle ne signale quoi que ce soit.</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="452"/>
        <source>Deadline: {date}</source>
        <translation>Échéance : {date}</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="447"/>
        <source>Importing</source>
        <translation>Import en cours</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="449"/>
        <source>The import is one transaction: cancelled, it leaves the ledger as it was.</source>
        <translation>L&apos;import est une seule transaction : annulé, il laisse le registre intact.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="475"/>
        <source>Imported: {new} donations, {refunds} refunds, {donors} new donors.</source>
        <translation>Importé : {new} dons, {refunds} remboursements, {donors} nouveaux donateurs.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="478"/>
        <source>Already in the ledger, skipped: {n}.</source>
        <translation>Déjà dans le registre, ignorés : {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="479"/>
        <source>Bad rows skipped: {n}.</source>
        <translation>Lignes erronées ignorées : {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="480"/>
        <source>Flags raised by the rules: {n}.</source>
        <translation>Alertes levées par les règles : {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="484"/>
        <source>The bad rows were written to {path}.</source>
        <translation>Les lignes erronées sont dans {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="488"/>
        <source>Merged as the same person: {names}.</source>
        <translation>Fusionnés comme une même personne : {names}.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="264"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="275"/>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="299"/>
        <source>Recording the donations and checking the rules…</source>
        <translation>Enregistrement des dons et contrôle des règles…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="305"/>
        <source>{done} rows read…</source>
        <translation>{done} lignes lues…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="314"/>
        <source>Stopping…</source>
        <translation>Arrêt…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="331"/>
        <source>Cancelled: nothing was imported.</source>
        <translation>Annulé : rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="500"/>
        <source>Import donations</source>
        <translation>Importer des dons</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="560"/>
        <source>Import {file}</source>
        <translation>Importer {file}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="210"/>
        <source>there is no ledger file at {path}</source>
        <translation>il n&apos;y a pas de fichier de registre à {path}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="285"/>
        <source>Add donation of {amount} from {donor}</source>
        <translation>Ajouter le don de {amount} de {donor}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="329"/>
        <source>the ledger&apos;s profile counts in another currency: no rule can be checked</source>
        <translation>le profil du registre compte dans une autre devise : aucune règle ne peut être vérifiée</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="338"/>
        <source>Rules checked: {raised} flags raised, {resolved} resolved.</source>
        <translation>Règles vérifiées : {raised} alertes levées, {resolved} résolues.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="346"/>
        <source>Checking every rule…</source>
        <translation>Vérification de toutes les règles…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="395"/>
        <source>Start</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="396"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="397"/>
        <source>Donations</source>
        <translation>Dons</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="398"/>
        <source>Donors</source>
        <translation>Donateurs</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="399"/>
        <source>Flags</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="400"/>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="401"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="406"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="407"/>
        <source>&amp;Open ledger…</source>
        <translation>&amp;Ouvrir un registre…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="411"/>
        <source>&amp;Start screen (new ledger, recent, demo)</source>
        <translation>Écran d&apos;&amp;accueil (nouveau, récents, démo)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="414"/>
        <source>&amp;Close ledger</source>
        <translation>&amp;Fermer le registre</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="419"/>
        <source>&amp;Import donations…</source>
        <translation>&amp;Importer des dons…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="425"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="432"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="433"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="435"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="440"/>
        <source>&amp;New donation…</source>
        <translation>&amp;Nouveau don…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="444"/>
        <source>&amp;Find donations…</source>
        <translation>&amp;Chercher des dons…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="448"/>
        <source>&amp;Check every rule</source>
        <translation>&amp;Vérifier toutes les règles</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="452"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="494"/>
        <source>Open ledger</source>
        <translation>Ouvrir un registre</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="496"/>
        <source>Treasurer ledgers (*.db);;All files (*)</source>
        <translation>Registres Trésorier (*.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="521"/>
        <source>Treasurer</source>
        <translation>Trésorier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="522"/>
        <source>No ledger is open.</source>
        <translation>Aucun registre n&apos;est ouvert.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="558"/>
        <source>Treasurer — {name} (demo)</source>
        <translation>Trésorier — {name} (démo)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="558"/>
        <source>Treasurer — {name}</source>
        <translation>Trésorier — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="592"/>
        <source>1 donation</source>
        <translation>1 don</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="592"/>
        <source>{n} donations</source>
        <translation>{n} dons</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="593"/>
        <source>1 donor</source>
        <translation>1 donateur</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="593"/>
        <source>{n} donors</source>
        <translation>{n} donateurs</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="594"/>
        <source>total {amount}</source>
        <translation>total {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="607"/>
        <source>Some donations cannot be read: {}</source>
        <translation>Certains dons sont illisibles : {}</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/donors_page.py" line="115"/>
        <source>Merge another donor into this one</source>
        <translation>Fusionner un autre donateur dans celui-ci</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="130"/>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="135"/>
        <source>The other record of the same person:</source>
        <translation>L&apos;autre fiche de la même personne :</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="157"/>
        <source>{other} (#{other_id}) becomes part of {keep} (#{keep_id}).</source>
        <translation>{other} (n° {other_id}) rejoint {keep} (n° {keep_id}).</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="165"/>
        <source>Donations moved: {n}</source>
        <translation>Dons déplacés : {n}</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="167"/>
        <source>Totals after the merge:</source>
        <translation>Totaux après la fusion :</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="177"/>
        <source>Flags the merge would raise:</source>
        <translation>Alertes que la fusion lèverait :</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="180"/>
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
        <location filename="../../ui/office_menu.py" line="80"/>
        <source>Bundle {n} written to {path}: {donations} donations and refunds.</source>
        <translation>Lot {n} écrit dans {path} : {donations} dons et remboursements.</translation>
    </message>
    <message>
        <location filename="../../ui/office_menu.py" line="89"/>
        <source>Writing the bundle…</source>
        <translation>Écriture du lot…</translation>
    </message>
    <message>
        <location filename="../../ui/office_menu.py" line="96"/>
        <source>Headquarters&apos; acknowledgement</source>
        <translation>Accusé de réception du siège</translation>
    </message>
    <message>
        <location filename="../../ui/office_menu.py" line="102"/>
        <source>The acknowledgement was recorded.</source>
        <translation>L’accusé de réception est enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/office_menu.py" line="111"/>
        <source>A field office&apos;s bundle</source>
        <translation>Le lot d’une antenne</translation>
    </message>
    <message>
        <location filename="../../ui/office_menu.py" line="115"/>
        <source>The bundle&apos;s passphrase:</source>
        <translation>La phrase secrète du lot :</translation>
    </message>
    <message>
        <location filename="../../ui/office_menu.py" line="124"/>
        <source>Imported from {office}: {donations} donations, {refunds} refunds, {donors} new donors; {flags} flags raised by the rules.</source>
        <translation>Importé de {office} : {donations} dons, {refunds} remboursements, {donors} nouveaux donateurs ; {flags} alertes levées par les règles.</translation>
    </message>
    <message>
        <location filename="../../ui/office_menu.py" line="140"/>
        <source>Checking and importing the bundle…</source>
        <translation>Vérification et import du lot…</translation>
    </message>
    <message>
        <location filename="../../ui/office_menu.py" line="149"/>
        <source>Write an acknowledgement</source>
        <translation>Écrire un accusé de réception</translation>
    </message>
    <message>
        <location filename="../../ui/office_menu.py" line="159"/>
        <source>Acknowledgement written to {path}.</source>
        <translation>Accusé de réception écrit dans {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/office_menu.py" line="169"/>
        <source>New field office</source>
        <translation>Nouvelle antenne</translation>
    </message>
    <message>
        <location filename="../../ui/office_menu.py" line="169"/>
        <source>The office&apos;s accounting unit:</source>
        <translation>L’unité comptable de l’antenne :</translation>
    </message>
    <message>
        <location filename="../../ui/office_menu.py" line="175"/>
        <source>Setup file</source>
        <translation>Fichier de configuration</translation>
    </message>
    <message>
        <location filename="../../ui/office_menu.py" line="186"/>
        <source>Setup file written to {path}: on the office&apos;s laptop, run &apos;treasurer office init --setup&apos; with it.</source>
        <translation>Fichier de configuration écrit dans {path} : sur l’ordinateur de l’antenne, lancez « treasurer office init --setup » avec ce fichier.</translation>
    </message>
    <message>
        <location filename="../../ui/office_menu.py" line="199"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../ui/office_menu.py" line="206"/>
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
        <location filename="../../ui/import_wizard.py" line="355"/>
        <source>What the import would do</source>
        <translation>Ce que ferait l&apos;import</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="358"/>
        <source>Nothing is written yet. Bad rows are skipped; fix them in the file and import it again later.</source>
        <translation>Rien n&apos;est encore écrit. Les lignes erronées seront ignorées ; corrigez-les dans le fichier et réimportez-le plus tard.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="365"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="365"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="365"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="365"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="373"/>
        <source>Same person?</source>
        <translation>Même personne ?</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="374"/>
        <source>Name in the file</source>
        <translation>Nom dans le fichier</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="375"/>
        <source>Donor of the ledger</source>
        <translation>Donateur du registre</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="376"/>
        <source>Likeness</source>
        <translation>Ressemblance</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="384"/>
        <source>Bad rows:</source>
        <translation>Lignes erronées :</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="389"/>
        <source>Names close to a donor of the ledger (tick to merge them after the import):</source>
        <translation>Noms proches d&apos;un donateur du registre (cochez pour les fusionner après l&apos;import) :</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="404"/>
        <source>{rows} rows read with the preset {preset}: {new} new donations, {refunds} refunds, {duplicates} already in the ledger, {bad} bad rows to skip, {donors} new donors.</source>
        <translation>{rows} lignes lues avec le modèle {preset} : {new} nouveaux dons, {refunds} remboursements, {duplicates} déjà dans le registre, {bad} lignes erronées à ignorer, {donors} nouveaux donateurs.</translation>
    </message>
</context>
<context>
    <name>RemedyDialog</name>
    <message>
        <location filename="../../ui/flags_page.py" line="78"/>
        <source>Record a refund</source>
        <translation>Enregistrer un remboursement</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="79"/>
        <source>Record a return</source>
        <translation>Enregistrer une restitution</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="80"/>
        <source>Reattribute part of a donation</source>
        <translation>Réattribuer une partie d&apos;un don</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="81"/>
        <source>Record a permissibility check</source>
        <translation>Enregistrer une vérification d&apos;éligibilité</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="82"/>
        <source>Dismiss the flag</source>
        <translation>Écarter l&apos;alerte</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="108"/>
        <source>name of the person it goes to</source>
        <translation>nom de la personne bénéficiaire</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="110"/>
        <source>The donor may give</source>
        <translation>Le donateur peut donner</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="114"/>
        <source>&amp;Donation:</source>
        <translation>&amp;Don :</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="115"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Montant :</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="116"/>
        <location filename="../../ui/flags_page.py" line="122"/>
        <source>D&amp;ate:</source>
        <translation>D&amp;ate :</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="118"/>
        <source>&amp;To donor:</source>
        <translation>&amp;Au donateur :</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="120"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="123"/>
        <source>&amp;How:</source>
        <translation>&amp;Comment :</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="125"/>
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
        <location filename="../../ui/reports_page.py" line="163"/>
        <source>choose a period</source>
        <translation>choisissez une période</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="184"/>
        <source>Cancelled; no file was kept.</source>
        <translation>Annulé ; aucun fichier n&apos;a été gardé.</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="189"/>
        <source>Written: {path} ({rows} rows).</source>
        <translation>Écrit : {path} ({rows} lignes).</translation>
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
        <location filename="../../ui/flags_page.py" line="50"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="51"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="52"/>
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
        <location filename="../../ui/errors.py" line="25"/>
        <source>Treasurer</source>
        <translation>Trésorier</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="31"/>
        <source>Treasurer cannot use the ledger.</source>
        <translation>Trésorier ne peut pas utiliser le registre.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="37"/>
        <source>Something went wrong inside Treasurer. This is a bug.</source>
        <translation>Un problème est survenu dans Trésorier. C&apos;est un bogue.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="42"/>
        <source>Please report it, with the details below.</source>
        <translation>Merci de le signaler, avec les détails ci-dessous.</translation>
    </message>
</context>
</TS>
