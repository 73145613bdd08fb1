<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_MA">
<context>
    <name>ColumnsPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="109"/>
        <source>Which column is which?</source>
        <translation>أي عمود لأي حقل؟</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="112"/>
        <source>As the preset reads the file. Change a column if it is wrong; save the mapping to use it again for files like this one.</source>
        <translation>كما يقرأ النموذج الملف. غيّر العمود إن كان خاطئًا، واحفظ المطابقة لاستعمالها مع ملفات مماثلة.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="121"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="121"/>
        <source>Column of the file</source>
        <translation>عمود الملف</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="129"/>
        <source>a name for this mapping</source>
        <translation>اسم لهذه المطابقة</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="130"/>
        <source>&amp;Save the mapping</source>
        <translation>&amp;حفظ المطابقة</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="142"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="143"/>
        <source>Donor (full name)</source>
        <translation>المتبرع (الاسم الكامل)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="144"/>
        <source>First name</source>
        <translation>الاسم الشخصي</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="145"/>
        <source>Last name</source>
        <translation>الاسم العائلي</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="146"/>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="147"/>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="148"/>
        <source>Payment method</source>
        <translation>طريقة الأداء</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="149"/>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="150"/>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="151"/>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="152"/>
        <source>Postcode</source>
        <translation>الرمز البريدي</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="153"/>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="154"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="155"/>
        <source>Donor kind</source>
        <translation>صفة المتبرع</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="156"/>
        <source>Employer</source>
        <translation>المشغّل</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="157"/>
        <source>Occupation</source>
        <translation>المهنة</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="158"/>
        <source>Accounting unit</source>
        <translation>الوحدة المحاسبية</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="159"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="160"/>
        <source>Processor fee</source>
        <translation>رسوم المعالجة</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="161"/>
        <source>Entry type</source>
        <translation>نوع القيد</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="162"/>
        <source>Refund of (reference)</source>
        <translation>استرداد لـ (المرجع)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="163"/>
        <source>Refund reference</source>
        <translation>مرجع الاسترداد</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="164"/>
        <source>Refund date</source>
        <translation>تاريخ الاسترداد</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="165"/>
        <source>Amount refunded</source>
        <translation>المبلغ المسترد</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="166"/>
        <source>Refund status</source>
        <translation>حالة الاسترداد</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="181"/>
        <source>Not a table of columns (a bank statement reads its own fields).</source>
        <translation>ليس جدول أعمدة (كشف الحساب البنكي يقرأ حقوله بنفسه).</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="223"/>
        <source>Still needed: {fields}.</source>
        <translation>ما زال مطلوبًا: {fields}.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="228"/>
        <source>Read with the preset {preset}.</source>
        <translation>مقروء بالنموذج {preset}.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="244"/>
        <source>Saved as {path}: choose the preset {id} for the next such file.</source>
        <translation>حُفظ في {path}: اختر النموذج {id} للملف المماثل القادم.</translation>
    </message>
</context>
<context>
    <name>CreateDialog</name>
    <message>
        <location filename="../../ui/start_page.py" line="38"/>
        <source>Create a ledger</source>
        <translation>إنشاء سجل</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="55"/>
        <source>Month and day the fiscal year starts, such as 01-01 or 04-06</source>
        <translation>شهر ويوم بداية السنة المالية، مثل 01-01 أو 04-06</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="59"/>
        <source>&amp;Browse…</source>
        <translation>ت&amp;صفح…</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="67"/>
        <source>&amp;Organisation:</source>
        <translation>ال&amp;تنظيم:</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="68"/>
        <source>&amp;Rule profile:</source>
        <translation>&amp;ملف القواعد:</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="69"/>
        <source>&amp;Currency:</source>
        <translation>ال&amp;عملة:</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="70"/>
        <source>&amp;Fiscal year starts:</source>
        <translation>بداية السنة ال&amp;مالية:</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="71"/>
        <source>Ledger &amp;file:</source>
        <translation>&amp;ملف السجل:</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="86"/>
        <source>New ledger file</source>
        <translation>ملف سجل جديد</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="86"/>
        <source>Treasurer ledgers (*.db)</source>
        <translation>سجلات أمين الصندوق (*.db)</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/dashboard_page.py" line="77"/>
        <source>A year, quarter, month or range: 2025, 2025-Q3, 2025-03, 2025-01-01..2025-06-30</source>
        <translation>سنة أو ربع أو شهر أو مدة: 2025، 2025-Q3، 2025-03، 2025-01-01..2025-06-30</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="84"/>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="93"/>
        <source>&amp;Period:</source>
        <translation>ال&amp;فترة:</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="99"/>
        <source>Total raised</source>
        <translation>مجموع المبالغ المحصلة</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="100"/>
        <source>Donations</source>
        <translation>التبرعات</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="101"/>
        <source>Donors</source>
        <translation>المتبرعون</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="102"/>
        <source>From small donations</source>
        <translation>من التبرعات الصغيرة</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="103"/>
        <source>Open flags</source>
        <translation>تنبيهات مفتوحة</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="112"/>
        <source>Deadline</source>
        <translation>الأجل</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="112"/>
        <source>Days left</source>
        <translation>الأيام المتبقية</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="112"/>
        <source>Donor</source>
        <translation>المتبرع</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="112"/>
        <source>What to do</source>
        <translation>المطلوب</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="117"/>
        <source>Deadlines in the next 30 days</source>
        <translation>الآجال خلال 30 يوماً القادمة</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="124"/>
        <source>Donations over time (net, by month)</source>
        <translation>التبرعات عبر الزمن (صافية، حسب الشهر)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="126"/>
        <source>Donors by size of their total</source>
        <translation>المتبرعون حسب حجم مجموعهم</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="187"/>
        <source>{period}: {start} to {end}</source>
        <translation>{period}: من {start} إلى {end}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="194"/>
        <source>net of refunds and returns</source>
        <translation>صافية بعد الاسترداد والإرجاع</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="200"/>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="203"/>
        <source>donations of {amount} or less</source>
        <translation>تبرعات بمبلغ {amount} أو أقل</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="209"/>
        <source>the profile sets no threshold</source>
        <translation>الملف لا يحدد أي عتبة</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="213"/>
        <source>{errors} errors · {warnings} warnings · {info} to know</source>
        <translation>{errors} أخطاء · {warnings} تحذيرات · {info} للعلم</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="225"/>
        <source>No donations in this period</source>
        <translation>لا توجد تبرعات في هذه الفترة</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="230"/>
        <source>all</source>
        <translation>الكل</translation>
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
        <translation>لا يوجد متبرعون في هذه الفترة</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="263"/>
        <source>overdue by {n}</source>
        <translation>متأخر بـ {n}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="280"/>
        <source>Nothing is due in the next 30 days.</source>
        <translation>لا شيء مستحق خلال 30 يوماً القادمة.</translation>
    </message>
