<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_MA">
<context>
    <name></name>
    <message>
        <location filename="../../cli.py" line="597"/>
        <source>--donations must be between 0 and 10,000,000</source>
        <translation>يجب أن تكون قيمة --donations بين 0 و10.000.000</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="600"/>
        <source>--end-date must not be in the future</source>
        <translation>يجب ألا يكون --end-date تاريخًا في المستقبل</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="654"/>
        <source>profile {profile} has no variant {variant!r}</source>
        <translation>الملف {profile} لا يتضمن الصيغة الفرعية {variant!r}</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="771"/>
        <source>say what to override: --exclude-from-aggregate and/or --force-report, or --clear</source>
        <translation>حدد ما يجب استثناؤه: --exclude-from-aggregate و/أو --force-report، أو --clear</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="836"/>
        <source>every row of {file} is bad: nothing would be imported</source>
        <translation>كل أسطر {file} خاطئة: لن يستورد شيء</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="838"/>
        <source>every row of {file} is bad: nothing was imported (the bad rows are in {rejects})</source>
        <translation>كل أسطر {file} خاطئة: لم يستورد شيء (الأسطر الخاطئة في {rejects})</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1153"/>
        <source>give the details to change (--name, --address, --country...)</source>
        <extracomment>The flags an import&apos;s summary shows (the JSON has more; ``treasurer flags`` has all).</extracomment>
        <translation>حدّد البيانات المراد تغييرها (--name، --address، --country...)</translation>
    </message>
    <message>
        <location filename="../../cli_trust.py" line="63"/>
        <source>cannot read {path}: {reason}</source>
        <translation>تتعذر قراءة {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../cli_trust.py" line="67"/>
        <source>{path} holds no passphrase on its first line</source>
        <translation>لا يتضمن {path} عبارة مرور في سطره الأول</translation>
    </message>
    <message>
        <location filename="../../cli_trust.py" line="73"/>
        <source>give the passphrase with --passphrase-file or ${name}</source>
        <translation>أدخل عبارة المرور عبر --passphrase-file أو ${name}</translation>
    </message>
    <message>
        <location filename="../../cli_trust.py" line="191"/>
        <source>the audit check failed: {problem}</source>
        <translation>فشل التحقق من مسار التدقيق: {problem}</translation>
    </message>
    <message>
        <location filename="../../cli_trust.py" line="194"/>
        <source>the audit check failed: {problem} (1 more problem)</source>
        <translation>فشل التحقق من مسار التدقيق: {problem} (ومشكلة أخرى)</translation>
    </message>
    <message>
        <location filename="../../cli_trust.py" line="197"/>
        <source>the audit check failed: {problem} ({more} more problems)</source>
        <translation>فشل التحقق من مسار التدقيق: {problem} (عدد المشكلات الأخرى: {more})</translation>
    </message>
    <message>
        <location filename="../../cli_trust.py" line="362"/>
        <source>a mailing list needs both --consented and --out FILE.csv</source>
        <translation>تتطلب قائمة المراسلات الخيارين --consented و--out FILE.csv معًا</translation>
    </message>
    <message>
        <location filename="../../core/bundle.py" line="61"/>
        <source>{path} is refused: {reason}; nothing was imported</source>
        <extracomment>The manifest&apos;s count of each part.</extracomment>
        <translation>تم رفض {path}: {reason}؛ لم يُستورد أي شيء</translation>
    </message>
    <message>
        <location filename="../../core/bundle.py" line="140"/>
        <source>there is no bundle at {path}</source>
        <translation>لا توجد حزمة في {path}</translation>
    </message>
    <message>
        <location filename="../../core/bundle.py" line="143"/>
        <source>{path} cannot be read ({problem})</source>
        <translation>تتعذر قراءة {path} ({problem})</translation>
    </message>
    <message>
        <location filename="../../core/bundle.py" line="152"/>
        <source>it is not a whole zip file ({problem})</source>
        <translation>الملف ليس ملف zip كاملاً ({problem})</translation>
    </message>
    <message>
        <location filename="../../core/bundle.py" line="156"/>
        <source>the zip file is damaged ({problem})</source>
        <translation>ملف zip تالف ({problem})</translation>
    </message>
    <message>
        <location filename="../../core/bundle.py" line="166"/>
        <source>it has no manifest.json: it is not a Treasurer office bundle</source>
        <translation>لا يتضمن الملف manifest.json: ليس حزمة مكتب ميداني من Treasurer</translation>
    </message>
    <message>
        <location filename="../../core/bundle.py" line="172"/>
        <source>its manifest.json is not valid JSON ({problem})</source>
        <translation>ملف manifest.json فيه ليس JSON صالحاً ({problem})</translation>
    </message>
    <message>
        <location filename="../../core/bundle.py" line="176"/>
        <source>its manifest.json is not the manifest of an office bundle</source>
        <translation>ملف manifest.json فيه ليس بيان حزمة مكتب ميداني</translation>
    </message>
    <message>
        <location filename="../../core/bundle.py" line="180"/>
        <source>its manifest has no format version</source>
        <translation>بيان الملف لا يتضمن رقم إصدار الصيغة</translation>
    </message>
    <message>
        <location filename="../../core/bundle.py" line="185"/>
        <source>it was written by a newer Treasurer (bundle format {version}; this one reads {readable}); update Treasurer at headquarters</source>
        <translation>كُتب الملف بإصدار أحدث من Treasurer (صيغة الحزمة {version}؛ وهذا الإصدار يقرأ الصيغة {readable})؛ حدّث Treasurer في المقر</translation>
    </message>
    <message>
        <location filename="../../core/bundle.py" line="193"/>
        <source>it is encrypted, and this Treasurer cannot decrypt bundles yet</source>
        <translation>الملف مشفّر، وهذا الإصدار من Treasurer لا يستطيع بعدُ فك تشفير الحزم</translation>
    </message>
    <message>
        <location filename="../../core/bundle.py" line="197"/>
        <location filename="../../core/bundle.py" line="202"/>
        <source>its manifest has no {key}</source>
        <translation>بيان الملف لا يتضمن {key}</translation>
    </message>
    <message>
        <location filename="../../core/bundle.py" line="199"/>
        <source>its manifest has no sequence number</source>
        <translation>بيان الملف لا يتضمن رقماً تسلسلياً</translation>
    </message>
    <message>
        <location filename="../../core/bundle.py" line="207"/>
        <source>it holds files a bundle does not have: {names}</source>
        <translation>يتضمن الملف ملفات لا توجد في الحزم: {names}</translation>
    </message>
    <message>
        <location filename="../../core/bundle.py" line="211"/>
        <source>the part {name} is missing</source>
        <translation>الجزء {name} مفقود</translation>
    </message>
    <message>
        <location filename="../../core/bundle.py" line="219"/>
        <source>the part {name} is too large to be a bundle&apos;s</source>
        <translation>الجزء {name} أكبر من أن يكون جزءاً من حزمة</translation>
    </message>
    <message>
        <location filename="../../core/bundle.py" line="226"/>
        <source>the part {name} does not match its SHA-256 in the manifest (altered or damaged)</source>
        <translation>الجزء {name} لا يطابق بصمة SHA-256 الخاصة به في البيان (معدَّل أو تالف)</translation>
    </message>
    <message>
        <location filename="../../core/bundle.py" line="238"/>
        <source>the part {name} has {lines} lines where the manifest counts {count}</source>
        <translation>الجزء {name} يضم {lines} من الأسطر بينما يذكر البيان {count}</translation>
    </message>
    <message>
        <location filename="../../core/bundle.py" line="250"/>
        <source>not a JSON object</source>
        <translation>ليس كائن JSON</translation>
    </message>
    <message>
        <location filename="../../core/bundle.py" line="257"/>
        <source>line {number} of {name} is not a valid row ({problem})</source>
        <translation>السطر {number} من {name} ليس سطراً صالحاً ({problem})</translation>
    </message>
    <message>
        <location filename="../../core/bundle.py" line="275"/>
        <source>the donations add up to {sums} where the manifest says {expected}</source>
        <translation>مجموع التبرعات {sums} بينما يذكر البيان {expected}</translation>
    </message>
    <message>
        <location filename="../../core/bundle.py" line="284"/>
        <source>{amount} {currency} minor units</source>
        <translation>{amount} وحدة صغرى من {currency}</translation>
    </message>
    <message>
        <location filename="../../core/bundle.py" line="288"/>
        <source>nothing</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location filename="../../core/bundle.py" line="289"/>
        <source>{first}, {second}</source>
        <translation>{first}، {second}</translation>
    </message>
    <message>
        <location filename="../../core/bundle.py" line="302"/>
        <source>donor {uuid} is merged into a donor not in the bundle</source>
        <translation>المتبرع {uuid} مدمج في متبرع غير موجود في الحزمة</translation>
    </message>
    <message>
        <location filename="../../core/bundle.py" line="307"/>
        <source>donation {uuid} names a donor not in the bundle</source>
        <translation>التبرع {uuid} يشير إلى متبرع غير موجود في الحزمة</translation>
    </message>
    <message>
        <location filename="../../core/bundle.py" line="312"/>
        <source>refund {uuid} gives back a donation not in the bundle</source>
        <translation>الاسترداد {uuid} يردّ تبرعاً غير موجود في الحزمة</translation>
    </message>
    <message>
        <location filename="../../core/bundle.py" line="319"/>
        <source>check {uuid} names a row not in the bundle</source>
        <translation>التحقق {uuid} يشير إلى سطر غير موجود في الحزمة</translation>
    </message>
    <message>
        <location filename="../../core/bundle.py" line="324"/>
        <source>flag {uuid} names a donor not in the bundle</source>
        <translation>التنبيه {uuid} يشير إلى متبرع غير موجود في الحزمة</translation>
    </message>
    <message>
        <location filename="../../core/bundle.py" line="333"/>
        <source>{uuid} is in {name} twice</source>
        <translation>{uuid} موجود مرتين في {name}</translation>
    </message>
    <message>
        <location filename="../../core/bundle.py" line="357"/>
        <source>{key} is not text</source>
        <translation>{key} ليس نصاً</translation>
    </message>
    <message>
        <location filename="../../core/bundle.py" line="369"/>
        <source>{key} is not a whole number</source>
        <translation>{key} ليس عدداً صحيحاً</translation>
    </message>
    <message>
        <location filename="../../core/bundle.py" line="374"/>
        <source>{key} is not true or false</source>
        <translation>{key} ليس true ولا false</translation>
    </message>
    <message>
        <location filename="../../core/bundle.py" line="382"/>
        <source>{key} is not a date</source>
        <translation>{key} ليس تاريخاً</translation>
    </message>
    <message>
        <location filename="../../core/bundle.py" line="403"/>
        <source>{key} is not a currency code</source>
        <translation>{key} ليس رمز عملة</translation>
    </message>
    <message>
        <location filename="../../core/bundle.py" line="410"/>
        <source>{key} {value!r} is not one of {allowed}</source>
        <translation>{key} {value!r} ليس من بين: {allowed}</translation>
    </message>
    <message>
        <location filename="../../core/bundle.py" line="440"/>
        <source>declarations is not a list</source>
        <translation>declarations ليس قائمة</translation>
    </message>
    <message>
        <location filename="../../core/bundle.py" line="447"/>
        <source>a declared amount is negative</source>
        <translation>أحد المبالغ المصرّح بها سالب</translation>
    </message>
    <message>
        <location filename="../../core/bundle.py" line="466"/>
        <source>the amount&apos;s sign does not fit the entry type</source>
        <translation>إشارة المبلغ لا تتوافق مع نوع القيد</translation>
    </message>
    <message>
        <location filename="../../core/bundle.py" line="468"/>
        <source>only a refund or return gives back a donation</source>
        <translation>لا يردّ التبرعَ إلا استردادٌ أو إرجاع</translation>
    </message>
    <message>
        <location filename="../../core/bundle.py" line="470"/>
        <source>fees is not a list</source>
        <translation>fees ليس قائمة</translation>
    </message>
    <message>
        <location filename="../../core/bundle.py" line="479"/>
        <source>a fee is not an amount and a currency</source>
        <translation>أحد الرسوم ليس مبلغاً وعملة</translation>
    </message>
    <message>
        <location filename="../../core/bundle.py" line="500"/>
        <source>donations is not a list of uuids</source>
        <translation>donations ليس قائمة معرّفات uuid</translation>
    </message>
    <message>
        <location filename="../../core/crypto.py" line="68"/>
        <source>the passphrase is empty</source>
        <extracomment>scrypt cost: N = 2**17, r = 8 (128 MiB, about half a second here); p = 1.</extracomment>
        <translation>عبارة المرور فارغة</translation>
    </message>
    <message>
        <location filename="../../core/crypto.py" line="107"/>
        <source>the file is too large to encrypt</source>
        <translation>الملف أكبر من أن يُشفَّر</translation>
    </message>
    <message>
        <location filename="../../core/crypto.py" line="121"/>
        <source>this is not a file encrypted by Treasurer</source>
        <translation>هذا ليس ملفاً مشفّراً بواسطة Treasurer</translation>
    </message>
    <message>
        <location filename="../../core/crypto.py" line="125"/>
        <source>this file was encrypted by a newer Treasurer (format {version}); update to open it</source>
        <translation>شُفّر هذا الملف بإصدار أحدث من Treasurer (الصيغة {version})؛ حدّث البرنامج لفتحه</translation>
    </message>
    <message>
        <location filename="../../core/crypto.py" line="129"/>
        <location filename="../../core/crypto.py" line="131"/>
        <source>the encrypted file&apos;s header is damaged</source>
        <translation>ترويسة الملف المشفّر تالفة</translation>
    </message>
    <message>
        <location filename="../../core/crypto.py" line="138"/>
        <source>the passphrase is wrong (or the file&apos;s header was changed); nothing was read</source>
        <translation>عبارة المرور خاطئة (أو تم تغيير ترويسة الملف)؛ لم تتم قراءة أي شيء</translation>
    </message>
    <message>
        <location filename="../../core/crypto.py" line="144"/>
        <source>the encrypted file is cut short; nothing was read</source>
        <translation>الملف المشفّر مبتور؛ لم تتم قراءة أي شيء</translation>
    </message>
    <message>
        <location filename="../../core/crypto.py" line="151"/>
        <source>the encrypted file was changed or cut short after it was written (at part {part}); nothing was read</source>
        <translation>تم تغيير الملف المشفّر أو بتره بعد كتابته (عند الجزء {part})؛ لم تتم قراءة أي شيء</translation>
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
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../core/dates.py" line="119"/>
        <location filename="../../core/money.py" line="239"/>
        <location filename="../../services/ledger.py" line="574"/>
        <source>is empty</source>
        <translation>فارغ</translation>
    </message>
    <message>
        <location filename="../../core/dates.py" line="139"/>
        <source>says {said}, but {date} falls on another day of the week: correct the day or the date</source>
        <translation>يذكر {said}، لكن {date} يوافق يومًا آخر من الأسبوع: صحّح اليوم أو التاريخ</translation>
    </message>
    <message>
        <location filename="../../core/dates.py" line="153"/>
        <source>is a spreadsheet&apos;s day number ({number} is {date}), not a date: format the column as dates in the spreadsheet, save, and import again</source>
        <translation>رقم يوم في جدول البيانات ({number} هو {date})، لا تاريخ: نسّق العمود كتواريخ في جدول البيانات، واحفظ، واستورد من جديد</translation>
    </message>
    <message>
        <location filename="../../core/dates.py" line="162"/>
        <source>is not a date Treasurer can read (use YYYY-MM-DD, DD/MM/YYYY or MM/DD/YYYY)</source>
        <translation>ليس تاريخاً يستطيع Treasurer قراءته (استعمل YYYY-MM-DD أو DD/MM/YYYY أو MM/DD/YYYY)</translation>
    </message>
    <message>
        <location filename="../../core/dates.py" line="216"/>
        <source>the dates contradict each other: {day_first!r} is day-first but {month_first!r} is month-first</source>
        <translation>التواريخ متناقضة: {day_first!r} يبدأ باليوم بينما {month_first!r} يبدأ بالشهر</translation>
    </message>
    <message>
        <location filename="../../core/dates.py" line="244"/>
        <source>has {name!r}, which is not a month name</source>
        <translation>يتضمن {name!r}، وهو ليس اسم شهر</translation>
    </message>
    <message>
        <location filename="../../core/dates.py" line="252"/>
        <source>has the year {year}, which is out of range</source>
        <translation>سنته {year} خارج النطاق المقبول</translation>
    </message>
    <message>
        <location filename="../../core/dates.py" line="257"/>
        <source>is not a day of the calendar</source>
        <translation>ليس يوماً من أيام التقويم</translation>
    </message>
    <message>
        <location filename="../../core/errors.py" line="117"/>
        <source>{what} {value!r}: {reason}</source>
        <extracomment>How a template becomes the words of the person&apos;s language (identity: English).</extracomment>
        <translation>{what} {value!r}: {reason}</translation>
    </message>
    <message>
        <location filename="../../core/importing.py" line="77"/>
        <source>is missing</source>
        <extracomment>The donor of a refund row that names none (a bank&apos;s reversal): its donation&apos;s. The field of a row in another currency than the ledger&apos;s that holds the platform&apos;s own conversions of its money (PayPal&apos;s &quot;General Currency Conversion&quot; rows naming it): one line per conversion, the currency code, a space, the amount as written. The fields whose meaning a fingerprint takes rather than their text. The reason of a row without a value for a field it needs.</extracomment>
        <translation>مفقود</translation>
    </message>
    <message>
        <location filename="../../core/importing.py" line="441"/>
        <location filename="../../core/importing.py" line="560"/>
        <location filename="../../services/compliance.py" line="528"/>
        <location filename="../../services/compliance.py" line="615"/>
        <location filename="../../services/donations.py" line="70"/>
        <location filename="../../services/ledger.py" line="617"/>
        <source>is in the future (today is {today})</source>
        <translation>في المستقبل (اليوم هو {today})</translation>
    </message>
    <message>
        <location filename="../../core/importing.py" line="616"/>
        <location filename="../../core/importing.py" line="657"/>
        <source>is zero</source>
        <translation>يساوي صفراً</translation>
    </message>
    <message>
        <location filename="../../core/importing.py" line="247"/>
        <source>is negative (a refund) but the row does not say which donation it refunds (a reference column for it is needed)</source>
        <extracomment>the gross less the net, in the ledger&apos;s minor units (signed) valued at the rate of the gift it gives back (money given back) the gross and the gross less the net in the currency paid (signed as in the file) the row&apos;s own notes (``noted`` adds the conversion to them) The fingerprints earlier versions of Treasurer computed for the row, which the ledger holds for rows imported then: recognised as the same row too. A donation that is money back after a refund or a chargeback (``REINSTATED``): the reference of the donation it was taken from (its donor is that donation&apos;s), or &quot;&quot; when the file does not say (the row names its donor). the platform&apos;s conversion of the row&apos;s money into the ledger&apos;s currency</extracomment>
        <translation>سالب (استرداد) لكن السطر لا يحدد التبرع الذي يسترده (يلزم عمود مرجع لذلك)</translation>
    </message>
    <message>
        <location filename="../../core/importing.py" line="90"/>
        <source>is negative, but the row gives money back to the party</source>
        <translation>سالب، لكن السطر يعيد مالاً إلى الحزب</translation>
    </message>
    <message>
        <location filename="../../core/importing.py" line="85"/>
        <source>is before 1970: is the year mistyped?</source>
        <extracomment>A donation dated before it is a typo (1925 for 2025), not a gift to a party of today.</extracomment>
        <translation>قبل 1970: هل السنة مكتوبة خطأً؟</translation>
    </message>
    <message>
        <location filename="../../core/importing.py" line="87"/>
        <source>is negative on a row whose type is a payment, and it names no donation it gives back: money the party paid out is not a donation; leave the row out of the import</source>
        <translation>سالب في سطر نوعه دفعة، ولا يذكر أي تبرع يعيده: المال الذي دفعه الحزب ليس تبرعاً؛ اترك السطر خارج الاستيراد</translation>
    </message>
    <message>
        <source>is more than the donation ({minor} minor units) it refunds</source>
        <translation type="vanished">يتجاوز التبرع الذي يسترده ({minor} وحدة صغرى)</translation>
    </message>
    <message>
        <location filename="../../core/importing.py" line="542"/>
        <source>says part of the donation was refunded, but the file does not say how much: look the refund up on the platform, then record the donation (&apos;treasurer add&apos;) and its refund (&apos;treasurer refund&apos;) by hand</source>
        <translation>يذكر أن جزءاً من التبرع قد استُرد، لكن الملف لا يذكر المبلغ: ابحث عن الاسترداد في المنصة، ثم سجّل التبرع (&apos;treasurer add&apos;) واسترداده (&apos;treasurer refund&apos;) يدوياً</translation>
    </message>
    <message>
        <location filename="../../core/importing.py" line="563"/>
        <source>is before the donation it refunds</source>
        <translation>يسبق التبرع الذي يسترده</translation>
    </message>
    <message>
        <location filename="../../core/importing.py" line="569"/>
        <source>says the donation was refunded, but the row has no reference to link the refund to (map the platform&apos;s transaction id to the reference)</source>
        <translation>يشير إلى أن التبرع قد استُرد، لكن السطر لا يتضمن مرجعاً يُربط به الاسترداد (اربط معرّف المعاملة لدى المنصة بالمرجع)</translation>
    </message>
    <message>
        <location filename="../../core/importing.py" line="581"/>
        <source>is {length} characters long; at most {limit} are kept</source>
        <translation>طوله {length} حرفاً؛ لا يُحتفظ إلا بـ {limit} حرفاً على الأكثر</translation>
    </message>
    <message>
        <location filename="../../core/importing.py" line="589"/>
        <location filename="../../core/money.py" line="94"/>
        <source>is not an ISO-4217 currency code such as EUR or MAD</source>
        <translation>ليس رمز عملة وفق معيار ISO-4217 مثل EUR أو MAD</translation>
    </message>
    <message>
        <location filename="../../core/importing.py" line="594"/>
        <source>is {code}, but this ledger counts in {currency}: convert the amount first (Treasurer never adds currencies blindly)</source>
        <translation>هي {code}، لكن هذا السجل يحتسب بعملة {currency}: حوّل المبلغ أولاً (Treasurer لا يجمع عملات مختلفة دون تحويل)</translation>
    </message>
    <message>
        <location filename="../../core/importing.py" line="684"/>
        <source>is {code}, but this ledger counts in {currency}, and the file does not convert this payment into {currency} once (conversions into {currency}: {count}): convert the amount first</source>
        <translation>هي {code}، لكن هذا السجل يحتسب بعملة {currency}، والملف لا يحوّل هذا الأداء إلى {currency} مرة واحدة (التحويلات إلى {currency}: {count}): حوّل المبلغ أولاً</translation>
    </message>
    <message>
        <location filename="../../core/importing.py" line="702"/>
        <source>is needed to read the conversion of {code} into {currency} ({received}): the platform converts the net of the payment, and it is {net}</source>
        <translation>ضروري لقراءة تحويل {code} إلى {currency} ({received}): المنصة تحوّل صافي الأداء، وقيمته {net}</translation>
    </message>
    <message>
        <location filename="../../core/importing.py" line="707"/>
        <source>empty</source>
        <translation>فارغ</translation>
    </message>
    <message>
        <location filename="../../core/importing.py" line="855"/>
        <source>the amounts contradict each other: {first!r} writes decimals with {mark!r}, {second!r} with {other!r}; write them one way</source>
        <translation>المبالغ متناقضة: {first!r} يكتب الكسور بـ {mark!r}، و{second!r} بـ {other!r}؛ اكتبها بطريقة واحدة</translation>
    </message>
    <message>
        <location filename="../../core/importing.py" line="974"/>
        <source>looks like a total, subtotal or carried-forward line of the sheet, not a donor: leave it out of the import, or remove it from the file</source>
        <extracomment>The first word of a sheet&apos;s total line (&quot;Total&quot;, &quot;Cumul&quot;, &quot;المجموع&quot;); what may follow it there (a period, what was summed: &quot;Total janvier 2025&quot;, &quot;Total des dons&quot;, &quot;Total espèces&quot;, &quot;مجموع شهر يناير&quot;). &quot;Sous-total …&quot; is always one.</extracomment>
        <translation>يبدو سطرَ مجموع أو مجموع جزئي أو رصيد مرحَّل في الورقة، لا متبرعاً: اتركه خارج الاستيراد، أو احذفه من الملف</translation>
    </message>
    <message>
        <source>looks like a total, subtotal or carried-forward line of the sheet, not a donor: remove the line from the file, or import the other rows with --skip-bad-rows</source>
        <extracomment>The first word of a sheet&apos;s total line (&quot;Total&quot;, &quot;Cumul&quot;, &quot;المجموع&quot;); what may follow it there (a period, what was summed: &quot;Total janvier 2025&quot;, &quot;Total des dons&quot;, &quot;Total espèces&quot;, &quot;مجموع شهر يناير&quot;). &quot;Sous-total …&quot; is always one.</extracomment>
        <translation type="vanished">يبدو سطرَ مجموع أو مجموع جزئي أو رصيد مرحَّل في الورقة، لا متبرعاً: احذف السطر من الملف، أو استورد الصفوف الأخرى بـ --skip-bad-rows</translation>
    </message>
    <message>
        <location filename="../../core/importing.py" line="871"/>
        <source>reads two ways ({mark!r} separating thousands or decimals), and the file&apos;s amounts write decimals with {mark!r} (as {shown!r}): write it without a thousands mark, or with its decimals only</source>
        <translation>يُقرأ بطريقتين ({mark!r} يفصل الآلاف أو الكسور)، ومبالغ الملف تكتب الكسور بـ {mark!r} (مثل {shown!r}): اكتبه بلا فاصل آلاف، أو بكسوره فقط</translation>
    </message>
    <message>
        <location filename="../../core/importing.py" line="881"/>
        <source>reads two ways ({mark!r} separating thousands or decimals), and the file also writes {other!r}: write the amounts one way</source>
        <translation>يُقرأ بطريقتين ({mark!r} يفصل الآلاف أو الكسور)، والملف يكتب أيضا {other!r}: اكتب المبالغ بطريقة واحدة</translation>
    </message>
    <message>
        <location filename="../../core/importing.py" line="92"/>
        <source>is missing (no name, first or last name)</source>
        <extracomment>The reason of a row without any of the donor&apos;s names.</extracomment>
        <translation>مفقود (لا اسم كامل ولا اسم شخصي ولا اسم عائلي)</translation>
    </message>
    <message>
        <location filename="../../core/importing.py" line="535"/>
        <source>is more than the donation ({amount}) it refunds</source>
        <translation>يتجاوز التبرع ({amount}) الذي يسترده</translation>
    </message>
    <message>
        <location filename="../../core/importing.py" line="745"/>
        <source>has no letters or digits</source>
        <translation>لا يحتوي على حروف أو أرقام</translation>
    </message>
    <message>
        <source>looks like a total or subtotal line of the sheet, not a donor: remove the line from the file, or import the other rows with --skip-bad-rows</source>
        <translation type="vanished">يبدو سطرَ مجموع أو مجموع جزئي في الورقة، لا متبرعاً: احذف السطر من الملف، أو استورد الصفوف الأخرى بـ --skip-bad-rows</translation>
    </message>
    <message>
        <location filename="../../core/importing.py" line="769"/>
        <location filename="../../services/ledger.py" line="588"/>
        <source>is not a country Treasurer knows: write its name (France, Maroc, المغرب) or its ISO code (FR, FRA)</source>
        <translation>ليس بلداً يعرفه Treasurer: اكتب اسمه (France، Maroc، المغرب) أو رمزه وفق ISO (FR، FRA)</translation>
    </message>
    <message>
        <location filename="../../core/importing.py" line="775"/>
        <location filename="../../services/ledger.py" line="595"/>
        <source>is not an email address</source>
        <translation>ليس عنوان بريد إلكتروني</translation>
    </message>
    <message>
        <location filename="../../core/matching.py" line="35"/>
        <source>{count} donors are named {name!r} (ids {ids})</source>
        <extracomment>A donor&apos;s address, one block: filled from one gift&apos;s details, never pieced together. The details a later gift may tell of a donor whose record lacks them.</extracomment>
        <translation>{count} من المتبرعين يحملون الاسم {name!r} (المعرّفات {ids})</translation>
    </message>
    <message>
        <location filename="../../core/model.py" line="59"/>
        <source>date order</source>
        <extracomment>The words the callers of ``parse_choice`` name a choice with, here for the catalogs (a ``ChoiceError`` names one of them).</extracomment>
        <translation>ترتيب التاريخ</translation>
    </message>
    <message>
        <location filename="../../core/model.py" line="60"/>
        <source>donor kind</source>
        <translation>صفة المتبرع</translation>
    </message>
    <message>
        <location filename="../../core/model.py" line="61"/>
        <source>entry type</source>
        <translation>نوع القيد</translation>
    </message>
    <message>
        <location filename="../../core/model.py" line="62"/>
        <source>payment method</source>
        <translation>طريقة الأداء</translation>
    </message>
    <message>
        <location filename="../../core/model.py" line="72"/>
        <source>is not one of: {allowed}</source>
        <translation>ليس من بين: {allowed}</translation>
    </message>
    <message>
        <location filename="../../core/money.py" line="94"/>
        <source>currency</source>
        <extracomment>No single amount Treasurer reads may reach this many major units (a billion): such a figure in a donation file is a column mix-up (an account number, a phone number), not money. Currency signs seen in donation files, longest first when matched. ``$`` alone stands for whichever dollar the ledger counts in.</extracomment>
        <translation>العملة</translation>
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
        <translation>المبلغ</translation>
    </message>
    <message>
        <location filename="../../core/money.py" line="138"/>
        <source>is not a number</source>
        <translation>ليس رقماً</translation>
    </message>
    <message>
        <location filename="../../core/money.py" line="140"/>
        <source>is not a finite number</source>
        <translation>ليس عدداً منتهياً</translation>
    </message>
    <message>
        <location filename="../../core/money.py" line="147"/>
        <source>has more decimals than {currency} has ({exponent})</source>
        <translation>فيه منازل عشرية أكثر مما لعملة {currency} ({exponent})</translation>
    </message>
    <message>
        <location filename="../../core/money.py" line="168"/>
        <source>cannot combine amounts in {first} and {second}</source>
        <translation>لا يمكن الجمع بين مبالغ بعملة {first} وأخرى بعملة {second}</translation>
    </message>
    <message>
        <location filename="../../core/money.py" line="254"/>
        <source>has more than one sign (minus, plus or parentheses)</source>
        <translation>فيه أكثر من إشارة واحدة (ناقص أو زائد أو أقواس)</translation>
    </message>
    <message>
        <location filename="../../core/money.py" line="345"/>
        <source>writes its decimals as a dash after {mark!r}, which it also uses between its digits: write it without the dash</source>
        <translation>يكتب كسوره بشرطة بعد {mark!r}، وهو يستعمله أيضاً بين أرقامه: اكتبه دون الشرطة</translation>
    </message>
    <message>
        <location filename="../../core/money.py" line="271"/>
        <source>contains &apos;¤&apos;, which is how a euro sign of a file in ISO-8859-15 shows when the file is read in another encoding: import it as iso-8859-15 (the import window&apos;s Encoding, --encoding on the command line)</source>
        <translation>يحتوي على &apos;¤&apos;، وهي علامة اليورو في ملف بترميز ISO-8859-15 حين يُقرأ بترميز آخر: استورده بترميز iso-8859-15 (الترميز في نافذة الاستيراد، أو ‎--encoding في سطر الأوامر)</translation>
    </message>
    <message>
        <source>contains &apos;¤&apos;, which is how a euro sign of a file in ISO-8859-15 shows when the file is read in another encoding: import it with --encoding iso-8859-15</source>
        <translation type="vanished">يحتوي على &apos;¤&apos;، وهو شكل علامة اليورو في ملف بترميز ISO-8859-15 حين يُقرأ بترميز آخر: استورده بـ --encoding iso-8859-15</translation>
    </message>
    <message>
        <location filename="../../core/money.py" line="280"/>
        <source>contains {bad!r}, which is not part of a number</source>
        <translation>يحتوي على {bad!r}، وهو ليس جزءاً من رقم</translation>
    </message>
    <message>
        <location filename="../../core/money.py" line="283"/>
        <source>has no digits</source>
        <translation>لا يحتوي على أي رقم</translation>
    </message>
    <message>
        <location filename="../../core/money.py" line="285"/>
        <source>has two separators in a row</source>
        <translation>فيه فاصلان متتاليان</translation>
    </message>
    <message>
        <location filename="../../core/money.py" line="293"/>
        <source>has grouping characters after the decimal separator</source>
        <translation>فيه فواصل الآلاف بعد الفاصل العشري</translation>
    </message>
    <message>
        <location filename="../../core/money.py" line="302"/>
        <source>has {count} decimals but {currency} has {exponent}</source>
        <translation>فيه {count} منازل عشرية، بينما لعملة {currency} {exponent} فقط</translation>
    </message>
    <message>
        <location filename="../../core/money.py" line="308"/>
        <source>has decimals but {currency} has no minor unit</source>
        <translation>فيه منازل عشرية، بينما ليست لعملة {currency} وحدة صغرى</translation>
    </message>
    <message>
        <location filename="../../core/money.py" line="315"/>
        <source>is {limit} or more, more than any donation Treasurer accepts</source>
        <translation>يساوي {limit} أو أكثر، أكثر من أي تبرع يقبله Treasurer</translation>
    </message>
    <message>
        <source>is larger than any donation Treasurer accepts ({limit})</source>
        <translation type="vanished">أكبر من أي تبرع يقبله Treasurer ({limit})</translation>
    </message>
    <message>
        <location filename="../../core/money.py" line="402"/>
        <source>is a dollar amount, but {expected} is expected here</source>
        <translation>مبلغ بالدولار، بينما المتوقع هنا {expected}</translation>
    </message>
    <message>
        <location filename="../../core/money.py" line="405"/>
        <source>is in {found}, but {expected} is expected here</source>
        <translation>بعملة {found}، بينما المتوقع هنا {expected}</translation>
    </message>
    <message>
        <location filename="../../core/money.py" line="464"/>
        <source>uses {decimal!r} as decimal separator where {expected!r} is expected</source>
        <translation>يستعمل {decimal!r} فاصلاً عشرياً بينما المتوقع {expected!r}</translation>
    </message>
    <message>
        <location filename="../../core/money.py" line="473"/>
        <location filename="../../core/money.py" line="483"/>
        <source>has more than one decimal separator {mark!r}</source>
        <translation>فيه أكثر من فاصل عشري {mark!r}</translation>
    </message>
    <message>
        <location filename="../../core/money.py" line="500"/>
        <source>is ambiguous: {mark!r} could separate thousands or decimals; write it with both separators or set the file&apos;s decimal separator</source>
        <translation>ملتبس: قد يفصل {mark!r} الآلاف أو الكسور العشرية؛ اكتبه بالفاصلين معاً أو حدّد الفاصل العشري للملف</translation>
    </message>
    <message>
        <location filename="../../core/money.py" line="516"/>
        <source>mixes different thousands separators</source>
        <translation>يخلط بين فواصل آلاف مختلفة</translation>
    </message>
    <message>
        <location filename="../../core/money.py" line="520"/>
        <source>has digits grouped in a way that is not thousands</source>
        <translation>أرقامه مجمّعة بطريقة لا تطابق الآلاف</translation>
    </message>
    <message>
        <location filename="../../core/periods.py" line="42"/>
        <location filename="../../core/periods.py" line="49"/>
        <location filename="../../core/periods.py" line="52"/>
        <location filename="../../core/periods.py" line="55"/>
        <source>period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <location filename="../../core/periods.py" line="42"/>
        <source>has no such month</source>
        <translation>يشير إلى شهر غير موجود</translation>
    </message>
    <message>
        <location filename="../../core/periods.py" line="49"/>
        <source>holds a day that is not in the calendar</source>
        <translation>تتضمن يوماً غير موجود في التقويم</translation>
    </message>
    <message>
        <location filename="../../core/periods.py" line="52"/>
        <source>ends before it starts</source>
        <translation>تنتهي قبل أن تبدأ</translation>
    </message>
    <message>
        <location filename="../../core/periods.py" line="57"/>
        <source>is not a period like 2025, 2025-Q3, 2025-03 or 2025-01-01..2025-06-30</source>
        <translation>ليس فترة من قبيل 2025 أو 2025-Q3 أو 2025-03 أو 2025-01-01..2025-06-30</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="244"/>
        <source>profile {path}: cannot be read ({problem})</source>
        <extracomment>Fields of a donor that ``required_fields`` may ask for. Which parameters each kind takes (beyond the common ones), and whether its entries need an ``amount``. reportable, required_fields: gifts at or below are left out of the total, with their refunds (a refund of a gift above it counts whatever its size) Whether the law lets an excessive contribution be reattributed to another person who shares the account (US FEC: spouse or joint account holder, in writing).</extracomment>
        <translation>ملف القواعد {path}: تتعذر قراءته ({problem})</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="249"/>
        <source>profile {path}: is not UTF-8 text</source>
        <translation>ملف القواعد {path}: ليس نصاً بترميز UTF-8</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="252"/>
        <source>profile {path}: is not valid TOML ({problem})</source>
        <translation>ملف القواعد {path}: ليس TOML صالحاً ({problem})</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="259"/>
        <source>profile {source}</source>
        <translation>ملف القواعد {source}</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="265"/>
        <source>has keys this Treasurer does not know: {keys}</source>
        <translation>يتضمن مفاتيح لا يعرفها هذا الإصدار من Treasurer: {keys}</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="272"/>
        <source>has schema {schema!r}; this Treasurer reads schema {readable}</source>
        <translation>مخططه {schema!r}؛ وهذا الإصدار من Treasurer يقرأ المخطط {readable}</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="281"/>
        <source>has date_order {order!r}; use &apos;dmy&apos; or &apos;mdy&apos;</source>
        <translation>قيمة date_order فيه {order!r}؛ استعمل &apos;dmy&apos; أو &apos;mdy&apos;</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="291"/>
        <source>default_variant {variant!r} is not one of its variants</source>
        <translation>default_variant {variant!r} ليس من بين متغيراته</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="296"/>
        <source>has no [[rules]]</source>
        <translation>لا يتضمن [[rules]]</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="302"/>
        <source>rule {id!r}: the id is used twice</source>
        <translation>القاعدة {id!r}: المعرّف مستعمل مرتين</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="310"/>
        <source>rule {id!r}: &apos;of&apos; must name a cap rule of this profile</source>
        <translation>القاعدة {id!r}: يجب أن يشير &apos;of&apos; إلى قاعدة سقف في هذا الملف</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="332"/>
        <source>{where}, rule {index}</source>
        <translation>{where}، القاعدة {index}</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="334"/>
        <source>is not a table</source>
        <translation>ليس جدولاً</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="336"/>
        <source>{where}, rule {id!r}</source>
        <translation>{where}، القاعدة {id!r}</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="342"/>
        <source>has the unknown kind {kind!r} (known kinds: {known})</source>
        <translation>نوعه {kind!r} غير معروف (الأنواع المعروفة: {known})</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="350"/>
        <source>has parameters a {kind} rule does not take: {keys}</source>
        <translation>يتضمن معاملات لا تقبلها قاعدة من نوع {kind}: {keys}</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="364"/>
        <source>names unknown variants: {variants}</source>
        <translation>يشير إلى متغيرات غير معروفة: {variants}</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="371"/>
        <source>has the unknown period {period!r}</source>
        <translation>فترته {period!r} غير معروفة</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="378"/>
        <source>has unknown donor kinds: {kinds}</source>
        <translation>يتضمن صفات متبرعين غير معروفة: {kinds}</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="381"/>
        <source>must list the prohibited donor_kinds</source>
        <translation>يجب أن يسرد donor_kinds الممنوعة</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="387"/>
        <source>must list fields among: {fields}</source>
        <translation>يجب أن يسرد حقولاً من بين: {fields}</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="393"/>
        <source>has a share that is not between 0 and 1</source>
        <translation>نسبته ليست بين 0 و1</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="406"/>
        <source>has a deadline with unknown keys: {keys}</source>
        <translation>يتضمن أجلاً بمفاتيح غير معروفة: {keys}</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="412"/>
        <source>has a deadline without a positive number of days</source>
        <translation>يتضمن أجلاً دون عدد أيام موجب</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="417"/>
        <source>has a deadline from {start!r}; use receipt, deposit or awareness</source>
        <translation>يتضمن أجلاً يبدأ من {start!r}؛ استعمل receipt أو deposit أو awareness</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="425"/>
        <source>has the unknown severity {severity!r}</source>
        <translation>درجة خطورته {severity!r} غير معروفة</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="456"/>
        <source>has no [[rules.entries]] (each with its dates, figure, status and source)</source>
        <translation>لا يتضمن [[rules.entries]] (لكل منها تواريخه ورقمه وحالته ومصدره)</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="460"/>
        <source>{where}, entry {number}</source>
        <translation>{where}، المدخل {number}</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="464"/>
        <source>has keys an entry does not take: {keys}</source>
        <translation>يتضمن مفاتيح لا يقبلها المدخل: {keys}</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="469"/>
        <source>ends ({end}) before it starts ({start})</source>
        <translation>ينتهي ({end}) قبل أن يبدأ ({start})</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="474"/>
        <source>has an amount that is not positive</source>
        <translation>مبلغه ليس موجباً</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="476"/>
        <source>has no amount</source>
        <translation>ليس له مبلغ</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="479"/>
        <source>needs a status: verified, verified-secondary or uncertain</source>
        <translation>يجب أن تكون له حالة: verified أو verified-secondary أو uncertain</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="482"/>
        <source>needs a source citation</source>
        <translation>يجب أن يتضمن إحالة إلى المصدر</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="501"/>
        <source>has entries whose dates overlap ({first} and {second})</source>
        <translation>يتضمن مدخلات تتداخل تواريخها ({first} و{second})</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="518"/>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="523"/>
        <source>needs &apos;{key}&apos; (text)</source>
        <translation>يجب أن يتضمن &apos;{key}&apos; (نص)</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="529"/>
        <source>needs &apos;{key}&apos; as a list of texts</source>
        <translation>يجب أن يكون &apos;{key}&apos; قائمة نصوص</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="536"/>
        <source>has an invalid {what}: {problem}</source>
        <translation>قيمة {what} فيه غير صالحة: {problem}</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="547"/>
        <source>needs &apos;{key}&apos; as true or false (without quotes)</source>
        <translation>يجب أن تكون قيمة &apos;{key}&apos; true أو false (بدون علامات تنصيص)</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="553"/>
        <source>needs &apos;{key}&apos; as a table</source>
        <translation>يجب أن يكون &apos;{key}&apos; جدولاً</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="562"/>
        <source>needs an English {key} ({key}.en)</source>
        <translation>يجب أن يتضمن {key} بالإنجليزية ({key}.en)</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="567"/>
        <source>has {key} in unknown languages: {languages}</source>
        <translation>يتضمن {key} بلغات غير معروفة: {languages}</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="578"/>
        <source>has &apos;{key}&apos; that is not a TOML date like 2025-01-01</source>
        <translation>قيمة &apos;{key}&apos; فيه ليست تاريخ TOML مثل 2025-01-01</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="585"/>
        <source>writes &apos;{key}&apos; as a float; write it as a string, e.g. &quot;7500.00&quot;</source>
        <translation>يكتب &apos;{key}&apos; عدداً عشرياً عائماً؛ اكتبه سلسلة نصية، مثلاً &quot;7500.00&quot;</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="588"/>
        <source>needs &apos;{key}&apos; as a string amount like &quot;7500.00&quot;</source>
        <translation>يجب أن يكون &apos;{key}&apos; مبلغاً على شكل سلسلة نصية مثل &quot;7500.00&quot;</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="596"/>
        <source>has an invalid {what} {value!r}: {problem}</source>
        <translation>قيمة {what} فيه غير صالحة {value!r}: {problem}</translation>
    </message>
    <message>
        <location filename="../../db/copy.py" line="67"/>
        <source>cannot copy the ledger into {target}: {reason}</source>
        <translation>تعذّر نسخ السجل إلى {target}: {reason}</translation>
    </message>
    <message>
        <location filename="../../db/copy.py" line="82"/>
        <source>the database {target} is not empty (it has the tables {tables}); a ledger is copied only into an empty database, so nothing was copied</source>
        <translation>قاعدة البيانات {target} ليست فارغة (تتضمن الجداول {tables})؛ لا يُنسخ السجل إلا إلى قاعدة بيانات فارغة، لذا لم يُنسخ أي شيء</translation>
    </message>
    <message>
        <location filename="../../db/copy.py" line="99"/>
        <source>the ledger to copy has no schema</source>
        <translation>السجل المراد نسخه ليس له مخطط</translation>
    </message>
    <message>
        <location filename="../../db/copy.py" line="110"/>
        <source>the copy of table {table} does not match the ledger ({found} where the ledger has {expected}); nothing was kept</source>
        <translation>نسخة الجدول {table} لا تطابق السجل ({found} بينما في السجل {expected})؛ لم يُحتفظ بأي شيء</translation>
    </message>
    <message>
        <location filename="../../db/interrupt.py" line="29"/>
        <source>stopped on request; nothing was changed</source>
        <translation>تم الإيقاف بناءً على طلبك؛ لم يتغير أي شيء</translation>
    </message>
    <message>
        <location filename="../../db/receipts.py" line="120"/>
        <source>receipt numbers are positive; {first} is not</source>
        <translation>أرقام الوصولات موجبة، و{first} ليس كذلك</translation>
    </message>
    <message>
        <location filename="../../db/receipts.py" line="123"/>
        <source>the range {first}-{last} ends before it starts: give the first number, then the last</source>
        <translation>المجال {first}-{last} ينتهي قبل أن يبدأ: أدخل الرقم الأول ثم الأخير</translation>
    </message>
    <message>
        <location filename="../../db/receipts.py" line="134"/>
        <source>the range {first}-{last} overlaps the range {other_first}-{other_last} already recorded; a number is issued once</source>
        <translation>المجال {first}-{last} يتداخل مع المجال {other_first}-{other_last} المسجّل سابقاً؛ لا يُصدر الرقم إلا مرة واحدة</translation>
    </message>
    <message>
        <location filename="../../db/store.py" line="103"/>
        <source>{ledger} holds a database that is not a Treasurer ledger</source>
        <extracomment>The schema from which rows carry audit seals.</extracomment>
        <translation>{ledger} يتضمن قاعدة بيانات ليست سجل Treasurer</translation>
    </message>
    <message>
        <location filename="../../db/store.py" line="108"/>
        <location filename="../../db/store.py" line="228"/>
        <source>there is no ledger at {ledger}; create one with &apos;treasurer init&apos;</source>
        <translation>لا يوجد سجل في {ledger}؛ أنشئ سجلاً بالأمر &apos;treasurer init&apos;</translation>
    </message>
    <message>
        <location filename="../../db/store.py" line="113"/>
        <source>{ledger} was written by a newer version of Treasurer (schema {schema}); update Treasurer to open it</source>
        <translation>كُتب {ledger} بإصدار أحدث من Treasurer (المخطط {schema})؛ حدّث Treasurer لفتحه</translation>
    </message>
    <message>
        <location filename="../../db/store.py" line="161"/>
        <source>upgrading {ledger} would break {count} links between rows; the ledger was left as it was</source>
        <translation>ترقية {ledger} ستكسر {count} من الروابط بين الأسطر؛ تُرك السجل على حاله</translation>
    </message>
    <message>
        <location filename="../../db/store.py" line="176"/>
        <source>backups of a server database are made with the server&apos;s own tools</source>
        <translation>تُنجز النسخ الاحتياطية لقاعدة بيانات على خادم بأدوات الخادم نفسه</translation>
    </message>
    <message>
        <location filename="../../db/store.py" line="193"/>
        <source>could not back up {ledger} to {target}: {problem}</source>
        <translation>تعذّر نسخ {ledger} احتياطياً إلى {target}: {problem}</translation>
    </message>
    <message>
        <location filename="../../db/store.py" line="222"/>
        <source>a ledger needs a file name</source>
        <translation>يحتاج السجل إلى اسم ملف</translation>
    </message>
    <message>
        <location filename="../../db/store.py" line="224"/>
        <source>{path} is a folder, not a ledger file</source>
        <translation>{path} مجلد، وليس ملف سجل</translation>
    </message>
    <message>
        <location filename="../../db/store.py" line="231"/>
        <source>the folder {folder} does not exist</source>
        <translation>المجلد {folder} غير موجود</translation>
    </message>
    <message>
        <location filename="../../db/store.py" line="236"/>
        <source>{path} is an empty file, not a Treasurer ledger</source>
        <translation>{path} ملف فارغ، وليس سجل Treasurer</translation>
    </message>
    <message>
        <location filename="../../db/store.py" line="239"/>
        <location filename="../../services/backup.py" line="242"/>
        <source>{path} is not a Treasurer ledger (it is not a SQLite database)</source>
        <translation>{path} ليس سجل Treasurer (ليس قاعدة بيانات SQLite)</translation>
    </message>
    <message>
        <location filename="../../db/store.py" line="355"/>
        <source>restore the newest backup with &apos;treasurer restore {backup}&apos;</source>
        <extracomment>The time stamp in a backup&apos;s file name (``NAME-STAMP-REASON.db``).</extracomment>
        <translation>استرجع أحدث نسخة احتياطية بالأمر &apos;treasurer restore {backup}&apos;</translation>
    </message>
    <message>
        <location filename="../../db/store.py" line="358"/>
        <source>no backup of it was found; restore one from elsewhere with &apos;treasurer restore FILE&apos;</source>
        <translation>لم يُعثر على أي نسخة احتياطية منه؛ استرجع نسخة من مكان آخر بالأمر &apos;treasurer restore FILE&apos;</translation>
    </message>
    <message>
        <location filename="../../db/store.py" line="362"/>
        <source>the ledger {path} is damaged (SQLite says: {problem}); nothing was written to it. {advice}</source>
        <translation>السجل {path} تالف (رسالة SQLite: {problem})؛ لم يُكتب فيه أي شيء. {advice}</translation>
    </message>
    <message>
        <location filename="../../db/store.py" line="375"/>
        <source>it is locked by another program; close it there and try again</source>
        <translation>إنه مقفل من طرف برنامج آخر؛ أغلقه هناك ثم أعد المحاولة</translation>
    </message>
    <message>
        <location filename="../../db/store.py" line="377"/>
        <source>it is read-only</source>
        <translation>إنه للقراءة فقط</translation>
    </message>
    <message>
        <location filename="../../db/store.py" line="379"/>
        <source>the disk is full</source>
        <translation>القرص ممتلئ</translation>
    </message>
    <message>
        <location filename="../../db/store.py" line="381"/>
        <source>the file is damaged; restore it from a backup</source>
        <translation>الملف تالف؛ استرجعه من نسخة احتياطية</translation>
    </message>
    <message>
        <location filename="../../db/store.py" line="383"/>
        <source>the database server cannot be reached</source>
        <translation>يتعذر الوصول إلى خادم قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../db/store.py" line="386"/>
        <source>cannot use the ledger {ledger}: {reason}</source>
        <translation>تعذّر استعمال السجل {ledger}: {reason}</translation>
    </message>
    <message>
        <location filename="../../importers/bank.py" line="204"/>
        <source>the file cannot be read ({problem})</source>
        <extracomment>The formats ``detect_statement`` names. A balance: credit or debit, date, currency, amount (&quot;C240301EUR1234,56&quot;).</extracomment>
        <translation>تتعذر قراءة الملف ({problem})</translation>
    </message>
    <message>
        <location filename="../../importers/bank.py" line="207"/>
        <location filename="../../importers/tables.py" line="129"/>
        <source>the file is empty</source>
        <translation>الملف فارغ</translation>
    </message>
    <message>
        <location filename="../../importers/bank.py" line="212"/>
        <source>this is not a bank statement Treasurer can read (OFX/QFX, CAMT.053 or MT940)</source>
        <translation>هذا ليس كشف حساب بنكي يستطيع Treasurer قراءته (OFX/QFX أو CAMT.053 أو MT940)</translation>
    </message>
    <message>
        <location filename="../../importers/bank.py" line="290"/>
        <source>names who paid only in the bank&apos;s free text, where Treasurer cannot tell the name for sure: record this gift by hand (&apos;treasurer add&apos;)</source>
        <translation>لا يذكر من دفع إلا في النص الحر للبنك، حيث لا يستطيع Treasurer تمييز الاسم بيقين: سجّل هذا التبرع يدوياً (&apos;treasurer add&apos;)</translation>
    </message>
    <message>
        <location filename="../../importers/bank.py" line="407"/>
        <source>{where}: the amount {amount!r} is not a number</source>
        <extracomment>Payment platforms that pay a party its donations out in one transfer: a credit from one of them on a statement is a payout (its donations are in the platform&apos;s export), never a donor. A bank&apos;s line for cheques paid in together (&quot;REMISE CHEQUES N 0001234 NB 3&quot;). A bank&apos;s line for cash paid in (&quot;VERSEMENT ESPECES&quot;, &quot;DÉPÔT D&apos;ESPÈCES&quot;, &quot;CASH DEPOSIT&quot;): the party&apos;s own takings, whose gifts its cash register records one by one. Why a deposit of cash is left out. What banks write before the name of who paid (&quot;VIR SEPA RECU DE: &quot;, &quot;VIREMENT DE &quot;, &quot;GUTSCHRIFT &quot;) and the titles before it (&quot;MME &quot;, &quot;M OU MME &quot;, &quot;Herrn &quot;): not the name. The words that open it (&quot;VIR&quot;, &quot;GUTSCHRIFT&quot;), those that may follow (&quot;SEPA&quot;, &quot;INST&quot;, &quot;RECU&quot;), and the &quot;from&quot; that may end it, taken only before a colon, after a slash or before a title (&quot;VIR RECU DE: MME&quot;, &quot;/DE M OU MME&quot;): &quot;VIR DE GAULLE CHARLES&quot; is Charles de Gaulle, &quot;INST PASTEUR&quot; an institute. A title before a name; not one of a couple (&quot;M ET MME&quot;, &quot;MR &amp; MRS&quot;: both are named). Which entry of a statement, for an error: made only when there is one.</extracomment>
        <translation>{where}: المبلغ {amount!r} ليس رقماً</translation>
    </message>
    <message>
        <location filename="../../importers/bank.py" line="413"/>
        <source>{where}: the amount {amount!r} is negative</source>
        <translation>{where}: المبلغ {amount!r} سالب</translation>
    </message>
    <message>
        <location filename="../../importers/bank.py" line="422"/>
        <source>entry {number} ({reference})</source>
        <translation>القيد {number} ({reference})</translation>
    </message>
    <message>
        <location filename="../../importers/bank.py" line="423"/>
        <source>entry {number}</source>
        <translation>القيد {number}</translation>
    </message>
    <message>
        <location filename="../../importers/bank.py" line="457"/>
        <source>{encoding!r} is not a known text encoding</source>
        <translation>{encoding!r} ليس ترميز نص معروفاً</translation>
    </message>
    <message>
        <location filename="../../importers/bank.py" line="462"/>
        <source>the file is not {encoding} text (byte {byte})</source>
        <translation>الملف ليس نصاً بترميز {encoding} (البايت {byte})</translation>
    </message>
    <message>
        <location filename="../../importers/bank.py" line="494"/>
        <source>the XML declares a DTD or entities, which no bank statement does; it was refused for safety</source>
        <translation>يصرّح ملف XML بـ DTD أو بكيانات، وهو ما لا يفعله أي كشف حساب بنكي؛ تم رفضه حفاظاً على الأمان</translation>
    </message>
    <message>
        <location filename="../../importers/bank.py" line="502"/>
        <source>the XML is damaged or cut short (line {line}, column {column})</source>
        <translation>ملف XML تالف أو مبتور (السطر {line}، العمود {column})</translation>
    </message>
    <message>
        <location filename="../../importers/bank.py" line="509"/>
        <source>the XML cannot be read ({problem})</source>
        <translation>تتعذر قراءة ملف XML ({problem})</translation>
    </message>
    <message>
        <location filename="../../importers/bank.py" line="549"/>
        <source>the file has an OFX header but no &lt;OFX&gt; element</source>
        <translation>للملف ترويسة OFX لكن دون عنصر &lt;OFX&gt;</translation>
    </message>
    <message>
        <location filename="../../importers/bank.py" line="599"/>
        <source>transaction {number} (FITID {fitid})</source>
        <translation>المعاملة {number} (FITID {fitid})</translation>
    </message>
    <message>
        <location filename="../../importers/bank.py" line="600"/>
        <source>transaction {number}</source>
        <translation>المعاملة {number}</translation>
    </message>
    <message>
        <location filename="../../importers/bank.py" line="603"/>
        <source>{where}: no amount (TRNAMT)</source>
        <translation>{where}: لا يوجد مبلغ (TRNAMT)</translation>
    </message>
    <message>
        <location filename="../../importers/bank.py" line="607"/>
        <source>{where}: no date (DTPOSTED)</source>
        <translation>{where}: لا يوجد تاريخ (DTPOSTED)</translation>
    </message>
    <message>
        <location filename="../../importers/bank.py" line="612"/>
        <location filename="../../importers/bank.py" line="836"/>
        <source>{where}: {tag} {value!r} is not a date</source>
        <translation>{where}: {tag} {value!r} ليس تاريخاً</translation>
    </message>
    <message>
        <location filename="../../importers/bank.py" line="739"/>
        <source>the OFX elements are nested too deeply: the file is damaged</source>
        <translation>عناصر OFX متداخلة بعمق مفرط: الملف تالف</translation>
    </message>
    <message>
        <location filename="../../importers/bank.py" line="742"/>
        <source>the OFX file ends before &lt;/OFX&gt;: it is cut short or damaged</source>
        <translation>ينتهي ملف OFX قبل &lt;/OFX&gt;: إنه مبتور أو تالف</translation>
    </message>
    <message>
        <location filename="../../importers/bank.py" line="804"/>
        <source>the CAMT.053 document has no statement (BkToCstmrStmt)</source>
        <translation>مستند CAMT.053 لا يتضمن أي كشف حساب (BkToCstmrStmt)</translation>
    </message>
    <message>
        <location filename="../../importers/bank.py" line="811"/>
        <source>the XML is a {kind} message, not a CAMT.053 statement</source>
        <translation>ملف XML رسالة من نوع {kind}، وليس كشف حساب CAMT.053</translation>
    </message>
    <message>
        <location filename="../../importers/bank.py" line="814"/>
        <source>the XML root element is &lt;{root}&gt;, not a CAMT.053 &lt;Document&gt;</source>
        <translation>العنصر الجذر في XML هو &lt;{root}&gt;، وليس &lt;Document&gt; من نوع CAMT.053</translation>
    </message>
    <message>
        <location filename="../../importers/bank.py" line="826"/>
        <source>{where}: no amount (Amt)</source>
        <translation>{where}: لا يوجد مبلغ (Amt)</translation>
    </message>
    <message>
        <location filename="../../importers/bank.py" line="831"/>
        <source>{where}: no date (BookgDt or ValDt)</source>
        <translation>{where}: لا يوجد تاريخ (BookgDt أو ValDt)</translation>
    </message>
    <message>
        <location filename="../../importers/bank.py" line="847"/>
        <source>{where}: CdtDbtInd is {indicator!r}, neither CRDT nor DBIT</source>
        <translation>{where}: قيمة CdtDbtInd هي {indicator!r}، لا CRDT ولا DBIT</translation>
    </message>
    <message>
        <location filename="../../importers/bank.py" line="913"/>
        <source>is the entry&apos;s amount, but the payments the statement details for it add up to {total}: some are missing; record the entry&apos;s gifts by hand (&apos;treasurer add&apos;) from the bank&apos;s advice of it</source>
        <translation>هو مبلغ القيد، لكن الدفعات التي يفصّلها الكشف له مجموعها {total}: بعضها ناقص؛ سجّل تبرعات القيد يدوياً (&apos;treasurer add&apos;) من إشعار البنك به</translation>
    </message>
    <message>
        <location filename="../../importers/bank.py" line="982"/>
        <source>{where}, transaction {number}</source>
        <translation>{where}، المعاملة {number}</translation>
    </message>
    <message>
        <location filename="../../importers/bank.py" line="996"/>
        <source>{where}: a payment in a batch entry has no amount of its own</source>
        <translation>{where}: إحدى الدفعات في قيد مجمّع ليس لها مبلغ خاص بها</translation>
    </message>
    <message>
        <location filename="../../importers/bank.py" line="1176"/>
        <source>the balance :{tag}:{value} is unreadable</source>
        <translation>الرصيد :{tag}:{value} غير مقروء</translation>
    </message>
    <message>
        <location filename="../../importers/bank.py" line="1206"/>
        <source>statement {number}</source>
        <translation>الكشف {number}</translation>
    </message>
    <message>
        <location filename="../../importers/bank.py" line="1206"/>
        <source>the statement</source>
        <translation>الكشف</translation>
    </message>
    <message>
        <location filename="../../importers/bank.py" line="1209"/>
        <source>{name} ({reference})</source>
        <translation>{name} ({reference})</translation>
    </message>
    <message>
        <location filename="../../importers/bank.py" line="1213"/>
        <source>{name} has an opening balance but no closing one (:62F:): the file may be cut short; export it again</source>
        <translation>{name} فيه رصيد افتتاحي بلا رصيد ختامي (:62F:): ربما قُطع الملف؛ صدّره من جديد</translation>
    </message>
    <message>
        <location filename="../../importers/bank.py" line="1227"/>
        <source>{name}: its entries take the opening balance to {total}, but its closing balance is {expected}: entries are missing or damaged; export it again</source>
        <translation>{name}: عملياته تبلغ بالرصيد الافتتاحي {total}، لكن رصيده الختامي {expected}: بعض العمليات ناقصة أو تالفة؛ صدّره من جديد</translation>
    </message>
    <message>
        <location filename="../../importers/bank.py" line="1240"/>
        <source>the balance {value!r} is unreadable</source>
        <translation>الرصيد {value!r} غير مقروء</translation>
    </message>
    <message>
        <location filename="../../importers/bank.py" line="1253"/>
        <source>entry {number}: :61:{line} is not a statement line (value date, C/D mark, amount, transaction type, reference)</source>
        <translation>القيد {number}: :61:{line} ليس سطر كشف حساب (تاريخ القيمة، علامة C/D، المبلغ، نوع العملية، المرجع)</translation>
    </message>
    <message>
        <location filename="../../importers/bank.py" line="1271"/>
        <source>{where}: the value date {value} is not a date</source>
        <translation>{where}: تاريخ القيمة {value} ليس تاريخاً</translation>
    </message>
    <message>
        <location filename="../../importers/bank.py" line="1280"/>
        <source>{where}: the entry date {value} is not a date</source>
        <translation>{where}: تاريخ القيد {value} ليس تاريخاً</translation>
    </message>
    <message>
        <location filename="../../importers/presets.py" line="78"/>
        <source>is not a readable mapping file ({problem})</source>
        <extracomment>column -&gt; the texts that leave a row out (a column the file lacks leaves none out; a mapping of the user&apos;s whose columns the file all lacks is refused) column -&gt; the texts of the rows that convert another row&apos;s money into the account&apos;s currency (PayPal&apos;s &quot;General Currency Conversion&quot;): each names the row it converts in its ``refund_of`` column, and gives its amount and currency</extracomment>
        <translation>ليس ملف مطابقة قابلاً للقراءة ({problem})</translation>
    </message>
    <message>
        <location filename="../../importers/presets.py" line="93"/>
        <source>mapping</source>
        <extracomment>What a preset or mapping file may say.</extracomment>
        <translation>المطابقة</translation>
    </message>
    <message>
        <location filename="../../importers/presets.py" line="102"/>
        <source>has unknown settings: {keys} (settings: {known})</source>
        <translation>يحتوي على إعدادات غير معروفة: {keys} (الإعدادات: {known})</translation>
    </message>
    <message>
        <location filename="../../importers/presets.py" line="113"/>
        <source>maps the unknown field {name!r} (fields: {fields})</source>
        <translation>يربط الحقل غير المعروف {name!r} (الحقول: {fields})</translation>
    </message>
    <message>
        <location filename="../../importers/presets.py" line="120"/>
        <source>needs the headers of {name!r} as a list of texts</source>
        <translation>يجب أن تكون عناوين {name!r} قائمة نصوص</translation>
    </message>
    <message>
        <location filename="../../importers/presets.py" line="124"/>
        <source>sets unknown fields: {fields}</source>
        <translation>يحدد حقولاً غير معروفة: {fields}</translation>
    </message>
    <message>
        <location filename="../../importers/presets.py" line="129"/>
        <source>needs the texts kept in {header!r} as a list</source>
        <translation>يحتاج النصوص المحتفظ بها في {header!r} في شكل قائمة</translation>
    </message>
    <message>
        <location filename="../../importers/presets.py" line="135"/>
        <source>needs the texts left out in {header!r} as a list</source>
        <translation>يحتاج النصوص المستبعدة في {header!r} على شكل قائمة</translation>
    </message>
    <message>
        <location filename="../../importers/presets.py" line="142"/>
        <source>needs the texts of conversion rows in {header!r} as a list</source>
        <translation>يحتاج نصوص أسطر التحويل في {header!r} على شكل قائمة</translation>
    </message>
    <message>
        <location filename="../../importers/presets.py" line="148"/>
        <source>reads currency conversions, which needs the columns of refund_of (the payment converted), amount and currency</source>
        <translation>يقرأ تحويلات العملات، وهذا يحتاج أعمدة refund_of (الأداء المحوَّل) و amount و currency</translation>
    </message>
    <message>
        <location filename="../../importers/presets.py" line="159"/>
        <source>translates values of fields that take none: {fields}</source>
        <translation>يترجم قيم حقول لا تقبل قيماً محددة: {fields}</translation>
    </message>
    <message>
        <location filename="../../importers/presets.py" line="165"/>
        <source>decimal_separator must be &apos;.&apos; or &apos;,&apos;</source>
        <translation>يجب أن تكون قيمة decimal_separator &apos;.&apos; أو &apos;,&apos;</translation>
    </message>
    <message>
        <location filename="../../importers/presets.py" line="168"/>
        <source>date_order must be &apos;dmy&apos; or &apos;mdy&apos;</source>
        <translation>يجب أن تكون قيمة date_order &apos;dmy&apos; أو &apos;mdy&apos;</translation>
    </message>
    <message>
        <location filename="../../importers/presets.py" line="173"/>
        <source>delimiter must be one character, such as &apos;;&apos; or &apos;,&apos;, or &apos;tab&apos;</source>
        <translation>يجب أن يكون delimiter حرفاً واحداً، مثل &apos;;&apos; أو &apos;,&apos;، أو &apos;tab&apos;</translation>
    </message>
    <message>
        <location filename="../../importers/presets.py" line="204"/>
        <source>is not a preset (presets: {known})</source>
        <translation>ليس نموذجاً (النماذج: {known})</translation>
    </message>
    <message>
        <location filename="../../importers/presets.py" line="561"/>
        <source>has {count} cells but the header has {width} columns</source>
        <extracomment>Fields read from the preset&apos;s next column where the first is empty on a row.</extracomment>
        <translation>فيه {count} من الخلايا بينما للترويسة {width} من الأعمدة</translation>
    </message>
    <message>
        <location filename="../../importers/presets.py" line="569"/>
        <source>is the file&apos;s last row, cut short: it has {count} of the header&apos;s {width} columns and no line end (a download cut short?): download the file again</source>
        <translation>هو آخر سطر في الملف وقد انقطع: فيه {count} من أعمدة الترويسة الـ{width} دون نهاية سطر (تنزيل منقطع؟): نزّل الملف من جديد</translation>
    </message>
    <message>
        <location filename="../../importers/presets.py" line="494"/>
        <source>the header {header!r} is over columns {first} and {second} (one cell merged over both?): give each column its own header, and say which holds the {field}</source>
        <extracomment>For the donor&apos;s name and email, the preset&apos;s further columns the file has, read in turn where the first is empty on a row (Stripe&apos;s Card Name is empty for a SEPA debit; the Customer Name says who paid). column index -&gt; the texts of the rows that are currency conversions</extracomment>
        <translation>العنوان {header!r} يغطي العمودين {first} و{second} (خلية مدمجة فوقهما؟): أعط كل عمود عنوانه الخاص، وحدد أيهما يحمل الحقل {field}</translation>
    </message>
    <message>
        <location filename="../../importers/presets.py" line="501"/>
        <source>the column {header!r} appears twice (columns {first} and {second}); which one holds the {field}?</source>
        <translation>العمود {header!r} يظهر مرتين (العمودان {first} و{second})؛ أيهما يتضمن الحقل {field}؟</translation>
    </message>
    <message>
        <location filename="../../importers/presets.py" line="515"/>
        <source>the {preset} preset expects a column {header!r}, which the file lacks</source>
        <translation>النموذج {preset} يتوقع عموداً {header!r} غير موجود في الملف</translation>
    </message>
    <message>
        <location filename="../../importers/presets.py" line="531"/>
        <source>the {preset} mapping leaves out rows by a column {header!r}, which the file lacks</source>
        <translation>تستبعد المطابقة {preset} أسطرا حسب عمود {header!r} غير موجود في الملف</translation>
    </message>
    <message>
        <location filename="../../importers/records.py" line="87"/>
        <source>{path}: {reason}</source>
        <extracomment>The fields a row can map to. ``donor`` is the full name; ``first_name`` and ``last_name`` are joined when there is no ``donor``. ``amount`` is the gross amount; ``fee`` a processor&apos;s fee (recorded as its own linked row). ``entry_type`` is ``donation`` (default), ``refund`` or ``return``; ``refund_of`` the reference of the donation a refund gives back. ``state`` (a state, province or region) is kept with the city (&quot;Chicago, IL&quot;), as the ledger has no column of its own for it. A platform that marks a refund on the donation&apos;s own row (ActBlue&apos;s Refund ID and Refund Date, Stripe&apos;s Amount Refunded, Donorbox&apos;s and HelloAsso&apos;s status) maps ``refund_reference``, ``refund_date``, ``refund_amount`` or ``refund_status``: when one of them says so, the row is recorded as the donation and, linked to it, its refund (the whole amount unless ``refund_amount`` says less; on ``refund_date``, else the donation&apos;s day; referenced ``refund_reference``, else the donation&apos;s reference and ``/refund``). ``refund_status`` says so when its text is ``refunded`` (after the preset&apos;s ``[values.refund_status]`` translation), ``charged back`` (a dispute lost: the whole amount, whatever ``refund_amount`` says), and ``partly refunded`` with the amount in ``refund_amount`` (a bad row without it); ``refund_status_date`` is the day the status was reached (Stripe&apos;s dispute date), the refund&apos;s day when ``refund_date`` is empty. The first columns of a rejects file (the bad rows of an import, then each row&apos;s own cells): a file that starts so is read back with the formula guards taken off.</extracomment>
        <translation>{path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../importers/records.py" line="166"/>
        <source>the file is UTF-8 text, not {encoding}: read as {encoding}, {word!r} would be recorded as {garbled!r}; import it without choosing an encoding, or choose utf-8</source>
        <extracomment>What a reader yields for each line of a file. A word with a letter beyond ASCII (what shows what an encoding makes of a file).</extracomment>
        <translation>الملف نص بترميز UTF-8 وليس {encoding}: إذا قُرئ بترميز {encoding} فستُسجَّل {word!r} على شكل {garbled!r}؛ استورده دون اختيار ترميز، أو اختر utf-8</translation>
    </message>
    <message>
        <location filename="../../importers/tables.py" line="43"/>
        <source>a PNG image</source>
        <extracomment>A single CSV field larger than this is refused (a runaway quote, or not a CSV). The text of a number that the amount parser would read with a thousands point. The same, given a leading zero to be read as a decimal number (``_cell_text``).</extracomment>
        <translation>صورة PNG</translation>
    </message>
    <message>
        <location filename="../../importers/tables.py" line="44"/>
        <source>a JPEG image</source>
        <translation>صورة JPEG</translation>
    </message>
    <message>
        <location filename="../../importers/tables.py" line="45"/>
        <source>a GIF image</source>
        <translation>صورة GIF</translation>
    </message>
    <message>
        <location filename="../../importers/tables.py" line="46"/>
        <source>a PDF document</source>
        <translation>مستند PDF</translation>
    </message>
    <message>
        <location filename="../../importers/tables.py" line="47"/>
        <source>a gzip archive</source>
        <translation>أرشيف gzip</translation>
    </message>
    <message>
        <location filename="../../importers/tables.py" line="48"/>
        <source>a RAR archive</source>
        <translation>أرشيف RAR</translation>
    </message>
    <message>
        <location filename="../../importers/tables.py" line="49"/>
        <source>a 7-Zip archive</source>
        <translation>أرشيف 7-Zip</translation>
    </message>
    <message>
        <location filename="../../importers/tables.py" line="125"/>
        <location filename="../../services/importing.py" line="1804"/>
        <source>there is no such file</source>
        <extracomment>An XML document&apos;s root element, past its declaration, comments and doctype. Rows before the header (a title, Excel&apos;s &quot;sep=;&quot; line), blank rows not counted. The decimal mark a workbook&apos;s number cells are written with as text: the one its preset reads amounts with (a number cell 75.5 is &quot;75,5&quot; for a preset of French exports, whose texts write decimals with a comma).</extracomment>
        <translation>هذا الملف غير موجود</translation>
    </message>
    <message>
        <location filename="../../importers/tables.py" line="135"/>
        <source>this is {what}, not a table of donations</source>
        <translation>هذا {what}، وليس جدول تبرعات</translation>
    </message>
    <message>
        <location filename="../../importers/tables.py" line="141"/>
        <source>its name ends in {suffix}, but it is not a workbook: it may be damaged, or another kind of file renamed</source>
        <translation>ينتهي اسمه بـ {suffix}، لكنه ليس مصنفًا: ربما هو تالف، أو ملف من نوع آخر أُعيدت تسميته</translation>
    </message>
    <message>
        <location filename="../../importers/tables.py" line="155"/>
        <source>{encoding!r} is not a text encoding Treasurer knows (such as utf-8, windows-1256, iso-8859-15)</source>
        <translation>{encoding!r} ليس ترميز نص يعرفه أمين المال (مثل utf-8 أو windows-1256 أو iso-8859-15)</translation>
    </message>
    <message>
        <location filename="../../importers/tables.py" line="201"/>
        <source>the file holds binary data, not text (if it is text in an encoding that was not recognised, choose it, such as utf-16-le: the import window&apos;s Encoding, --encoding on the command line)</source>
        <translation>يحتوي الملف على بيانات ثنائية لا على نص (إن كان نصًا بترميز لم يُتعرّف عليه، فاختره، مثل utf-16-le: الترميز في نافذة الاستيراد، أو ‎--encoding في سطر الأوامر)</translation>
    </message>
    <message>
        <location filename="../../importers/tables.py" line="224"/>
        <source>the file is not {encoding} text: its byte {byte} is a control character there; choose the file&apos;s encoding (such as windows-1256), or no encoding</source>
        <extracomment>bytes that are control characters in every 8-bit encoding (tab, line ends and form feed excepted), and the same characters with the C1 controls, deleted by translate The C1 control characters, which no text holds: what Latin-1 (ISO 8859-1 or -15) makes of the bytes Windows-1252 uses for €, Œ, ’, “ and the like.</extracomment>
        <translation>الملف ليس نصًا بترميز {encoding}: البايت {byte} فيه محرف تحكم في هذا الترميز؛ اختر ترميز الملف (مثل windows-1256)، أو لا تختر ترميزًا</translation>
    </message>
    <message>
        <location filename="../../importers/tables.py" line="230"/>
        <source>the file is not {encoding} text: its byte {byte} is a control character in {encoding}, but {sign!r} in windows-1252; choose windows-1252, or no encoding</source>
        <translation>الملف ليس نصًا بترميز {encoding}: البايت {byte} فيه محرف تحكم في {encoding}، لكنه {sign!r} في windows-1252؛ اختر windows-1252، أو لا تختر ترميزًا</translation>
    </message>
    <message>
        <location filename="../../importers/tables.py" line="288"/>
        <source>the text encoding cannot be recognised; choose it (the import window&apos;s Encoding, --encoding on the command line)</source>
        <translation>تعذّر التعرف على ترميز النص؛ اختره (الترميز في نافذة الاستيراد، أو ‎--encoding في سطر الأوامر)</translation>
    </message>
    <message>
        <location filename="../../importers/tables.py" line="346"/>
        <source>the file is not valid {encoding} (byte {byte}); choose the right encoding (the import window&apos;s Encoding, --encoding on the command line)</source>
        <extracomment>Runs of letters beyond ASCII that no Latin-script word is made of alone (&quot;Úáí&quot;): Arabic written in Windows-1256, read as Windows-1252.</extracomment>
        <translation>الملف ليس {encoding} صالحًا (البايت {byte})؛ اختر الترميز الصحيح (الترميز في نافذة الاستيراد، أو ‎--encoding في سطر الأوامر)</translation>
    </message>
    <message>
        <location filename="../../importers/tables.py" line="467"/>
        <source>the file is not valid {encoding} after line {line} (byte {byte} of a block); choose the right encoding (the import window&apos;s Encoding, --encoding on the command line)</source>
        <translation>الملف ليس {encoding} صالحًا بعد السطر {line} (البايت {byte} من كتلة)؛ اختر الترميز الصحيح (الترميز في نافذة الاستيراد، أو ‎--encoding في سطر الأوامر)</translation>
    </message>
    <message>
        <location filename="../../importers/tables.py" line="502"/>
        <source>the sheet {sheet!r} is empty; the workbook&apos;s other sheets: {sheets} (choose one: the import window&apos;s Sheet, --sheet on the command line)</source>
        <translation>الورقة {sheet!r} فارغة؛ أوراق المصنف الأخرى: {sheets} (اختر إحداها: الورقة في نافذة الاستيراد، أو ‎--sheet في سطر الأوامر)</translation>
    </message>
    <message>
        <source>{encoding!r} is not an encoding Python knows</source>
        <translation type="vanished">{encoding!r} ليس ترميزاً تعرفه Python</translation>
    </message>
    <message>
        <source>the file holds binary data, not text</source>
        <translation type="vanished">يحتوي الملف على بيانات ثنائية وليس على نص</translation>
    </message>
    <message>
        <location filename="../../importers/tables.py" line="413"/>
        <source>line {line}: the file ends inside a quoted cell: a quote mark (&quot;) opened on this line or an earlier one is never closed</source>
        <translation>السطر {line}: ينتهي الملف داخل خلية بين علامتي تنصيص: علامة تنصيص (&quot;) فُتحت في هذا السطر أو في سطر سابق ولم تُغلق</translation>
    </message>
    <message>
        <location filename="../../importers/tables.py" line="419"/>
        <source>line {line}: a cell holds more than {limit} characters, which no cell of a donation does (a quote mark left open, or not a table of donations?)</source>
        <translation>السطر {line}: خلية تحوي أكثر من {limit} حرفًا، وهذا لا يكون في خلايا التبرعات (علامة تنصيص بقيت مفتوحة، أو ليس جدول تبرعات؟)</translation>
    </message>
    <message>
        <location filename="../../importers/tables.py" line="424"/>
        <source>line {line}: {problem}</source>
        <translation>السطر {line}: {problem}</translation>
    </message>
    <message>
        <source>the text encoding cannot be recognised; give it with --encoding</source>
        <translation type="vanished">تعذّر التعرف على ترميز النص؛ حدّده بالخيار --encoding</translation>
    </message>
    <message>
        <location filename="../../importers/tables.py" line="50"/>
        <source>an SQLite database (a ledger?)</source>
        <translation>قاعدة بيانات SQLite (سجل؟)</translation>
    </message>
    <message>
        <source>the file holds binary data, not text (if it is text in an encoding that was not recognised, give it with --encoding, such as utf-16-le)</source>
        <translation type="vanished">يحتوي الملف على بيانات ثنائية لا نص (إن كان نصًا بترميز لم يُتعرّف عليه، فحدّده بـ --encoding، مثل utf-16-le)</translation>
    </message>
    <message>
        <location filename="../../importers/tables.py" line="252"/>
        <source>this is an XML document ({root}), neither a table of donations nor a bank statement Treasurer reads (CAMT.053, OFX)</source>
        <translation>هذا مستند XML ‏({root})، ليس جدول تبرعات ولا كشفا بنكيا يقرؤه Treasurer ‏(CAMT.053، OFX)</translation>
    </message>
    <message>
        <location filename="../../importers/tables.py" line="261"/>
        <source>--sheet {sheet!r} names a sheet of a workbook, but this file is text (CSV): import it without --sheet</source>
        <translation>‏--sheet {sheet!r} يسمي ورقة من مصنف، لكن هذا الملف نصي (CSV): استورده بدون --sheet</translation>
    </message>
    <message>
        <source>the file is not valid {encoding} (byte {byte}); give the right --encoding</source>
        <extracomment>Runs of letters beyond ASCII that no Latin-script word is made of alone (&quot;Úáí&quot;): Arabic written in Windows-1256, read as Windows-1252.</extracomment>
        <translation type="vanished">الملف ليس بترميز {encoding} صالح (البايت {byte})؛ حدّد الترميز الصحيح بالخيار --encoding</translation>
    </message>
    <message>
        <location filename="../../importers/tables.py" line="368"/>
        <source>{delimiter!r} cannot be the delimiter (it quotes cells or ends lines): give another, such as &apos;;&apos; or &apos;,&apos;, or &apos;tab&apos;</source>
        <translation>لا يمكن أن يكون {delimiter!r} هو الفاصل (فهو يحيط بالخلايا أو ينهي الأسطر): اختر غيره، مثل &apos;;&apos; أو &apos;,&apos; أو &apos;tab&apos;</translation>
    </message>
    <message>
        <location filename="../../importers/tables.py" line="373"/>
        <source>the delimiter {delimiter!r} is not one character: give one, such as &apos;;&apos; or &apos;,&apos;, or &apos;tab&apos;</source>
        <translation>الفاصل {delimiter!r} ليس حرفاً واحداً: أعطِ حرفاً واحداً، مثل &apos;;&apos; أو &apos;,&apos;، أو &apos;tab&apos;</translation>
    </message>
    <message>
        <location filename="../../importers/tables.py" line="393"/>
        <source>the first line holds no column names</source>
        <translation>السطر الأول لا يتضمن أي اسم عمود</translation>
    </message>
    <message>
        <location filename="../../importers/tables.py" line="406"/>
        <source>line {opened}: a quote mark (&quot;) in this row is never closed: the file ends inside a quoted cell (at line {line})</source>
        <translation>السطر {opened}: علامة تنصيص (&quot;) في هذا السطر لا تغلق أبدا: ينتهي الملف داخل خلية بين علامتي تنصيص (في السطر {line})</translation>
    </message>
    <message>
        <source>the file is not valid {encoding} after line {line} (byte {byte} of a block); give the right --encoding</source>
        <translation type="vanished">الملف ليس بترميز {encoding} صالح بعد السطر {line} (البايت {byte} من كتلة)؛ حدّد الترميز الصحيح بالخيار --encoding</translation>
    </message>
    <message>
        <location filename="../../importers/tables.py" line="483"/>
        <source>the workbook has no sheet</source>
        <translation>المصنف لا يتضمن أي ورقة</translation>
    </message>
    <message>
        <location filename="../../importers/tables.py" line="489"/>
        <source>there is no sheet {sheet!r} (sheets: {sheets})</source>
        <translation>لا توجد ورقة باسم {sheet!r} (الأوراق: {sheets})</translation>
    </message>
    <message>
        <source>the sheet {sheet!r} is empty; the workbook&apos;s other sheets: {sheets} (choose one with --sheet)</source>
        <translation type="vanished">الورقة {sheet!r} فارغة؛ أوراق المصنف الأخرى: {sheets} (اختر إحداها بـ --sheet)</translation>
    </message>
    <message>
        <location filename="../../importers/tables.py" line="508"/>
        <source>the sheet {sheet!r} is empty</source>
        <translation>الورقة {sheet!r} فارغة</translation>
    </message>
    <message>
        <location filename="../../importers/tables.py" line="536"/>
        <source>the spreadsheet cannot be read ({problem})</source>
        <translation>تتعذر قراءة جدول البيانات ({problem})</translation>
    </message>
    <message>
        <location filename="../../importers/tables.py" line="572"/>
        <source>the sheet {sheet!r} cannot be read ({problem})</source>
        <translation>تتعذر قراءة الورقة {sheet!r} ({problem})</translation>
    </message>
    <message>
        <location filename="../../reports/filings.py" line="197"/>
        <source>the {profile} profile has no reporting rule (kind &apos;reportable&apos;) for this ledger, so this filing has no threshold: add one to a copy of the profile</source>
        <extracomment>Which shipped profile each family of filings belongs to, and the prefix its rule ids carry (a copy keeps its rule ids: flags are keyed on them).</extracomment>
        <translation>ملف القواعد {profile} لا يتضمن قاعدة تصريح (من نوع &apos;reportable&apos;) لهذا السجل، لذا لا عتبة لهذا التصريح: أضف قاعدة إلى نسخة من ملف القواعد</translation>
    </message>
    <message>
        <location filename="../../services/audit.py" line="79"/>
        <location filename="../../services/browse.py" line="520"/>
        <location filename="../../services/compliance.py" line="513"/>
        <location filename="../../services/compliance.py" line="670"/>
        <location filename="../../services/compliance.py" line="932"/>
        <location filename="../../services/donations.py" line="211"/>
        <source>there is no donation with id {id}</source>
        <translation>لا يوجد تبرع بالمعرّف {id}</translation>
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
        <translation>لا يوجد متبرع بالمعرّف {id}</translation>
    </message>
    <message>
        <location filename="../../services/backup.py" line="36"/>
        <source>a PostgreSQL ledger is backed up by its server: use pg_dump (e.g. &apos;pg_dump -Fc DBNAME &gt; ledger.dump&apos;) or the server&apos;s continuous archiving; Treasurer&apos;s own backups are for ledger files</source>
        <translation>يُحفظ احتياطياً سجل PostgreSQL بواسطة خادمه: استعمل pg_dump (مثلاً &apos;pg_dump -Fc DBNAME &gt; ledger.dump&apos;) أو الأرشفة المستمرة للخادم؛ النسخ الاحتياطية الخاصة بأمين الصندوق مخصصة لملفات السجلات</translation>
    </message>
    <message>
        <location filename="../../services/backup.py" line="105"/>
        <source>{path} exists already; choose another file name</source>
        <translation>{path} موجود مسبقاً؛ اختر اسم ملف آخر</translation>
    </message>
    <message>
        <location filename="../../services/backup.py" line="177"/>
        <source>{server}; restore it with pg_restore</source>
        <translation>{server}؛ استعده باستخدام pg_restore</translation>
    </message>
    <message>
        <location filename="../../services/backup.py" line="179"/>
        <source>there is no file {path}</source>
        <translation>لا يوجد ملف {path}</translation>
    </message>
    <message>
        <location filename="../../services/backup.py" line="186"/>
        <source>{path} is encrypted: give its passphrase (--passphrase-file, or $TREASURER_PASSPHRASE)</source>
        <translation>{path} مشفّر: أدخل عبارة المرور الخاصة به (--passphrase-file، أو $TREASURER_PASSPHRASE)</translation>
    </message>
    <message>
        <location filename="../../services/backup.py" line="212"/>
        <location filename="../../services/backup.py" line="256"/>
        <source>{path} is damaged ({problem}); choose another backup</source>
        <translation>{path} تالف ({problem})؛ اختر نسخة احتياطية أخرى</translation>
    </message>
    <message>
        <location filename="../../services/backup.py" line="220"/>
        <source>{path} is not a Treasurer ledger</source>
        <translation>{path} ليس سجلاً من سجلات أمين الصندوق</translation>
    </message>
    <message>
        <location filename="../../services/backup.py" line="222"/>
        <source>{path} is not a Treasurer ledger (it has no organisation)</source>
        <translation>{path} ليس سجلاً من سجلات أمين الصندوق (لا يتضمن أي هيئة)</translation>
    </message>
    <message>
        <location filename="../../services/backup.py" line="225"/>
        <source>{path} was written by a newer version of Treasurer (schema {schema})</source>
        <translation>{path} كُتب بإصدار أحدث من أمين الصندوق (المخطط {schema})</translation>
    </message>
    <message>
        <location filename="../../services/backup.py" line="282"/>
        <source>could not save the current ledger before restoring: {problem}</source>
        <translation>تعذّر حفظ السجل الحالي قبل الاستعادة: {problem}</translation>
    </message>
    <message>
        <location filename="../../services/browse.py" line="353"/>
        <source>{problem}; choose the donor from the list to say which</source>
        <translation>{problem}؛ اختر المتبرع من القائمة لتحديد المقصود</translation>
    </message>
    <message>
        <location filename="../../services/browse.py" line="445"/>
        <location filename="../../services/compliance.py" line="801"/>
        <source>a donor cannot be merged into itself</source>
        <translation>لا يمكن دمج متبرع في نفسه</translation>
    </message>
    <message>
        <location filename="../../services/browse.py" line="453"/>
        <location filename="../../services/compliance.py" line="808"/>
        <source>one of these donors was already merged into another</source>
        <translation>سبق دمج أحد هذين المتبرعين في متبرع آخر</translation>
    </message>
    <message>
        <source>donation {id} has refunds, fees, checks or receipts recorded against it; it cannot be taken back, record a refund instead</source>
        <translation type="vanished">التبرع {id} سُجّلت عليه استردادات أو رسوم أو عمليات تحقق أو إيصالات؛ لا يمكن التراجع عنه، سجّل استردادًا بدلًا من ذلك</translation>
    </message>
    <message>
        <location filename="../../services/browse.py" line="523"/>
        <source>donation {id} has refunds, fees or checks recorded against it; it cannot be taken back, record a refund instead</source>
        <translation>للتبرع {id} استردادات أو رسوم أو عمليات تحقق مسجلة عليه؛ لا يمكن التراجع عنه، سجّل استرداداً بدلاً من ذلك</translation>
    </message>
    <message>
        <location filename="../../services/browse.py" line="542"/>
        <source>flag {id} is not a dismissed flag</source>
        <translation>التنبيه {id} ليس تنبيهاً مرفوضاً</translation>
    </message>
    <message>
        <location filename="../../services/compliance.py" line="50"/>
        <source>a donation</source>
        <extracomment>The template profile: a ledger may use it in any currency, and no rule is applied until the treasurer copies it and writes their own figures. An entry of each type, as a message names it: &quot;entry 12 is itself a refund&quot;…</extracomment>
        <translation>تبرع</translation>
    </message>
    <message>
        <location filename="../../services/compliance.py" line="51"/>
        <source>a refund</source>
        <translation>استرداد</translation>
    </message>
    <message>
        <location filename="../../services/compliance.py" line="52"/>
        <source>a return</source>
        <translation>إرجاع</translation>
    </message>
    <message>
        <location filename="../../services/compliance.py" line="56"/>
        <location filename="../../services/ledger.py" line="430"/>
        <source>the donation</source>
        <extracomment>…and &quot;the refund is dated 2025-03-01, in period 2025-Q1…&quot;</extracomment>
        <translation>التبرع</translation>
    </message>
    <message>
        <location filename="../../services/compliance.py" line="57"/>
        <source>the refund</source>
        <translation>الاسترداد</translation>
    </message>
    <message>
        <location filename="../../services/compliance.py" line="58"/>
        <source>the return</source>
        <translation>الإرجاع</translation>
    </message>
    <message>
        <location filename="../../services/compliance.py" line="61"/>
        <source>resolved</source>
        <extracomment>A flag that is no longer open, as &quot;flag 7 is already dismissed&quot; says it.</extracomment>
        <translation>محلول</translation>
    </message>
    <message>
        <location filename="../../services/compliance.py" line="61"/>
        <source>dismissed</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location filename="../../services/compliance.py" line="95"/>
        <source>there is no rule profile {profile!r} (known: {known})</source>
        <translation>لا يوجد ملف قواعد {profile!r} (الملفات المعروفة: {known})</translation>
    </message>
    <message>
        <location filename="../../services/compliance.py" line="102"/>
        <source>profile {path}: its id is {found!r}, not {wanted!r}</source>
        <translation>الملف {path}: معرّفه {found!r} وليس {wanted!r}</translation>
    </message>
    <message>
        <location filename="../../services/compliance.py" line="156"/>
        <source>{profile!r} is not a usable profile id (letters, digits, - and _)</source>
        <translation>{profile!r} ليس معرّف ملف صالحاً (حروف وأرقام و- و_)</translation>
    </message>
    <message>
        <location filename="../../services/compliance.py" line="159"/>
        <source>there is already a profile {profile!r}</source>
        <translation>يوجد مسبقاً ملف {profile!r}</translation>
    </message>
    <message>
        <location filename="../../services/compliance.py" line="162"/>
        <source>there is no rule profile {profile!r}</source>
        <translation>لا يوجد ملف قواعد {profile!r}</translation>
    </message>
    <message>
        <location filename="../../services/compliance.py" line="386"/>
        <source>the ledger counts in {currency} but its rule profile {profile} counts in {profile_currency}: copy the profile (treasurer profile copy), set its currency and figures, and use it</source>
        <extracomment>the flags raised, and those open again (ids); those whose amounts changed</extracomment>
        <translation>يحتسب السجل بعملة {currency} لكن ملف قواعده {profile} يحتسب بعملة {profile_currency}: انسخ الملف (treasurer profile copy)، وحدد عملته ومبالغه، ثم استعمله</translation>
    </message>
    <message>
        <location filename="../../services/compliance.py" line="463"/>
        <source>--status must be one of: {choices}</source>
        <translation>يجب أن تكون قيمة --status إحدى القيم: {choices}</translation>
    </message>
    <message>
        <location filename="../../services/compliance.py" line="475"/>
        <source>dismissing a flag needs a reason (--reason)</source>
        <translation>يتطلب رفض التنبيه ذكر سبب (--reason)</translation>
    </message>
    <message>
        <location filename="../../services/compliance.py" line="480"/>
        <source>there is no flag with id {id}</source>
        <translation>لا يوجد تنبيه بالمعرّف {id}</translation>
    </message>
    <message>
        <location filename="../../services/compliance.py" line="483"/>
        <source>flag {id} is already {status}</source>
        <translation>التنبيه {id} {status} بالفعل</translation>
    </message>
    <message>
        <location filename="../../services/compliance.py" line="516"/>
        <source>entry {id} is itself {entry}</source>
        <translation>القيد {id} هو نفسه {entry}</translation>
    </message>
    <message>
        <location filename="../../services/compliance.py" line="521"/>
        <source>must be more than zero (the amount given back)</source>
        <translation>يجب أن يكون أكبر من الصفر (المبلغ المُرجَع)</translation>
    </message>
    <message>
        <location filename="../../services/compliance.py" line="531"/>
        <source>is before the donation was received</source>
        <translation>سابق لتاريخ استلام التبرع</translation>
    </message>
    <message>
        <location filename="../../services/compliance.py" line="536"/>
        <source>only {left} of donation {id} is left to give back ({amount} less {given} already)</source>
        <translation>لم يتبقَّ من التبرع {id} سوى {left} لإرجاعه ({amount} ناقص {given} أُرجعت من قبل)</translation>
    </message>
    <message>
        <location filename="../../services/compliance.py" line="604"/>
        <source>say how the donor was checked (--method), e.g. electoral-register</source>
        <translation>حدد طريقة التحقق من المتبرع (--method)، مثلاً electoral-register</translation>
    </message>
    <message>
        <location filename="../../services/compliance.py" line="621"/>
        <source>donation {id} is not a donation of donor {donor}</source>
        <translation>التبرع {id} ليس من تبرعات المتبرع {donor}</translation>
    </message>
    <message>
        <location filename="../../services/compliance.py" line="666"/>
        <source>an override needs a reason (--reason); it goes to the audit log</source>
        <translation>يتطلب الاستثناء ذكر سبب (--reason)؛ يُدوَّن في سجل التدقيق</translation>
    </message>
    <message>
        <location filename="../../services/compliance.py" line="675"/>
        <location filename="../../services/compliance.py" line="954"/>
        <location filename="../../services/donations.py" line="92"/>
        <location filename="../../services/donations.py" line="171"/>
        <source>donation {id}</source>
        <translation>التبرع {id}</translation>
    </message>
    <message>
        <location filename="../../services/compliance.py" line="738"/>
        <source>year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <location filename="../../services/compliance.py" line="738"/>
        <source>is not a year up to this one ({year})</source>
        <translation>ليست سنة لا تتجاوز السنة الحالية ({year})</translation>
    </message>
    <message>
        <location filename="../../services/compliance.py" line="743"/>
        <source>the {profile} profile has no cap that counts gifts to other parties; declared gifts would change nothing</source>
        <translation>لا يتضمن الملف {profile} أي سقف يحتسب الهبات المقدمة لأحزاب أخرى؛ لن يغيّر التصريح بها شيئاً</translation>
    </message>
    <message>
        <location filename="../../services/compliance.py" line="749"/>
        <source>must not be negative</source>
        <translation>يجب ألا يكون سالباً</translation>
    </message>
    <message>
        <location filename="../../services/compliance.py" line="814"/>
        <source>a donation of donor {donor}</source>
        <translation>تبرع للمتبرع {donor}</translation>
    </message>
    <message>
        <location filename="../../services/compliance.py" line="873"/>
        <source>donor {other} is not merged into donor {keep}</source>
        <translation>المتبرع {other} غير مدمج في المتبرع {keep}</translation>
    </message>
    <message>
        <location filename="../../services/compliance.py" line="927"/>
        <source>the {profile} profile does not allow reattribution; refund or return instead</source>
        <translation>لا يسمح الملف {profile} بإعادة النسب؛ قم بالاسترداد أو الإرجاع بدلاً من ذلك</translation>
    </message>
    <message>
        <location filename="../../services/compliance.py" line="937"/>
        <source>a donation is reattributed to another person than its donor</source>
        <translation>يُعاد نسب التبرع إلى شخص غير متبرعه</translation>
    </message>
    <message>
        <location filename="../../services/compliance.py" line="940"/>
        <location filename="../../services/donations.py" line="218"/>
        <source>must be more than zero</source>
        <translation>يجب أن يكون أكبر من الصفر</translation>
    </message>
    <message>
        <location filename="../../services/compliance.py" line="943"/>
        <source>must be between the donation&apos;s date and today</source>
        <translation>يجب أن يكون بين تاريخ التبرع وتاريخ اليوم</translation>
    </message>
    <message>
        <location filename="../../services/compliance.py" line="948"/>
        <source>only {left} of donation {id} is left to reattribute</source>
        <translation>لم يتبقَّ من التبرع {id} سوى {left} لإعادة نسبه</translation>
    </message>
    <message>
        <location filename="../../services/donations.py" line="81"/>
        <location filename="../../services/ledger.py" line="427"/>
        <source>a donation with reference {reference!r} is already recorded</source>
        <translation>تبرع بالمرجع {reference!r} مسجل مسبقاً</translation>
    </message>
    <message>
        <location filename="../../services/donations.py" line="90"/>
        <source>nothing to change in donation {id}</source>
        <translation>لا شيء للتغيير في التبرع {id}</translation>
    </message>
    <message>
        <location filename="../../services/donations.py" line="146"/>
        <source>deleting a donation needs a reason (--reason); it goes to the audit log</source>
        <translation>يتطلب حذف التبرع ذكر سبب (--reason)؛ يُدوَّن في سجل التدقيق</translation>
    </message>
    <message>
        <location filename="../../services/donations.py" line="153"/>
        <source>donation {id} has {refunds} refund(s) or return(s) recorded against it; delete those first</source>
        <translation>للتبرع {id} عدد {refunds} من الاستردادات أو الإرجاعات المسجلة عليه؛ احذفها أولاً</translation>
    </message>
    <message>
        <location filename="../../services/donations.py" line="161"/>
        <source>donation {id} has receipt {numbers} issued for it; void the receipt first (treasurer receipt void {first} --reason ...)</source>
        <translation>صدر للتبرع {id} الإيصال {numbers}؛ ألغِ الإيصال أولاً (treasurer receipt void {first} --reason ...)</translation>
    </message>
    <message>
        <location filename="../../services/donations.py" line="221"/>
        <source>the amount of {entry} is not edited; delete it and record it again</source>
        <translation>لا يُعدَّل مبلغ {entry}؛ احذفه ثم سجّله من جديد</translation>
    </message>
    <message>
        <location filename="../../services/donations.py" line="227"/>
        <source>{given} of donation {id} was already given back; its amount cannot be less</source>
        <translation>سبق إرجاع {given} من التبرع {id}؛ لا يمكن أن يكون مبلغه أقل من ذلك</translation>
    </message>
    <message>
        <location filename="../../services/donations.py" line="239"/>
        <location filename="../../services/reports.py" line="124"/>
        <source>there is no accounting unit named {name!r}</source>
        <translation>لا توجد وحدة محاسبية باسم {name!r}</translation>
    </message>
    <message>
        <location filename="../../services/donors.py" line="41"/>
        <source>a donor has no detail {fields} (details: {known})</source>
        <extracomment>What ``edit_donor`` changes.</extracomment>
        <translation>لا يملك المتبرع البيان {fields} (البيانات: {known})</translation>
    </message>
    <message>
        <location filename="../../services/donors.py" line="51"/>
        <source>donor {id} was merged into donor {into}: edit that one</source>
        <translation>أُدمج المتبرع {id} في المتبرع {into}: عدّل هذا الأخير</translation>
    </message>
    <message>
        <location filename="../../services/donors.py" line="55"/>
        <source>donor {id} was pseudonymised (the keeping period was over): their details are not recorded again</source>
        <translation>أُخفيت هوية المتبرع {id} (انتهت مدة الحفظ): لا تُسجَّل بياناته من جديد</translation>
    </message>
    <message>
        <location filename="../../services/donors.py" line="60"/>
        <source>a donor&apos;s kind cannot be empty (individual, company, party...)</source>
        <translation>لا يمكن أن تكون صفة المتبرع فارغة (individual، company، party...)</translation>
    </message>
    <message>
        <location filename="../../services/donors.py" line="121"/>
        <source>a company number has at most 40 characters; {number!r} has more</source>
        <translation>لا يتجاوز رقم تسجيل الشركة 40 حرفاً؛ و{number!r} يتجاوزها</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="246"/>
        <source>1 bad row</source>
        <extracomment>A refund recorded from another source within this many days of the row is the same one. A header cell that is a value (a date, an amount): the file has no header line. A file this large (about 100,000 rows of a platform&apos;s CSV) is read, parsed and planned by a worker process while this one writes: on two cores, a million rows in about two thirds of the time. Smaller files are not worth starting a process for. The flags an import&apos;s report lists (all are counted, and on the Flags page once saved). known donors whose blank details (an address, an email...) the file filled known donors without an address to whom the file gives two (neither recorded): {&quot;donor_id&quot;, &quot;name&quot;} flags the rules closed after the import: the address a known donor lacked, now filled; a warning near a cap that an over-cap flag now takes the place of the flags raised (or open again), as ``treasurer flags --json`` lists them, the most urgent first: the first ``_FLAGS_LISTED`` (a dry run&apos;s ids are not kept) the open flags whose figures the import changed (a donor further over a cap), alike What is left out, so that the treasurer sees nothing was lost: (entry number, reason) for a bank statement&apos;s entries that are not donations (debits, reversals, entries not booked...); (line, reason) for the rows of a table that its preset does not import (its ``[keep]`` column: a HelloAsso payment made offline...). The columns of a file read with the generic preset that it does not read (a &quot;Type&quot; or &quot;Mode&quot; column of values it cannot guess): a mapping can name them. The sheet of a workbook that was read, and its other sheets (not read). When the file&apos;s dates are read in the other order than the ledger&apos;s (a 04/13/2025 settles month first): that order (&quot;mdy&quot;, &quot;dmy&quot;) and the date that settled it. When amounts that read two ways (&quot;1,500&quot;) were read with their mark separating thousands, no amount of the file showing its decimal mark: the mark and the first such amount. New donors recorded as persons whose names end as a company&apos;s may (&quot;Total SA&quot;): {&quot;donor_id&quot;, &quot;name&quot;}, for the treasurer to check (``may_be_legal_form``) A statement&apos;s debits to donors of the ledger that may send a gift back (its very amount, on or after it): {&quot;entry&quot;, &quot;date&quot;, &quot;amount&quot;, &quot;currency&quot;, &quot;name&quot;, &quot;donation_ids&quot;, &quot;in_file&quot;}</extracomment>
        <translation>سطر واحد غير صالح</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="246"/>
        <source>{count} bad rows</source>
        <translation>{count} من الأسطر غير الصالحة</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="257"/>
        <source>{rows} in {file}; nothing was imported. First: entry {line}, {column} {value!r}: {reason}. Import the good rows with --skip-bad-rows, then see to the others as each reason says</source>
        <translation>{rows} في {file}؛ لم يُستورد شيء. الأول: القيد {line}، {column} {value!r}: {reason}. استورد الصفوف السليمة بـ --skip-bad-rows، ثم عالج الباقي كما يقول كل سبب</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="264"/>
        <source>{rows} in {file}; nothing was imported. First: line {line}, {column} {value!r}: {reason}. Fix them, or import the good rows with --skip-bad-rows</source>
        <translation>{rows} في {file}؛ لم يُستورد أي شيء. أولها: السطر {line}، {column} {value!r}: {reason}. صحّحها، أو استورد الأسطر السليمة بالخيار --skip-bad-rows</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="314"/>
        <source>is a bank statement: it has no columns to choose</source>
        <translation>كشف حساب بنكي: لا أعمدة فيه للاختيار</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="368"/>
        <source>a saved mapping needs a name</source>
        <translation>تحتاج المطابقة المحفوظة إلى اسم</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="370"/>
        <source>unknown fields in the mapping: {fields}</source>
        <translation>حقول غير معروفة في المطابقة: {fields}</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="373"/>
        <source>a mapping needs columns for the date, the amount and the donor&apos;s name</source>
        <translation>تحتاج المطابقة إلى أعمدة للتاريخ والمبلغ واسم المتبرع</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="586"/>
        <source>the date column is inconsistent: {reason}</source>
        <translation>عمود التواريخ غير متسق: {reason}</translation>
    </message>
    <message>
        <source>the platform now says {refunded} was refunded, but the ledger holds a refund of {recorded}: record the difference with &apos;treasurer refund&apos;</source>
        <translation type="vanished">تقول المنصة الآن إن {refunded} قد رُدّ، لكن السجل يحمل استردادًا قدره {recorded}: سجّل الفرق بـ ‹treasurer refund›</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="1364"/>
        <source>refunds {refund}, more than its donation of {donation}</source>
        <translation>يسترد {refund}، أكثر من تبرعه البالغ {donation}</translation>
    </message>
    <message>
        <location filename="../../importers/plan.py" line="347"/>
        <source>is a spreadsheet error, not a value</source>
        <translation>خطأ في جدول البيانات، وليس قيمة</translation>
    </message>
    <message>
        <location filename="../../importers/plan.py" line="361"/>
        <source>is empty in the workbook, which holds formulas or error cells without a saved value: open it, paste the cells as values, save, and import again</source>
        <translation>فارغ في المصنف، الذي يتضمن صيغاً أو خلايا خطأ دون قيمة محفوظة: افتحه، والصق الخلايا كقيم، واحفظه، ثم أعد الاستيراد</translation>
    </message>
    <message>
        <location filename="../../importers/plan.py" line="417"/>
        <source>is not an accounting unit of this ledger (units: {units}): correct the name, or add the unit first (&apos;treasurer unit add&apos;)</source>
        <translation>ليست وحدة محاسبية في هذا السجل (الوحدات: {units}): صحّح الاسم، أو أضف الوحدة أولاً (&apos;treasurer unit add&apos;)</translation>
    </message>
    <message>
        <location filename="../../importers/plan.py" line="527"/>
        <source>on a bank statement</source>
        <translation>في كشف حساب مصرفي</translation>
    </message>
    <message>
        <location filename="../../importers/plan.py" line="544"/>
        <source>{donor} already gave {amount} on {date} in the ledger, recorded from another source ({how}): if this row is that gift, leave it out of the import; if it is another one, record it by hand (&apos;treasurer add&apos;)</source>
        <translation>سبق أن تبرّع {donor} بمبلغ {amount} في {date} في السجل، مسجَّلاً من مصدر آخر ({how}): إن كان هذا السطر هو ذلك التبرع فاتركه خارج الاستيراد؛ وإن كان تبرعاً آخر فسجّله يدوياً (&apos;treasurer add&apos;)</translation>
    </message>
    <message>
        <source>{donor} already gave {amount} on {date} in the ledger, recorded from another source ({how}): if this row is that gift, leave it out (import the others with --skip-bad-rows); if it is another one, record it by hand (&apos;treasurer add&apos;)</source>
        <translation type="vanished">سبق أن تبرّع {donor} بمبلغ {amount} في {date} في السجل، مسجَّلاً من مصدر آخر ({how}): إن كان هذا السطر هو ذلك التبرع فاتركه (استورد الباقي بـ --skip-bad-rows)؛ وإن كان تبرعاً آخر فسجّله يدوياً (&apos;treasurer add&apos;)</translation>
    </message>
    <message>
        <location filename="../../importers/plan.py" line="528"/>
        <source>with a reference</source>
        <translation>بمرجع</translation>
    </message>
    <message>
        <location filename="../../importers/plan.py" line="526"/>
        <source>without a reference</source>
        <extracomment>The gifts a row may be, by where its reference comes from (``gift_key``): gifts of one source that both bear references are told apart by them (two transfers at the bank, two payments on a platform); any other pair may be one gift seen twice.</extracomment>
        <translation>بلا مرجع</translation>
    </message>
    <message>
        <location filename="../../importers/plan.py" line="314"/>
        <source>says {donor} is {kind}, but the ledger has {donor} as {recorded}: correct the donor (&apos;treasurer donor edit&apos;, or the Donors page) or the row</source>
        <extracomment>Planned rows per message from the worker; each message is a tag and its length. A statement&apos;s entries that are not donations: (entry number, reason). Those of them that paid someone the statement names (a gift sent back?). A donation to insert: its donor (a new one&apos;s temporary id if negative), unit, day (an ordinal), amount in minor units, currency, method, entry type, reference, fingerprint, notes, fee in minor units, and (amount, currency) as paid where the platform converted it. A row skipped because its reference is already in the ledger or earlier in the file, as the importing process checks it against what is there (``_ImportRun``): reference, the date&apos;s ordinal, amount in minor units (positive), line, column, and whether it is the refund a platform marks on its donation&apos;s row (then the reference is the donation&apos;s, and the amount must be what the ledger&apos;s refunds of it give back in all), and the row&apos;s donor (name key). the ``gift_key`` of each of the ledger&apos;s donations the kind of each donor that is not a person (the others are individuals) Arabic-Indic and Eastern Arabic-Indic digits, as Latin ones. rows the preset does not import: (line, reason)</extracomment>
        <translation>تقول إن {donor} من نوع {kind}، لكن السجل يحمل {donor} بصفة {recorded}: صحّح المتبرع (&apos;treasurer donor edit&apos;، أو صفحة المتبرعين) أو السطر</translation>
    </message>
    <message>
        <location filename="../../importers/plan.py" line="562"/>
        <source>several donors have this name ({known} of the ledger{ids}, {new} new in this file, told apart by their postcode or email) and this row has neither: add a postcode or email column</source>
        <translation>عدة متبرعين يحملون هذا الاسم ({known} من السجل{ids}، و{new} جدد في هذا الملف، يميَّزون برمزهم البريدي أو بريدهم الإلكتروني) وهذا الصف لا يحمل أياً منهما: أضف عمود الرمز البريدي أو البريد الإلكتروني</translation>
    </message>
    <message>
        <source>is not an accounting unit of this ledger</source>
        <translation type="vanished">ليس وحدة محاسبية في هذا السجل</translation>
    </message>
    <message>
        <location filename="../../importers/plan.py" line="560"/>
        <source>{problem}; add a postcode or email column</source>
        <translation>{problem}؛ أضف عمود الرمز البريدي أو البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="626"/>
        <source>the file has no rows under its header</source>
        <translation>لا يتضمن الملف أي سطر تحت ترويسته</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="630"/>
        <source>the statement has no credit to import: its {count} entries are not donations ({reasons})</source>
        <translation>لا يحتوي الكشف على أي دائن للاستيراد: قيوده الـ {count} ليست تبرعات ({reasons})</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="636"/>
        <source>the preset {preset} leaves out all {count} rows ({reasons}): if they are donations, import the file with a mapping of your own whose [keep] lets them in</source>
        <translation>النموذج {preset} يترك جانباً كل الصفوف الـ {count} ({reasons}): إن كانت تبرعات، فاستورد الملف بمطابقة خاصة بك يسمح فيها [keep] بدخولها</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="1130"/>
        <source>the platform now says {refunded} was refunded, but the ledger&apos;s refunds of this donation give back {recorded}: record the difference with &apos;treasurer refund&apos;</source>
        <extracomment>A donation ready to insert, as plain values (a worker process sends a million of them, with marshal): donor (a ledger id, or a new donor&apos;s temporary negative id), unit id, the date&apos;s ordinal, amount in minor units, currency, method, entry type, reference, fingerprint, notes, processor fee in minor units (same currency) or None.</extracomment>
        <translation>تقول المنصة الآن إن {refunded} قد رُدّ، لكن استردادات هذا التبرع في السجل تعيد {recorded}: سجّل الفرق بـ ‹treasurer refund›</translation>
    </message>
    <message>
        <source>is already the reference of another entry ({amount} on {date}): if this row is another donation, its reference comes from another source; map another column as the reference, or none</source>
        <translation type="vanished">هو مرجع قيد آخر بالفعل ({amount} بتاريخ {date}): إذا كان هذا السطر تبرعًا آخر، فمرجعه من مصدر آخر؛ اختر عمودًا آخر مرجعًا، أو لا شيء</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="1342"/>
        <source>is negative (a refund), but no donation in the ledger or the file has its reference: if it is the refund&apos;s own reference, add a column that gives the reference of the donation it refunds</source>
        <translation>سالب (استرداد)، لكن لا يوجد تبرع في السجل أو الملف يحمل مرجعه: إن كان هذا مرجع الاسترداد نفسه، فأضف عموداً يذكر مرجع التبرع المسترد</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="1347"/>
        <source>refunds a donation that is not in the ledger or the file</source>
        <translation>يسترد تبرعاً غير موجود في السجل ولا في الملف</translation>
    </message>
    <message>
        <source>refunds {minor} minor units of a donation of {donation}</source>
        <translation type="vanished">يسترد {minor} وحدة صغرى من تبرع قدره {donation}</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="1359"/>
        <source>is dated before the donation it refunds ({date})</source>
        <translation>مؤرخ قبل التبرع الذي يسترده ({date})</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="1370"/>
        <source>refunds {refund}, but only {left} of its donation of {donation} is left to give back (other refunds gave back the rest)</source>
        <translation>يسترد {refund}، لكن لم يبق للرد من تبرعه البالغ {donation} إلا {left} (ردّت استردادات أخرى الباقي)</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="1507"/>
        <source>the import&apos;s worker process stopped before the end (short of memory?); nothing was imported: try again, with other programs closed</source>
        <translation>توقفت العملية المساعدة للاستيراد قبل النهاية (نقص في الذاكرة؟)؛ لم يُستورد أي شيء: أعد المحاولة بعد إغلاق البرامج الأخرى</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="1678"/>
        <source>no column of the sheet {sheet!r} gives the {fields} of each donation (columns: {columns}); the workbook has other sheets ({sheets}): choose one (the import window&apos;s Sheet, --sheet on the command line), or map its columns (the import window&apos;s columns page, a --mapping on the command line)</source>
        <translation>لا يعطي أي عمود من الورقة {sheet!r} {fields} لكل تبرع (الأعمدة: {columns})؛ للمصنف أوراق أخرى ({sheets}): اختر إحداها (الورقة في نافذة الاستيراد، أو ‎--sheet في سطر الأوامر)، أو عيّن أعمدتها (صفحة الأعمدة في نافذة الاستيراد، أو ‎--mapping في سطر الأوامر)</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="1689"/>
        <source>the first line holds values ({columns}), not column names: add a header line that names the columns (such as Date, Nom, Montant)</source>
        <translation>السطر الأول يحمل قيماً ({columns}) لا أسماء أعمدة: أضف سطر عناوين يسمّي الأعمدة (مثل التاريخ، الاسم، المبلغ)</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="1669"/>
        <source>no column gives the {fields} of each donation (columns: {columns}): check the column names in the mapping {mapping}</source>
        <translation>لا يعطي أي عمود {fields} لكل تبرع (الأعمدة: {columns}): تحقق من أسماء الأعمدة في ملف المطابقة {mapping}</translation>
    </message>
    <message>
        <source>is already the reference of {donor}&apos;s donation of {amount} on {date}, but this row names another donor: if it is that gift, leave the row out; if not, its reference comes from another source (another account&apos;s numbering): map another column as the reference, or none</source>
        <translation type="vanished">هو بالفعل مرجع تبرع {donor} بمبلغ {amount} بتاريخ {date}، لكن هذا السطر يذكر متبرعا آخر: إن كان هو نفس التبرع فاحذف السطر؛ وإلا فمرجعه من مصدر آخر (ترقيم حساب آخر): اختر عمودا آخر مرجعا، أو لا شيء</translation>
    </message>
    <message>
        <source>column {number} (no header: {value!r})</source>
        <extracomment>A refund recorded from another source within this many days of the row is the same one. A header cell that is a value (a date, an amount): the file has no header line. A file this large (about 100,000 rows of a platform&apos;s CSV) is read, parsed and planned by a worker process while this one writes: on two cores, a million rows in about two thirds of the time. Smaller files are not worth starting a process for. What is left out, so that the treasurer sees nothing was lost: (entry number, reason) for a bank statement&apos;s entries that are not donations (debits, reversals, entries not booked...); (line, reason) for the rows of a table that its preset does not import (its ``[keep]`` column: a HelloAsso payment made offline...). The columns of a file read with the generic preset that it does not read (a &quot;Type&quot; or &quot;Mode&quot; column of values it cannot guess): a mapping can name them. The columns without a header that hold values: (column number, its first value). The sheet of a workbook that was read, and its other sheets (not read). When the file&apos;s dates are read in the other order than the ledger&apos;s (a 04/13/2025 settles month first): that order (&quot;mdy&quot;, &quot;dmy&quot;) and the date that settled it.</extracomment>
        <translation type="vanished">العمود {number} (بلا عنوان: {value!r})</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="591"/>
        <source>the amount column is inconsistent: {reason}</source>
        <translation>عمود المبالغ غير متسق: {reason}</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="615"/>
        <source>column {number} holds values but has no header (the first: {value!r}); nothing would read it: give it a header, or delete it</source>
        <translation>العمود {number} يحتوي على قيم لكن بلا عنوان (أولها: {value!r})؛ لن يقرأه شيء: أعطه عنوانا، أو احذفه</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="1138"/>
        <source>says {refunded} was refunded, but the ledger&apos;s refunds of this donation give back {recorded} already (from a later export, or by hand): if this file is older, leave this row out; if not, check the refunds recorded</source>
        <translation>يذكر أن {refunded} رُدّت، لكن استردادات هذا التبرع في السجل تردّ {recorded} بالفعل (من تصدير أحدث، أو يدويًا): إن كان هذا الملف أقدم فاترك هذا السطر؛ وإلا فتحقق من الاستردادات المسجلة</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="1158"/>
        <source>record this gift by hand (&apos;treasurer add&apos;)</source>
        <translation>سجّل هذا التبرع يدويا (&apos;treasurer add&apos;)</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="1160"/>
        <source>map another column as the reference, or none</source>
        <translation>اختر عمودًا آخر مرجعًا، أو لا شيء</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="1164"/>
        <source>is already the reference of {donor}&apos;s donation of {amount} on {date}, but this row names another donor: if it is that gift, leave the row out; if not, its reference comes from another source (another account&apos;s numbering): {remedy}</source>
        <translation>هو بالفعل مرجع تبرع {donor} بمبلغ {amount} بتاريخ {date}، لكن هذا السطر يذكر متبرعا آخر: إن كان هو نفس التبرع فاحذف السطر؛ وإلا فمرجعه من مصدر آخر (ترقيم حساب آخر): {remedy}</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="1176"/>
        <source>is already the reference of another entry ({amount} on {date}): if this row is another donation, its reference comes from another source; {remedy}</source>
        <translation>هو مرجع قيد آخر بالفعل ({amount} بتاريخ {date}): إذا كان هذا السطر تبرعًا آخر، فمرجعه من مصدر آخر؛ {remedy}</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="1351"/>
        <source>refunds the donation {reference} of {donor}, but names another donor: correct the name or the reference of the donation it refunds</source>
        <translation>يرد التبرع {reference} الخاص بـ {donor}، لكنه يذكر متبرعا آخر: صحح الاسم أو مرجع التبرع الذي يرده</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="1399"/>
        <source>says {refunded} was refunded in all, but the ledger&apos;s refunds of the donation recorded from other sources give back {more}: check them</source>
        <translation>يذكر أن {refunded} أُرجع إجمالا، لكن استردادات هذا التبرع المسجلة من مصادر أخرى تُرجع {more}: تحقق منها</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="1441"/>
        <source>brings back the money of a donation that is not in the ledger or the file</source>
        <translation>يعيد مال تبرع غير موجود في السجل ولا في الملف</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="1445"/>
        <source>brings back the donation {reference} of {donor}, but names another donor: correct the name or the reference of the donation</source>
        <translation>يعيد التبرع {reference} الخاص بـ {donor}، لكنه يسمي متبرعاً آخر: صحّح الاسم أو مرجع التبرع</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="1452"/>
        <source>is dated before the donation it brings back ({date})</source>
        <translation>مؤرخ قبل التبرع الذي يعيده ({date})</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="1458"/>
        <source>brings back {amount}, but the refunds and chargebacks of its donation of {donation} took back {taken}</source>
        <translation>يعيد {amount}، لكن استردادات تبرعه البالغ {donation} واعتراضاته لم تسترجع إلا {taken}</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="1601"/>
        <source>this is not what the preset {preset!r} reads: its exports have the columns {absent}, which this file lacks (what they say would be lost, such as how much of a gift was refunded); export the file again with them, or import it with a mapping of your own</source>
        <translation>هذا ليس ما يقرؤه النموذج {preset!r}: لصادراته الأعمدة {absent}، وهي غير موجودة في هذا الملف (ما تقوله سيضيع، مثل مقدار ما رُدّ من التبرع)؛ صدّر الملف من جديد بها، أو استورده بمطابقة أعمدة خاصة بك</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="1659"/>
        <source>this is not what the preset {preset!r} reads: no column gives the {fields} of each donation as it names them (columns: {columns}); import it without --preset to let Treasurer recognise it, or choose another preset (&apos;treasurer presets&apos;)</source>
        <translation>هذا ليس ما يقرؤه النموذج {preset!r}: لا عمود يعطي {fields} لكل تبرع بالأسماء التي يعرفها (الأعمدة: {columns})؛ استورده بدون --preset ليتعرف عليه Treasurer، أو اختر نموذجا آخر (&apos;treasurer presets&apos;)</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="1694"/>
        <source>no column gives the {fields} of each donation (columns: {columns}); map its columns (the import window&apos;s columns page, a --mapping on the command line)</source>
        <translation>لا يعطي أي عمود {fields} لكل تبرع (الأعمدة: {columns})؛ عيّن أعمدته (صفحة الأعمدة في نافذة الاستيراد، أو ‎--mapping في سطر الأوامر)</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="1852"/>
        <source>not a bad row: the platform&apos;s currency conversion of a payment above, kept to be read with it when the fixed rows are imported again</source>
        <translation>ليس سطرًا خاطئًا: تحويل العملة الذي أجرته المنصة لأداء أعلاه، محفوظ ليُقرأ معه عند إعادة استيراد الأسطر المصحَّحة</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="2013"/>
        <source>donation {id} of import batch {batch} has receipt {number} issued for it; void the receipt first (treasurer receipt void {number} --reason ...)</source>
        <translation>التبرع {id} من دفعة الاستيراد {batch} صدر له الإيصال {number}؛ ألغِ الإيصال أولًا (treasurer receipt void {number} --reason ...)</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="2021"/>
        <source>donations of import batch {batch} have receipts {numbers} issued for them; void the receipts first (treasurer receipt void NUMBER --reason ..., for each)</source>
        <translation>لتبرعات دفعة الاستيراد {batch} إيصالات صادرة هي {numbers}؛ ألغِ الإيصالات أولًا (treasurer receipt void NUMBER --reason ...، لكل واحد منها)</translation>
    </message>
    <message>
        <source>no column of the sheet {sheet!r} gives the {fields} of each donation (columns: {columns}); the workbook has other sheets ({sheets}): choose one with --sheet, or import it with a --mapping</source>
        <translation type="vanished">لا يعطي أي عمود في الورقة {sheet!r} {fields} لكل تبرع (الأعمدة: {columns})؛ في المصنف أوراق أخرى ({sheets}): اختر إحداها بـ --sheet، أو استورده بـ --mapping</translation>
    </message>
    <message>
        <source>no column gives the {fields} of each donation (columns: {columns}); import it with a --mapping</source>
        <translation type="vanished">لا يوجد عمود يعطي {fields} لكل تبرع (الأعمدة: {columns})؛ استورده بالخيار --mapping</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="1807"/>
        <source>cannot be read ({problem})</source>
        <translation>تتعذر قراءته ({problem})</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="1992"/>
        <source>there is no import batch {batch}</source>
        <extracomment>Donors who are not people: never proposed for a merge with a donor of another kind.</extracomment>
        <translation>لا توجد دفعة استيراد رقم {batch}</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="1995"/>
        <source>import batch {batch} is already {status}</source>
        <translation>دفعة الاستيراد {batch} حالتها بالفعل {status}</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="2000"/>
        <source>donations of import batch {batch} have refunds recorded outside it, the first being {which}; undo those first</source>
        <translation>لتبرعات دفعة الاستيراد {batch} استردادات مسجلة خارجها، أولها {which}؛ ألغها أولا</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="2004"/>
        <source>entry {id}, entered by hand</source>
        <translation>القيد {id}، المدخل يدويا</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="2006"/>
        <source>entry {id} of import batch {other}</source>
        <translation>القيد {id} من دفعة الاستيراد {other}</translation>
    </message>
    <message>
        <source>donation {id} of import batch {batch} has {what}, which names it for good: the batch cannot be undone. Correct its donations one by one (a refund or a return), and void a wrong receipt (&apos;treasurer receipt void NUMBER&apos;)</source>
        <translation type="vanished">التبرع {id} من دفعة الاستيراد {batch} عليه {what}، وهو يشير إليه نهائيًا: لا يمكن التراجع عن الدفعة. صحّح تبرعاتها واحدًا واحدًا (استرداد أو إرجاع)، وألغِ الإيصال الخاطئ (&apos;treasurer receipt void NUMBER&apos;)</translation>
    </message>
    <message>
        <source>a permissibility check recorded against it</source>
        <translation type="vanished">تحقق من الأهلية مسجّل عليه</translation>
    </message>
    <message>
        <source>receipt {number}</source>
        <translation type="vanished">الإيصال {number}</translation>
    </message>
    <message>
        <source>donations of import batch {batch} have refunds recorded outside it; undo those first</source>
        <translation type="vanished">لتبرعات دفعة الاستيراد {batch} استردادات مسجّلة خارجها؛ ألغِها أولاً</translation>
    </message>
    <message>
        <location filename="../../services/ledger.py" line="114"/>
        <source>the organisation needs a name (--name)</source>
        <translation>يجب تحديد اسم للهيئة (--name)</translation>
    </message>
    <message>
        <location filename="../../services/ledger.py" line="120"/>
        <source>the {profile} profile counts in {profile_currency}, not {currency}; use --currency {profile_currency}, or copy a profile and set its currency</source>
        <translation>يحتسب الملف {profile} بعملة {profile_currency} وليس {currency}؛ استعمل --currency {profile_currency}، أو انسخ ملفاً وحدد عملته</translation>
    </message>
    <message>
        <location filename="../../services/ledger.py" line="135"/>
        <source>there is already a ledger at {location}</source>
        <translation>يوجد سجل مسبقاً في {location}</translation>
    </message>
    <message>
        <location filename="../../services/ledger.py" line="221"/>
        <source>the organisation needs a name</source>
        <translation>يجب تحديد اسم للهيئة</translation>
    </message>
    <message>
        <location filename="../../services/ledger.py" line="229"/>
        <source>the {profile} profile has no variant {variant!r} (variants: none)</source>
        <translation>لا يتضمن الملف {profile} المتغير {variant!r} (المتغيرات: لا شيء)</translation>
    </message>
    <message>
        <location filename="../../services/ledger.py" line="235"/>
        <source>the {profile} profile has no variant {variant!r} (variants: {variants})</source>
        <translation>لا يتضمن الملف {profile} المتغير {variant!r} (المتغيرات: {variants})</translation>
    </message>
    <message>
        <location filename="../../services/ledger.py" line="259"/>
        <source>--{option} must be at least {lowest}</source>
        <translation>يجب ألا تقل قيمة --{option} عن {lowest}</translation>
    </message>
    <message>
        <location filename="../../services/ledger.py" line="270"/>
        <source>nothing to change: give --name, --variant, --elections, --user-name, --backup-dir, --backup-keep or --retention-years</source>
        <translation>لا شيء للتغيير: حدد --name أو --variant أو --elections أو --user-name أو --backup-dir أو --backup-keep أو --retention-years</translation>
    </message>
    <message>
        <location filename="../../services/ledger.py" line="311"/>
        <source>an accounting unit needs a name</source>
        <translation>يجب تحديد اسم للوحدة المحاسبية</translation>
    </message>
    <message>
        <location filename="../../services/ledger.py" line="314"/>
        <source>there is already an accounting unit named {name!r}</source>
        <translation>توجد مسبقاً وحدة محاسبية باسم {name!r}</translation>
    </message>
    <message>
        <location filename="../../services/ledger.py" line="412"/>
        <source>there is no accounting unit named {name!r} (known: none yet); create it with &apos;treasurer unit add&apos;</source>
        <translation>لا توجد وحدة محاسبية باسم {name!r} (الوحدات المعروفة: لا شيء بعد)؛ أنشئها باستخدام &apos;treasurer unit add&apos;</translation>
    </message>
    <message>
        <location filename="../../services/ledger.py" line="417"/>
        <source>there is no accounting unit named {name!r} (known: {known}); create it with &apos;treasurer unit add&apos;</source>
        <translation>لا توجد وحدة محاسبية باسم {name!r} (الوحدات المعروفة: {known})؛ أنشئها باستخدام &apos;treasurer unit add&apos;</translation>
    </message>
    <message>
        <location filename="../../services/ledger.py" line="476"/>
        <source>no rule was checked: the {profile} profile counts in {profile_currency} and this ledger in {currency}; copy the profile and set its currency and figures</source>
        <translation>لم يتم التحقق من أي قاعدة: الملف {profile} يحتسب بعملة {profile_currency} وهذا السجل بعملة {currency}؛ انسخ الملف وحدد عملته ومبالغه</translation>
    </message>
    <message>
        <location filename="../../services/ledger.py" line="487"/>
        <source>donor {id}&apos;s record was kept as it is for {fields}: what was typed differs from it or would mix two addresses; to change the record, edit the donor (the Donors page, or &apos;treasurer donor edit {id}&apos;)</source>
        <translation>احتُفظ بسجل المتبرع {id} كما هو في: {fields}؛ ما أُدخل يختلف عنه أو قد يخلط بين عنوانين؛ لتغيير السجل عدّل المتبرع (صفحة المتبرعين، أو ‎&apos;treasurer donor edit {id}&apos;‎)</translation>
    </message>
    <message>
        <location filename="../../services/ledger.py" line="561"/>
        <source>text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../../services/ledger.py" line="566"/>
        <source>is {length} characters long; at most {most}</source>
        <translation>طوله {length} حرفاً؛ والحد الأقصى {most}</translation>
    </message>
    <message>
        <location filename="../../services/ledger.py" line="572"/>
        <location filename="../../services/ledger.py" line="574"/>
        <source>donor name</source>
        <translation>اسم المتبرع</translation>
    </message>
    <message>
        <location filename="../../services/ledger.py" line="585"/>
        <source>country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../../services/ledger.py" line="595"/>
        <source>email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../services/ledger.py" line="625"/>
        <source>must be more than zero (a refund is recorded against the donation it returns)</source>
        <translation>يجب أن يكون أكبر من الصفر (يُسجَّل الاسترداد على التبرع الذي يُرجعه)</translation>
    </message>
    <message>
        <location filename="../../services/ledger.py" line="712"/>
        <source>{problem}; give --postcode, --email or --donor-id to say which</source>
        <translation>{problem}؛ حدد --postcode أو --email أو --donor-id لتعيين المقصود</translation>
    </message>
    <message>
        <location filename="../../services/ledger.py" line="724"/>
        <location filename="../../services/ledger.py" line="730"/>
        <source>fiscal year start</source>
        <translation>بداية السنة المالية</translation>
    </message>
    <message>
        <location filename="../../services/ledger.py" line="724"/>
        <source>is not a month and day like 01-01 or 04-06</source>
        <translation>ليست شهراً ويوماً على صيغة 01-01 أو 04-06</translation>
    </message>
    <message>
        <location filename="../../services/ledger.py" line="730"/>
        <source>is not a day of the year</source>
        <translation>ليست يوماً من أيام السنة</translation>
    </message>
    <message>
        <location filename="../../services/migration.py" line="28"/>
        <source>this ledger is already on a database server; migrate-to copies a ledger file</source>
        <translation>هذا السجل موجود مسبقاً على خادم قاعدة بيانات؛ يقوم migrate-to بنسخ ملف سجل</translation>
    </message>
    <message>
        <location filename="../../services/migration.py" line="33"/>
        <source>migrate-to copies a ledger into PostgreSQL: give a URL like postgresql+psycopg://user@host/database</source>
        <translation>يقوم migrate-to بنسخ سجل إلى PostgreSQL: أدخل عنوان URL مثل postgresql+psycopg://user@host/database</translation>
    </message>
    <message>
        <location filename="../../services/office_import.py" line="160"/>
        <source>this ledger is a field office; bundles are imported at headquarters, and nothing was imported</source>
        <translation>هذا السجل سجل مكتب ميداني؛ تُستورد الحزم في المقر، ولم يُستورد أي شيء</translation>
    </message>
    <message>
        <location filename="../../services/office_import.py" line="167"/>
        <source>it is addressed to headquarters ledger {addressed}, and this ledger is {ledger}</source>
        <translation>الحزمة موجهة إلى سجل المقر {addressed}، وهذا السجل هو {ledger}</translation>
    </message>
    <message>
        <location filename="../../services/office_import.py" line="173"/>
        <source>it was exported from this very ledger</source>
        <translation>تم تصديرها من هذا السجل نفسه</translation>
    </message>
    <message>
        <location filename="../../services/offices.py" line="60"/>
        <source>{path} is an encrypted bundle: give its passphrase with --passphrase-file (or $TREASURER_PASSPHRASE)</source>
        <translation>{path} حزمة مشفّرة: أدخل عبارة المرور الخاصة بها باستخدام --passphrase-file (أو $TREASURER_PASSPHRASE)</translation>
    </message>
    <message>
        <location filename="../../services/offices.py" line="76"/>
        <source>a field office needs the name of its accounting unit (--unit)</source>
        <translation>يجب تحديد اسم الوحدة المحاسبية للمكتب الميداني (--unit)</translation>
    </message>
    <message>
        <location filename="../../services/offices.py" line="80"/>
        <source>this ledger is itself a field office; write setup files at headquarters</source>
        <translation>هذا السجل نفسه مكتب ميداني؛ أنشئ ملفات الإعداد في المقر</translation>
    </message>
    <message>
        <location filename="../../services/offices.py" line="117"/>
        <source>there is no setup file at {path}</source>
        <translation>لا يوجد ملف إعداد في {path}</translation>
    </message>
    <message>
        <location filename="../../services/offices.py" line="119"/>
        <source>{path} is not an office setup file (it is not JSON)</source>
        <translation>{path} ليس ملف إعداد مكتب ميداني (ليس بصيغة JSON)</translation>
    </message>
    <message>
        <location filename="../../services/offices.py" line="122"/>
        <source>{path} is not an office setup file; write one at headquarters with &apos;treasurer office setup-file --unit NAME --out FILE&apos;</source>
        <translation>{path} ليس ملف إعداد مكتب ميداني؛ أنشئ ملفاً في المقر باستخدام &apos;treasurer office setup-file --unit NAME --out FILE&apos;</translation>
    </message>
    <message>
        <location filename="../../services/offices.py" line="128"/>
        <source>the office setup file {path} has no {key}</source>
        <translation>ملف إعداد المكتب الميداني {path} لا يتضمن {key}</translation>
    </message>
    <message>
        <location filename="../../services/offices.py" line="152"/>
        <source>give --hq-ledger-id and --unit, or --setup FILE from headquarters</source>
        <translation>حدد --hq-ledger-id و--unit، أو --setup FILE الوارد من المقر</translation>
    </message>
    <message>
        <location filename="../../services/offices.py" line="157"/>
        <source>{ledger_id!r} is not a ledger id; &apos;treasurer info&apos; at headquarters shows it</source>
        <translation>{ledger_id!r} ليس معرّف سجل؛ يعرضه الأمر &apos;treasurer info&apos; في المقر</translation>
    </message>
    <message>
        <location filename="../../services/offices.py" line="176"/>
        <source>a ledger cannot be a field office of itself</source>
        <translation>لا يمكن أن يكون السجل مكتباً ميدانياً لنفسه</translation>
    </message>
    <message>
        <location filename="../../services/offices.py" line="179"/>
        <source>headquarters counts in {hq_currency} and this ledger in {currency}; a field office counts in headquarters&apos; currency</source>
        <translation>يحتسب المقر بعملة {hq_currency} وهذا السجل بعملة {currency}؛ يحتسب المكتب الميداني بعملة المقر</translation>
    </message>
    <message>
        <location filename="../../services/offices.py" line="191"/>
        <source>this ledger is already the field office of headquarters {ledger_id} and has exported bundles to it</source>
        <translation>هذا السجل مكتب ميداني للمقر {ledger_id} مسبقاً وقد صدّر إليه حزماً</translation>
    </message>
    <message>
        <location filename="../../services/offices.py" line="265"/>
        <source>this ledger is not a field office; set it up with &apos;treasurer office init&apos;</source>
        <translation>هذا السجل ليس مكتباً ميدانياً؛ اضبطه باستخدام &apos;treasurer office init&apos;</translation>
    </message>
    <message>
        <location filename="../../services/offices.py" line="587"/>
        <source>there is no acknowledgement file at {path}</source>
        <translation>لا يوجد ملف إشعار استلام في {path}</translation>
    </message>
    <message>
        <location filename="../../services/offices.py" line="590"/>
        <source>{path} is not an acknowledgement file (it is not JSON)</source>
        <translation>{path} ليس ملف إشعار استلام (ليس بصيغة JSON)</translation>
    </message>
    <message>
        <location filename="../../services/offices.py" line="594"/>
        <source>{path} is not an acknowledgement file; headquarters writes one with &apos;treasurer office ack --out FILE&apos;</source>
        <translation>{path} ليس ملف إشعار استلام؛ يُنشئه المقر باستخدام &apos;treasurer office ack --out FILE&apos;</translation>
    </message>
    <message>
        <location filename="../../services/offices.py" line="604"/>
        <source>this ledger is not a field office; acknowledgements are for offices</source>
        <translation>هذا السجل ليس مكتباً ميدانياً؛ إشعارات الاستلام مخصصة للمكاتب الميدانية</translation>
    </message>
    <message>
        <location filename="../../services/offices.py" line="607"/>
        <source>{path} comes from headquarters ledger {sender}, not from this office&apos;s headquarters ({ledger_id}); nothing was changed</source>
        <translation>{path} صادر عن سجل المقر {sender} وليس عن مقر هذا المكتب ({ledger_id})؛ لم يتغير أي شيء</translation>
    </message>
    <message>
        <location filename="../../services/periods.py" line="36"/>
        <source>period {period} has not started yet; it cannot be closed</source>
        <translation>الفترة {period} لم تبدأ بعد؛ لا يمكن إغلاقها</translation>
    </message>
    <message>
        <location filename="../../services/periods.py" line="41"/>
        <source>period {period} is already closed</source>
        <translation>الفترة {period} مغلقة مسبقاً</translation>
    </message>
    <message>
        <location filename="../../services/periods.py" line="89"/>
        <source>{what} is dated {day}, in period {period}, which {actor} closed on {closed} (filed); a change to a filed period is an amendment: repeat the command with --amend (and a --reason) to record it as one</source>
        <translation>{what} مؤرخ في {day}، ضمن الفترة {period} التي أغلقها {actor} في {closed} (مودعة)؛ أي تغيير في فترة مودعة يُعدّ تعديلاً: أعد الأمر مع --amend (و--reason) لتسجيله بصفته تعديلاً</translation>
    </message>
    <message>
        <location filename="../../services/periods.py" line="145"/>
        <source>import batch {batch} has entries dated in period {period} (the first on {day}), which {actor} closed (filed); it cannot be undone as a whole. Delete its entries one by one with &apos;treasurer donation delete … --amend&apos;</source>
        <translation>تتضمن دفعة الاستيراد {batch} قيوداً مؤرخة في الفترة {period} (أولها في {day}) التي أغلقها {actor} (مودعة)؛ لا يمكن التراجع عنها دفعة واحدة. احذف قيودها واحداً تلو الآخر باستخدام &apos;treasurer donation delete … --amend&apos;</translation>
    </message>
    <message>
        <location filename="../../services/periods.py" line="155"/>
        <source>the file has entries dated in period {period} (the first on {day}), which {actor} closed (filed); nothing was imported. Remove those rows and record them one by one with &apos;treasurer add … --amend&apos;, so that the amended report lists them</source>
        <translation>يتضمن الملف قيوداً مؤرخة في الفترة {period} (أولها في {day}) التي أغلقها {actor} (مودعة)؛ لم يُستورد أي شيء. احذف هذه الأسطر وسجّلها واحداً تلو الآخر باستخدام &apos;treasurer add … --amend&apos;، حتى يدرجها التقرير المعدَّل</translation>
    </message>
    <message>
        <location filename="../../services/privacy.py" line="62"/>
        <location filename="../../services/privacy.py" line="123"/>
        <location filename="../../services/receipts.py" line="574"/>
        <location filename="../../services/reports.py" line="158"/>
        <location filename="../../services/reports.py" line="249"/>
        <source>cannot write {path}: {problem}</source>
        <translation>تعذّرت كتابة {path}: {problem}</translation>
    </message>
    <message>
        <location filename="../../services/privacy.py" line="90"/>
        <source>donor {id} was pseudonymised; there is no one to write to</source>
        <translation>تم إخفاء هوية المتبرع {id}؛ لم يعد هناك من يُراسَل</translation>
    </message>
    <message>
        <location filename="../../services/privacy.py" line="149"/>
        <source>no keeping period is set: set one with &apos;treasurer settings --retention-years N&apos; (the law of your country says how long donation records are kept)</source>
        <translation>لم تُحدَّد مدة الحفظ: حددها باستخدام &apos;treasurer settings --retention-years N&apos; (يحدد قانون بلدك مدة حفظ سجلات التبرعات)</translation>
    </message>
    <message>
        <location filename="../../services/receipts.py" line="51"/>
        <source>receipts are France&apos;s reçus-dons, numbered by the CNCCFP; this ledger follows the {profile} profile. Treasurer makes no receipts for it: a home-made acknowledgement could be taken for an official tax receipt, whose form that jurisdiction sets</source>
        <extracomment>Who gets a receipt: natural persons, the only donors French law lets give to a party (loi 88-227 art. 11-4) and the only ones a tax reduction is for.</extracomment>
        <translation>الإيصالات هي إيصالات التبرع الفرنسية (reçus-dons) التي ترقّمها CNCCFP؛ يتبع هذا السجل الملف {profile}. لا يُصدر أمين الصندوق إيصالات له: فقد يُعتبر إشعار محلي الصنع إيصالاً ضريبياً رسمياً تحدد تلك الولاية القضائية شكله</translation>
    </message>
    <message>
        <location filename="../../services/receipts.py" line="106"/>
        <source>say why the receipt is void (--reason)</source>
        <translation>اذكر سبب إلغاء الإيصال (--reason)</translation>
    </message>
    <message>
        <location filename="../../services/receipts.py" line="114"/>
        <source>receipt number {number} is in none of the ranges recorded (see &apos;treasurer receipt-ranges&apos;)</source>
        <translation>رقم الإيصال {number} لا ينتمي إلى أي من النطاقات المسجلة (انظر &apos;treasurer receipt-ranges&apos;)</translation>
    </message>
    <message>
        <location filename="../../services/receipts.py" line="121"/>
        <source>receipt number {number} is already void ({reason})</source>
        <translation>رقم الإيصال {number} ملغى مسبقاً ({reason})</translation>
    </message>
    <message>
        <location filename="../../services/receipts.py" line="149"/>
        <source>give the mandataire&apos;s name and address, e.g. &apos;AFP Exemple, 1 rue …&apos;</source>
        <translation>أدخل اسم الوكيل المالي (mandataire) وعنوانه، مثلاً &apos;AFP Exemple, 1 rue …&apos;</translation>
    </message>
    <message>
        <location filename="../../services/receipts.py" line="208"/>
        <source>receipt {number} voided: {reason}; new receipt {new} for {amount}</source>
        <extracomment>The open flags that withhold a gift&apos;s receipt: what the receipt must state is missing (the donor&apos;s tax address, nationality), or part or all of the gift must go back (over the annual cap, a prohibited giver, cash over the cash cap). The rule engine decides which gifts a flag is about; a receipt waits until the flag is resolved or dismissed.</extracomment>
        <translation>أُلغي الإيصال {number}: {reason}؛ إيصال جديد {new} بمبلغ {amount}</translation>
    </message>
    <message>
        <location filename="../../services/receipts.py" line="216"/>
        <source>receipt {number} voided: {reason}; the new receipt for {amount} is withheld (see below)</source>
        <translation>أُلغي الإيصال {number}: {reason}؛ الإيصال الجديد بمبلغ {amount} معلّق (انظر أدناه)</translation>
    </message>
    <message>
        <location filename="../../services/receipts.py" line="224"/>
        <source>receipt {number} voided: {reason}; the gift gets a new receipt for {amount} in the receipts of its period</source>
        <translation>أُلغي الإيصال {number}: {reason}؛ يحصل التبرع على إيصال جديد بمبلغ {amount} ضمن إيصالات فترته</translation>
    </message>
    <message>
        <location filename="../../services/receipts.py" line="231"/>
        <source>receipt {number} voided: {reason}; no new receipt</source>
        <translation>أُلغي الإيصال {number}: {reason}؛ لا إيصال جديد</translation>
    </message>
    <message>
        <location filename="../../services/receipts.py" line="265"/>
        <source>no receipt for donation {donation} of {donor} ({amount}, {date}): flag {flag} ({rule}) is open, {fields} must be recorded first. Record them (treasurer add … --donor-id {donor_id} --address … --country …, or an import that has them), then run receipts again</source>
        <translation>لا إيصال للتبرع {donation} من {donor} ({amount}، {date}): التنبيه {flag} ({rule}) مفتوح، ويجب تسجيل {fields} أولًا. سجّلها (treasurer add … --donor-id {donor_id} --address … --country …، أو استيراد يتضمنها)، ثم أعد تشغيل الإيصالات</translation>
    </message>
    <message>
        <location filename="../../services/receipts.py" line="275"/>
        <source>no receipt for donation {donation} of {donor} ({amount}, {date}): flag {flag} ({rule}) is open, the donor&apos;s gifts of {period} are {over} over the cap. Return the excess to the donor (treasurer return DONATION --amount …) or resolve the flag; the next run issues the receipt for what is kept</source>
        <translation>لا إيصال للتبرع {donation} من {donor} ({amount}، {date}): التنبيه {flag} ({rule}) مفتوح، وتبرعات المتبرع في {period} تتجاوز السقف بمبلغ {over}. أعد الفائض إلى المتبرع (treasurer return DONATION --amount …) أو عالج التنبيه؛ يصدر الإيصال في التشغيل التالي لما يُحتفظ به</translation>
    </message>
    <message>
        <location filename="../../services/receipts.py" line="284"/>
        <source>no receipt for donation {donation} of {donor} ({amount}, {date}): flag {flag} ({rule}) is open and says the gift must go back. Act on it (treasurer flags), then run receipts again</source>
        <translation>لا إيصال للتبرع {donation} من {donor} ({amount}، {date}): التنبيه {flag} ({rule}) مفتوح ويقول إن التبرع يجب أن يُعاد. عالجه (treasurer flags)، ثم أعد تشغيل الإيصالات</translation>
    </message>
    <message>
        <location filename="../../services/receipts.py" line="368"/>
        <source>donation given back in full ({amount})</source>
        <translation>أُعيد التبرع كاملًا ({amount})</translation>
    </message>
    <message>
        <location filename="../../services/receipts.py" line="370"/>
        <source>donation refunded {amount}</source>
        <translation>استُرد من التبرع {amount}</translation>
    </message>
    <message>
        <location filename="../../services/receipts.py" line="373"/>
        <source>donation changed from {was} to {now}</source>
        <translation>تغيّر التبرع من {was} إلى {now}</translation>
    </message>
    <message>
        <location filename="../../services/receipts.py" line="379"/>
        <source>the gift&apos;s date changed from {was} to {now}</source>
        <translation>تغيّر تاريخ التبرع من {was} إلى {now}</translation>
    </message>
    <message>
        <location filename="../../services/receipts.py" line="444"/>
        <source>{count} donations of {period} need a receipt but the ranges recorded have {unused} unused numbers left: 1 more is needed. Record the next range the CNCCFP sends with &apos;treasurer receipt-range add START END&apos;; no number was given</source>
        <translation>يحتاج {count} من تبرعات {period} إلى إيصال، لكن النطاقات المسجلة لم يتبقَّ فيها سوى {unused} من الأرقام غير المستعملة: يلزم رقم إضافي واحد. سجّل النطاق التالي الذي ترسله CNCCFP باستخدام &apos;treasurer receipt-range add START END&apos;؛ لم يُمنح أي رقم</translation>
    </message>
    <message>
        <location filename="../../services/receipts.py" line="450"/>
        <source>{count} donations of {period} need a receipt but the ranges recorded have {unused} unused numbers left: {missing} more are needed. Record the next range the CNCCFP sends with &apos;treasurer receipt-range add START END&apos;; no number was given</source>
        <translation>يحتاج {count} من تبرعات {period} إلى إيصال، لكن النطاقات المسجلة لم يتبقَّ فيها سوى {unused} من الأرقام غير المستعملة: يلزم {missing} رقماً إضافياً. سجّل النطاق التالي الذي ترسله CNCCFP باستخدام &apos;treasurer receipt-range add START END&apos;؛ لم يُمنح أي رقم</translation>
    </message>
    <message>
        <location filename="../../services/receipts.py" line="549"/>
        <source>{path} is a file: give a folder, or a file name ending in .pdf</source>
        <translation>{path} ملف: حدد مجلداً، أو اسم ملف ينتهي بـ .pdf</translation>
    </message>
    <message>
        <location filename="../../services/reports.py" line="104"/>
        <source>there is no report {report!r} (reports: {known})</source>
        <translation>لا يوجد تقرير {report!r} (التقارير: {known})</translation>
    </message>
    <message>
        <location filename="../../services/reports.py" line="111"/>
        <source>reports are written in en, fr or ar, not {language!r}</source>
        <translation>تُحرَّر التقارير بـ en أو fr أو ar، وليس بـ {language!r}</translation>
    </message>
    <message>
        <location filename="../../services/reports.py" line="114"/>
        <source>{path} must end in .pdf or .xlsx</source>
        <translation>يجب أن ينتهي {path} بـ .pdf أو .xlsx</translation>
    </message>
    <message>
        <location filename="../../services/reports.py" line="133"/>
        <source>the year-end package is an XLSX workbook: use --out FILE.xlsx</source>
        <translation>ملف نهاية السنة المالية مصنف XLSX: استعمل --out FILE.xlsx</translation>
    </message>
    <message>
        <location filename="../../services/reports.py" line="189"/>
        <source>the {profile} profile sets no reporting threshold; give one with --threshold</source>
        <translation>لا يحدد الملف {profile} أي عتبة للتصريح؛ حدد عتبة باستخدام --threshold</translation>
    </message>
    <message>
        <location filename="../../services/reports.py" line="223"/>
        <source>the report {report} is a filing of the {family} profile (or a copy of it); this ledger follows {profile}: see &apos;treasurer reports&apos;</source>
        <translation>التقرير {report} تصريح خاص بالملف {family} (أو بنسخة منه)؛ يتبع هذا السجل {profile}: انظر &apos;treasurer reports&apos;</translation>
    </message>
    <message>
        <location filename="../../services/session.py" line="62"/>
        <source>{url!r} is not a database URL (postgresql+psycopg://user@host/db)</source>
        <translation>{url!r} ليس عنوان URL لقاعدة بيانات (postgresql+psycopg://user@host/db)</translation>
    </message>
    <message>
        <location filename="../../services/session.py" line="67"/>
        <source>Treasurer keeps ledgers in SQLite or PostgreSQL, not {backend}</source>
        <translation>يحفظ أمين الصندوق السجلات في SQLite أو PostgreSQL، وليس في {backend}</translation>
    </message>
    <message>
        <location filename="../../services/session.py" line="127"/>
        <source>{location} has the ledger tables but no organisation; run &apos;treasurer init&apos;</source>
        <translation>يتضمن {location} جداول السجل لكن دون أي هيئة؛ شغّل &apos;treasurer init&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="113"/>
        <source>there is no ledger at {path}; create one with &apos;treasurer init --ledger {path}&apos;</source>
        <translation>لا يوجد سجل في {path}؛ أنشئ سجلًا بالأمر &apos;treasurer init --ledger {path}&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="359"/>
        <source>name one donor of the ledger to reattribute to</source>
        <translation>حدد متبرعاً واحداً من السجل لإعادة النسب إليه</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="215"/>
        <source>there is no ledger file at {path}</source>
        <extracomment>import windows open on the ledger; while one imports, the ledger stays open closing was asked while imports ran: they were cancelled, the window closes once they have stopped</extracomment>
        <translation>لا يوجد ملف سجل في {path}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="386"/>
        <source>the ledger&apos;s profile counts in another currency: no rule can be checked</source>
        <translation>ملف السجل يحتسب بعملة أخرى: لا يمكن التحقق من أي قاعدة</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="163"/>
        <source>choose a period</source>
        <translation>اختر فترة</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <location filename="../../ui/donors_page.py" line="260"/>
        <source>added</source>
        <extracomment>What each action of the audit trail did, in words (translated in the context &quot;AuditAction&quot;); an action not listed is shown as its id.</extracomment>
        <translation>أضيف</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="261"/>
        <source>edited</source>
        <translation>عُدّل</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="262"/>
        <source>deleted</source>
        <translation>حُذف</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="263"/>
        <source>merged</source>
        <translation>دُمج</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="264"/>
        <source>rule overridden</source>
        <translation>تجاوز القاعدة</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="265"/>
        <source>reattributed</source>
        <translation>أعيد إسناده</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="266"/>
        <source>refund</source>
        <translation>استرداد</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="267"/>
        <source>return</source>
        <translation>إرجاع</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="268"/>
        <source>audit trail started</source>
        <translation>بدء سجل التدقيق</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="269"/>
        <source>demo data generated</source>
        <translation>أُنشئت بيانات تجريبية</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="270"/>
        <source>donation recorded</source>
        <translation>سُجّل تبرع</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="271"/>
        <source>closed period amended</source>
        <translation>عُدّلت فترة مقفلة</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="272"/>
        <source>donation corrected</source>
        <translation>صُحّح تبرع</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="273"/>
        <source>donation deleted</source>
        <translation>حُذف تبرع</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="274"/>
        <source>rule overridden for a donation</source>
        <translation>تجاوز قاعدة لتبرع</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="275"/>
        <source>donation reattributed</source>
        <translation>أعيد إسناد تبرع</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="276"/>
        <source>refund recorded</source>
        <translation>سُجّل استرداد</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="277"/>
        <source>return recorded</source>
        <translation>سُجّل إرجاع</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="278"/>
        <source>donor created</source>
        <translation>أُنشئ متبرع</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="279"/>
        <source>donor&apos;s details changed</source>
        <translation>عُدّلت بيانات المتبرع</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="280"/>
        <source>donor&apos;s details completed by an import</source>
        <translation>بيانات المتبرع أكملها استيراد</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="281"/>
        <source>donors merged</source>
        <translation>دُمج متبرعان</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="282"/>
        <source>merge undone</source>
        <translation>أُلغي الدمج</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="283"/>
        <source>company number recorded</source>
        <translation>سُجّل رقم الشركة</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="284"/>
        <source>consent recorded</source>
        <translation>سُجّلت الموافقة</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="285"/>
        <source>gifts to other parties declared</source>
        <translation>صُرّح بتبرعات لأحزاب أخرى</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="288"/>
        <source>donor&apos;s data exported</source>
        <translation>صُدّرت بيانات المتبرع</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="289"/>
        <source>permissibility check recorded</source>
        <translation>سُجّل التحقق من الأهلية</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="290"/>
        <source>donor pseudonymised</source>
        <translation>أُخفيت هوية المتبرع</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="291"/>
        <source>flag reopened</source>
        <translation>أعيد فتح التنبيه</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="292"/>
        <source>file imported</source>
        <translation>استُورد ملف</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="293"/>
        <source>import undone</source>
        <translation>أُلغي الاستيراد</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="294"/>
        <source>ledger created</source>
        <translation>أُنشئ السجل</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="295"/>
        <source>office bundle acknowledged</source>
        <translation>أُقرّ باستلام حزمة المكتب الميداني</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="296"/>
        <source>office bundle exported</source>
        <translation>صُدّرت حزمة المكتب الميداني</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="297"/>
        <source>office bundle imported</source>
        <translation>استُوردت حزمة مكتب ميداني</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="298"/>
        <source>field office set up</source>
        <translation>أُعدّ المكتب الميداني</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="299"/>
        <source>period closed</source>
        <translation>أُقفلت الفترة</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="300"/>
        <source>receipt issued</source>
        <translation>صدر إيصال</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="301"/>
        <source>receipt issuer set</source>
        <translation>حُدّدت جهة إصدار الإيصالات</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="302"/>
        <source>receipt voided</source>
        <translation>أُلغي إيصال</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="303"/>
        <source>receipt numbers added</source>
        <translation>أضيفت أرقام إيصالات</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="304"/>
        <source>settings changed</source>
        <translation>عُدّلت الإعدادات</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="305"/>
        <source>accounting unit added</source>
        <translation>أضيفت وحدة محاسبية</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="142"/>
        <source>Which column is which?</source>
        <translation>أي عمود لأي حقل؟</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="145"/>
        <source>As the preset reads the file. Change a column if it is wrong; save the mapping to use it again for files like this one.</source>
        <translation>كما يقرأ النموذج الملف. غيّر العمود إن كان خاطئًا، واحفظ المطابقة لاستعمالها مع ملفات مماثلة.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="156"/>
        <source>Field</source>
        <extracomment>why a file named as a table cannot be read as one (then no Next)</extracomment>
        <translation>الحقل</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="156"/>
        <source>Column of the file</source>
        <translation>عمود الملف</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="164"/>
        <source>a name for this mapping</source>
        <translation>اسم لهذه المطابقة</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="165"/>
        <source>&amp;Save the mapping</source>
        <translation>&amp;حفظ المطابقة</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="177"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="178"/>
        <source>Donor (full name)</source>
        <translation>المتبرع (الاسم الكامل)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="179"/>
        <source>First name</source>
        <translation>الاسم الشخصي</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="180"/>
        <source>Last name</source>
        <translation>الاسم العائلي</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="181"/>
        <source>Company giving (the donor, when filled)</source>
        <translation>الشركة المتبرعة (هي المتبرع إن مُلئت)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="182"/>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="183"/>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="184"/>
        <source>Payment method</source>
        <translation>طريقة الأداء</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="185"/>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="186"/>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="187"/>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="188"/>
        <source>Postcode</source>
        <translation>الرمز البريدي</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="189"/>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="190"/>
        <source>State or province</source>
        <translation>الولاية أو الإقليم</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="191"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="192"/>
        <source>Donor kind</source>
        <translation>صفة المتبرع</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="193"/>
        <source>Employer</source>
        <translation>المشغّل</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="194"/>
        <source>Occupation</source>
        <translation>المهنة</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="195"/>
        <source>Accounting unit</source>
        <translation>الوحدة المحاسبية</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="196"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="197"/>
        <source>Processor fee</source>
        <translation>رسوم المعالجة</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="198"/>
        <source>Net (after the fee)</source>
        <translation>الصافي (بعد الرسوم)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="199"/>
        <source>Entry type</source>
        <translation>نوع القيد</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="200"/>
        <source>Refund of (reference)</source>
        <translation>استرداد لـ (المرجع)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="201"/>
        <source>Refund reference</source>
        <translation>مرجع الاسترداد</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="202"/>
        <source>Refund date</source>
        <translation>تاريخ الاسترداد</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="203"/>
        <source>Amount refunded</source>
        <translation>المبلغ المسترد</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="204"/>
        <source>Refund status</source>
        <translation>حالة الاسترداد</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="205"/>
        <source>Date of the refund status</source>
        <translation>تاريخ حالة الاسترداد</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="232"/>
        <source>Not a table of columns (a bank statement reads its own fields).</source>
        <translation>ليس جدول أعمدة (كشف الحساب البنكي يقرأ حقوله بنفسه).</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="275"/>
        <source>Still needed: {fields}.</source>
        <translation>ما زال مطلوبًا: {fields}.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="276"/>
        <source>, </source>
        <comment>list separator</comment>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="281"/>
        <source>Columns chosen by hand, from the preset {preset}.</source>
        <translation>أعمدة اختيرت يدويًا، انطلاقًا من النموذج {preset}.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="284"/>
        <source>Read with the preset {preset}.</source>
        <translation>مقروء بالنموذج {preset}.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="308"/>
        <source>Saved as {path}: a file with these columns will be read with it ({name} among the presets).</source>
        <translation>حُفظت في {path}: سيُقرأ بها كل ملف بهذه الأعمدة ({name} ضمن النماذج).</translation>
    </message>
    <message>
        <source>Saved as {path}: choose the preset {id} for the next such file.</source>
        <translation type="vanished">حُفظ في {path}: اختر النموذج {id} للملف المماثل القادم.</translation>
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
    <message numerus="yes">
        <location filename="../../ui/dashboard_page.py" line="215"/>
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln خطأ</numerusform>
            <numerusform>خطأ واحد</numerusform>
            <numerusform>خطآن</numerusform>
            <numerusform>%Ln أخطاء</numerusform>
            <numerusform>%Ln خطأً</numerusform>
            <numerusform>%Ln خطأ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard_page.py" line="216"/>
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln تحذير</numerusform>
            <numerusform>تحذير واحد</numerusform>
            <numerusform>تحذيران</numerusform>
            <numerusform>%Ln تحذيرات</numerusform>
            <numerusform>%Ln تحذيرًا</numerusform>
            <numerusform>%Ln تحذير</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard_page.py" line="217"/>
        <source>%Ln to know</source>
        <translation>
            <numerusform>%Ln للعلم</numerusform>
            <numerusform>%Ln للعلم</numerusform>
            <numerusform>%Ln للعلم</numerusform>
            <numerusform>%Ln للعلم</numerusform>
            <numerusform>%Ln للعلم</numerusform>
            <numerusform>%Ln للعلم</numerusform>
        </translation>
    </message>
    <message>
        <source>{errors} errors · {warnings} warnings · {info} to know</source>
        <translation type="vanished">{errors} أخطاء · {warnings} تحذيرات · {info} للعلم</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="227"/>
        <source>No donations in this period</source>
        <translation>لا توجد تبرعات في هذه الفترة</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="232"/>
        <source>all</source>
        <translation>الكل</translation>
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
        <translation>لا يوجد متبرعون في هذه الفترة</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="265"/>
        <source>overdue by {n}</source>
        <translation>متأخر بـ {n}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="282"/>
        <source>Nothing is due in the next 30 days.</source>
        <translation>لا شيء مستحق خلال 30 يوماً القادمة.</translation>
    </message>
</context>
<context>
    <name>DonationsModel</name>
    <message>
        <location filename="../../ui/donations_model.py" line="111"/>
        <source>Cash</source>
        <extracomment>The columns the services can sort on, and their sort keys there.</extracomment>
        <translation>نقداً</translation>
    </message>
    <message>
        <location filename="../../ui/donations_model.py" line="112"/>
        <source>Cheque</source>
        <translation>شيك</translation>
    </message>
    <message>
        <location filename="../../ui/donations_model.py" line="113"/>
        <source>Card</source>
        <translation>بطاقة</translation>
    </message>
    <message>
        <location filename="../../ui/donations_model.py" line="114"/>
        <source>Transfer</source>
        <translation>تحويل</translation>
    </message>
    <message>
        <location filename="../../ui/donations_model.py" line="115"/>
        <source>Online</source>
        <translation>عبر الإنترنت</translation>
    </message>
    <message>
        <location filename="../../ui/donations_model.py" line="116"/>
        <source>In kind</source>
        <translation>عيني</translation>
    </message>
    <message>
        <location filename="../../ui/donations_model.py" line="119"/>
        <source>refund</source>
        <translation>استرداد</translation>
    </message>
    <message>
        <location filename="../../ui/donations_model.py" line="120"/>
        <source>return</source>
        <translation>إرجاع</translation>
    </message>
    <message>
        <location filename="../../ui/donations_model.py" line="191"/>
        <source>This column cannot be sorted</source>
        <translation>لا يمكن ترتيب هذا العمود</translation>
    </message>
    <message>
        <location filename="../../ui/donations_model.py" line="284"/>
        <source>(cannot be read)</source>
        <translation>(تتعذر قراءته)</translation>
    </message>
    <message>
        <location filename="../../ui/donations_model.py" line="323"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/donations_model.py" line="325"/>
        <source>Donor</source>
        <translation>المتبرع</translation>
    </message>
    <message>
        <location filename="../../ui/donations_model.py" line="327"/>
        <source>Amount ({currency})</source>
        <translation>المبلغ ({currency})</translation>
    </message>
    <message>
        <location filename="../../ui/donations_model.py" line="329"/>
        <source>Method</source>
        <translation>طريقة الأداء</translation>
    </message>
    <message>
        <location filename="../../ui/donations_model.py" line="331"/>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <location filename="../../ui/donations_model.py" line="333"/>
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
    <message numerus="yes">
        <location filename="../../ui/donations_page.py" line="243"/>
        <source>%Ln shown</source>
        <translation>
            <numerusform>%Ln معروضة</numerusform>
            <numerusform>واحد معروض</numerusform>
            <numerusform>اثنان معروضان</numerusform>
            <numerusform>%Ln معروضة</numerusform>
            <numerusform>%Ln معروضة</numerusform>
            <numerusform>%Ln معروضة</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} shown</source>
        <translation type="vanished">{n} معروضة</translation>
    </message>
</context>
<context>
    <name>DonorEditDialog</name>
    <message>
        <location filename="../../ui/donors_page.py" line="193"/>
        <source>Edit the donor&apos;s details</source>
        <translation>تعديل بيانات المتبرع</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="210"/>
        <source>&amp;Postcode:</source>
        <translation>الر&amp;مز البريدي:</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="208"/>
        <source>N&amp;ame:</source>
        <extracomment>the details as they were, as text (what an undo puts back)</extracomment>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="209"/>
        <source>Add&amp;ress:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="211"/>
        <source>&amp;City:</source>
        <translation>ال&amp;مدينة:</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="212"/>
        <source>Cou&amp;ntry:</source>
        <translation>ال&amp;بلد:</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="213"/>
        <source>&amp;E-mail:</source>
        <translation>البريد الإ&amp;لكتروني:</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="214"/>
        <source>Emplo&amp;yer:</source>
        <translation>&amp;صاحب العمل:</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="215"/>
        <source>&amp;Occupation:</source>
        <translation>ال&amp;مهنة:</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="221"/>
        <source>&amp;Kind:</source>
        <translation>ال&amp;صفة:</translation>
    </message>
</context>
<context>
    <name>DonorKind</name>
    <message>
        <location filename="../../ui/entry.py" line="52"/>
        <source>Individual</source>
        <translation>شخص ذاتي</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="53"/>
        <source>Company</source>
        <translation>شركة</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="54"/>
        <source>Trade union</source>
        <translation>نقابة</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="55"/>
        <source>Association</source>
        <translation>جمعية</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="56"/>
        <source>Political party</source>
        <translation>حزب سياسي</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="57"/>
        <source>Public body</source>
        <translation>هيئة عمومية</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="58"/>
        <source>Foreign</source>
        <translation>أجنبي</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="59"/>
        <source>Anonymous</source>
        <translation>مجهول</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="60"/>
        <source>Other</source>
        <translation>آخر</translation>
    </message>
</context>
<context>
    <name>DonorSearch</name>
    <message>
        <location filename="../../ui/donors_page.py" line="71"/>
        <source>Find a donor by name or e-mail</source>
        <translation>ابحث عن متبرع بالاسم أو البريد الإلكتروني</translation>
    </message>
</context>
<context>
    <name>DonorsPage</name>
    <message>
        <location filename="../../ui/donors_page.py" line="365"/>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="365"/>
        <source>Net total</source>
        <translation>المجموع الصافي</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="365"/>
        <source>Entries</source>
        <translation>القيود</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="372"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="373"/>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="374"/>
        <source>Method</source>
        <translation>طريقة الأداء</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="375"/>
        <source>Entry</source>
        <translation>القيد</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="376"/>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="377"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="384"/>
        <source>Severity</source>
        <translation>الخطورة</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="384"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="384"/>
        <location filename="../../ui/donors_page.py" line="390"/>
        <source>What</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="390"/>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="390"/>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="390"/>
        <source>Change</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="393"/>
        <location filename="../../ui/donors_page.py" line="533"/>
        <source>History (audit trail):</source>
        <translation>السجل (مسار التدقيق):</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="395"/>
        <source>&amp;Merge another donor into this one…</source>
        <translation>&amp;دمج متبرع آخر في هذا المتبرع…</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="398"/>
        <source>&amp;Edit details…</source>
        <translation>&amp;تعديل البيانات…</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="413"/>
        <source>Totals per year:</source>
        <translation>المجاميع حسب السنة:</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="416"/>
        <source>Donations, refunds and returns:</source>
        <translation>التبرعات والاستردادات والإرجاعات:</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="418"/>
        <source>Flags:</source>
        <translation>التنبيهات:</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="464"/>
        <source>Also recorded as: {names}</source>
        <translation>مسجل أيضاً باسم: {names}</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="467"/>
        <source>Merged into donor #{id}</source>
        <translation>مدمج في المتبرع رقم {id}</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="484"/>
        <source>donation</source>
        <translation>تبرع</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="485"/>
        <source>refund</source>
        <translation>استرداد</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="486"/>
        <source>return</source>
        <translation>إرجاع</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="502"/>
        <source>Double-click: this entry&apos;s history</source>
        <translation>نقر مزدوج: سجل هذا القيد</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="510"/>
        <source>Open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="510"/>
        <source>Dismissed</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="530"/>
        <source>History of entry #{id} (audit trail):</source>
        <translation>سجل القيد رقم {id} (مسار التدقيق):</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="576"/>
        <source>Edit donor #{id}</source>
        <translation>تعديل المتبرع رقم {id}</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="583"/>
        <source>The donor&apos;s details were saved.</source>
        <translation>حُفظت بيانات المتبرع.</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="614"/>
        <source>Merge donor #{other} into #{keep}</source>
        <translation>دمج المتبرع رقم {other} في رقم {keep}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/donors_page.py" line="621"/>
        <source>Merged: %Ln donation(s) moved.</source>
        <translation>
            <numerusform>تم الدمج: لم يُنقل أي تبرع.</numerusform>
            <numerusform>تم الدمج: نُقل تبرع واحد.</numerusform>
            <numerusform>تم الدمج: نُقل تبرعان.</numerusform>
            <numerusform>تم الدمج: نُقلت %Ln تبرعات.</numerusform>
            <numerusform>تم الدمج: نُقل %Ln تبرعًا.</numerusform>
            <numerusform>تم الدمج: نُقل %Ln تبرع.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged: {n} donations moved.</source>
        <translation type="vanished">تم الدمج: نُقل {n} تبرعات.</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="632"/>
        <source>No donor chosen</source>
        <translation>لم يتم اختيار أي متبرع</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="633"/>
        <source>Type a name on the left to find a donor.</source>
        <translation>اكتب اسماً في الجانب للبحث عن متبرع.</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../../ui/entry.py" line="82"/>
        <source>New donation</source>
        <translation>تبرع جديد</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="104"/>
        <source>Type a name or an e-mail; a new name is a new donor</source>
        <translation>اكتب اسماً أو بريداً إلكترونياً؛ الاسم الجديد متبرع جديد</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="123"/>
        <source>headquarters (no unit)</source>
        <translation>المقر (بدون وحدة)</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="127"/>
        <source>cheque number, bank reference…</source>
        <translation>رقم الشيك، المرجع البنكي…</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="131"/>
        <source>&amp;Date:</source>
        <translation>ال&amp;تاريخ:</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="132"/>
        <source>D&amp;onor:</source>
        <translation>ال&amp;متبرع:</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="133"/>
        <source>&amp;Amount:</source>
        <translation>ال&amp;مبلغ:</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="134"/>
        <source>&amp;Method:</source>
        <translation>&amp;طريقة الأداء:</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="135"/>
        <source>&amp;Unit:</source>
        <translation>ال&amp;وحدة:</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="136"/>
        <source>&amp;Reference:</source>
        <translation>ال&amp;مرجع:</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="137"/>
        <source>N&amp;otes:</source>
        <translation>م&amp;لاحظات:</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="139"/>
        <source>New donor&apos;s details</source>
        <translation>بيانات المتبرع الجديد</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="150"/>
        <source>FR, MA, GB…</source>
        <translation>MA، FR، GB…</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="152"/>
        <source>&amp;Kind:</source>
        <translation>ال&amp;صفة:</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="153"/>
        <source>&amp;E-mail:</source>
        <translation>البريد الإ&amp;لكتروني:</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="154"/>
        <source>Add&amp;ress:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="155"/>
        <source>&amp;Postcode:</source>
        <translation>الر&amp;مز البريدي:</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="156"/>
        <source>&amp;City:</source>
        <translation>ال&amp;مدينة:</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="157"/>
        <source>Cou&amp;ntry:</source>
        <translation>ال&amp;بلد:</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="170"/>
        <source>Save and &amp;next (Ctrl+Enter)</source>
        <translation>حفظ و&amp;التالي (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="172"/>
        <source>&amp;Save and close</source>
        <translation>&amp;حفظ وإغلاق</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="189"/>
        <source>Before saving:</source>
        <translation>قبل الحفظ:</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="237"/>
        <source>(also {alias})</source>
        <translation>(أيضاً {alias})</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="302"/>
        <source>Type the donor and the amount to see the donor&apos;s total and the rules&apos; verdict.</source>
        <translation>اكتب المتبرع والمبلغ لرؤية مجموع المتبرع وحكم القواعد.</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="330"/>
        <source>New donor: {name}</source>
        <translation>متبرع جديد: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="335"/>
        <source>Donor: {name}</source>
        <translation>المتبرع: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="340"/>
        <source>No rule is checked: the profile counts in another currency.</source>
        <translation>لا يتم التحقق من أي قاعدة: الملف يحتسب بعملة أخرى.</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="350"/>
        <source>Total in {period}: {before} → {after}, cap {cap}</source>
        <translation>المجموع في {period}: {before} ← {after}، السقف {cap}</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="360"/>
        <source>No rule would flag this donation.</source>
        <translation>لن تنبه أي قاعدة على هذا التبرع.</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="363"/>
        <source>Would raise: {title}</source>
        <translation>سينتج تنبيهاً: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="363"/>
        <source>Still open: {title}</source>
        <translation>لا يزال مفتوحاً: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="412"/>
        <source>Saved: {amount} from {donor}.</source>
        <translation>تم الحفظ: {amount} من {donor}.</translation>
    </message>
    <message>
        <location filename="../../ui/entry.py" line="420"/>
        <source>Flag raised:</source>
        <translation>تنبيه جديد:</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="69"/>
        <source>Which file?</source>
        <extracomment>The names of files that say they are tables: one that cannot be read as a table is not a bank statement either (statements, read by their content, come as .sta, .xml, .ofx…). The flags a preview shows, of those the import would raise (the Flags page has all).</extracomment>
        <translation>أي ملف؟</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="72"/>
        <source>A CSV or spreadsheet export (Stripe, PayPal, HelloAsso, ActBlue…) or a bank statement.</source>
        <translation>ملف CSV أو جدول مصدَّر (Stripe، PayPal، HelloAsso، ActBlue…) أو كشف حساب بنكي.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="78"/>
        <source>&amp;Browse…</source>
        <translation>ت&amp;صفح…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="82"/>
        <source>Detect from the columns</source>
        <translation>التعرف من الأعمدة</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="87"/>
        <source>optional: a mapping file (.toml) of your own</source>
        <translation>اختياري: ملف مطابقة خاص بك (.toml)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="95"/>
        <source>optional: the text encoding of a CSV (e.g. windows-1256), if not detected</source>
        <translation>اختياري: ترميز نص ملف CSV (مثل windows-1256) إن لم يُكتشف</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="101"/>
        <source>&amp;File:</source>
        <translation>ال&amp;ملف:</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="103"/>
        <source>&amp;Preset:</source>
        <translation>ال&amp;نموذج:</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="104"/>
        <source>&amp;Mapping:</source>
        <translation>ال&amp;مطابقة:</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="105"/>
        <source>&amp;Sheet:</source>
        <translation>ال&amp;ورقة:</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="106"/>
        <source>&amp;Encoding:</source>
        <translation>ال&amp;ترميز:</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="113"/>
        <source>The sheet that holds the donations</source>
        <translation>الورقة التي تضم التبرعات</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="125"/>
        <source>Import donations</source>
        <translation>استيراد التبرعات</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="128"/>
        <source>Donation files (*.csv *.xlsx *.xls *.ods *.ofx *.qfx *.xml *.sta);;All files (*)</source>
        <translation>ملفات التبرعات (*.csv *.xlsx *.xls *.ods *.ofx *.qfx *.xml *.sta);;كل الملفات (*)</translation>
    </message>
</context>
<context>
    <name>FlagsPage</name>
    <message>
        <location filename="../../ui/flags_page.py" line="165"/>
        <location filename="../../ui/flags_page.py" line="414"/>
        <source>Open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="166"/>
        <location filename="../../ui/flags_page.py" line="415"/>
        <source>Dismissed</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="167"/>
        <location filename="../../ui/flags_page.py" line="416"/>
        <source>Resolved</source>
        <translation>محلول</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="168"/>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="174"/>
        <source>&amp;Show:</source>
        <translation>&amp;عرض:</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="185"/>
        <source>Severity</source>
        <translation>الخطورة</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="186"/>
        <source>Deadline</source>
        <translation>الأجل</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="187"/>
        <source>Donor</source>
        <translation>المتبرع</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="188"/>
        <source>Rule</source>
        <translation>القاعدة</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="189"/>
        <source>Over by</source>
        <translation>الزيادة</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="190"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="204"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="205"/>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="206"/>
        <source>Method</source>
        <translation>طريقة الأداء</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="207"/>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="208"/>
        <source>Entry</source>
        <translation>القيد</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="215"/>
        <source>Record &amp;refund…</source>
        <translation>تسجيل &amp;استرداد…</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="216"/>
        <source>Record re&amp;turn…</source>
        <translation>تسجيل إ&amp;رجاع…</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="217"/>
        <source>Re&amp;attribute…</source>
        <translation>إعادة ال&amp;نسب…</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="218"/>
        <source>Record &amp;check…</source>
        <translation>تسجيل &amp;تحقق…</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="219"/>
        <source>&amp;Dismiss…</source>
        <translation>&amp;رفض…</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="225"/>
        <source>Show &amp;donor</source>
        <translation>عرض ال&amp;متبرع</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="236"/>
        <source>Contributing donations:</source>
        <translation>التبرعات المعنية:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/flags_page.py" line="302"/>
        <source>%Ln flag(s)</source>
        <translation>
            <numerusform>%Ln تنبيه</numerusform>
            <numerusform>تنبيه واحد</numerusform>
            <numerusform>تنبيهان</numerusform>
            <numerusform>%Ln تنبيهات</numerusform>
            <numerusform>%Ln تنبيهًا</numerusform>
            <numerusform>%Ln تنبيه</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="464"/>
        <source>donation</source>
        <translation>تبرع</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="465"/>
        <source>refund</source>
        <translation>استرداد</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="466"/>
        <source>return</source>
        <translation>إرجاع</translation>
    </message>
    <message>
        <source>{n} flags</source>
        <translation type="vanished">{n} تنبيهات</translation>
    </message>
    <message>
        <source>name one donor of the ledger to reattribute to</source>
        <translation type="vanished">حدد متبرعاً واحداً من السجل لإعادة النسب إليه</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="385"/>
        <source>Dismiss flag {id}</source>
        <translation>رفض التنبيه {id}</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="394"/>
        <source>Flag dismissed. Undo with Ctrl+Z.</source>
        <translation>تم رفض التنبيه. للتراجع: Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="404"/>
        <source>Recorded. Flags resolved: {resolved}; raised: {raised}.</source>
        <translation>تم التسجيل. تنبيهات محلولة: {resolved}؛ جديدة: {raised}.</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="434"/>
        <source>No flag is selected.</source>
        <translation>لم يتم اختيار أي تنبيه.</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="437"/>
        <source>Nothing to show: no rule flags anything here.</source>
        <translation>لا شيء للعرض: لا تنبه أي قاعدة على أي شيء هنا.</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="449"/>
        <source>Deadline: {date}</source>
        <translation>الأجل: {date}</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="646"/>
        <source>Importing</source>
        <translation>جارٍ الاستيراد</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="648"/>
        <source>The import is one transaction: cancelled, it leaves the ledger as it was.</source>
        <translation>الاستيراد عملية واحدة: إذا أُلغي يبقى السجل كما كان.</translation>
    </message>
    <message>
        <source>Imported: {new} donations, {refunds} refunds, {donors} new donors.</source>
        <translation type="vanished">تم الاستيراد: {new} تبرعات، {refunds} استردادات، {donors} متبرعين جدد.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="665"/>
        <source>Imported: {new}, {refunds}, {donors}.</source>
        <translation>تم الاستيراد: {new}، {refunds}، {donors}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="666"/>
        <source>%Ln donation(s)</source>
        <translation>
            <numerusform>%Ln تبرع</numerusform>
            <numerusform>تبرع واحد</numerusform>
            <numerusform>تبرعان</numerusform>
            <numerusform>%Ln تبرعات</numerusform>
            <numerusform>%Ln تبرعًا</numerusform>
            <numerusform>%Ln تبرع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="667"/>
        <source>%Ln refund(s)</source>
        <translation>
            <numerusform>%Ln استرداد</numerusform>
            <numerusform>استرداد واحد</numerusform>
            <numerusform>استردادان</numerusform>
            <numerusform>%Ln استردادات</numerusform>
            <numerusform>%Ln استردادًا</numerusform>
            <numerusform>%Ln استرداد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="668"/>
        <source>%Ln new donor(s)</source>
        <translation>
            <numerusform>%Ln متبرع جديد</numerusform>
            <numerusform>متبرع جديد واحد</numerusform>
            <numerusform>متبرعان جديدان</numerusform>
            <numerusform>%Ln متبرعين جدد</numerusform>
            <numerusform>%Ln متبرعًا جديدًا</numerusform>
            <numerusform>%Ln متبرع جديد</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="670"/>
        <source>Already in the ledger, skipped: {n}.</source>
        <translation>موجودة في السجل وتم تخطيها: {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="671"/>
        <source>Bad rows skipped: {n}.</source>
        <translation>أسطر خاطئة تم تخطيها: {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="672"/>
        <source>Flags raised by the rules: {n}.</source>
        <translation>تنبيهات أنتجتها القواعد: {n}.</translation>
    </message>
    <message>
        <source>Flags resolved by the import: {n}.</source>
        <translation type="vanished">تنبيهات حلّها الاستيراد: {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="675"/>
        <source>Nothing was imported: no row is both good and new.</source>
        <translation>لم يُستورد شيء: لا يوجد صف سليم وجديد في آن واحد.</translation>
    </message>
    <message>
        <source>Statement entries that are not donations (debits, reversals…), left out: {n}.</source>
        <translation type="vanished">قيود الكشف التي ليست تبرعات (مدين، إلغاءات…)، تُركت جانبًا: {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="684"/>
        <source>The bad rows were written to {path}.</source>
        <translation>كُتبت الأسطر الخاطئة في {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="688"/>
        <source>Merged as the same person: {names}.</source>
        <translation>دُمجوا كشخص واحد: {names}.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="328"/>
        <source>&amp;Cancel</source>
        <translation>إ&amp;لغاء</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="339"/>
        <source>Reading the file…</source>
        <translation>جارٍ قراءة الملف…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="369"/>
        <source>Recording the donations and checking the rules…</source>
        <translation>تسجيل التبرعات ومراقبة القواعد…</translation>
    </message>
    <message>
        <source>{done} rows read…</source>
        <translation type="vanished">قُرئ {done} سطرًا…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="384"/>
        <source>Stopping…</source>
        <translation>جارٍ الإيقاف…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="402"/>
        <source>Cancelled: nothing was imported.</source>
        <translation>أُلغي: لم يُستورد أي شيء.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="418"/>
        <source>Statement entries that are not donations (debits, reversals…), left out: {n}.</source>
        <translation>قيود الكشف التي ليست تبرعات (مدين، إلغاءات…)، تُركت جانبًا: {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="423"/>
        <source>Rows the preset does not import (by their status or type), left out: {n}.</source>
        <translation>صفوف لا يستوردها النموذج (حسب حالتها أو نوعها)، تُركت جانبًا: {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="433"/>
        <source>Columns not read: {columns} (go Back to say what they hold).</source>
        <translation>أعمدة لم تُقرأ: {columns} (ارجع إلى الخلف لتحديد ما تحتويه).</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="442"/>
        <source>Known donors without an address to whom the file gives two (neither is recorded: edit them on the Donors page): {names}.</source>
        <translation>متبرعون معروفون بلا عنوان يعطيهم الملف عنوانين (لم يُسجَّل أيّ منهما: عدّلهم في صفحة المتبرعين): {names}.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="450"/>
        <source>Known donors whose missing details (address, email…) the file fills: {n}.</source>
        <translation>متبرعون معروفون يكمل الملف بياناتهم الناقصة (العنوان، البريد الإلكتروني…): {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="461"/>
        <source>Sheet read: {sheet} (not read: {others}).</source>
        <translation>الورقة المقروءة: {sheet} (غير المقروءة: {others}).</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="468"/>
        <source>Dates read month first, as {date} shows, not as this ledger reads them: check the file&apos;s other dates.</source>
        <translation>قُرئت التواريخ بالشهر أولاً كما يبيّن {date}، لا كما يقرؤها هذا السجل: تحقّق من تواريخ الملف الأخرى.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="474"/>
        <source>Dates read day first, as {date} shows, not as this ledger reads them: check the file&apos;s other dates.</source>
        <translation>قُرئت التواريخ باليوم أولاً كما يبيّن {date}، لا كما يقرؤها هذا السجل: تحقّق من تواريخ الملف الأخرى.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="483"/>
        <source>Entry {entry} pays {amount} to {name} on {date}: a gift sent back? The ledger counts the gift until its return is recorded (Flags page, Record a return; or &apos;treasurer return&apos;).</source>
        <translation>القيد {entry} يدفع {amount} إلى {name} في {date}: هل هو تبرع مُرجَع؟ يظل السجل يحتسب التبرع إلى أن يُسجَّل إرجاعه (صفحة التنبيهات، تسجيل إرجاع؛ أو «treasurer return»).</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="498"/>
        <source>New donors recorded as persons whose names end as a company&apos;s may: {names}. If one is a company, say so on the Donors page (Edit details): its gifts then meet the rules on companies.</source>
        <translation>متبرعون جدد سُجّلوا أشخاصًا طبيعيين وتنتهي أسماؤهم كما قد ينتهي اسم شركة: {names}. إن كان أحدهم شركة، فبيّن ذلك في صفحة المتبرعين (تعديل البيانات): تخضع تبرعاته عندئذ للقواعد الخاصة بالشركات.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="508"/>
        <source>Amounts such as {amount} read with “{mark}” separating thousands, as no amount shows the file&apos;s decimal mark: if “{mark}” marks decimals there, correct them in the file.</source>
        <translation>قُرئت مبالغ مثل {amount} على أن «{mark}» يفصل الآلاف، إذ لا يُظهر أي مبلغ في الملف علامته العشرية: إن كانت «{mark}» تدل فيه على الكسور العشرية، فصحّحها في الملف.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="711"/>
        <source>Import donations</source>
        <extracomment>closing was asked while an import ran: it was cancelled, and the window closes once the import has stopped (not if it committed first: its summary stays shown)</extracomment>
        <translation>استيراد التبرعات</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="791"/>
        <source>%Ln row(s) read…</source>
        <translation>
            <numerusform>قُرئ %Ln سطر…</numerusform>
            <numerusform>قُرئ سطر واحد…</numerusform>
            <numerusform>قُرئ سطران…</numerusform>
            <numerusform>قُرئت %Ln أسطر…</numerusform>
            <numerusform>قُرئ %Ln سطرًا…</numerusform>
            <numerusform>قُرئ %Ln سطر…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="852"/>
        <source>Import {file}</source>
        <translation>استيراد {file}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>there is no ledger file at {path}</source>
        <translation type="vanished">لا يوجد ملف سجل في {path}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="295"/>
        <source>Add donation of {amount} from {donor}</source>
        <translation>إضافة تبرع بمبلغ {amount} من {donor}</translation>
    </message>
    <message>
        <source>the ledger&apos;s profile counts in another currency: no rule can be checked</source>
        <translation type="vanished">ملف السجل يحتسب بعملة أخرى: لا يمكن التحقق من أي قاعدة</translation>
    </message>
    <message>
        <source>Rules checked: {raised} flags raised, {resolved} resolved.</source>
        <translation type="vanished">تم التحقق من القواعد: {raised} تنبيهات جديدة، {resolved} محلولة.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="394"/>
        <source>Rules checked: {raised}, {resolved}.</source>
        <translation>تم التحقق من القواعد: {raised}، {resolved}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="395"/>
        <source>%Ln flag(s) raised</source>
        <translation>
            <numerusform>%Ln تنبيه جديد</numerusform>
            <numerusform>تنبيه جديد واحد</numerusform>
            <numerusform>تنبيهان جديدان</numerusform>
            <numerusform>%Ln تنبيهات جديدة</numerusform>
            <numerusform>%Ln تنبيهًا جديدًا</numerusform>
            <numerusform>%Ln تنبيه جديد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="396"/>
        <source>%Ln resolved</source>
        <translation>
            <numerusform>%Ln محلولة</numerusform>
            <numerusform>واحد محلول</numerusform>
            <numerusform>اثنان محلولان</numerusform>
            <numerusform>%Ln محلولة</numerusform>
            <numerusform>%Ln محلولة</numerusform>
            <numerusform>%Ln محلولة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="402"/>
        <source>Checking every rule…</source>
        <translation>جارٍ التحقق من كل القواعد…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="466"/>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="467"/>
        <source>Dashboard</source>
        <translation>لوحة القيادة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="468"/>
        <source>Donations</source>
        <translation>التبرعات</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="469"/>
        <source>Donors</source>
        <translation>المتبرعون</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="470"/>
        <source>Flags</source>
        <translation>التنبيهات</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="471"/>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="472"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="477"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="478"/>
        <source>&amp;Open ledger…</source>
        <translation>&amp;فتح سجل…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="482"/>
        <source>&amp;Start screen (new ledger, recent, demo)</source>
        <translation>شاشة ال&amp;بداية (سجل جديد، الأخيرة، تجريبي)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="485"/>
        <source>&amp;Close ledger</source>
        <translation>إ&amp;غلاق السجل</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="490"/>
        <source>&amp;Import donations…</source>
        <translation>ا&amp;ستيراد التبرعات…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="496"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="503"/>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="504"/>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="506"/>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="511"/>
        <source>&amp;New donation…</source>
        <translation>تبرع &amp;جديد…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="515"/>
        <source>&amp;Find donations…</source>
        <translation>&amp;بحث في التبرعات…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="519"/>
        <source>&amp;Check every rule</source>
        <translation>ال&amp;تحقق من كل القواعد</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="523"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="565"/>
        <source>Open ledger</source>
        <translation>فتح سجل</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="567"/>
        <source>Treasurer ledgers (*.db);;All files (*)</source>
        <translation>سجلات أمين الصندوق (*.db);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="340"/>
        <location filename="../../ui/main_window.py" line="357"/>
        <location filename="../../ui/main_window.py" line="593"/>
        <source>Treasurer</source>
        <translation>أمين الصندوق</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="342"/>
        <source>An import is still running. Stop it and close Treasurer? Nothing of it is saved unless it has already finished.</source>
        <translation>لا يزال استيراد جاريًا. هل تريد إيقافه وإغلاق Treasurer؟ لا يُحفظ منه شيء ما لم يكن قد انتهى.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="359"/>
        <source>An import into this ledger is still running. Let it finish, or cancel it in the import window, first.</source>
        <translation>لا يزال استيراد إلى هذا السجل جاريًا. اتركه حتى ينتهي، أو ألغه في نافذة الاستيراد، أولًا.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="594"/>
        <source>No ledger is open.</source>
        <translation>لا يوجد سجل مفتوح.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="630"/>
        <source>Treasurer — {name} (demo)</source>
        <translation>أمين الصندوق — {name} (تجريبي)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="630"/>
        <source>Treasurer — {name}</source>
        <translation>أمين الصندوق — {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="664"/>
        <source>%Ln donation(s)</source>
        <translation>
            <numerusform>%Ln تبرع</numerusform>
            <numerusform>تبرع واحد</numerusform>
            <numerusform>تبرعان</numerusform>
            <numerusform>%Ln تبرعات</numerusform>
            <numerusform>%Ln تبرعًا</numerusform>
            <numerusform>%Ln تبرع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="665"/>
        <source>%Ln donor(s)</source>
        <translation>
            <numerusform>%Ln متبرع</numerusform>
            <numerusform>متبرع واحد</numerusform>
            <numerusform>متبرعان</numerusform>
            <numerusform>%Ln متبرعين</numerusform>
            <numerusform>%Ln متبرعًا</numerusform>
            <numerusform>%Ln متبرع</numerusform>
        </translation>
    </message>
    <message>
        <source>1 donation</source>
        <translation type="vanished">تبرع واحد</translation>
    </message>
    <message>
        <source>{n} donations</source>
        <translation type="vanished">{n} تبرعات</translation>
    </message>
    <message>
        <source>1 donor</source>
        <translation type="vanished">متبرع واحد</translation>
    </message>
    <message>
        <source>{n} donors</source>
        <translation type="vanished">{n} متبرعين</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="666"/>
        <source>total {amount}</source>
        <translation>المجموع {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="676"/>
        <source>Some donations cannot be read: {}</source>
        <translation>تتعذر قراءة بعض التبرعات: {}</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/donors_page.py" line="117"/>
        <source>Merge another donor into this one</source>
        <translation>دمج متبرع آخر في هذا المتبرع</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="132"/>
        <source>&amp;Merge</source>
        <translation>&amp;دمج</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="137"/>
        <source>The other record of the same person:</source>
        <translation>السجل الآخر للشخص نفسه:</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="159"/>
        <source>{other} (#{other_id}) becomes part of {keep} (#{keep_id}).</source>
        <translation>{other} (رقم {other_id}) يصبح جزءاً من {keep} (رقم {keep_id}).</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="167"/>
        <source>Donations moved: {n}</source>
        <translation>التبرعات المنقولة: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="169"/>
        <source>Totals after the merge:</source>
        <translation>المجاميع بعد الدمج:</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="179"/>
        <source>Flags the merge would raise:</source>
        <translation>التنبيهات التي سينتجها الدمج:</translation>
    </message>
    <message>
        <location filename="../../ui/donors_page.py" line="182"/>
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
        <source>Bundle {n} written to {path}: {donations} donations and refunds.</source>
        <translation type="vanished">كُتبت الحزمة {n} في {path}: {donations} تبرعات واستردادات.</translation>
    </message>
    <message>
        <location filename="../../ui/office_menu.py" line="93"/>
        <source>Writing the bundle…</source>
        <translation>جارٍ كتابة الحزمة…</translation>
    </message>
    <message>
        <location filename="../../ui/office_menu.py" line="100"/>
        <source>Headquarters&apos; acknowledgement</source>
        <translation>إشعار استلام المقر</translation>
    </message>
    <message>
        <location filename="../../ui/office_menu.py" line="106"/>
        <source>The acknowledgement was recorded.</source>
        <translation>سُجّل إشعار الاستلام.</translation>
    </message>
    <message>
        <location filename="../../ui/office_menu.py" line="115"/>
        <source>A field office&apos;s bundle</source>
        <translation>حزمة مكتب ميداني</translation>
    </message>
    <message>
        <location filename="../../ui/office_menu.py" line="119"/>
        <source>The bundle&apos;s passphrase:</source>
        <translation>عبارة مرور الحزمة:</translation>
    </message>
    <message>
        <source>Imported from {office}: {donations} donations, {refunds} refunds, {donors} new donors; {flags} flags raised by the rules.</source>
        <translation type="vanished">استُورد من {office}: {donations} تبرعات، {refunds} استردادات، {donors} متبرعون جدد؛ {flags} تنبيهات من القواعد.</translation>
    </message>
    <message>
        <location filename="../../ui/office_menu.py" line="80"/>
        <source>Bundle {n} written to {path}: {donations}.</source>
        <translation>كُتبت الحزمة {n} في {path}: {donations}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/office_menu.py" line="84"/>
        <source>%Ln donation(s) and refund(s)</source>
        <translation>
            <numerusform>%Ln عملية (تبرعات واستردادات)</numerusform>
            <numerusform>عملية واحدة (تبرع أو استرداد)</numerusform>
            <numerusform>عمليتان (تبرعات واستردادات)</numerusform>
            <numerusform>%Ln عمليات (تبرعات واستردادات)</numerusform>
            <numerusform>%Ln عملية (تبرعات واستردادات)</numerusform>
            <numerusform>%Ln عملية (تبرعات واستردادات)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/office_menu.py" line="128"/>
        <source>Imported from {office}: {donations}, {refunds}, {donors}; {flags}.</source>
        <translation>استُورد من {office}: {donations}، {refunds}، {donors}؛ {flags}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/office_menu.py" line="131"/>
        <source>%Ln donation(s)</source>
        <translation>
            <numerusform>%Ln تبرع</numerusform>
            <numerusform>تبرع واحد</numerusform>
            <numerusform>تبرعان</numerusform>
            <numerusform>%Ln تبرعات</numerusform>
            <numerusform>%Ln تبرعًا</numerusform>
            <numerusform>%Ln تبرع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/office_menu.py" line="132"/>
        <source>%Ln refund(s)</source>
        <translation>
            <numerusform>%Ln استرداد</numerusform>
            <numerusform>استرداد واحد</numerusform>
            <numerusform>استردادان</numerusform>
            <numerusform>%Ln استردادات</numerusform>
            <numerusform>%Ln استردادًا</numerusform>
            <numerusform>%Ln استرداد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/office_menu.py" line="133"/>
        <source>%Ln new donor(s)</source>
        <translation>
            <numerusform>%Ln متبرع جديد</numerusform>
            <numerusform>متبرع جديد واحد</numerusform>
            <numerusform>متبرعان جديدان</numerusform>
            <numerusform>%Ln متبرعين جدد</numerusform>
            <numerusform>%Ln متبرعًا جديدًا</numerusform>
            <numerusform>%Ln متبرع جديد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/office_menu.py" line="134"/>
        <source>%Ln flag(s) raised by the rules</source>
        <translation>
            <numerusform>%Ln تنبيه من القواعد</numerusform>
            <numerusform>تنبيه واحد من القواعد</numerusform>
            <numerusform>تنبيهان من القواعد</numerusform>
            <numerusform>%Ln تنبيهات من القواعد</numerusform>
            <numerusform>%Ln تنبيهًا من القواعد</numerusform>
            <numerusform>%Ln تنبيه من القواعد</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/office_menu.py" line="143"/>
        <source>Checking and importing the bundle…</source>
        <translation>جارٍ فحص الحزمة واستيرادها…</translation>
    </message>
    <message>
        <location filename="../../ui/office_menu.py" line="152"/>
        <source>Write an acknowledgement</source>
        <translation>كتابة إشعار استلام</translation>
    </message>
    <message>
        <location filename="../../ui/office_menu.py" line="162"/>
        <source>Acknowledgement written to {path}.</source>
        <translation>كُتب إشعار الاستلام في {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/office_menu.py" line="172"/>
        <source>New field office</source>
        <translation>مكتب ميداني جديد</translation>
    </message>
    <message>
        <location filename="../../ui/office_menu.py" line="172"/>
        <source>The office&apos;s accounting unit:</source>
        <translation>الوحدة المحاسبية للمكتب:</translation>
    </message>
    <message>
        <location filename="../../ui/office_menu.py" line="178"/>
        <source>Setup file</source>
        <translation>ملف الإعداد</translation>
    </message>
    <message>
        <location filename="../../ui/office_menu.py" line="189"/>
        <source>Setup file written to {path}: on the office&apos;s laptop, run &apos;treasurer office init --setup&apos; with it.</source>
        <translation>كُتب ملف الإعداد في {path}: على حاسوب المكتب، شغّل ‎treasurer office init --setup‎ به.</translation>
    </message>
    <message>
        <location filename="../../ui/office_menu.py" line="202"/>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../ui/office_menu.py" line="209"/>
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
        <location filename="../../ui/import_wizard.py" line="534"/>
        <source>What the import would do</source>
        <translation>ما سيفعله الاستيراد</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="537"/>
        <source>Nothing is written yet. Bad rows are skipped; fix them in the file and import it again later.</source>
        <translation>لم يُكتب شيء بعد. ستُتخطى الأسطر الخاطئة؛ صححها في الملف واستورده لاحقاً من جديد.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="544"/>
        <location filename="../../ui/import_wizard.py" line="607"/>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="544"/>
        <location filename="../../ui/import_wizard.py" line="608"/>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="544"/>
        <location filename="../../ui/import_wizard.py" line="608"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="544"/>
        <location filename="../../ui/import_wizard.py" line="608"/>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="552"/>
        <source>Same person?</source>
        <translation>الشخص نفسه؟</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="553"/>
        <source>Name in the file</source>
        <translation>الاسم في الملف</translation>
    </message>
    <message>
        <source>Donor of the ledger</source>
        <translation type="vanished">متبرع السجل</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="554"/>
        <source>Donor it may be</source>
        <translation>المتبرع المحتمل</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="555"/>
        <source>Likeness</source>
        <translation>التشابه</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="563"/>
        <source>Bad rows:</source>
        <translation>الأسطر الخاطئة:</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="568"/>
        <source>Names close to a donor of the ledger (tick to merge them after the import):</source>
        <translation>أسماء قريبة من متبرع في السجل (ضع علامة لدمجها بعد الاستيراد):</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="583"/>
        <source>{rows} read with the preset {preset}: {new}, {refunds}, {duplicates}, {bad}, {donors}.</source>
        <translation>قُرئ بالنموذج {preset}: {rows}، {new}، {refunds}، {duplicates}، {bad}، {donors}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="586"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln سطر</numerusform>
            <numerusform>سطر واحد</numerusform>
            <numerusform>سطران</numerusform>
            <numerusform>%Ln أسطر</numerusform>
            <numerusform>%Ln سطرًا</numerusform>
            <numerusform>%Ln سطر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="588"/>
        <source>%Ln new donation(s)</source>
        <translation>
            <numerusform>%Ln تبرع جديد</numerusform>
            <numerusform>تبرع جديد واحد</numerusform>
            <numerusform>تبرعان جديدان</numerusform>
            <numerusform>%Ln تبرعات جديدة</numerusform>
            <numerusform>%Ln تبرعًا جديدًا</numerusform>
            <numerusform>%Ln تبرع جديد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="589"/>
        <source>%Ln refund(s)</source>
        <translation>
            <numerusform>%Ln استرداد</numerusform>
            <numerusform>استرداد واحد</numerusform>
            <numerusform>استردادان</numerusform>
            <numerusform>%Ln استردادات</numerusform>
            <numerusform>%Ln استردادًا</numerusform>
            <numerusform>%Ln استرداد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="590"/>
        <source>%Ln already in the ledger</source>
        <translation>
            <numerusform>%Ln منها موجودة في السجل</numerusform>
            <numerusform>واحد منها موجود في السجل</numerusform>
            <numerusform>اثنان منها موجودان في السجل</numerusform>
            <numerusform>%Ln منها موجودة في السجل</numerusform>
            <numerusform>%Ln منها موجودة في السجل</numerusform>
            <numerusform>%Ln منها موجودة في السجل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="591"/>
        <source>%Ln bad row(s) to skip</source>
        <translation>
            <numerusform>%Ln سطر خاطئ سيتم تخطيه</numerusform>
            <numerusform>سطر خاطئ واحد سيتم تخطيه</numerusform>
            <numerusform>سطران خاطئان سيتم تخطيهما</numerusform>
            <numerusform>%Ln أسطر خاطئة سيتم تخطيها</numerusform>
            <numerusform>%Ln سطرًا خاطئًا سيتم تخطيها</numerusform>
            <numerusform>%Ln سطر خاطئ سيتم تخطيها</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="592"/>
        <source>%Ln new donor(s)</source>
        <translation>
            <numerusform>%Ln متبرع جديد</numerusform>
            <numerusform>متبرع جديد واحد</numerusform>
            <numerusform>متبرعان جديدان</numerusform>
            <numerusform>%Ln متبرعين جدد</numerusform>
            <numerusform>%Ln متبرعًا جديدًا</numerusform>
            <numerusform>%Ln متبرع جديد</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="595"/>
        <source>Flags the rules would raise: {n}.</source>
        <translation>التنبيهات التي ستثيرها القواعد: {n}.</translation>
    </message>
    <message>
        <source>Flags the import would resolve: {n}.</source>
        <translation type="vanished">التنبيهات التي سيحلّها الاستيراد: {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="607"/>
        <source>Entry</source>
        <translation>القيد</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="611"/>
        <source>(whole line)</source>
        <translation>(السطر كاملاً)</translation>
    </message>
    <message>
        <source>{rows} rows read with the preset {preset}: {new} new donations, {refunds} refunds, {duplicates} already in the ledger, {bad} bad rows to skip, {donors} new donors.</source>
        <translation type="vanished">{rows} أسطر مقروءة بالنموذج {preset}: {new} تبرعات جديدة، {refunds} استردادات، {duplicates} موجودة في السجل، {bad} أسطر خاطئة ستُتخطى، {donors} متبرعين جدد.</translation>
    </message>
</context>
<context>
    <name>RemedyDialog</name>
    <message>
        <location filename="../../ui/flags_page.py" line="79"/>
        <source>Record a refund</source>
        <translation>تسجيل استرداد</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="80"/>
        <source>Record a return</source>
        <translation>تسجيل إرجاع</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="81"/>
        <source>Reattribute part of a donation</source>
        <translation>إعادة نسب جزء من تبرع</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="82"/>
        <source>Record a permissibility check</source>
        <translation>تسجيل التحقق من الأهلية</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="83"/>
        <source>Dismiss the flag</source>
        <translation>رفض التنبيه</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="109"/>
        <source>name of the person it goes to</source>
        <translation>اسم الشخص المنسوب إليه</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="111"/>
        <source>The donor may give</source>
        <translation>يحق للمتبرع التبرع</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="115"/>
        <source>&amp;Donation:</source>
        <translation>ال&amp;تبرع:</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="116"/>
        <source>&amp;Amount:</source>
        <translation>ال&amp;مبلغ:</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="117"/>
        <location filename="../../ui/flags_page.py" line="123"/>
        <source>D&amp;ate:</source>
        <translation>ال&amp;تاريخ:</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="119"/>
        <source>&amp;To donor:</source>
        <translation>إ&amp;لى المتبرع:</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="121"/>
        <source>&amp;Reason:</source>
        <translation>ال&amp;سبب:</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="124"/>
        <source>&amp;How:</source>
        <translation>ال&amp;كيفية:</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="126"/>
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
        <location filename="../../ui/reports_page.py" line="189"/>
        <source>Written: {path} ({rows}).</source>
        <translation>تمت الكتابة: {path} ({rows}).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reports_page.py" line="190"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln سطر</numerusform>
            <numerusform>سطر واحد</numerusform>
            <numerusform>سطران</numerusform>
            <numerusform>%Ln أسطر</numerusform>
            <numerusform>%Ln سطرًا</numerusform>
            <numerusform>%Ln سطر</numerusform>
        </translation>
    </message>
    <message>
        <source>choose a period</source>
        <translation type="vanished">اختر فترة</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="184"/>
        <source>Cancelled; no file was kept.</source>
        <translation>أُلغي؛ لم يُحتفظ بأي ملف.</translation>
    </message>
    <message>
        <source>Written: {path} ({rows} rows).</source>
        <translation type="vanished">تمت الكتابة: {path} ({rows} أسطر).</translation>
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
        <location filename="../../ui/flags_page.py" line="51"/>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="52"/>
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <location filename="../../ui/flags_page.py" line="53"/>
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
        <location filename="../../ui/errors.py" line="26"/>
        <source>Treasurer</source>
        <translation>أمين الصندوق</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="32"/>
        <source>Treasurer cannot use the ledger.</source>
        <translation>لا يستطيع أمين الصندوق استخدام السجل.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="38"/>
        <source>Something went wrong inside Treasurer. This is a bug.</source>
        <translation>حدث خلل داخل أمين الصندوق. هذا عيب برمجي.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="43"/>
        <source>Please report it, with the details below.</source>
        <translation>يرجى الإبلاغ عنه مع التفاصيل أدناه.</translation>
    </message>
</context>
</TS>
