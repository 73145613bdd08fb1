<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DashboardPage</name>
    <message numerus="yes">
        <location filename="../../ui/dashboard_page.py" line="215"/>
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln error</numerusform>
            <numerusform>%Ln errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard_page.py" line="216"/>
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln warning</numerusform>
            <numerusform>%Ln warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard_page.py" line="217"/>
        <source>%Ln to know</source>
        <translation>
            <numerusform>%Ln to know</numerusform>
            <numerusform>%Ln to know</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DonationsPage</name>
    <message numerus="yes">
        <location filename="../../ui/donations_page.py" line="243"/>
        <source>%Ln shown</source>
        <translation>
            <numerusform>%Ln shown</numerusform>
            <numerusform>%Ln shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DonorsPage</name>
    <message numerus="yes">
        <location filename="../../ui/donors_page.py" line="621"/>
        <source>Merged: %Ln donation(s) moved.</source>
        <translation>
            <numerusform>Merged: %Ln donation moved.</numerusform>
            <numerusform>Merged: %Ln donations moved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlagsPage</name>
    <message numerus="yes">
        <location filename="../../ui/flags_page.py" line="302"/>
        <source>%Ln flag(s)</source>
        <translation>
            <numerusform>%Ln flag</numerusform>
            <numerusform>%Ln flags</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="666"/>
        <source>%Ln donation(s)</source>
        <translation>
            <numerusform>%Ln donation</numerusform>
            <numerusform>%Ln donations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="667"/>
        <source>%Ln refund(s)</source>
        <translation>
            <numerusform>%Ln refund</numerusform>
            <numerusform>%Ln refunds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="668"/>
        <source>%Ln new donor(s)</source>
        <translation>
            <numerusform>%Ln new donor</numerusform>
            <numerusform>%Ln new donors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="791"/>
        <source>%Ln row(s) read…</source>
        <translation>
            <numerusform>%Ln row read…</numerusform>
            <numerusform>%Ln rows read…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="395"/>
        <source>%Ln flag(s) raised</source>
        <translation>
            <numerusform>%Ln flag raised</numerusform>
            <numerusform>%Ln flags raised</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="396"/>
        <source>%Ln resolved</source>
        <translation>
            <numerusform>%Ln resolved</numerusform>
            <numerusform>%Ln resolved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="664"/>
        <source>%Ln donation(s)</source>
        <translation>
            <numerusform>%Ln donation</numerusform>
            <numerusform>%Ln donations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="665"/>
        <source>%Ln donor(s)</source>
        <translation>
            <numerusform>%Ln donor</numerusform>
            <numerusform>%Ln donors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfficeMenu</name>
    <message numerus="yes">
        <location filename="../../ui/office_menu.py" line="84"/>
        <source>%Ln donation(s) and refund(s)</source>
        <translation>
            <numerusform>%Ln donation or refund</numerusform>
            <numerusform>%Ln donations and refunds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/office_menu.py" line="131"/>
        <source>%Ln donation(s)</source>
        <translation>
            <numerusform>%Ln donation</numerusform>
            <numerusform>%Ln donations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/office_menu.py" line="132"/>
        <source>%Ln refund(s)</source>
        <translation>
            <numerusform>%Ln refund</numerusform>
            <numerusform>%Ln refunds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/office_menu.py" line="133"/>
        <source>%Ln new donor(s)</source>
        <translation>
            <numerusform>%Ln new donor</numerusform>
            <numerusform>%Ln new donors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/office_menu.py" line="134"/>
        <source>%Ln flag(s) raised by the rules</source>
        <translation>
            <numerusform>%Ln flag raised by the rules</numerusform>
            <numerusform>%Ln flags raised by the rules</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="586"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="588"/>
        <source>%Ln new donation(s)</source>
        <translation>
            <numerusform>%Ln new donation</numerusform>
            <numerusform>%Ln new donations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="589"/>
        <source>%Ln refund(s)</source>
        <translation>
            <numerusform>%Ln refund</numerusform>
            <numerusform>%Ln refunds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="590"/>
        <source>%Ln already in the ledger</source>
        <translation>
            <numerusform>%Ln already in the ledger</numerusform>
            <numerusform>%Ln already in the ledger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="591"/>
        <source>%Ln bad row(s) to skip</source>
        <translation>
            <numerusform>%Ln bad row to skip</numerusform>
            <numerusform>%Ln bad rows to skip</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="592"/>
        <source>%Ln new donor(s)</source>
        <translation>
            <numerusform>%Ln new donor</numerusform>
            <numerusform>%Ln new donors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message numerus="yes">
        <location filename="../../ui/reports_page.py" line="190"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
</context>
</TS>