</context>
<context>
    <name>DonationsModel</name>
    <message>
        <location filename="../../ui/donations_model.py" line="110"/>
        <source>Cash</source>
        <extracomment>The columns the services can sort on, and their sort keys there.</extracomment>
        <translation>نقداً</translation>
    </message>
    <message>
        <location filename="../../ui/donations_model.py" line="111"/>
        <source>Cheque</source>
        <translation>شيك</translation>
    </message>
    <message>
        <location filename="../../ui/donations_model.py" line="112"/>
        <source>Card</source>
        <translation>بطاقة</translation>
    </message>
    <message>
        <location filename="../../ui/donations_model.py" line="113"/>
        <source>Transfer</source>
        <translation>تحويل</translation>
    </message>
    <message>
        <location filename="../../ui/donations_model.py" line="114"/>
        <source>Online</source>
        <translation>عبر الإنترنت</translation>
    </message>
    <message>
        <location filename="../../ui/donations_model.py" line="115"/>
        <source>In kind</source>
        <translation>عيني</translation>
    </message>
    <message>
        <location filename="../../ui/donations_model.py" line="118"/>
        <source>refund</source>
        <translation>استرداد</translation>
    </message>
    <message>
        <location filename="../../ui/donations_model.py" line="119"/>
        <source>return</source>
        <translation>إرجاع</translation>
    </message>
    <message>
        <location filename="../../ui/donations_model.py" line="190"/>
        <source>This column cannot be sorted</source>
        <translation>لا يمكن ترتيب هذا العمود</translation>
    </message>
    <message>
        <location filename="../../ui/donations_model.py" line="283"/>
        <source>(cannot be read)</source>
        <translation>(تتعذر قراءته)</translation>
    </message>
    <message>
        <location filename="../../ui/donations_model.py" line="322"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/donations_model.py" line="324"/>
        <source>Donor</source>
        <translation>المتبرع</translation>
    </message>
    <message>
        <location filename="../../ui/donations_model.py" line="326"/>
        <source>Amount ({currency})</source>
        <translation>المبلغ ({currency})</translation>
    </message>
    <message>
        <location filename="../../ui/donations_model.py" line="328"/>
        <source>Method</source>
        <translation>طريقة الأداء</translation>
    </message>
    <message>
        <location filename="../../ui/donations_model.py" line="330"/>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <location filename="../../ui/donations_model.py" line="332"/>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
</context>
<context>
    <name>DonationsPage</name>
    <message>
        <location filename="../../ui/donations_page.py" line="70"/>
        <source>all dates</source>
        <translation>كل التواريخ</translation>
    </message>
    <message>
        <location filename="../../ui/donations_page.py" line="73"/>
        <source>A year, quarter, month or range: 2025, 2025-Q3, 2025-03, 2025-01-01..2025-06-30</source>
        <translation>سنة أو ربع أو شهر أو مدة: 2025، 2025-Q3، 2025-03، 2025-01-01..2025-06-30</translation>
    </message>
    <message>
        <location filename="../../ui/donations_page.py" line="78"/>
        <source>any donor</source>
        <translation>أي متبرع</translation>
    </message>
    <message>
        <location filename="../../ui/donations_page.py" line="80"/>
        <source>any method</source>
        <translation>أي طريقة</translation>
    </message>
    <message>
        <location filename="../../ui/donations_page.py" line="84"/>
        <source>&amp;Flagged only</source>
        <translation>ال&amp;منبه عليها فقط</translation>
    </message>
    <message>
        <location filename="../../ui/donations_page.py" line="87"/>
        <source>Search names, references, notes (Ctrl+F)</source>
        <translation>البحث في الأسماء والمراجع والملاحظات (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/donations_page.py" line="89"/>
        <source>Clear filters</source>
        <translation>مسح المرشحات</translation>
    </message>
    <message>
        <location filename="../../ui/donations_page.py" line="97"/>
        <source>&amp;Dates:</source>
        <translation>ال&amp;تواريخ:</translation>
    </message>
    <message>
        <location filename="../../ui/donations_page.py" line="98"/>
        <source>D&amp;onor:</source>
        <translation>ال&amp;متبرع:</translation>
    </message>
    <message>
        <location filename="../../ui/donations_page.py" line="99"/>
        <source>&amp;Method:</source>
        <translation>&amp;طريقة الأداء:</translation>
    </message>
    <message>
        <location filename="../../ui/donations_page.py" line="100"/>
        <source>&amp;Unit:</source>
        <translation>ال&amp;وحدة:</translation>
    </message>
    <message>
        <location filename="../../ui/donations_page.py" line="162"/>
        <source>any unit</source>
        <translation>أي وحدة</translation>
    </message>
    <message>
        <location filename="../../ui/donations_page.py" line="163"/>
        <source>headquarters (no unit)</source>
        <translation>المقر (بدون وحدة)</translation>
    </message>
    <message>
        <location filename="../../ui/donations_page.py" line="244"/>
        <source>{n} shown</source>
        <translation>{n} معروضة</translation>
    </message>
</context>
<context>
    <name>DonorKind</name>
    <message>
        <location filename="../../ui/entry.py" line="51"/>
        <source>Individual</source>
        <translation>شخص ذاتي</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="52"/>
        <source>Company</source>
        <translation>شركة</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="53"/>
        <source>Trade union</source>
        <translation>نقابة</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="54"/>
        <source>Association</source>
        <translation>جمعية</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="55"/>
        <source>Political party</source>
        <translation>حزب سياسي</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="56"/>
        <source>Public body</source>
        <translation>هيئة عمومية</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="57"/>
        <source>Foreign</source>
        <translation>أجنبي</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="58"/>
        <source>Anonymous</source>
        <translation>مجهول</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="59"/>
        <source>Other</source>
        <translation>آخر</translation>
    </message>
</context>
<context>
    <name>DonorSearch</name>
    <message>
        <location filename="../../ui/donors_page.py" line="69"/>
        <source>Find a donor by name or e-mail</source>
        <translation>ابحث عن متبرع بالاسم أو البريد الإلكتروني</translation>
    </message>
</context>
<context>
    <name>DonorsPage</name>
    <message>
        <location filename="../../ui/donors_page.py" line="235"/>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="235"/>
        <source>Net total</source>
        <translation>المجموع الصافي</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="235"/>
        <source>Entries</source>
        <translation>القيود</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="242"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="243"/>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="244"/>
        <source>Method</source>
        <translation>طريقة الأداء</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="245"/>
        <source>Entry</source>
        <translation>القيد</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="246"/>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="247"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="254"/>
        <source>Severity</source>
        <translation>الخطورة</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="254"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="254"/>
        <location filename="../../ui/donors_page.py" line="260"/>
        <source>What</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="260"/>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="260"/>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="260"/>
        <source>Change</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="263"/>
        <location filename="../../ui/donors_page.py" line="398"/>
        <source>History (audit trail):</source>
        <translation>السجل (مسار التدقيق):</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="265"/>
        <source>&amp;Merge another donor into this one…</source>
        <translation>&amp;دمج متبرع آخر في هذا المتبرع…</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="279"/>
        <source>Totals per year:</source>
        <translation>المجاميع حسب السنة:</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="282"/>
        <source>Donations, refunds and returns:</source>
        <translation>التبرعات والاستردادات والإرجاعات:</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="284"/>
        <source>Flags:</source>
        <translation>التنبيهات:</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="330"/>
        <source>Also recorded as: {names}</source>
        <translation>مسجل أيضاً باسم: {names}</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="333"/>
        <source>Merged into donor #{id}</source>
        <translation>مدمج في المتبرع رقم {id}</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="349"/>
        <source>donation</source>
        <translation>تبرع</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="350"/>
        <source>refund</source>
        <translation>استرداد</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="351"/>
        <source>return</source>
        <translation>إرجاع</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="367"/>
        <source>Double-click: this entry&apos;s history</source>
        <translation>نقر مزدوج: سجل هذا القيد</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="375"/>
        <source>Open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="375"/>
        <source>Dismissed</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="395"/>
        <source>History of entry #{id} (audit trail):</source>
        <translation>سجل القيد رقم {id} (مسار التدقيق):</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="443"/>
        <source>Merge donor #{other} into #{keep}</source>
        <translation>دمج المتبرع رقم {other} في رقم {keep}</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="451"/>
        <source>Merged: {n} donations moved.</source>
        <translation>تم الدمج: نُقل {n} تبرعات.</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="463"/>
        <source>No donor chosen</source>
        <translation>لم يتم اختيار أي متبرع</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="464"/>
        <source>Type a name on the left to find a donor.</source>
        <translation>اكتب اسماً في الجانب للبحث عن متبرع.</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../../ui/entry.py" line="81"/>
        <source>New donation</source>
        <translation>تبرع جديد</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="103"/>
        <source>Type a name or an e-mail; a new name is a new donor</source>
        <translation>اكتب اسماً أو بريداً إلكترونياً؛ الاسم الجديد متبرع جديد</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="122"/>
        <source>headquarters (no unit)</source>
        <translation>المقر (بدون وحدة)</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="126"/>
        <source>cheque number, bank reference…</source>
        <translation>رقم الشيك، المرجع البنكي…</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="130"/>
        <source>&amp;Date:</source>
        <translation>ال&amp;تاريخ:</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="131"/>
        <source>D&amp;onor:</source>
        <translation>ال&amp;متبرع:</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="132"/>
        <source>&amp;Amount:</source>
        <translation>ال&amp;مبلغ:</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="133"/>
        <source>&amp;Method:</source>
        <translation>&amp;طريقة الأداء:</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="134"/>
        <source>&amp;Unit:</source>
        <translation>ال&amp;وحدة:</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="135"/>
        <source>&amp;Reference:</source>
        <translation>ال&amp;مرجع:</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="136"/>
        <source>N&amp;otes:</source>
        <translation>م&amp;لاحظات:</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="138"/>
        <source>New donor&apos;s details</source>
        <translation>بيانات المتبرع الجديد</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="149"/>
        <source>FR, MA, GB…</source>
        <translation>MA، FR، GB…</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="151"/>
        <source>&amp;Kind:</source>
        <translation>ال&amp;صفة:</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="152"/>
        <source>&amp;E-mail:</source>
        <translation>البريد الإ&amp;لكتروني:</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="153"/>
        <source>Add&amp;ress:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="154"/>
        <source>&amp;Postcode:</source>
        <translation>الر&amp;مز البريدي:</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="155"/>
        <source>&amp;City:</source>
        <translation>ال&amp;مدينة:</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="156"/>
        <source>Cou&amp;ntry:</source>
        <translation>ال&amp;بلد:</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="169"/>
        <source>Save and &amp;next (Ctrl+Enter)</source>
        <translation>حفظ و&amp;التالي (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="171"/>
        <source>&amp;Save and close</source>
        <translation>&amp;حفظ وإغلاق</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="188"/>
        <source>Before saving:</source>
        <translation>قبل الحفظ:</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="236"/>
        <source>(also {alias})</source>
        <translation>(أيضاً {alias})</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="301"/>
        <source>Type the donor and the amount to see the donor&apos;s total and the rules&apos; verdict.</source>
        <translation>اكتب المتبرع والمبلغ لرؤية مجموع المتبرع وحكم القواعد.</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="328"/>
        <source>New donor: {name}</source>
        <translation>متبرع جديد: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="333"/>
        <source>Donor: {name}</source>
        <translation>المتبرع: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="338"/>
        <source>No rule is checked: the profile counts in another currency.</source>
        <translation>لا يتم التحقق من أي قاعدة: الملف يحتسب بعملة أخرى.</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="348"/>
        <source>Total in {period}: {before} → {after}, cap {cap}</source>
        <translation>المجموع في {period}: {before} ← {after}، السقف {cap}</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="358"/>
        <source>No rule would flag this donation.</source>
        <translation>لن تنبه أي قاعدة على هذا التبرع.</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="361"/>
        <source>Would raise: {title}</source>
        <translation>سينتج تنبيهاً: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="361"/>
        <source>Still open: {title}</source>
        <translation>لا يزال مفتوحاً: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="411"/>
        <source>Saved: {amount} from {donor}.</source>
        <translation>تم الحفظ: {amount} من {donor}.</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="419"/>
        <source>Flag raised:</source>
        <translation>تنبيه جديد:</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="58"/>
        <source>Which file?</source>
        <translation>أي ملف؟</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="61"/>
        <source>A CSV or spreadsheet export (Stripe, PayPal, HelloAsso, ActBlue…) or a bank statement.</source>
        <translation>ملف CSV أو جدول مصدَّر (Stripe، PayPal، HelloAsso، ActBlue…) أو كشف حساب بنكي.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="67"/>
        <source>&amp;Browse…</source>
        <translation>ت&amp;صفح…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="71"/>
        <source>Detect from the columns</source>
        <translation>التعرف من الأعمدة</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="76"/>
        <source>optional: a mapping file (.toml) of your own</source>
        <translation>اختياري: ملف مطابقة خاص بك (.toml)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="81"/>
        <source>&amp;File:</source>
        <translation>ال&amp;ملف:</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="83"/>
        <source>&amp;Preset:</source>
        <translation>ال&amp;نموذج:</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="84"/>
        <source>&amp;Mapping:</source>
        <translation>ال&amp;مطابقة:</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="92"/>
        <source>Import donations</source>
        <translation>استيراد التبرعات</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="95"/>
        <source>Donation files (*.csv *.xlsx *.xls *.ods *.ofx *.qfx *.xml *.sta);;All files (*)</source>
        <translation>ملفات التبرعات (*.csv *.xlsx *.xls *.ods *.ofx *.qfx *.xml *.sta);;كل الملفات (*)</translation>
    </message>
</context>
<context>
    <name>FlagsPage</name>
    <message>
        <location filename="../../ui/flags_page.py" line="164"/>
        <location filename="../../ui/flags_page.py" line="417"/>
        <source>Open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="165"/>
        <location filename="../../ui/flags_page.py" line="418"/>
        <source>Dismissed</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="166"/>
        <location filename="../../ui/flags_page.py" line="419"/>
        <source>Resolved</source>
        <translation>محلول</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="167"/>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="173"/>
        <source>&amp;Show:</source>
        <translation>&amp;عرض:</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="184"/>
        <source>Severity</source>
        <translation>الخطورة</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="185"/>
        <source>Deadline</source>
        <translation>الأجل</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="186"/>
        <source>Donor</source>
        <translation>المتبرع</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="187"/>
        <source>Rule</source>
        <translation>القاعدة</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="188"/>
        <source>Over by</source>
        <translation>الزيادة</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="189"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="203"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="204"/>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="205"/>
        <source>Method</source>
        <translation>طريقة الأداء</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="206"/>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="207"/>
        <source>Entry</source>
        <translation>القيد</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="214"/>
        <source>Record &amp;refund…</source>
        <translation>تسجيل &amp;استرداد…</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="215"/>
        <source>Record re&amp;turn…</source>
        <translation>تسجيل إ&amp;رجاع…</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="216"/>
        <source>Re&amp;attribute…</source>
        <translation>إعادة ال&amp;نسب…</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="217"/>
        <source>Record &amp;check…</source>
        <translation>تسجيل &amp;تحقق…</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="218"/>
        <source>&amp;Dismiss…</source>
        <translation>&amp;رفض…</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="224"/>
        <source>Show &amp;donor</source>
        <translation>عرض ال&amp;متبرع</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="235"/>
        <source>Contributing donations:</source>
        <translation>التبرعات المعنية:</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="301"/>
        <source>{n} flags</source>
        <translation>{n} تنبيهات</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="359"/>
        <source>name one donor of the ledger to reattribute to</source>
        <translation>حدد متبرعاً واحداً من السجل لإعادة النسب إليه</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="388"/>
        <source>Dismiss flag {id}</source>
        <translation>رفض التنبيه {id}</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="397"/>
        <source>Flag dismissed. Undo with Ctrl+Z.</source>
        <translation>تم رفض التنبيه. للتراجع: Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="407"/>
        <source>Recorded. Flags resolved: {resolved}; raised: {raised}.</source>
        <translation>تم التسجيل. تنبيهات محلولة: {resolved}؛ جديدة: {raised}.</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="437"/>
        <source>No flag is selected.</source>
        <translation>لم يتم اختيار أي تنبيه.</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="440"/>
        <source>Nothing to show: no rule flags anything here.</source>
        <translation>لا شيء للعرض: لا تنبه أي قاعدة على أي شيء هنا.</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="452"/>
        <source>Deadline: {date}</source>
        <translation>الأجل: {date}</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="447"/>
        <source>Importing</source>
        <translation>جارٍ الاستيراد</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="449"/>
        <source>The import is one transaction: cancelled, it leaves the ledger as it was.</source>
        <translation>الاستيراد عملية واحدة: إذا أُلغي يبقى السجل كما كان.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="475"/>
        <source>Imported: {new} donations, {refunds} refunds, {donors} new donors.</source>
        <translation>تم الاستيراد: {new} تبرعات، {refunds} استردادات، {donors} متبرعين جدد.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="478"/>
        <source>Already in the ledger, skipped: {n}.</source>
        <translation>موجودة في السجل وتم تخطيها: {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="479"/>
        <source>Bad rows skipped: {n}.</source>
        <translation>أسطر خاطئة تم تخطيها: {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="480"/>
        <source>Flags raised by the rules: {n}.</source>
        <translation>تنبيهات أنتجتها القواعد: {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="484"/>
        <source>The bad rows were written to {path}.</source>
        <translation>كُتبت الأسطر الخاطئة في {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="488"/>
        <source>Merged as the same person: {names}.</source>
        <translation>دُمجوا كشخص واحد: {names}.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="264"/>
        <source>&amp;Cancel</source>
        <translation>إ&amp;لغاء</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="275"/>
        <source>Reading the file…</source>
        <translation>جارٍ قراءة الملف…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="299"/>
        <source>Recording the donations and checking the rules…</source>
        <translation>تسجيل التبرعات ومراقبة القواعد…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="305"/>
        <source>{done} rows read…</source>
        <translation>قُرئ {done} سطرًا…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="314"/>
        <source>Stopping…</source>
        <translation>جارٍ الإيقاف…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="331"/>
        <source>Cancelled: nothing was imported.</source>
        <translation>أُلغي: لم يُستورد أي شيء.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="500"/>
        <source>Import donations</source>
        <translation>استيراد التبرعات</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="560"/>
        <source>Import {file}</source>
        <translation>استيراد {file}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="210"/>
        <source>there is no ledger file at {path}</source>
        <translation>لا يوجد ملف سجل في {path}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="285"/>
        <source>Add donation of {amount} from {donor}</source>
        <translation>إضافة تبرع بمبلغ {amount} من {donor}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="329"/>
        <source>the ledger&apos;s profile counts in another currency: no rule can be checked</source>
        <translation>ملف السجل يحتسب بعملة أخرى: لا يمكن التحقق من أي قاعدة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="338"/>
        <source>Rules checked: {raised} flags raised, {resolved} resolved.</source>
        <translation>تم التحقق من القواعد: {raised} تنبيهات جديدة، {resolved} محلولة.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="346"/>
        <source>Checking every rule…</source>
        <translation>جارٍ التحقق من كل القواعد…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="395"/>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="396"/>
        <source>Dashboard</source>
        <translation>لوحة القيادة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="397"/>
        <source>Donations</source>
        <translation>التبرعات</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="398"/>
        <source>Donors</source>
        <translation>المتبرعون</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="399"/>
        <source>Flags</source>
        <translation>التنبيهات</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="400"/>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="401"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="406"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="407"/>
        <source>&amp;Open ledger…</source>
        <translation>&amp;فتح سجل…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="411"/>
        <source>&amp;Start screen (new ledger, recent, demo)</source>
        <translation>شاشة ال&amp;بداية (سجل جديد، الأخيرة، تجريبي)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="414"/>
        <source>&amp;Close ledger</source>
        <translation>إ&amp;غلاق السجل</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="419"/>
        <source>&amp;Import donations…</source>
        <translation>ا&amp;ستيراد التبرعات…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="425"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="432"/>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="433"/>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="435"/>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="440"/>
        <source>&amp;New donation…</source>
        <translation>تبرع &amp;جديد…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="444"/>
        <source>&amp;Find donations…</source>
        <translation>&amp;بحث في التبرعات…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="448"/>
        <source>&amp;Check every rule</source>
        <translation>ال&amp;تحقق من كل القواعد</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="452"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="494"/>
        <source>Open ledger</source>
        <translation>فتح سجل</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="496"/>
        <source>Treasurer ledgers (*.db);;All files (*)</source>
        <translation>سجلات أمين الصندوق (*.db);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="521"/>
        <source>Treasurer</source>
        <translation>أمين الصندوق</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="522"/>
        <source>No ledger is open.</source>
        <translation>لا يوجد سجل مفتوح.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="558"/>
        <source>Treasurer — {name} (demo)</source>
        <translation>أمين الصندوق — {name} (تجريبي)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="558"/>
        <source>Treasurer — {name}</source>
        <translation>أمين الصندوق — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="592"/>
        <source>1 donation</source>
        <translation>تبرع واحد</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="592"/>
        <source>{n} donations</source>
        <translation>{n} تبرعات</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="593"/>
        <source>1 donor</source>
        <translation>متبرع واحد</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="593"/>
        <source>{n} donors</source>
        <translation>{n} متبرعين</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="594"/>
        <source>total {amount}</source>
        <translation>المجموع {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="607"/>
        <source>Some donations cannot be read: {}</source>
        <translation>تتعذر قراءة بعض التبرعات: {}</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/donors_page.py" line="115"/>
        <source>Merge another donor into this one</source>
        <translation>دمج متبرع آخر في هذا المتبرع</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="130"/>
        <source>&amp;Merge</source>
        <translation>&amp;دمج</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="135"/>
        <source>The other record of the same person:</source>
        <translation>السجل الآخر للشخص نفسه:</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="157"/>
        <source>{other} (#{other_id}) becomes part of {keep} (#{keep_id}).</source>
        <translation>{other} (رقم {other_id}) يصبح جزءاً من {keep} (رقم {keep_id}).</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="165"/>
        <source>Donations moved: {n}</source>
        <translation>التبرعات المنقولة: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="167"/>
        <source>Totals after the merge:</source>
        <translation>المجاميع بعد الدمج:</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="177"/>
        <source>Flags the merge would raise:</source>
        <translation>التنبيهات التي سينتجها الدمج:</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="180"/>
        <source>The merge raises no new flag.</source>
        <translation>لا ينتج الدمج أي تنبيه جديد.</translation>
    </message>
</context>
<context>
    <name>OfficeMenu</name>
    <message>
        <location filename="../../ui/office_menu.py" line="42"/>
        <source>Field &amp;offices</source>
        <translation>المكاتب ال&amp;ميدانية</translation>
    </message>
    <message>
        <location filename="../../ui/office_menu.py" line="43"/>
        <source>&amp;Export a bundle for headquarters…</source>
        <translation>&amp;تصدير حزمة إلى المقر…</translation>
    </message>
    <message>
        <location filename="../../ui/office_menu.py" line="45"/>
        <source>&amp;Read headquarters&apos; acknowledgement…</source>
        <translation>&amp;قراءة إشعار استلام المقر…</translation>
    </message>
    <message>
        <location filename="../../ui/office_menu.py" line="49"/>
        <source>&amp;Import a field office&apos;s bundle…</source>
        <translation>&amp;استيراد حزمة مكتب ميداني…</translation>
    </message>
    <message>
        <location filename="../../ui/office_menu.py" line="51"/>
        <source>&amp;Write an acknowledgement for the offices…</source>
        <translation>&amp;كتابة إشعار استلام للمكاتب…</translation>
    </message>
    <message>
        <location filename="../../ui/office_menu.py" line="53"/>
        <source>Make a &amp;setup file for a new office…</source>
        <translation>إنشاء ملف &amp;إعداد لمكتب جديد…</translation>
    </message>
    <message>
        <location filename="../../ui/office_menu.py" line="69"/>
        <source>Export a bundle</source>
        <translation>تصدير حزمة</translation>
    </message>
    <message>
        <location filename="../../ui/office_menu.py" line="75"/>
        <source>A passphrase to encrypt the bundle (leave empty for none):</source>
        <translation>عبارة مرور لتشفير الحزمة (اتركها فارغة لعدم التشفير):</translation>
    </message>
    <message>
        <location filename="../../ui/office_menu.py" line="80"/>
        <source>Bundle {n} written to {path}: {donations} donations and refunds.</source>
        <translation>كُتبت الحزمة {n} في {path}: {donations} تبرعات واستردادات.</translation>
    </message>
    <message>
        <location filename="../../ui/office_menu.py" line="89"/>
        <source>Writing the bundle…</source>
        <translation>جارٍ كتابة الحزمة…</translation>
    </message>
    <message>
        <location filename="../../ui/office_menu.py" line="96"/>
        <source>Headquarters&apos; acknowledgement</source>
        <translation>إشعار استلام المقر</translation>
    </message>
    <message>
        <location filename="../../ui/office_menu.py" line="102"/>
        <source>The acknowledgement was recorded.</source>
        <translation>سُجّل إشعار الاستلام.</translation>
    </message>
    <message>
        <location filename="../../ui/office_menu.py" line="111"/>
        <source>A field office&apos;s bundle</source>
        <translation>حزمة مكتب ميداني</translation>
    </message>
    <message>
        <location filename="../../ui/office_menu.py" line="115"/>
        <source>The bundle&apos;s passphrase:</source>
        <translation>عبارة مرور الحزمة:</translation>
    </message>
    <message>
        <location filename="../../ui/office_menu.py" line="124"/>
        <source>Imported from {office}: {donations} donations, {refunds} refunds, {donors} new donors; {flags} flags raised by the rules.</source>
        <translation>استُورد من {office}: {donations} تبرعات، {refunds} استردادات، {donors} متبرعون جدد؛ {flags} تنبيهات من القواعد.</translation>
    </message>
    <message>
        <location filename="../../ui/office_menu.py" line="140"/>
        <source>Checking and importing the bundle…</source>
        <translation>جارٍ فحص الحزمة واستيرادها…</translation>
    </message>
    <message>
        <location filename="../../ui/office_menu.py" line="149"/>
        <source>Write an acknowledgement</source>
        <translation>كتابة إشعار استلام</translation>
    </message>
    <message>
        <location filename="../../ui/office_menu.py" line="159"/>
        <source>Acknowledgement written to {path}.</source>
        <translation>كُتب إشعار الاستلام في {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/office_menu.py" line="169"/>
        <source>New field office</source>
        <translation>مكتب ميداني جديد</translation>
    </message>
    <message>
        <location filename="../../ui/office_menu.py" line="169"/>
        <source>The office&apos;s accounting unit:</source>
        <translation>الوحدة المحاسبية للمكتب:</translation>
    </message>
    <message>
        <location filename="../../ui/office_menu.py" line="175"/>
        <source>Setup file</source>
        <translation>ملف الإعداد</translation>
    </message>
    <message>
        <location filename="../../ui/office_menu.py" line="186"/>
        <source>Setup file written to {path}: on the office&apos;s laptop, run &apos;treasurer office init --setup&apos; with it.</source>
        <translation>كُتب ملف الإعداد في {path}: على حاسوب المكتب، شغّل ‎treasurer office init --setup‎ به.</translation>
    </message>
    <message>
        <location filename="../../ui/office_menu.py" line="199"/>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../ui/office_menu.py" line="206"/>
        <source>Field offices</source>
        <translation>المكاتب الميدانية</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <location filename="../../ui/ops.py" line="100"/>
        <source>Cancel</source>
        <extracomment>Operations still running: kept alive until they report back.</extracomment>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../ui/ops.py" line="102"/>
        <source>Treasurer</source>
        <translation>أمين الصندوق</translation>
    </message>
</context>
<context>
    <name>PaymentMethod</name>
    <message>
        <location filename="../../ui/donations_page.py" line="45"/>
        <source>Cash</source>
        <extracomment>Column widths at first, in average character widths; the last column stretches.</extracomment>
        <translation>نقداً</translation>
    </message>
    <message>
        <location filename="../../ui/donations_page.py" line="46"/>
        <source>Cheque</source>
        <translation>شيك</translation>
    </message>
    <message>
        <location filename="../../ui/donations_page.py" line="47"/>
        <source>Card</source>
        <translation>بطاقة</translation>
    </message>
    <message>
        <location filename="../../ui/donations_page.py" line="48"/>
        <source>Transfer</source>
        <translation>تحويل</translation>
    </message>
    <message>
        <location filename="../../ui/donations_page.py" line="49"/>
        <source>Online</source>
        <translation>عبر الإنترنت</translation>
    </message>
    <message>
        <location filename="../../ui/donations_page.py" line="50"/>
        <source>In kind</source>
        <translation>عيني</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="355"/>
        <source>What the import would do</source>
        <translation>ما سيفعله الاستيراد</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="358"/>
        <source>Nothing is written yet. Bad rows are skipped; fix them in the file and import it again later.</source>
        <translation>لم يُكتب شيء بعد. ستُتخطى الأسطر الخاطئة؛ صححها في الملف واستورده لاحقاً من جديد.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="365"/>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="365"/>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="365"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="365"/>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="373"/>
        <source>Same person?</source>
        <translation>الشخص نفسه؟</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="374"/>
        <source>Name in the file</source>
        <translation>الاسم في الملف</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="375"/>
        <source>Donor of the ledger</source>
        <translation>متبرع السجل</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="376"/>
        <source>Likeness</source>
        <translation>التشابه</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="384"/>
        <source>Bad rows:</source>
        <translation>الأسطر الخاطئة:</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="389"/>
        <source>Names close to a donor of the ledger (tick to merge them after the import):</source>
        <translation>أسماء قريبة من متبرع في السجل (ضع علامة لدمجها بعد الاستيراد):</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="404"/>
        <source>{rows} rows read with the preset {preset}: {new} new donations, {refunds} refunds, {duplicates} already in the ledger, {bad} bad rows to skip, {donors} new donors.</source>
        <translation>{rows} أسطر مقروءة بالنموذج {preset}: {new} تبرعات جديدة، {refunds} استردادات، {duplicates} موجودة في السجل، {bad} أسطر خاطئة ستُتخطى، {donors} متبرعين جدد.</translation>
    </message>
</context>
<context>
    <name>RemedyDialog</name>
    <message>
        <location filename="../../ui/flags_page.py" line="78"/>
        <source>Record a refund</source>
        <translation>تسجيل استرداد</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="79"/>
        <source>Record a return</source>
        <translation>تسجيل إرجاع</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="80"/>
        <source>Reattribute part of a donation</source>
        <translation>إعادة نسب جزء من تبرع</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="81"/>
        <source>Record a permissibility check</source>
        <translation>تسجيل التحقق من الأهلية</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="82"/>
        <source>Dismiss the flag</source>
        <translation>رفض التنبيه</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="108"/>
        <source>name of the person it goes to</source>
        <translation>اسم الشخص المنسوب إليه</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="110"/>
        <source>The donor may give</source>
        <translation>يحق للمتبرع التبرع</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="114"/>
        <source>&amp;Donation:</source>
        <translation>ال&amp;تبرع:</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="115"/>
        <source>&amp;Amount:</source>
        <translation>ال&amp;مبلغ:</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="116"/>
        <location filename="../../ui/flags_page.py" line="122"/>
        <source>D&amp;ate:</source>
        <translation>ال&amp;تاريخ:</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="118"/>
        <source>&amp;To donor:</source>
        <translation>إ&amp;لى المتبرع:</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="120"/>
        <source>&amp;Reason:</source>
        <translation>ال&amp;سبب:</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="123"/>
        <source>&amp;How:</source>
        <translation>ال&amp;كيفية:</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="125"/>
        <source>&amp;Evidence:</source>
        <translation>ال&amp;دليل:</translation>
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
        <translation>مصنف Excel ‏(XLSX)</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="64"/>
        <source>&amp;Browse…</source>
        <translation>ت&amp;صفح…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="69"/>
        <source>&amp;Generate</source>
        <translation>إ&amp;نشاء</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="75"/>
        <source>Open the &amp;file</source>
        <translation>فتح ال&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="76"/>
        <source>Open the f&amp;older</source>
        <translation>فتح ال&amp;مجلد</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="83"/>
        <source>&amp;Report:</source>
        <translation>ال&amp;تقرير:</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="84"/>
        <source>&amp;Period:</source>
        <translation>ال&amp;فترة:</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="85"/>
        <source>&amp;Unit:</source>
        <translation>ال&amp;وحدة:</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="86"/>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="87"/>
        <source>For&amp;mat:</source>
        <translation>ال&amp;صيغة:</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="88"/>
        <source>&amp;Save in:</source>
        <translation>ال&amp;حفظ في:</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="111"/>
        <source>all units</source>
        <translation>كل الوحدات</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="157"/>
        <source>Writing {name}…</source>
        <translation>جارٍ كتابة {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="163"/>
        <source>choose a period</source>
        <translation>اختر فترة</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="184"/>
        <source>Cancelled; no file was kept.</source>
        <translation>أُلغي؛ لم يُحتفظ بأي ملف.</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="189"/>
        <source>Written: {path} ({rows} rows).</source>
        <translation>تمت الكتابة: {path} ({rows} أسطر).</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="201"/>
        <source>The report was not written.</source>
        <translation>لم تتم كتابة التقرير.</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="207"/>
        <source>Writing the report…</source>
        <translation>جارٍ كتابة التقرير…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="219"/>
        <source>Save reports in</source>
        <translation>حفظ التقارير في</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/settings_page.py" line="48"/>
        <source>&amp;Apply language</source>
        <translation>&amp;تطبيق اللغة</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="50"/>
        <source>This computer</source>
        <translation>هذا الحاسوب</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="55"/>
        <source>&amp;Language of the window:</source>
        <translation>&amp;لغة النافذة:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="60"/>
        <source>Numbers and dates follow the language; Arabic turns the window right to left.</source>
        <translation>الأرقام والتواريخ تتبع اللغة؛ العربية تجعل النافذة من اليمين إلى اليسار.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="72"/>
        <source>election days, e.g. 2026-09-08, 2027-06-13</source>
        <translation>أيام الانتخابات، مثلاً 2026-09-08، 2027-06-13</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="74"/>
        <source>the name written in the audit log</source>
        <translation>الاسم المكتوب في سجل التدقيق</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="75"/>
        <source>&amp;Save the ledger&apos;s settings</source>
        <translation>&amp;حفظ إعدادات السجل</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="80"/>
        <source>This ledger</source>
        <translation>هذا السجل</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="82"/>
        <source>&amp;Organisation:</source>
        <translation>ال&amp;تنظيم:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="83"/>
        <source>Rule profile:</source>
        <translation>ملف القواعد:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="84"/>
        <source>&amp;Variant:</source>
        <translation>ال&amp;صيغة الفرعية:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="85"/>
        <source>&amp;Elections:</source>
        <translation>الا&amp;نتخابات:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="86"/>
        <source>&amp;Your name:</source>
        <translation>ا&amp;سمك:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="118"/>
        <source>{name} ({id}), in {currency}; fiscal year from {start}</source>
        <translation>{name} ({id})، بعملة {currency}؛ السنة المالية تبدأ في {start}</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="125"/>
        <source>the profile&apos;s default</source>
        <translation>الافتراضية في الملف</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="149"/>
        <source>Rename the organisation</source>
        <translation>إعادة تسمية التنظيم</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="169"/>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <location filename="../../ui/flags_page.py" line="50"/>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="51"/>
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="52"/>
        <source>To know</source>
        <translation>للعلم</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../ui/start_page.py" line="116"/>
        <source>Treasurer</source>
        <translation>أمين الصندوق</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="123"/>
        <source>The donation ledger of a political party: every gift checked against the law, and the filings it needs.</source>
        <translation>سجل تبرعات حزب سياسي: كل تبرع يُفحص وفق القانون، مع التصريحات التي يتطلبها.</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="129"/>
        <source>&amp;Create a ledger…</source>
        <translation>إ&amp;نشاء سجل…</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="131"/>
        <source>&amp;Open a ledger file…</source>
        <translation>&amp;فتح ملف سجل…</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="133"/>
        <source>Open the &amp;demo ledger</source>
        <translation>فتح السجل ال&amp;تجريبي</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="142"/>
        <source>You can also drop a ledger file on this window.</source>
        <translation>يمكنك أيضاً إفلات ملف سجل على هذه النافذة.</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="147"/>
        <source>Recent ledgers:</source>
        <translation>السجلات الأخيرة:</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="159"/>
        <source>This file is not there any more.</source>
        <translation>هذا الملف لم يعد موجوداً.</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="186"/>
        <source>Open ledger</source>
        <translation>فتح سجل</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="186"/>
        <source>Treasurer ledgers (*.db);;All files (*)</source>
        <translation>سجلات أمين الصندوق (*.db);;كل الملفات (*)</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ui/errors.py" line="25"/>
        <source>Treasurer</source>
        <translation>أمين الصندوق</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="31"/>
        <source>Treasurer cannot use the ledger.</source>
        <translation>لا يستطيع أمين الصندوق استخدام السجل.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="37"/>
        <source>Something went wrong inside Treasurer. This is a bug.</source>
        <translation>حدث خلل داخل أمين الصندوق. هذا عيب برمجي.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="42"/>
        <source>Please report it, with the details below.</source>
        <translation>يرجى الإبلاغ عنه مع التفاصيل أدناه.</translation>
    </message>
</context>
</TS>
