<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ug_CN" sourcelanguage="zh_CN">
    <context>
        <name>AskScreen</name>
        <message>
            <source>去外地看病
要先备案吗？</source>
            <translation>سىرتتا داۋالىنىش: ئاۋۋال تىزىملامدۇ؟</translation>
        </message>
        <message>
            <source>临时去外省
报销少多少？</source>
            <translation>ۋاقىتلىق: قانچە ئاز قايتۇرۇلىدۇ؟</translation>
        </message>
        <message>
            <source>备案能用多久？</source>
            <translation>قانچە ۋاقىت ئىناۋەتلىك؟</translation>
        </message>
        <message>
            <source>自己先付了钱
还能报吗？</source>
            <translation>ئۆزۈم تۆلىدىم: قايتۇرامدۇ؟</translation>
        </message>
        <message>
            <source>长住外省
回老家能报吗？</source>
            <translation>سىرتتا تۇرىمەن: يۇرتتا قايتۇرامدۇ؟</translation>
        </message>
        <message>
            <source>慢性病能开
几个月的药？</source>
            <translation>قانچە ئايلىق دورا ئالىمەن؟</translation>
        </message>
        <message>
            <source>癌症登记慢病
有快的办法吗？</source>
            <translation>راك: تېز ئۇسۇل بارمۇ؟</translation>
        </message>
        <message>
            <source>孩子能
替我办吗？</source>
            <translation>بالىلىرىم بېجىرەلەمدۇ؟</translation>
        </message>
        <message>
            <source>不会用智能手机
怎么办？</source>
            <translation>ئەقلىي تېلېفون يوق بولسا؟</translation>
        </message>
        <message>
            <source>走不动了
能上门办吗？</source>
            <translation>ماڭالمىسام ئۆيگە كېلەمدۇ؟</translation>
        </message>
        <message>
            <source>外地看病</source>
            <translation>باشقا جايدا داۋالىنىش</translation>
        </message>
        <message>
            <source>备案</source>
            <translation>تىزىملىتىش</translation>
        </message>
        <message>
            <source>报销</source>
            <translation>قايتۇرۇش</translation>
        </message>
        <message>
            <source>多久</source>
            <translation>قانچە ۋاقىت</translation>
        </message>
        <message>
            <source>慢性病</source>
            <translation>سوزۇلما كېسەل</translation>
        </message>
        <message>
            <source>癌症</source>
            <translation>راك</translation>
        </message>
        <message>
            <source>住院</source>
            <translation>دوختۇرخانىدا يېتىش</translation>
        </message>
        <message>
            <source>急诊</source>
            <translation>جىددىي قۇتقۇزۇش</translation>
        </message>
        <message>
            <source>转诊</source>
            <translation>يۆتكەپ داۋالاش</translation>
        </message>
        <message>
            <source>药店</source>
            <translation>دورىخانا</translation>
        </message>
        <message>
            <source>孩子代办</source>
            <translation>بالىلار ياردىمى</translation>
        </message>
        <message>
            <source>上门</source>
            <translation>ئۆيگە كېلىش</translation>
        </message>
        <message>
            <source>手机</source>
            <translation>تېلېفون</translation>
        </message>
        <message>
            <source>老年人</source>
            <translation>ياشانغانلار</translation>
        </message>
        <message>
            <source>材料</source>
            <translation>ماتېرىيال</translation>
        </message>
        <message>
            <source>问政策</source>
            <translation>سىياسەت سوراش</translation>
        </message>
        <message>
            <source>点一个问题，我读答案给您听。</source>
            <translation>بىر سوئالنى بېسىڭ، جاۋابىنى ئوقۇپ بېرىمەن.</translation>
        </message>
        <message>
            <source>换一组问题</source>
            <translation>باشقا سوئاللار</translation>
        </message>
        <message>
            <source>没有我的问题
用词语来问</source>
            <translation>سۆز بىلەن سوراش</translation>
        </message>
        <message>
            <source>点几个词，再按“找答案”。</source>
            <translation>بىر قانچە سۆزنى بېسىپ، ئاندىن «جاۋاب ئىزدەش» نى بېسىڭ.</translation>
        </message>
        <message>
            <source>换一组词</source>
            <translation>باشقا سۆزلەر</translation>
        </message>
        <message>
            <source>清空</source>
            <translation>تازىلاش</translation>
        </message>
        <message>
            <source>找答案</source>
            <translation>جاۋاب ئىزدەش</translation>
        </message>
        <message>
            <source>换好了，现在有：{items}。</source>
            <translation>ئالماشتى. ھازىر ئېكراندا: {items}.</translation>
        </message>
        <message>
            <source>您要问：</source>
            <translation>سوئالىڭىز: </translation>
        </message>
        <message>
            <source>清空了，请重新点词。</source>
            <translation>تازىلاندى. سۆزلەرنى قايتا بېسىڭ.</translation>
        </message>
        <message>
            <source>请先点一个词。</source>
            <translation>ئاۋۋال بىر سۆزنى بېسىڭ.</translation>
        </message>
        <message>
            <source>正在查找，请稍等……</source>
            <translation>ئىزدەۋاتىدۇ، سەل ساقلاڭ…</translation>
        </message>
        <message>
            <source>您问：{q}</source>
            <translation>سوئالىڭىز: {q}</translation>
        </message>
        <message>
            <source>出处：《{title}》</source>
            <translation>مەنبە: «{title}»</translation>
        </message>
        <message>
            <source>说得再
简单点</source>
            <translation>ئاددىيراق</translation>
        </message>
        <message>
            <source>再说一遍</source>
            <translation>قايتا ئاڭلاش</translation>
        </message>
        <message>
            <source>看文件原文</source>
            <translation>ئەسلى تېكىست</translation>
        </message>
        <message>
            <source>这个问题我这里没有文件能回答。请按“呼叫工作人员”，请工作人员帮您。</source>
            <translation>بۇ سوئالغا جاۋاب بېرەلەيدىغان ھۆججەت مەندە يوق. «ياردەم سوراش» نى بېسىڭ، خىزمەتچى سىزگە ياردەم قىلىدۇ.</translation>
        </message>
        <message>
            <source>呼叫工作人员</source>
            <translation>ياردەم سوراش</translation>
        </message>
        <message>
            <source>问别的问题</source>
            <translation>باشقا سوئال</translation>
        </message>
        <message>
            <source>文件原文：“{quote}”</source>
            <translation>ئەسلى تېكىست: «{quote}»</translation>
        </message>
        <message>
            <source>还有不明白的，请按呼叫工作人员。</source>
            <translation>چۈشەنمىگەن يېرى بولسا، ياردەم سوراشنى بېسىڭ.</translation>
        </message>
        <message>
            <source>政策文件只有中文，答案用中文显示在屏幕上。需要的话，请按呼叫工作人员，请他读给您听。</source>
            <translation>سىياسەت ھۆججەتلىرى پەقەت خەنزۇچە، شۇڭا جاۋاب ئېكراندا خەنزۇچە كۆرسىتىلدى. كېرەك بولسا، ياردەم سوراشنى بېسىڭ، ئۇ ئوقۇپ بېرىدۇ.</translation>
        </message>
        <message>
            <source>{answer}文件里是这样说的：{quote}这是《{title}》里说的。想听更简单的，请按说得再简单点。</source>
            <translation>{answer} ھۆججەتتە مۇنداق دېيىلگەن: {quote} بۇ «{title}» دا دېيىلگەن. تېخىمۇ ئاددىي ئاڭلاش ئۈچۈن ئاددىيراقنى بېسىڭ.</translation>
        </message>
        <message>
            <source>用词语来问。点几个词，比如外地看病、报销，再按找答案。</source>
            <translation>سۆز بىلەن سوراش. بىر قانچە سۆزنى بېسىڭ، مەسىلەن باشقا جايدا داۋالىنىش، چىقىم قايتۇرۇش، ئاندىن جاۋاب ئىزدەشنى بېسىڭ.</translation>
        </message>
        <message>
            <source>问政策。屏幕上有常见的问题，点一个，我读答案给您听。没有您的问题，可以按用词语来问。</source>
            <translation>سىياسەت سوراش. ئېكراندا دائىم سورىلىدىغان سوئاللار بار. بىرنى بېسىڭ، جاۋابىنى ئوقۇپ بېرىمەن. سوئالىڭىز بولمىسا، سۆز بىلەن سوراشنى بېسىڭ.</translation>
        </message>
    </context>
    <context>
        <name>BalanceScreen</name>
        <message>
            <source>医保个人账户余额</source>
            <translation>ھېسابات قالدۇقى</translation>
        </message>
        <message>
            <source>账户里还有</source>
            <translation>ھېساباتتىكى قالدۇق</translation>
        </message>
        <message>
            <source>看明细</source>
            <translation>تەپسىلات</translation>
        </message>
        <message>
            <source>家人账户</source>
            <translation>ئائىلە</translation>
        </message>
        <message>
            <source>打印凭条</source>
            <translation>تالون بېسىش</translation>
        </message>
        <message>
            <source>看好了，回首页</source>
            <translation>بولدى</translation>
        </message>
        <message>
            <source>现在连不上医保系统。下面是这台机器上次查到的余额，可能不是最新的。</source>
            <translation>ھازىر سۇغۇرتا سىستېمىسىغا ئۇلانمىدى. تۆۋەندىكىسى بۇ ماشىنا ئالدىنقى قېتىم كۆرگەن قالدۇق، ئەڭ يېڭى بولماسلىقى مۇمكىن.</translation>
        </message>
        <message>
            <source>{amount} 元</source>
            <translation>{amount} يۈەن</translation>
        </message>
        <message>
            <source>上次查询：{time}</source>
            <translation>ئالدىنقى قېتىم: {time}</translation>
        </message>
        <message>
            <source>{name}，您好</source>
            <translation>ياخشىمۇسىز، {name}</translation>
        </message>
        <message>
            <source>查询时间：{time}</source>
            <translation>تەكشۈرگەن ۋاقىت: {time}</translation>
        </message>
        <message>
            <source>参保类型：{v}</source>
            <translation>سۇغۇرتا تۈرى: {v}</translation>
        </message>
        <message>
            <source>参保状态：{v}</source>
            <translation>سۇغۇرتا ھالىتى: {v}</translation>
        </message>
        <message>
            <source>参保地：{v}</source>
            <translation>سۇغۇرتىلانغان جاي: {v}</translation>
        </message>
        <message>
            <source>请注意：现在连不上医保系统，这可能不是最新的余额。这台机器{date}查到的余额是{amount}。要看最新的，请稍后再查，或者到窗口问工作人员。</source>
            <translation>دىققەت: ھازىر سۇغۇرتا سىستېمىسىغا ئۇلانمىدى، بۇ ئەڭ يېڭى قالدۇق بولماسلىقى مۇمكىن. بۇ ماشىنا {date} كۆرگەن قالدۇق {amount}. ئەڭ يېڭىسىنى كۆرۈش ئۈچۈن كېيىن قايتا تەكشۈرۈڭ ياكى كۆزنەكتىكى خىزمەتچىدىن سوراڭ.</translation>
        </message>
        <message>
            <source>这是最后一步。您的医保个人账户里还有{amount}。这是{date}{time}查到的。您是{kind}，{status}。要看明细、家人账户或者打印凭条，请按下面的按钮。看好了请按回首页。</source>
            <translation>بۇ ئاخىرقى قەدەم. داۋالاش سۇغۇرتىسى ھېساباتىڭىزدا {amount} بار. بۇ {date} سائەت {time} دا تەكشۈرۈلگەن. سىزنىڭ سۇغۇرتىڭىز {kind}، {status}. تەپسىلات، ئائىلە ھېساباتى ياكى تالون بېسىش ئۈچۈن تۆۋەندىكى كۇنۇپكىلارنى بېسىڭ. بولغاندا باش بەتكە قايتىشنى بېسىڭ.</translation>
        </message>
    </context>
    <context>
        <name>CardPickup</name>
        <message>
            <source>读到卡了。正在查询，请稍等。</source>
            <translation>كارتا ئوقۇلدى. تەكشۈرۈۋاتىدۇ، سەل ساقلاڭ.</translation>
        </message>
    </context>
    <context>
        <name>CardPinScreen</name>
        <message>
            <source>请输入社保卡密码</source>
            <translation>كاپالەت كارتىسىنىڭ مەخپىي نومۇرى</translation>
        </message>
        <message>
            <source>输入6位密码，密码不会读出来。卡请先不要拿走。</source>
            <translation>6 خانىلىق مەخپىي نومۇرنى كىرگۈزۈڭ، ئۇ ئوقۇلمايدۇ. كارتىنى ئالماي تۇرۇڭ.</translation>
        </message>
        <message>
            <source>已输入的密码位数</source>
            <translation>كىرگۈزۈلگەن خانە سانى</translation>
        </message>
        <message>
            <source>确定</source>
            <translation>بولىدۇ</translation>
        </message>
        <message>
            <source>请输入社保卡的6位密码，密码不会读出来。输完请按确定。</source>
            <translation>كاپالەت كارتىسىنىڭ 6 خانىلىق مەخپىي نومۇرىنى كىرگۈزۈڭ، ئۇ ئوقۇلمايدۇ. ئاندىن «بولىدۇ» نى بېسىڭ.</translation>
        </message>
        <message>
            <source>已输入{n}位</source>
            <translation>{n} خانە كىرگۈزۈلدى</translation>
        </message>
        <message>
            <source>正在核对，请稍等。</source>
            <translation>تەكشۈرۈۋاتىدۇ، سەل ساقلاڭ.</translation>
        </message>
    </context>
    <context>
        <name>FaceConsentScreen</name>
        <message>
            <source>刷脸确认是您本人</source>
            <translation>يۈزىڭىز ئارقىلىق ئۆزىڭىز ئىكەنلىكىنى جەزملەش</translation>
        </message>
        <message>
            <source>为了不让别人冒用您的医保，请让机器看一下您的脸，和医保系统里的照片比一比。照片只在这一次用，不会保存。</source>
            <translation>باشقىلار سۇغۇرتىڭىزنى ئىشلىتىۋالماسلىقى ئۈچۈن، ماشىنا يۈزىڭىزنى سىستېمىدىكى رەسىم بىلەن سېلىشتۇرىدۇ. رەسىم پەقەت بۇ قېتىملا ئىشلىتىلىدۇ، ساقلانمايدۇ.</translation>
        </message>
        <message>
            <source>好的，开始刷脸</source>
            <translation>باشلاش</translation>
        </message>
        <message>
            <source>不刷脸，请工作人员确认</source>
            <translation>خىزمەتچى جەزملىسۇن</translation>
        </message>
        <message>
            <source>刷脸确认是您本人。为了不让别人冒用您的医保，请让机器看一下您的脸。照片只用这一次，不会保存。可以按好的开始刷脸，也可以按不刷脸，请工作人员确认。</source>
            <translation>يۈزىڭىز ئارقىلىق ئۆزىڭىز ئىكەنلىكىنى جەزملەيمىز. باشقىلار سۇغۇرتىڭىزنى ئىشلىتىۋالماسلىقى ئۈچۈن، ماشىنا يۈزىڭىزگە قارايدۇ. رەسىم پەقەت بۇ قېتىملا ئىشلىتىلىدۇ، ساقلانمايدۇ. باشلاشنى بېسىڭ، ياكى خىزمەتچى جەزملىسۇننى بېسىڭ.</translation>
        </message>
    </context>
    <context>
        <name>FaceScreen</name>
        <message>
            <source>请看着屏幕</source>
            <translation>ئېكرانغا قاراڭ</translation>
        </message>
        <message>
            <source>摄像头画面</source>
            <translation>كامېرا كۆرۈنۈشى</translation>
        </message>
        <message>
            <source>换一种方式：请工作人员确认</source>
            <translation>باشقا ئۇسۇل</translation>
        </message>
        <message>
            <source>正在比对，请稍等……</source>
            <translation>سېلىشتۇرۇۋاتىدۇ، سەل ساقلاڭ…</translation>
        </message>
        <message>
            <source>请看着屏幕，把脸放到圆圈里。不方便的话，可以按换一种方式。</source>
            <translation>ئېكرانغا قاراپ، يۈزىڭىزنى چەمبەر ئىچىگە قويۇڭ. قىيىن بولسا، باشقا ئۇسۇلنى بېسىڭ.</translation>
        </message>
    </context>
    <context>
        <name>FamilyScreen</name>
        <message>
            <source>家人账户（家庭共济）</source>
            <translation>ئائىلە ھېساباتى (ئورتاق ئىشلىتىش)</translation>
        </message>
        <message>
            <source>正在查询，请稍等……</source>
            <translation>تەكشۈرۈۋاتىدۇ، سەل ساقلاڭ…</translation>
        </message>
        <message>
            <source>余额 {amount} 元</source>
            <translation>قالدۇق {amount} يۈەن</translation>
        </message>
        <message>
            <source>余额不公开</source>
            <translation>قالدۇق ئاشكارىلانمايدۇ</translation>
        </message>
        <message>
            <source>绑定了 {n} 位家人。点一位可以听。</source>
            <translation>{n} ئائىلە ئەزاسى باغلانغان. بىرىنى بېسىپ ئاڭلاڭ.</translation>
        </message>
        <message>
            <source>还没有绑定家人。要绑定，请到窗口办理。</source>
            <translation>تېخى ئائىلە ئەزاسى باغلانمىغان. باغلاش ئۈچۈن كۆزنەككە بېرىڭ.</translation>
        </message>
        <message>
            <source>现在查不到家人账户。请稍后再试，或者请工作人员帮忙。</source>
            <translation>ھازىر ئائىلە ھېساباتىنى تەكشۈرگىلى بولمىدى. كېيىن قايتا سىناڭ ياكى خىزمەتچىدىن ياردەم سوراڭ.</translation>
        </message>
        <message>
            <source>余额{amount}</source>
            <translation>قالدۇق {amount}</translation>
        </message>
        <message>
            <source>家人账户。正在查询，请稍等。</source>
            <translation>ئائىلە ھېساباتى. تەكشۈرۈۋاتىدۇ، سەل ساقلاڭ.</translation>
        </message>
        <message>
            <source>您绑定了{n}位家人。点一位可以听他的情况。</source>
            <translation>سىز {n} ئائىلە ئەزاسىنى باغلىغان. بىرىنى بېسىپ ئەھۋالىنى ئاڭلاڭ.</translation>
        </message>
    </context>
    <context>
        <name>FilingDoneScreen</name>
        <message>
            <source>备案已提交</source>
            <translation>تىزىملىتىش يوللاندى</translation>
        </message>
        <message>
            <source>打印凭条</source>
            <translation>تالون بېسىش</translation>
        </message>
        <message>
            <source>刚才办错了，撤销</source>
            <translation>قايتۇرۇش</translation>
        </message>
        <message>
            <source>办好了，回首页</source>
            <translation>بولدى</translation>
        </message>
        <message>
            <source>已受理，正在上传到医保系统……</source>
            <translation>قوبۇل قىلىندى، سۇغۇرتا سىستېمىسىغا يوللىنىۋاتىدۇ…</translation>
        </message>
        <message>
            <source>已受理，网络恢复后自动上传，不用再来办。</source>
            <translation>قوبۇل قىلىندى. تور ئەسلىگە كەلگەندە ئۆزلۈكىدىن يوللىنىدۇ، قايتا كېلىشىڭىز ھاجەتسىز.</translation>
        </message>
        <message>
            <source>受理号：{ref}</source>
            <translation>قوبۇل نومۇرى: {ref}</translation>
        </message>
        <message>
            <source>医保系统已经受理了。</source>
            <translation>سۇغۇرتا سىستېمىسى قوبۇل قىلدى.</translation>
        </message>
        <message>
            <source>已经撤销了。</source>
            <translation>قايتۇرۇلدى.</translation>
        </message>
        <message>
            <source>备案号：{sn}</source>
            <translation>تىزىملىتىش نومۇرى: {sn}</translation>
        </message>
        <message>
            <source>已经撤销了。这次备案不算数。</source>
            <translation>قايتۇرۇلدى. بۇ قېتىملىق تىزىملىتىش ئىناۋەتسىز.</translation>
        </message>
        <message>
            <source>要撤销请按撤销。</source>
            <translation>قايتۇرۇش ئۈچۈن قايتۇرۇشنى بېسىڭ.</translation>
        </message>
    </context>
    <context>
        <name>FilingScreen</name>
        <message>
            <source>备案</source>
            <translation>تىزىملىتىش</translation>
        </message>
        <message>
            <source>异地就医备案</source>
            <translation>باشقا جايدا داۋالىنىش</translation>
        </message>
        <message>
            <source>慢特病备案</source>
            <translation>سوزۇلما كېسەل</translation>
        </message>
        <message>
            <source>{service} · 第 {n} 步，共 {total} 步</source>
            <translation>{service} · {total} قەدەمنىڭ {n}-قەدىمى</translation>
        </message>
        <message>
            <source>前一天</source>
            <translation>ئالدىنقى كۈن</translation>
        </message>
        <message>
            <source>后一天</source>
            <translation>كېيىنكى كۈن</translation>
        </message>
        <message>
            <source>前一个月</source>
            <translation>ئالدىنقى ئاي</translation>
        </message>
        <message>
            <source>后一个月</source>
            <translation>كېيىنكى ئاي</translation>
        </message>
        <message>
            <source>就是这一天</source>
            <translation>مۇشۇ كۈن</translation>
        </message>
        <message>
            <source>yyyy年M月d日</source>
            <translation>yyyy-'يىلى' d-MMMM</translation>
        </message>
        <message>
            <source>输好了</source>
            <translation>بولدى</translation>
        </message>
        <message>
            <source>知道了，下一步</source>
            <translation>كېيىنكى قەدەم</translation>
        </message>
        <message>
            <source>修改</source>
            <translation>ئۆزگەرتىش</translation>
        </message>
        <message>
            <source>修改{what}</source>
            <translation>{what} نى ئۆزگەرتىش</translation>
        </message>
        <message>
            <source>取消，不办了</source>
            <translation>بىكار قىلىش</translation>
        </message>
        <message>
            <source>提交</source>
            <translation>يوللاش</translation>
        </message>
        <message>
            <source>没有委托书不能代办。请按呼叫工作人员，我们来帮您。</source>
            <translation>ھاۋالە خېتى بولمىسا ۋاكالىتەن بېجىرگىلى بولمايدۇ. ياردەم سوراشنى بېسىڭ، ياردەم بېرىمىز.</translation>
        </message>
        <message>
            <source>已经取消了，什么都没有提交。</source>
            <translation>بىكار قىلىندى، ھېچنېمە يوللانمىدى.</translation>
        </message>
        <message>
            <source>第{n}步，共{total}步。</source>
            <translation>{total} قەدەمنىڭ {n}-قەدىمى.</translation>
        </message>
        <message>
            <source>可以选：</source>
            <translation>تاللاشقا بولىدۇ: </translation>
        </message>
        <message>
            <source>没问题请按提交，要改请按修改。</source>
            <translation>توغرا بولسا يوللاشنى، ئۆزگەرتىش ئۈچۈن ئۆزگەرتىشنى بېسىڭ.</translation>
        </message>
        <message>
            <source>现在选的是{date}。</source>
            <translation>تاللانغان چېسلا {date}.</translation>
        </message>
    </context>
    <context>
        <name>HomeScreen</name>
        <message>
            <source>您好！请选择要办的事</source>
            <translation>نېمە ئىش بېجىرىسىز؟</translation>
        </message>
        <message>
            <source>查余额</source>
            <translation>قالدۇق تەكشۈرۈش</translation>
        </message>
        <message>
            <source>看医保个人账户里还有多少钱</source>
            <translation>سۇغۇرتا ھېساباتىدا قانچە پۇل بار</translation>
        </message>
        <message>
            <source>异地就医备案</source>
            <translation>باشقا جايدا داۋالىنىش</translation>
        </message>
        <message>
            <source>去外地看病前先登记</source>
            <translation>باشقا جايغا بېرىشتىن ئاۋۋال تىزىملىتىش</translation>
        </message>
        <message>
            <source>慢特病备案</source>
            <translation>سوزۇلما كېسەل</translation>
        </message>
        <message>
            <source>高血压、糖尿病等长期看病登记</source>
            <translation>قان بېسىمى، دىيابىت قاتارلىقلارنى تىزىملىتىش</translation>
        </message>
        <message>
            <source>问政策</source>
            <translation>سىياسەت سوراش</translation>
        </message>
        <message>
            <source>点一个问题，机器读答案给您听</source>
            <translation>سوئالنى بېسىڭ، جاۋابنى ئاڭلاڭ</translation>
        </message>
        <message>
            <source>家人/工作人员代办</source>
            <translation>ۋاكالىتەن بېجىرىش</translation>
        </message>
        <message>
            <source>帮家里老人办事</source>
            <translation>ئائىلىدىكى چوڭلار ئۈچۈن</translation>
        </message>
        <message>
            <source>语言和字号</source>
            <translation>تىل ۋە خەت</translation>
        </message>
        <message>
            <source>Language · 字大一点 · 颜色</source>
            <translation>Language · 语言 · خەت · رەڭ</translation>
        </message>
        <message>
            <source>用手指点一下大方块就可以。不会用也没关系，可以按下面红色的“呼叫工作人员”。</source>
            <translation>چوڭ چاسىلارنىڭ بىرىنى بارمىقىڭىز بىلەن بېسىڭ. بىلمىسىڭىز، تۆۋەندىكى قىزىل «ياردەم سوراش» نى بېسىڭ.</translation>
        </message>
        <message>
            <source>您好，这里是医保自助服务。屏幕上有六个大方块：{names}。请点一下您要办的事。需要帮忙，请按屏幕最下面右边的呼叫工作人员。</source>
            <translation>ياخشىمۇسىز، بۇ داۋالاش سۇغۇرتىسى ئۆزلۈك مۇلازىمىتى. ئېكراندا ئالتە چوڭ چاسا بار: {names}. قىلىدىغان ئىشىڭىزنى بېسىڭ. ياردەم كېرەك بولسا، ئېكراننىڭ ئەڭ ئاستىدىكى ياردەم سوراشنى بېسىڭ.</translation>
        </message>
    </context>
    <context>
        <name>IdEntryScreen</name>
        <message>
            <source>请输入身份证号码</source>
            <translation>كىملىك نومۇرىڭىز</translation>
        </message>
        <message>
            <source>对照身份证，一个一个点下面的数字。</source>
            <translation>كىملىكىڭىزگە قاراپ، تۆۋەندىكى رەقەملەرنى بىر-بىرلەپ بېسىڭ.</translation>
        </message>
        <message>
            <source>已输入的号码</source>
            <translation>كىرگۈزۈلگەن نومۇر</translation>
        </message>
        <message>
            <source>清空重输</source>
            <translation>تازىلاش</translation>
        </message>
        <message>
            <source>确定，查询</source>
            <translation>تەكشۈرۈش</translation>
        </message>
        <message>
            <source>第一步，确认是您本人：请输入身份证号码。对照身份证，一个一个点数字，一共十八位。输错了可以按删除，或者按清空重输。输完请按确定。</source>
            <translation>بىرىنچى قەدەم، ئۆزىڭىز ئىكەنلىكىنى جەزملەش: كىملىك نومۇرىڭىزنى كىرگۈزۈڭ. كىملىككە قاراپ، رەقەملەرنى بىر-بىرلەپ بېسىڭ، جەمئىي 18 خانە. خاتا بولسا «ئۆچۈرۈش» ياكى «ھەممىنى ئۆچۈرۈش» نى بېسىڭ. ئاندىن «بولىدۇ» نى بېسىڭ.</translation>
        </message>
        <message>
            <source>已经清空了，请从第一位重新输入。</source>
            <translation>ئۆچۈرۈلدى. بىرىنچى خانىدىن قايتا كىرگۈزۈڭ.</translation>
        </message>
        <message>
            <source>删掉了一位，还有{n}位</source>
            <translation>بىر خانە ئۆچۈرۈلدى، {n} خانە قالدى</translation>
        </message>
        <message>
            <source>正在查询，请稍等……</source>
            <translation>تەكشۈرۈۋاتىدۇ، سەل ساقلاڭ…</translation>
        </message>
        <message>
            <source>您输入的是：{number}。正在查询，请稍等。</source>
            <translation>كىرگۈزگىنىڭىز: {number}. تەكشۈرۈۋاتىدۇ، سەل ساقلاڭ.</translation>
        </message>
        <message>
            <source>一共18位，已经输了 {n} 位</source>
            <translation>18 خانىنىڭ {n} خانىسى كىرگۈزۈلدى</translation>
        </message>
    </context>
    <context>
        <name>IdentifyScreen</name>
        <message>
            <source>请选一种方式，确认是您本人</source>
            <translation>بىر ئۇسۇل بىلەن ئۆزىڭىزنى تونۇتۇڭ</translation>
        </message>
        <message>
            <source>刷身份证</source>
            <translation>كىملىك</translation>
        </message>
        <message>
            <source>把身份证放在读卡区上</source>
            <translation>ئوقۇغۇچنىڭ ئۈستىگە قويۇڭ</translation>
        </message>
        <message>
            <source>插社保卡</source>
            <translation>كاپالەت كارتىسى</translation>
        </message>
        <message>
            <source>芯片朝上插进读卡口</source>
            <translation>ئۆزىكى ئۈستىدە، تۆشۈككە سېلىڭ</translation>
        </message>
        <message>
            <source>扫医保码</source>
            <translation>سۇغۇرتا كودى</translation>
        </message>
        <message>
            <source>打开手机上的医保电子凭证</source>
            <translation>تېلېفونىڭىزدا ئېچىڭ</translation>
        </message>
        <message>
            <source>输入身份证号</source>
            <translation>كىملىك نومۇرى</translation>
        </message>
        <message>
            <source>没有卡，也没有手机</source>
            <translation>كارتا ۋە تېلېفون يوق</translation>
        </message>
        <message>
            <source>有卡的话直接放上去就行，不用按。</source>
            <translation>كارتا بولسا ئوقۇغۇچقا قويسىڭىزلا بولىدۇ، بېسىش كېرەك ئەمەس.</translation>
        </message>
        <message>
            <source>第一步，确认是您本人。可以{ways}。有身份证或社保卡的话，直接放到读卡器上就行，不用按。</source>
            <translation>بىرىنچى قەدەم، ئۆزىڭىز ئىكەنلىكىنى جەزملەش. مۇنۇلارنى ئىشلىتەلەيسىز: {ways}. كىملىك ياكى كاپالەت كارتىسى بولسا ئوقۇغۇچقا قويسىڭىزلا بولىدۇ، بېسىش كېرەك ئەمەس.</translation>
        </message>
        <message>
            <source>请把身份证平放在读卡区上，不用按别的。</source>
            <translation>كىملىكىڭىزنى ئوقۇغۇچنىڭ ئۈستىگە تۈز قويۇڭ، باشقا نەرسە بېسىش كېرەك ئەمەس.</translation>
        </message>
        <message>
            <source>请把社保卡芯片朝上，插进读卡口。</source>
            <translation>كاپالەت كارتىسىنى ئۆزىكىنى ئۈستىگە قىلىپ تۆشۈككە سېلىڭ.</translation>
        </message>
        <message>
            <source>正在查询，请稍等……</source>
            <translation>تەكشۈرۈۋاتىدۇ، سەل ساقلاڭ…</translation>
        </message>
    </context>
    <context>
        <name>IdleWatch</name>
        <message>
            <source>没有操作的话，{n} 秒后会回到首页，刚才的信息会清除。</source>
            <translation>ھېچنېمە بېسىلمىسا، {n} سېكۇنتتىن كېيىن باش بەتكە قايتىدۇ ۋە كىرگۈزگەنلىرىڭىز ئۆچۈرۈلىدۇ.</translation>
        </message>
        <message>
            <source>您还在用吗？</source>
            <translation>تېخى ئىشلىتىۋاتامسىز؟</translation>
        </message>
        <message>
            <source>我还在用，继续</source>
            <translation>داۋاملاشتۇرۇش</translation>
        </message>
        <message>
            <source>您还在用吗？还要用的话，请按屏幕中间的继续。</source>
            <translation>تېخى ئىشلىتىۋاتامسىز؟ داۋاملاشتۇرۇش ئۈچۈن ئېكران ئوتتۇرىسىدىكى داۋاملاشتۇرۇشنى بېسىڭ.</translation>
        </message>
        <message>
            <source>好的，请继续。</source>
            <translation>بولىدۇ، داۋاملاشتۇرۇڭ.</translation>
        </message>
    </context>
    <context>
        <name>Keypad</name>
        <message>
            <source>删除</source>
            <translation>ئۆچۈرۈش</translation>
        </message>
        <message>
            <source>删除一位</source>
            <translation>بىر خانە ئۆچۈرۈش</translation>
        </message>
    </context>
    <context>
        <name>KioskWindow</name>
        <message>
            <source>医保自助服务</source>
            <translation>داۋالاش سۇغۇرتىسى ئۆزلۈك مۇلازىمىتى</translation>
        </message>
        <message>
            <source>字幕</source>
            <translation>تېكىست</translation>
        </message>
        <message>
            <source>返回</source>
            <translation>قايتىش</translation>
        </message>
        <message>
            <source>回首页</source>
            <translation>باش بەت</translation>
        </message>
        <message>
            <source>重听</source>
            <translation>قايتا ئاڭلاش</translation>
        </message>
        <message>
            <source>正常
语速</source>
            <translation>نورمال
سۈرئەت</translation>
        </message>
        <message>
            <source>慢一点</source>
            <translation>ئاستىراق</translation>
        </message>
        <message>
            <source>呼叫
工作人员</source>
            <translation>ياردەم
سوراش</translation>
        </message>
        <message>
            <source>医保自助服务 · 长辈版</source>
            <translation>داۋالاش سۇغۇرتىسى ئۆزلۈك مۇلازىمىتى · چوڭ خەت</translation>
        </message>
        <message>
            <source>好的，我说慢一点。</source>
            <translation>بولىدۇ، ئاستىراق سۆزلەيمەن.</translation>
        </message>
        <message>
            <source>好的，恢复正常语速。</source>
            <translation>بولىدۇ، نورمال سۈرئەتكە قايتتى.</translation>
        </message>
        <message>
            <source>待上传 {n} 件</source>
            <translation>{n} يوللاشنى ساقلاۋاتىدۇ</translation>
        </message>
        <message>
            <source>审计记录异常，请联系管理员</source>
            <translation>تەپتىش خاتىرىسىدە مەسىلە بار، باشقۇرغۇچىغا ئۇچۇر بېرىڭ</translation>
        </message>
        <message>
            <source>没有找到声音设备，现在只显示字幕</source>
            <translation>ئاۋاز ئۈسكۈنىسى يوق، پەقەت تېكىست</translation>
        </message>
        <message>
            <source>语音引擎没有启动，现在只显示字幕</source>
            <translation>ئاۋاز قوزغالمىدى، پەقەت تېكىست</translation>
        </message>
    </context>
    <context>
        <name>LedgerScreen</name>
        <message>
            <source>最近一年的账户明细</source>
            <translation>يېقىنقى بىر يىللىق ھېسابات تەپسىلاتى</translation>
        </message>
        <message>
            <source>上一页</source>
            <translation>ئالدىنقى بەت</translation>
        </message>
        <message>
            <source>下一页</source>
            <translation>كېيىنكى بەت</translation>
        </message>
        <message>
            <source>正在查询，请稍等……</source>
            <translation>تەكشۈرۈۋاتىدۇ، سەل ساقلاڭ…</translation>
        </message>
        <message>
            <source>现在查不到明细。请稍后再试，或者请工作人员帮忙。</source>
            <translation>ھازىر تەپسىلاتنى تەكشۈرگىلى بولمىدى. كېيىن قايتا سىناڭ ياكى خىزمەتچىدىن ياردەم سوراڭ.</translation>
        </message>
        <message>
            <source>{date}  {summary}
{sign}{amount}元</source>
            <translation>{date}  {summary}
{sign}{amount} يۈەن</translation>
        </message>
        <message>
            <source>M月d日</source>
            <translation>d-MMMM</translation>
        </message>
        <message>
            <source>第 {page} 页，共 {pages} 页。点一行可以听。</source>
            <translation>{pages} بەتنىڭ {page}-بېتى. بىر قۇرنى بېسىپ ئاڭلاڭ.</translation>
        </message>
        <message>
            <source>存入</source>
            <translation>كىرىم</translation>
        </message>
        <message>
            <source>花了</source>
            <translation>چىقىم</translation>
        </message>
        <message>
            <source>{date}，{summary}，{direction}{amount}，之后余额{after}。</source>
            <translation>{date}، {summary}، {direction} {amount}، كېيىنكى قالدۇق {after}.</translation>
        </message>
        <message>
            <source>最近一年的账户明细。正在查询，请稍等。</source>
            <translation>يېقىنقى بىر يىللىق ھېسابات تەپسىلاتى. تەكشۈرۈۋاتىدۇ، سەل ساقلاڭ.</translation>
        </message>
        <message>
            <source>账户明细，第{page}页，共{pages}页。点一行可以听这一笔。要看更多请按下一页。</source>
            <translation>ھېسابات تەپسىلاتى، {pages} بەتنىڭ {page}-بېتى. بىر قۇرنى بېسىپ ئاڭلاڭ. تېخىمۇ كۆپ كۆرۈش ئۈچۈن كېيىنكى بەتنى بېسىڭ.</translation>
        </message>
    </context>
    <context>
        <name>MyFilingsScreen</name>
        <message>
            <source>我的备案</source>
            <translation>تىزىملىتىشلىرىم</translation>
        </message>
        <message>
            <source>改选中的备案</source>
            <translation>ئۆزگەرتىش</translation>
        </message>
        <message>
            <source>取消选中的备案</source>
            <translation>بىكار قىلىش</translation>
        </message>
        <message>
            <source>新办一个备案</source>
            <translation>يېڭى تىزىملىتىش</translation>
        </message>
        <message>
            <source>正在查询，请稍等……</source>
            <translation>تەكشۈرۈۋاتىدۇ، سەل ساقلاڭ…</translation>
        </message>
        <message>
            <source>您有 {n} 个备案。点一个可以听，也可以改或取消。</source>
            <translation>{n} تىزىملىتىش بار. بىرىنى بېسىڭ.</translation>
        </message>
        <message>
            <source>您还没有这类备案。请按新办一个备案。</source>
            <translation>بۇ تۈردىكى تىزىملىتىشىڭىز يوق. يېڭى تىزىملىتىشنى بېسىڭ.</translation>
        </message>
        <message>
            <source>现在连不上医保系统，只能看到在这台机器上办的。</source>
            <translation>ھازىر سۇغۇرتا سىستېمىسىغا ئۇلانمىدى، پەقەت بۇ ماشىنىدا بېجىرىلگەنلىرىنىلا كۆرگىلى بولىدۇ.</translation>
        </message>
        <message>
            <source>现在查不到以前的备案。可以直接新办。</source>
            <translation>ھازىر ئىلگىرىكى تىزىملىتىشلارنى تەكشۈرگىلى بولمىدى. بىۋاسىتە يېڭىسىنى بېجىرسىڭىز بولىدۇ.</translation>
        </message>
        <message>
            <source>至{end}</source>
            <translation> — {end} گىچە</translation>
        </message>
        <message>
            <source>起，长期</source>
            <translation> دىن باشلاپ</translation>
        </message>
        <message>
            <source>（回执号{ref}）</source>
            <translation> (تالون نومۇرى {ref})</translation>
        </message>
        <message>
            <source>{what}，从{begin}开始，{status}。</source>
            <translation>{what}، {begin} دىن باشلاپ، {status}.</translation>
        </message>
        <message>
            <source>回执号{ref}。</source>
            <translation>تالون نومۇرى {ref}.</translation>
        </message>
        <message>
            <source>已提交取消。医保系统处理后，这个备案就不再有效。</source>
            <translation>بىكار قىلىش يوللاندى. سىستېما بىر تەرەپ قىلغاندىن كېيىن بۇ تىزىملىتىش ئىناۋەتسىز بولىدۇ.</translation>
        </message>
        <message>
            <source>我的备案。正在查询，请稍等。</source>
            <translation>تىزىملىتىشلىرىم. تەكشۈرۈۋاتىدۇ، سەل ساقلاڭ.</translation>
        </message>
        <message>
            <source>您有{n}个这类备案。点一个可以听，听完可以改，也可以取消。要新办，请按新办一个备案。</source>
            <translation>سىزنىڭ بۇ تۈردىكى {n} تىزىملىتىشىڭىز بار. بىرىنى بېسىپ ئاڭلاڭ، ئاندىن ئۆزگەرتىڭ ياكى بىكار قىلىڭ. يېڭىسى ئۈچۈن يېڭى تىزىملىتىشنى بېسىڭ.</translation>
        </message>
    </context>
    <context>
        <name>ProxyScreen</name>
        <message>
            <source>配偶</source>
            <translation>جورا</translation>
        </message>
        <message>
            <source>子女</source>
            <translation>پەرزەنت</translation>
        </message>
        <message>
            <source>父母</source>
            <translation>ئاتا-ئانا</translation>
        </message>
        <message>
            <source>其他亲属</source>
            <translation>باشقا تۇغقان</translation>
        </message>
        <message>
            <source>家人/工作人员代办</source>
            <translation>ۋاكالىتەن بېجىرىش</translation>
        </message>
        <message>
            <source>确定</source>
            <translation>بولىدۇ</translation>
        </message>
        <message>
            <source>您是谁？</source>
            <translation>سىز كىم؟</translation>
        </message>
        <message>
            <source>我是老人的家人</source>
            <translation>ئائىلە ئەزاسى</translation>
        </message>
        <message>
            <source>我是大厅工作人员</source>
            <translation>زال خىزمەتچىسى</translation>
        </message>
        <message>
            <source>请刷您自己的身份证，或者输入您自己的身份证号码（代办人）</source>
            <translation>ئۆزىڭىزنىڭ كىملىكىنى ئوقۇغۇچقا قويۇڭ ياكى ئۆز نومۇرىڭىزنى كىرگۈزۈڭ (ياردەمچى)</translation>
        </message>
        <message>
            <source>您是老人的什么人？</source>
            <translation>ئۇنىڭ بىلەن قانداق تۇغقانچىلىقىڭىز بار؟</translation>
        </message>
        <message>
            <source>请工作人员输入工号，确认身份</source>
            <translation>خىزمەتچى خىزمەت نومۇرىنى كىرگۈزۈپ جەزملىسۇن</translation>
        </message>
        <message>
            <source>请工作人员看过老人签字的委托书，再输入工号确认</source>
            <translation>خىزمەتچى ئىمزالىق ھاۋالە خېتىنى كۆرۈپ، خىزمەت نومۇرىنى كىرگۈزسۇن</translation>
        </message>
        <message>
            <source>请输入工号</source>
            <translation>خىزمەت نومۇرىنى كىرگۈزۈڭ</translation>
        </message>
        <message>
            <source>请输入密码（不会读出来）</source>
            <translation>مەخپىي نومۇرنى كىرگۈزۈڭ (ئوقۇلمايدۇ)</translation>
        </message>
        <message>
            <source>要帮忙办哪一件事？</source>
            <translation>قايسى ئىشنى بېجىرىسىز؟</translation>
        </message>
        <message>
            <source>异地就医备案</source>
            <translation>باشقا جايدا داۋالىنىش</translation>
        </message>
        <message>
            <source>慢特病备案</source>
            <translation>سوزۇلما كېسەل</translation>
        </message>
        <message>
            <source>查看待上传的备案</source>
            <translation>يوللانمىغانلار</translation>
        </message>
        <message>
            <source>退出自助模式（维护）</source>
            <translation>ئۆزلۈك ھالىتىدىن چىقىش</translation>
        </message>
        <message>
            <source>已输入{n}位</source>
            <translation>{n} خانە كىرگۈزۈلدى</translation>
        </message>
        <message>
            <source>家人或工作人员代办。请选：我是老人的家人，或者我是大厅工作人员。</source>
            <translation>ئائىلە ياكى خىزمەتچى ياردىمى. تاللاڭ: ئائىلە ئەزاسى ياكى زال خىزمەتچىسى.</translation>
        </message>
        <message>
            <source>请把您自己的身份证放到读卡器上，或者输入您自己的身份证号码。</source>
            <translation>ئۆزىڭىزنىڭ كىملىكىنى ئوقۇغۇچقا قويۇڭ ياكى ئۆز كىملىك نومۇرىڭىزنى كىرگۈزۈڭ.</translation>
        </message>
        <message>
            <source>要帮忙办哪一件事？异地就医备案，还是慢特病备案？下一步请老人刷身份证、插社保卡、出示医保码，或者输入老人的身份证号码。</source>
            <translation>قايسى ئىشنى بېجىرىمىز؟ سىرتتا داۋالىنىش خاتىرىسىمۇ ياكى ئۇزاق مۇددەتلىك كېسەل خاتىرىسىمۇ؟ كېيىن ياشانغان كىشى كىملىك، كاپالەت كارتىسى ياكى سۇغۇرتا كودىنى كۆرسىتىدۇ، ياكى ئۇنىڭ كىملىك نومۇرىنى كىرگۈزىسىز.</translation>
        </message>
        <message>
            <source>您是老人的什么人？可以选配偶、子女、父母、其他亲属。</source>
            <translation>ئۇنىڭ بىلەن قانداق تۇغقانچىلىقىڭىز بار؟ جورا، پەرزەنت، ئاتا-ئانا ياكى باشقا تۇغقان.</translation>
        </message>
        <message>
            <source>请工作人员过来，输入工号，确认您的身份。</source>
            <translation>خىزمەتچى كېلىپ، خىزمەت نومۇرىنى كىرگۈزۈپ، سىزنى جەزملىسۇن.</translation>
        </message>
        <message>
            <source>请工作人员过来，看过委托书后输入工号确认。</source>
            <translation>خىزمەتچى كېلىپ ھاۋالە خېتىنى كۆرۈپ، خىزمەت نومۇرىنى كىرگۈزسۇن.</translation>
        </message>
        <message>
            <source>请输入工号。</source>
            <translation>خىزمەت نومۇرىنى كىرگۈزۈڭ.</translation>
        </message>
        <message>
            <source>请输入密码，密码不会读出来。</source>
            <translation>مەخپىي نومۇرنى كىرگۈزۈڭ، ئۇ ئوقۇلمايدۇ.</translation>
        </message>
    </context>
    <context>
        <name>ReceiptScreen</name>
        <message>
            <source>凭条</source>
            <translation>تالون</translation>
        </message>
        <message>
            <source>凭条二维码</source>
            <translation>تالوننىڭ QR كودى</translation>
        </message>
        <message>
            <source>家人扫码可看凭条号</source>
            <translation>ئائىلىدىكىلەر سىكانېرلاپ كۆرەلەيدۇ</translation>
        </message>
        <message>
            <source>这台机器没有打印机。凭条显示在下面，也可以用手机拍下来。</source>
            <translation>پرىنتېر يوق. تالوننى تېلېفوندا سۈرەتكە ئېلىڭ.</translation>
        </message>
        <message>
            <source>正在打印，请稍等……</source>
            <translation>بېسىۋاتىدۇ، سەل ساقلاڭ…</translation>
        </message>
        <message>
            <source>凭条打印好了，请在出纸口取走。</source>
            <translation>تالون بېسىلدى، قەغەز چىقىش ئېغىزىدىن ئېلىۋېلىڭ.</translation>
        </message>
        <message>
            <source>打印机现在用不了。凭条显示在下面，也可以用手机拍下来。</source>
            <translation>پرىنتېر ئىشلىمەيدۇ. تالوننى تېلېفوندا سۈرەتكە ئېلىڭ.</translation>
        </message>
        <message>
            <source>账户余额{amount}。</source>
            <translation>ھېسابات قالدۇقى {amount}.</translation>
        </message>
        <message>
            <source>这是您的凭条。{title}。{rows}。{amount}凭条号是{reference}。</source>
            <translation>بۇ سىزنىڭ تالونىڭىز. {title}. {rows}. {amount} تالون نومۇرى {reference}.</translation>
        </message>
    </context>
    <context>
        <name>ScanScreen</name>
        <message>
            <source>请出示医保码</source>
            <translation>سۇغۇرتا كودىنى كۆرسىتىڭ</translation>
        </message>
        <message>
            <source>请把手机上的医保码对准屏幕下面的摄像头</source>
            <translation>تېلېفونىڭىزدىكى سۇغۇرتا كودىنى ئېكران ئاستىدىكى كامېراغا توغرىلاڭ</translation>
        </message>
        <message>
            <source>再近一点，让医保码在方框里</source>
            <translation>سەل يېقىنراق، كود رامكا ئىچىدە بولسۇن</translation>
        </message>
        <message>
            <source>屏幕太暗，请把手机调亮一点</source>
            <translation>تېلېفون ئېكرانى بەك قاراڭغۇ، يورۇقراق قىلىڭ</translation>
        </message>
        <message>
            <source>打开手机上的医保电子凭证，对准摄像头，或者放到扫码口。</source>
            <translation>تېلېفونىڭىزدىكى سۇغۇرتا ئېلېكترونلۇق كىنىشكىسىنى ئېچىپ، كامېراغا ياكى سىكانېرغا توغرىلاڭ.</translation>
        </message>
        <message>
            <source>摄像头画面</source>
            <translation>كامېرا كۆرۈنۈشى</translation>
        </message>
        <message>
            <source>没有手机？输入身份证号码</source>
            <translation>كىملىك نومۇرى</translation>
        </message>
        <message>
            <source>第一步，确认是您本人：请打开手机上的医保电子凭证，把二维码对准屏幕下面的摄像头。没有手机的话，请按屏幕上的输入身份证号码。</source>
            <translation>بىرىنچى قەدەم، ئۆزىڭىز ئىكەنلىكىنى جەزملەش: تېلېفونىڭىزدىكى سۇغۇرتا ئېلېكترونلۇق كىنىشكىسىنى ئېچىپ، QR كودىنى ئېكران ئاستىدىكى كامېراغا توغرىلاڭ. تېلېفون بولمىسا، كىملىك نومۇرىنى بېسىڭ.</translation>
        </message>
        <message>
            <source>正在查询，请稍等……</source>
            <translation>تەكشۈرۈۋاتىدۇ، سەل ساقلاڭ…</translation>
        </message>
        <message>
            <source>扫到了。正在查询，请稍等。</source>
            <translation>ئوقۇلدى. تەكشۈرۈۋاتىدۇ، سەل ساقلاڭ.</translation>
        </message>
    </context>
    <context>
        <name>SettingsScreen</name>
        <message>
            <source>语言和字号</source>
            <translation>تىل ۋە خەت</translation>
        </message>
        <message>
            <source>语言 Language</source>
            <translation>تىل · Language</translation>
        </message>
        <message>
            <source>字的大小</source>
            <translation>خەتنىڭ چوڭلۇقى</translation>
        </message>
        <message>
            <source>大</source>
            <translation>چوڭ</translation>
        </message>
        <message>
            <source>更大</source>
            <translation>تېخىمۇ چوڭ</translation>
        </message>
        <message>
            <source>特大</source>
            <translation>ئەڭ چوڭ</translation>
        </message>
        <message>
            <source>颜色</source>
            <translation>رەڭ</translation>
        </message>
        <message>
            <source>白底黑字</source>
            <translation>ئاق ئۈستىدە قارا</translation>
        </message>
        <message>
            <source>黑底黄字</source>
            <translation>قارا ئۈستىدە سېرىق</translation>
        </message>
        <message>
            <source>样式</source>
            <translation>ئۇسلۇب</translation>
        </message>
        <message>
            <source>长辈版</source>
            <translation>چوڭ خەت</translation>
        </message>
        <message>
            <source>标准版</source>
            <translation>ئادەتتىكى</translation>
        </message>
        <message>
            <source>这里可以换语言、把字变大、换颜色。点一下就换好了。换好了请按回首页。</source>
            <translation>بۇ يەردە تىلنى، خەتنىڭ چوڭلۇقىنى ۋە رەڭنى ئالماشتۇرالايسىز. بىر بېسىشتىلا ئالمىشىدۇ. بولغاندا باش بەتنى بېسىڭ.</translation>
        </message>
    </context>
    <context>
        <name>StaffCall</name>
        <message>
            <source>工作人员已经收到，正在过来</source>
            <translation>خىزمەتچى خادىم چاقىرىقىڭىزنى تاپشۇرۇۋالدى، كېلىۋاتىدۇ</translation>
        </message>
        <message>
            <source>来的是：{who}。请在这里稍等。</source>
            <translation>كېلىۋاتقىنى: {who}. بۇ يەردە سەل ساقلاپ تۇرۇڭ.</translation>
        </message>
        <message>
            <source>来的是：工号 {number}。请在这里稍等。</source>
            <translation>كېلىۋاتقىنى: خىزمەت نومۇرى {number}. بۇ يەردە سەل ساقلاپ تۇرۇڭ.</translation>
        </message>
        <message>
            <source>不用了，取消呼叫</source>
            <translation>بىكار قىلىش</translation>
        </message>
        <message>
            <source>请到服务台找工作人员</source>
            <translation>مۇلازىمەت ئۈستىلىگە بېرىپ خىزمەتچى خادىمنى تېپىڭ</translation>
        </message>
        <message>
            <source>现在联系不上工作人员，请到服务台找工作人员。</source>
            <translation>ھازىر خىزمەتچى خادىمغا ئۇلىنالمىدۇق. مۇلازىمەت ئۈستىلىگە بېرىڭ.</translation>
        </message>
        <message>
            <source>知道了</source>
            <translation>خوپ</translation>
        </message>
        <message>
            <source>已经通知工作人员</source>
            <translation>خىزمەتچى خادىمغا خەۋەر قىلىندى</translation>
        </message>
        <message>
            <source>请在这里稍等，工作人员看到后会过来。</source>
            <translation>بۇ يەردە سەل ساقلاڭ، خىزمەتچى خادىم كۆرگەندىن كېيىن كېلىدۇ.</translation>
        </message>
        <message>
            <source>正在呼叫工作人员</source>
            <translation>خىزمەتچى خادىم چاقىرىلىۋاتىدۇ</translation>
        </message>
        <message>
            <source>请稍等。</source>
            <translation>سەل ساقلاڭ.</translation>
        </message>
        <message>
            <source>{title}。{message}</source>
            <translation>{title}. {message}</translation>
        </message>
        <message>
            <source>好的，已取消呼叫。</source>
            <translation>بولىدۇ، چاقىرىش بىكار قىلىندى.</translation>
        </message>
    </context>
    <context>
        <name>StaffQueueScreen</name>
        <message>
            <source>待上传的备案</source>
            <translation>يوللاشنى ساقلاۋاتقان تىزىملىتىشلار</translation>
        </message>
        <message>
            <source>全部马上重新上传</source>
            <translation>ھەممىنى قايتا يوللاش</translation>
        </message>
        <message>
            <source>请工作人员先登录。</source>
            <translation>خىزمەتچى ئاۋۋال كىرسۇن.</translation>
        </message>
        <message>
            <source>正在查询，请稍等……</source>
            <translation>تەكشۈرۈۋاتىدۇ، سەل ساقلاڭ…</translation>
        </message>
        <message>
            <source>还有 {n} 件没上传，其中 {dead} 件被退回。</source>
            <translation>{n} تېخى يوللانمىدى، ئۇلارنىڭ {dead} قايتۇرۇلدى.</translation>
        </message>
        <message>
            <source>全部都上传好了。</source>
            <translation>ھەممىسى يوللاندى.</translation>
        </message>
        <message>
            <source>被退回：{why}</source>
            <translation>قايتۇرۇلدى: {why}</translation>
        </message>
        <message>
            <source>等网络，已试{n}次</source>
            <translation>تورنى ساقلاۋاتىدۇ، {n} قېتىم سىنالدى</translation>
        </message>
        <message>
            <source>{what} 回执号{ref}</source>
            <translation>{what}، تالون {ref}</translation>
        </message>
        <message>
            <source>{what}，回执号{ref}。</source>
            <translation>{what}، تالون نومۇرى {ref}.</translation>
        </message>
        <message>
            <source>在等网络，网络好了会自动上传。</source>
            <translation>تورنى ساقلاۋاتىدۇ، تور ياخشى بولغاندا ئۆزلۈكىدىن يوللىنىدۇ.</translation>
        </message>
        <message>
            <source>好了，{n} 件会马上重新上传。</source>
            <translation>بولدى، {n} ھازىر قايتا يوللىنىدۇ.</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>身份证号码应该是18位。请再核对一遍。</source>
            <translation>كىملىك نومۇرى 18 خانە بولۇشى كېرەك. قايتا تەكشۈرۈڭ.</translation>
        </message>
        <message>
            <source>身份证号码只有数字，最后一位可能是X。请再核对一遍。</source>
            <translation>كىملىك نومۇرى پەقەت رەقەم، ئاخىرقى خانىسى X بولۇشى مۇمكىن. قايتا تەكشۈرۈڭ.</translation>
        </message>
        <message>
            <source>前面6位（地区）不对。请对照身份证看一下前6位。</source>
            <translation>ئالدىدىكى 6 خانە (رايون) خاتا. كىملىكتىكى ئالدىنقى 6 خانىنى تەكشۈرۈڭ.</translation>
        </message>
        <message>
            <source>中间8位（出生日期）不对。请对照身份证看一下中间8位。</source>
            <translation>ئوتتۇرىدىكى 8 خانە (تۇغۇلغان كۈن) خاتا. كىملىكتىكى ئوتتۇرىدىكى 8 خانىنى تەكشۈرۈڭ.</translation>
        </message>
        <message>
            <source>这个号码有一位不对，和最后4位对不上。请先看最后4位，再看前面。</source>
            <translation>بىر خانە خاتا، ئاخىرقى 4 خانىغا ماس كەلمەيدۇ. ئاۋۋال شۇنى تەكشۈرۈڭ.</translation>
        </message>
        <message>
            <source>没有查到这个号码的参保信息。请到窗口问工作人员。</source>
            <translation>بۇ نومۇرنىڭ سۇغۇرتا ئۇچۇرى تېپىلمىدى. كۆزنەكتىكى خىزمەتچىدىن سوراڭ.</translation>
        </message>
        <message>
            <source>现在连不上医保系统。请稍后再试，或者请工作人员帮忙。</source>
            <translation>ھازىر سۇغۇرتا سىستېمىسىغا ئۇلانمىدى. كېيىن قايتا سىناڭ ياكى خىزمەتچىدىن ياردەم سوراڭ.</translation>
        </message>
        <message>
            <source>医保系统正忙。请稍等一会儿再试。</source>
            <translation>سۇغۇرتا سىستېمىسى ئالدىراش. سەل ساقلاپ قايتا سىناڭ.</translation>
        </message>
        <message>
            <source>医保系统没有办成这件事。请找工作人员帮忙。</source>
            <translation>سۇغۇرتا سىستېمىسى بۇ ئىشنى بېجىرەلمىدى. خىزمەتچىدىن ياردەم سوراڭ.</translation>
        </message>
        <message>
            <source>这种备案这里办不了。请找工作人员帮忙。</source>
            <translation>بۇ خىل تىزىملىتىشنى بۇ يەردە بېجىرگىلى بولمايدۇ. خىزمەتچىدىن ياردەم سوراڭ.</translation>
        </message>
        <message>
            <source>请先选一下您属于哪一种情况。</source>
            <translation>ئاۋۋال قايسى ئەھۋالغا ماس كېلىدىغانلىقىڭىزنى تاللاڭ.</translation>
        </message>
        <message>
            <source>请选一下要去看病的城市。</source>
            <translation>داۋالىنىدىغان شەھەرنى تاللاڭ.</translation>
        </message>
        <message>
            <source>日期不对。请重新选一下日期。</source>
            <translation>چېسلا خاتا. چېسلانى قايتا تاللاڭ.</translation>
        </message>
        <message>
            <source>还有一项没有填。请把它填上。</source>
            <translation>بىر تۈر تېخى تولدۇرۇلمىدى. ئۇنى تولدۇرۇڭ.</translation>
        </message>
        <message>
            <source>结束日期比开始日期还早。请重新选一下。</source>
            <translation>ئاخىرلىشىش چېسلاسى باشلىنىش چېسلاسىدىن بالدۇر. قايتا تاللاڭ.</translation>
        </message>
        <message>
            <source>临时外出就医备案至少要半年。请把结束日期往后选。</source>
            <translation>ۋاقىتلىق تىزىملىتىش كەم دېگەندە يېرىم يىل بولىدۇ. ئاخىرلىشىش چېسلاسىنى كېيىنرەك تاللاڭ.</translation>
        </message>
        <message>
            <source>这个码读不出来。请打开手机上的医保电子凭证，再对准摄像头。</source>
            <translation>بۇ كودنى ئوقۇغىلى بولمىدى. تېلېفوندىكى سۇغۇرتا كىنىشكىسىنى ئېچىپ، كامېراغا قايتا توغرىلاڭ.</translation>
        </message>
        <message>
            <source>这是付款码或别的码，不是医保码。请打开医保电子凭证。</source>
            <translation>بۇ پۇل تۆلەش كودى ياكى باشقا كود، سۇغۇرتا كودى ئەمەس. سۇغۇرتا كىنىشكىسىنى ئېچىڭ.</translation>
        </message>
        <message>
            <source>医保码已经过期了。请在手机上刷新一下，再扫一次。</source>
            <translation>سۇغۇرتا كودىنىڭ ۋاقتى ئۆتتى. تېلېفوندا يېڭىلاپ، قايتا سىكانېرلاڭ.</translation>
        </message>
        <message>
            <source>这个医保码已经用过了。请在手机上刷新一下，再扫一次。</source>
            <translation>بۇ سۇغۇرتا كودى ئىشلىتىلىپ بولغان. تېلېفوندا يېڭىلاپ، قايتا سىكانېرلاڭ.</translation>
        </message>
        <message>
            <source>医保系统不认识这个码。请刷新医保码再试，或者输入身份证号码。</source>
            <translation>سۇغۇرتا سىستېمىسى بۇ كودنى تونۇمىدى. كودنى يېڭىلاپ قايتا سىناڭ ياكى كىملىك نومۇرىنى كىرگۈزۈڭ.</translation>
        </message>
        <message>
            <source>摄像头现在用不了。请按“输入身份证号码”，或请工作人员帮忙。</source>
            <translation>كامېرانى ھازىر ئىشلەتكىلى بولمايدۇ. «كىملىك نومۇرى» نى بېسىڭ ياكى خىزمەتچىدىن ياردەم سوراڭ.</translation>
        </message>
        <message>
            <source>电话号码应该是1开头的11位数字。请再核对一遍。</source>
            <translation>تېلېفون نومۇرى 1 بىلەن باشلانغان 11 خانە بولۇشى كېرەك. قايتا تەكشۈرۈڭ.</translation>
        </message>
        <message>
            <source>长期居住备案办好以后，有一段时间不能变更或取消。请到时再来，或者请工作人员帮忙。</source>
            <translation>ئۇزۇن مۇددەت تۇرۇش تىزىملىكى قىلىنغاندىن كېيىن بىر مەزگىل ئۆزگەرتكىلى ياكى بىكار قىلغىلى بولمايدۇ. ۋاقتى كەلگەندە قايتا كېلىڭ ياكى خىزمەتچىدىن ياردەم سوراڭ.</translation>
        </message>
        <message>
            <source>工号或密码不对。请再输一次。</source>
            <translation>خىزمەت نومۇرى ياكى مەخپىي نومۇر خاتا. قايتا كىرگۈزۈڭ.</translation>
        </message>
        <message>
            <source>密码错了五次，这个工号要等十五分钟才能再用。</source>
            <translation>مەخپىي نومۇر بەش قېتىم خاتا بولدى. بۇ خىزمەت نومۇرىنى 15 مىنۇتتىن كېيىن ئىشلەتكىلى بولىدۇ.</translation>
        </message>
        <message>
            <source>没办成：这个病以前已经备过案了，不用再办。</source>
            <translation>بېجىرىلمىدى: بۇ كېسەل ئىلگىرى تىزىملىتىلغان، قايتا ھاجەتسىز.</translation>
        </message>
        <message>
            <source>没办成：医保系统查不到参保信息。请到窗口问工作人员。</source>
            <translation>بېجىرىلمىدى: سىستېمىدا سۇغۇرتا ئۇچۇرى يوق. كۆزنەكتىكى خىزمەتچىدىن سوراڭ.</translation>
        </message>
        <message>
            <source>没办成：填的内容有一项不对。请重新办一次，或者请工作人员帮忙。</source>
            <translation>بېجىرىلمىدى: بىر جاۋاب خاتا. قايتا بېجىرىڭ ياكى خىزمەتچىدىن ياردەم سوراڭ.</translation>
        </message>
        <message>
            <source>没办成：医保系统里没有这个备案。请到窗口问工作人员。</source>
            <translation>بېجىرىلمىدى: سىستېمىدا بۇ تىزىملىتىش يوق. كۆزنەكتىكى خىزمەتچىدىن سوراڭ.</translation>
        </message>
        <message>
            <source>这个备案以前已经取消了。</source>
            <translation>بۇ تىزىملىتىش ئىلگىرى بىكار قىلىنغان.</translation>
        </message>
        <message>
            <source>卡没有读出来。请把卡拿开，再放一次。</source>
            <translation>كارتا ئوقۇلمىدى. كارتىنى ئېلىپ قايتا قويۇڭ.</translation>
        </message>
        <message>
            <source>卡被拿走了。请把卡重新放好。</source>
            <translation>كارتا ئېلىۋېتىلدى. كارتىنى قايتا قويۇڭ.</translation>
        </message>
        <message>
            <source>读卡器现在用不了。请用别的方式，或者请工作人员帮忙。</source>
            <translation>كارتا ئوقۇغۇچنى ھازىر ئىشلەتكىلى بولمايدۇ. باشقا ئۇسۇلنى ئىشلىتىڭ ياكى خىزمەتچىدىن ياردەم سوراڭ.</translation>
        </message>
        <message>
            <source>这张身份证已经过期了，不能用来办事。请换一种方式，或者请工作人员帮您。</source>
            <translation>بۇ كىملىكنىڭ ۋاقتى ئۆتۈپ كەتكەن، ئىشلەتكىلى بولمايدۇ. باشقا ئۇسۇلنى ئىشلىتىڭ ياكى خىزمەتچىدىن ياردەم سوراڭ.</translation>
        </message>
        <message>
            <source>医保系统里没有这张卡的参保信息。请到窗口问工作人员。</source>
            <translation>سۇغۇرتا سىستېمىسىدا بۇ كارتىنىڭ خاتىرىسى يوق. كۆزنەكتىكى خىزمەتچىدىن سوراڭ.</translation>
        </message>
        <message>
            <source>这张卡不是社保卡。请插社保卡，或者换一种方式。</source>
            <translation>بۇ كاپالەت كارتىسى ئەمەس. كاپالەت كارتىسىنى سېلىڭ ياكى باشقا ئۇسۇلنى ئىشلىتىڭ.</translation>
        </message>
        <message>
            <source>社保卡密码是6位数字。请再输一次。</source>
            <translation>كاپالەت كارتىسىنىڭ مەخپىي نومۇرى 6 خانىلىق رەقەم. قايتا كىرگۈزۈڭ.</translation>
        </message>
        <message>
            <source>社保卡密码不对，还可以试{n}次。</source>
            <translation>مەخپىي نومۇر خاتا. يەنە {n} قېتىم سىناپ باقالايسىز.</translation>
        </message>
        <message>
            <source>读卡器上没有卡。请把卡放好。</source>
            <translation>ئوقۇغۇچتا كارتا يوق. كارتىنى قويۇڭ.</translation>
        </message>
        <message>
            <source>这张社保卡的密码已经锁住了。请到窗口找工作人员解锁，或者换一种方式。</source>
            <translation>بۇ كاپالەت كارتىسىنىڭ مەخپىي نومۇرى قۇلۇپلاندى. كۆزنەكتىكى خىزمەتچىدىن ئاچقۇزۇڭ ياكى باشقا ئۇسۇلنى ئىشلىتىڭ.</translation>
        </message>
        <message>
            <source>委托书要请工作人员看过，并在这里登录确认。请按“呼叫工作人员”。</source>
            <translation>ھاۋالە خېتىنى خىزمەتچى كۆرۈپ، بۇ يەردە كىرىپ جەزملىشى كېرەك. «ياردەم سوراش» نى بېسىڭ.</translation>
        </message>
        <message>
            <source>这个病已经在申请了。请等医院鉴定和医保审核。</source>
            <translation>بۇ كېسەل ئۈچۈن ئىلتىماس قىلىنىۋاتىدۇ. دوختۇرخانىنىڭ باھالىشى ۋە سۇغۇرتا تەكشۈرۈشىنى كۈتۈڭ.</translation>
        </message>
        <message>
            <source>医院已经登记了，这里不能撤回。请到医院或窗口办理。</source>
            <translation>دوختۇرخانا تىزىملاپ بولدى، بۇ يەردە قايتۇرۇۋالغىلى بولمايدۇ. دوختۇرخانا ياكى كۆزنەكتە بېجىرىڭ.</translation>
        </message>
        <message>
            <source>没办成：跨省备案要选外省的城市。请重新选就医地。</source>
            <translation>بېجىرىلمىدى: ئۆلكە ھالقىغان تىزىملىك ئۈچۈن باشقا ئۆلكىدىكى شەھەرنى تاللاش كېرەك. داۋالىنىش ئورنىنى قايتا تاللاڭ.</translation>
        </message>
        <message>
            <source>没办成：您已经有一个长期异地备案。要换地方，请办变更。</source>
            <translation>بېجىرىلمىدى: سىزنىڭ ئۇزۇن مۇددەتلىك سىرتتا داۋالىنىش تىزىملىكىڭىز بار. ئورۇن ئالماشتۇرماقچى بولسىڭىز، ئۆزگەرتىش بېجىرىڭ.</translation>
        </message>
        <message>
            <source>没办成：长期备案办好以后，有一段时间不能改或取消。请到窗口问工作人员。</source>
            <translation>بېجىرىلمىدى: ئۇزۇن مۇددەتلىك تىزىملىك قىلىنغاندىن كېيىن بىر مەزگىل ئۆزگەرتكىلى ياكى بىكار قىلغىلى بولمايدۇ. كۆزنەكتىكى خىزمەتچىدىن سوراڭ.</translation>
        </message>
        <message>
            <source>没办成：上传编号和别的记录重了，医保系统没有收。请工作人员处理。</source>
            <translation>بېجىرىلمىدى: يوللاش نومۇرى باشقا خاتىرە بىلەن تەكرارلاندى، سۇغۇرتا سىستېمىسى قوبۇل قىلمىدى. خىزمەتچىدىن بىر تەرەپ قىلىشنى سوراڭ.</translation>
        </message>
        <message>
            <source>医保系统的回复不对，这一笔还没办成。请工作人员处理。</source>
            <translation>سۇغۇرتا سىستېمىسىنىڭ جاۋابى توغرا ئەمەس، بۇ ئىش تېخى بېجىرىلمىدى. خىزمەتچىدىن بىر تەرەپ قىلىشنى سوراڭ.</translation>
        </message>
        <message>
            <source>医保系统发现这台机器的操作记录少了一段。请工作人员检查。</source>
            <translation>سۇغۇرتا سىستېمىسى بۇ ماشىنىنىڭ مەشغۇلات خاتىرىسىدىن بىر بۆلەكنىڭ كەملىكىنى بايقىدى. خىزمەتچىدىن تەكشۈرۈشنى سوراڭ.</translation>
        </message>
        <message>
            <source>医保系统发现这台机器的操作记录接不上。请工作人员检查。</source>
            <translation>سۇغۇرتا سىستېمىسى بۇ ماشىنىنىڭ مەشغۇلات خاتىرىسىنىڭ ئۇلانمىغانلىقىنى بايقىدى. خىزمەتچىدىن تەكشۈرۈشنى سوراڭ.</translation>
        </message>
        <message>
            <source>机器出了点问题。请按“呼叫工作人员”，我们马上来帮您。</source>
            <translation>ماشىنىدا مەسىلە كۆرۈلدى. «ياردەم سوراش» نى بېسىڭ، ھازىر ياردەمگە كېلىمىز.</translation>
        </message>
    </context>
    <context>
        <name>face</name>
        <message>
            <source>请把脸放到屏幕上的圆圈里。</source>
            <translation>يۈزىڭىزنى ئېكراندىكى چەمبەر ئىچىگە قويۇڭ.</translation>
        </message>
        <message>
            <source>镜头里有两个人。请只让办事的人对着屏幕。</source>
            <translation>كامېرادا ئىككى ئادەم بار. پەقەت ئىش بېجىرگۈچىلا ئېكرانغا قارىسۇن.</translation>
        </message>
        <message>
            <source>请往前一点。</source>
            <translation>سەل ئالدىغا كېلىڭ.</translation>
        </message>
        <message>
            <source>请往后一点。</source>
            <translation>سەل كەينىگە چېكىنىڭ.</translation>
        </message>
        <message>
            <source>请把脸移到圆圈中间。</source>
            <translation>يۈزىڭىزنى چەمبەر ئوتتۇرىسىغا يۆتكەڭ.</translation>
        </message>
        <message>
            <source>光线太暗。请往亮一点的地方站。</source>
            <translation>يورۇقلۇق بەك ئاجىز. يورۇقراق يەرگە تۇرۇڭ.</translation>
        </message>
        <message>
            <source>请先别动，稍等一下。</source>
            <translation>مىدىرلىماي سەل تۇرۇڭ.</translation>
        </message>
        <message>
            <source>请抬头，正对着屏幕。</source>
            <translation>بېشىڭىزنى كۆتۈرۈپ، ئېكرانغا توغرا قاراڭ.</translation>
        </message>
        <message>
            <source>请看着屏幕，把脸放到圆圈里。</source>
            <translation>ئېكرانغا قاراپ، يۈزىڭىزنى چەمبەر ئىچىگە قويۇڭ.</translation>
        </message>
        <message>
            <source>很好。请把头慢慢向旁边转一点点，再转回来。</source>
            <translation>ياخشى. بېشىڭىزنى ئاستا بىر ئاز يانغا بۇراپ، قايتا بۇراڭ.</translation>
        </message>
        <message>
            <source>没看清转头。没关系，我们再来一次。</source>
            <translation>بۇرىغانلىقىڭىز ئېنىق كۆرۈنمىدى. ھېچقىسى يوق، قايتا سىنايلى.</translation>
        </message>
        <message>
            <source>这次没有比对上。没关系，我们再来一次。</source>
            <translation>بۇ قېتىم ماس كەلمىدى. ھېچقىسى يوق، قايتا سىنايلى.</translation>
        </message>
        <message>
            <source>医保系统里没有您的照片。请用另一种方式：工作人员帮您确认。</source>
            <translation>سىستېمىدا رەسىمىڭىز يوق. باشقا ئۇسۇل: خىزمەتچى سىزنى جەزملەيدۇ.</translation>
        </message>
        <message>
            <source>我们换一种方式：请工作人员过来帮您确认身份。</source>
            <translation>باشقا ئۇسۇل قوللىنايلى: خىزمەتچى كېلىپ سىزنى جەزملەيدۇ.</translation>
        </message>
        <message>
            <source>确认是您本人，谢谢。</source>
            <translation>ئۆزىڭىز ئىكەنلىكى جەزملەندى، رەھمەت.</translation>
        </message>
    </context>
    <context>
        <name>filing</name>
        <message>
            <source>异地安置退休人员</source>
            <translation>ئۇ يەردە پېنسىيە</translation>
        </message>
        <message>
            <source>异地长期居住人员</source>
            <translation>ئۇزۇن تۇرۇش</translation>
        </message>
        <message>
            <source>常驻异地工作人员</source>
            <translation>ئۇ يەردە ئىشلەش</translation>
        </message>
        <message>
            <source>异地转诊就医人员</source>
            <translation>يۆتكەپ داۋالاش</translation>
        </message>
        <message>
            <source>异地急诊抢救人员</source>
            <translation>جىددىي قۇتقۇزۇش</translation>
        </message>
        <message>
            <source>其他临时外出就医人员</source>
            <translation>باشقا ۋاقىتلىق</translation>
        </message>
        <message>
            <source>高血压</source>
            <translation>يۇقىرى قان بېسىمى</translation>
        </message>
        <message>
            <source>糖尿病</source>
            <translation>دىيابىت</translation>
        </message>
        <message>
            <source>恶性肿瘤门诊放化疗</source>
            <translation>راكنىڭ نۇر ۋە خىمىيىلىك داۋالىشى</translation>
        </message>
        <message>
            <source>尿毒症透析</source>
            <translation>بۆرەك يېتىشمەسلىكى دىئالىزى</translation>
        </message>
        <message>
            <source>器官移植术后抗排异治疗</source>
            <translation>ئەزا يۆتكەشتىن كېيىنكى داۋالاش</translation>
        </message>
        <message>
            <source>冠心病</source>
            <translation>يۈرەك تاج تومۇر كېسىلى</translation>
        </message>
        <message>
            <source>慢性阻塞性肺疾病</source>
            <translation>سوزۇلما ئۆپكە كېسىلى</translation>
        </message>
        <message>
            <source>脑卒中后遗症</source>
            <translation>مېڭە سەكتىسىنىڭ ئاقىۋىتى</translation>
        </message>
        <message>
            <source>还没去看病</source>
            <translation>تېخى داۋالانمىدىم</translation>
        </message>
        <message>
            <source>已经在看病，还没出院结算</source>
            <translation>داۋالىنىۋاتىمەن، تېخى دوختۇرخانىدىن چىقمىدىم</translation>
        </message>
        <message>
            <source>已经出院，自己先付了钱</source>
            <translation>دوختۇرخانىدىن چىقتىم، پۇلنى ئۆزۈم تۆلىدىم</translation>
        </message>
        <message>
            <source>帮家人办理，请出示老人签字的委托书。工作人员看过了吗？</source>
            <translation>ئائىلە ئەزاسى ئۈچۈن بېجىرگەندە، ئۇ ئىمزا قويغان ھاۋالە خېتى كېرەك. خىزمەتچى كۆردىمۇ؟</translation>
        </message>
        <message>
            <source>工作人员已经看过委托书</source>
            <translation>خىزمەتچى كۆردى</translation>
        </message>
        <message>
            <source>没有委托书</source>
            <translation>ھاۋالە خېتى يوق</translation>
        </message>
        <message>
            <source>您是要长期住在外地，还是临时去外地看病？</source>
            <translation>باشقا جايدا ئۇزۇن تۇرامسىز ياكى ۋاقىتلىق داۋالىنىشقا بارامسىز؟</translation>
        </message>
        <message>
            <source>长期住在外地</source>
            <translation>باشقا جايدا ئۇزۇن تۇرىمەن</translation>
        </message>
        <message>
            <source>退休、长住或在外地工作</source>
            <translation>پېنسىيە، ئولتۇراقلىشىش ياكى خىزمەت</translation>
        </message>
        <message>
            <source>临时去外地看病</source>
            <translation>ۋاقىتلىق داۋالىنىشقا بارىمەن</translation>
        </message>
        <message>
            <source>转诊、急诊、其他临时外出</source>
            <translation>يۆتكەپ داۋالاش، جىددىي قۇتقۇزۇش ياكى باشقا</translation>
        </message>
        <message>
            <source>请选最符合您的一项</source>
            <translation>ئۆزىڭىزگە ئەڭ ماس كېلىدىغاننى تاللاڭ</translation>
        </message>
        <message>
            <source>要去哪个省看病？</source>
            <translation>قايسى ئۆلكىدە داۋالىنىسىز؟</translation>
        </message>
        <message>
            <source>要去哪个城市看病？</source>
            <translation>قايسى شەھەردە داۋالىنىسىز؟</translation>
        </message>
        <message>
            <source>从哪一天开始？</source>
            <translation>قايسى كۈندىن باشلاپ؟</translation>
        </message>
        <message>
            <source>到哪一天结束？至少半年。</source>
            <translation>قايسى كۈنگىچە؟ كەم دېگەندە يېرىم يىل.</translation>
        </message>
        <message>
            <source>个人承诺：我保证在外地长期居住的情况属实，以后按要求补交材料。您愿意这样承诺，不用现在交证明材料吗？</source>
            <translation>شەخسىي ۋەدە: باشقا جايدا ئۇزۇن تۇرىدىغانلىقىم راست، كېيىن تەلەپ بويىچە ماتېرىيال تاپشۇرىمەن. ھازىر ئىسپات تاپشۇرماي، مۇشۇنداق ۋەدە بېرەمسىز؟</translation>
        </message>
        <message>
            <source>我承诺，不交材料</source>
            <translation>ۋەدە بېرىمەن</translation>
        </message>
        <message>
            <source>我有证明材料</source>
            <translation>ئىسپاتىم بار</translation>
        </message>
        <message>
            <source>您已经在外地看过病了吗？</source>
            <translation>باشقا جايدا داۋالىنىپ بولدىڭىزمۇ؟</translation>
        </message>
        <message>
            <source>要登记哪一种病？</source>
            <translation>قايسى كېسەلنى تىزىملىتىسىز؟</translation>
        </message>
        <message>
            <source>请选给您做鉴定的医院</source>
            <translation>سىزنى باھالايدىغان دوختۇرخانىنى تاللاڭ</translation>
        </message>
        <message>
            <source>到医院鉴定时带上近期病历和检查报告</source>
            <translation>دوختۇرخانىدا باھالاتقاندا يېقىنقى كېسەللىك خاتىرىسى ۋە تەكشۈرۈش دوكلاتىنى ئېلىپ بېرىڭ</translation>
        </message>
        <message>
            <source>这个病走绿色通道，医院登记当天就能享受待遇</source>
            <translation>بۇ كېسەل يېشىل يول بىلەن ماڭىدۇ: دوختۇرخانا تىزىملىغان كۈنىلا تەمىنات باشلىنىدۇ</translation>
        </message>
        <message>
            <source>申请已提交。请到{hospital}做鉴定。这个病走绿色通道，医院登记当天就能按慢特病待遇报销。病情稳定的，一次最多可以开三个月的药。</source>
            <translation>ئىلتىماس يوللاندى. {hospital} غا بېرىپ باھالىتىڭ. بۇ كېسەل يېشىل يول بىلەن ماڭىدۇ: دوختۇرخانا تىزىملىغان كۈنىدىن باشلاپ سىرتقى كېسەل خىراجىتى سوزۇلما كېسەل تەمىناتى بويىچە قايتۇرۇلىدۇ. كېسىلى مۇقىم بولسا، بىر قېتىمدا ئەڭ كۆپ ئۈچ ئايلىق دورا ئالغىلى بولىدۇ.</translation>
        </message>
        <message>
            <source>申请已提交。请到{hospital}做鉴定，医院在网上登记后，医保在{days}个工作日内审核。审核通过后，看这个病的门诊费用按慢特病待遇报销。</source>
            <translation>ئىلتىماس يوللاندى. {hospital} غا بېرىپ باھالىتىڭ. دوختۇرخانا تور ئارقىلىق تىزىملىغاندىن كېيىن، سۇغۇرتا {days} خىزمەت كۈنى ئىچىدە تەكشۈرىدۇ. تەستىقلانغاندىن كېيىن، بۇ كېسەلنىڭ سىرتقى كېسەل خىراجىتى سوزۇلما كېسەل تەمىناتى بويىچە قايتۇرۇلىدۇ.</translation>
        </message>
        <message>
            <source>备案长期有效。在外地看病按参保地本地的标准报销。您选了个人承诺：补齐证明材料以后，回参保地看病也能报销，报销水平不低于跨省转诊。</source>
            <translation>تىزىملىك ئۇزۇن مۇددەت كۈچكە ئىگە. سىرتتا داۋالانسىڭىز سۇغۇرتىغا قاتناشقان جاينىڭ يەرلىك ئۆلچىمى بويىچە قايتۇرۇلىدۇ. سىز شەخسىي ۋەدىنى تاللىدىڭىز: ئىسپات ماتېرىياللىرىنى تولۇقلىغاندىن كېيىن، يۇرتىڭىزغا قايتىپ داۋالانسىڭىزمۇ قايتۇرۇلىدۇ، سەۋىيىسى ئۆلكە ھالقىپ يۆتكەپ داۋالاشتىن تۆۋەن بولمايدۇ.</translation>
        </message>
        <message>
            <source>备案长期有效。在外地看病按参保地本地的标准报销；确实需要回参保地看病的，报销水平不低于跨省转诊。</source>
            <translation>تىزىملىك ئۇزۇن مۇددەت كۈچكە ئىگە. سىرتتا داۋالانسىڭىز سۇغۇرتىغا قاتناشقان جاينىڭ يەرلىك ئۆلچىمى بويىچە قايتۇرۇلىدۇ؛ يۇرتىڭىزغا قايتىپ داۋالىنىشقا توغرا كەلسە، قايتۇرۇش سەۋىيىسى ئۆلكە ھالقىپ يۆتكەپ داۋالاشتىن تۆۋەن بولمايدۇ.</translation>
        </message>
        <message>
            <source>请输入联系电话，有事好通知您</source>
            <translation>ئالاقىلىشىش ئۈچۈن تېلېفون نومۇرىنى كىرگۈزۈڭ</translation>
        </message>
        <message>
            <source>办这件事需要的材料，一次告诉您</source>
            <translation>كېرەكلىك ماتېرىياللار، ھەممىسى بىرلا قېتىمدا</translation>
        </message>
        <message>
            <source>请核对，没问题就按提交</source>
            <translation>تەكشۈرۈپ يوللاڭ</translation>
        </message>
        <message>
            <source>身份证或医保电子凭证</source>
            <translation>كىملىك ياكى سۇغۇرتا ئېلېكترونلۇق كىنىشكىسى</translation>
        </message>
        <message>
            <source>现在不用交证明，以后按要求补交</source>
            <translation>ھازىر ئىسپات كېرەك ئەمەس، كېيىن تاپشۇرۇلىدۇ</translation>
        </message>
        <message>
            <source>在外地居住或工作的证明（居住证、户口本或工作证明之一）</source>
            <translation>ئۇ جايدا تۇرۇش ياكى ئىشلەش ئىسپاتى (تۇرالغۇ، نوپۇس ياكى خىزمەت ئىسپاتى)</translation>
        </message>
        <message>
            <source>医院开的转诊单</source>
            <translation>دوختۇرخانىنىڭ يۆتكەش قەغىزى</translation>
        </message>
        <message>
            <source>急诊抢救的病历</source>
            <translation>جىددىي قۇتقۇزۇش خاتىرىسى</translation>
        </message>
        <message>
            <source>出院结算前办好备案，出院时就能直接结算</source>
            <translation>دوختۇرخانىدىن چىقىپ ھېسابلىشىشتىن بۇرۇن تىزىملاتسىڭىز، چىققاندا بىۋاسىتە ھېسابلاشقىلى بولىدۇ</translation>
        </message>
        <message>
            <source>发票、费用清单和出院小结，回参保地手工报销</source>
            <translation>تالون، چىقىم تىزىملىكى ۋە دوختۇرخانىدىن چىقىش خۇلاسىسى، يۇرتتا قايتۇرۇۋېلىش ئۈچۈن</translation>
        </message>
        <message>
            <source>代办人的身份证</source>
            <translation>ياردەمچىنىڭ كىملىكى</translation>
        </message>
        <message>
            <source>临时外出看病，报销比例可能比在家低，最多低{points}个百分点。有效期内可以多次看病。</source>
            <translation>ۋاقىتلىق داۋالانغاندا، قايتۇرۇش نىسبىتى يۇرتتىكىدىن ئەڭ كۆپ {points} پىرسەنت پونكىت تۆۋەن بولۇشى مۇمكىن. ئىناۋەتلىك ۋاقىت ئىچىدە كۆپ قېتىم داۋالانسا بولىدۇ.</translation>
        </message>
        <message>
            <source>备案类型</source>
            <translation>تۈرى</translation>
        </message>
        <message>
            <source>就医地</source>
            <translation>داۋالىنىش جايى</translation>
        </message>
        <message>
            <source>病种</source>
            <translation>كېسەل</translation>
        </message>
        <message>
            <source>鉴定医院</source>
            <translation>باھالىغان دوختۇرخانا</translation>
        </message>
        <message>
            <source>开始日期</source>
            <translation>باشلىنىشى</translation>
        </message>
        <message>
            <source>结束日期</source>
            <translation>ئاخىرلىشىشى</translation>
        </message>
        <message>
            <source>看病情况</source>
            <translation>ئەھۋالى</translation>
        </message>
        <message>
            <source>联系电话</source>
            <translation>تېلېفون</translation>
        </message>
    </context>
    <context>
        <name>my_filings</name>
        <message>
            <source>有效</source>
            <translation>ئىناۋەتلىك</translation>
        </message>
        <message>
            <source>已取消</source>
            <translation>بىكار قىلىنغان</translation>
        </message>
        <message>
            <source>已受理，等网络恢复上传</source>
            <translation>قوبۇل قىلىندى، تورنى ساقلاۋاتىدۇ</translation>
        </message>
        <message>
            <source>没办成</source>
            <translation>بېجىرىلمىدى</translation>
        </message>
        <message>
            <source>已申请，等医院鉴定</source>
            <translation>ئىلتىماس قىلىندى، دوختۇرخانىنىڭ باھالىشىنى كۈتۈۋاتىدۇ</translation>
        </message>
        <message>
            <source>医保审核中</source>
            <translation>سۇغۇرتا تەكشۈرۈۋاتىدۇ</translation>
        </message>
        <message>
            <source>审核没通过</source>
            <translation>تەستىقلانمىدى</translation>
        </message>
        <message>
            <source>请带上病历到{hospital}做鉴定，医院会在网上登记。</source>
            <translation>كېسەللىك خاتىرىڭىزنى ئېلىپ {hospital} غا بېرىپ باھالىتىڭ، دوختۇرخانا تور ئارقىلىق تىزىملايدۇ.</translation>
        </message>
        <message>
            <source>请带上病历到{hospital}做鉴定。这个病走绿色通道，医院登记当天就能享受待遇。</source>
            <translation>كېسەللىك خاتىرىڭىزنى ئېلىپ {hospital} غا بېرىپ باھالىتىڭ. بۇ كېسەل يېشىل يول بىلەن ماڭىدۇ: دوختۇرخانا تىزىملىغان كۈنىلا تەمىنات باشلىنىدۇ.</translation>
        </message>
        <message>
            <source>医院已经登记，医保正在审核，{deadline}前审核完。</source>
            <translation>دوختۇرخانا تىزىملاپ بولدى، سۇغۇرتا تەكشۈرۈۋاتىدۇ، {deadline} دىن بۇرۇن تۈگەيدۇ.</translation>
        </message>
        <message>
            <source>医保审核没有通过。请到窗口问工作人员。</source>
            <translation>سۇغۇرتا تەكشۈرۈشىدىن ئۆتمىدى. كۆزنەكتىكى خىزمەتچىدىن سوراڭ.</translation>
        </message>
    </context>
    <context>
        <name>person</name>
        <message>
            <source>职工医保</source>
            <translation>ئىشچى-خىزمەتچىلەر سۇغۇرتىسى</translation>
        </message>
        <message>
            <source>居民医保</source>
            <translation>ئاھالىلەر سۇغۇرتىسى</translation>
        </message>
        <message>
            <source>正常参保</source>
            <translation>نورمال سۇغۇرتىلانغان</translation>
        </message>
        <message>
            <source>暂停参保</source>
            <translation>سۇغۇرتا توختىتىلغان</translation>
        </message>
        <message>
            <source>终止参保</source>
            <translation>سۇغۇرتا ئاخىرلاشقان</translation>
        </message>
    </context>
    <context>
        <name>punctuation</name>
        <message>
            <source>，</source>
            <translation>، </translation>
        </message>
        <message>
            <source>；</source>
            <translation>؛ </translation>
        </message>
        <message>
            <source>、</source>
            <translation>، </translation>
        </message>
        <message>
            <source>。</source>
            <translation>. </translation>
        </message>
        <message>
            <source>{label}：{value}</source>
            <translation>{label}: {value}</translation>
        </message>
    </context>
    <context>
        <name>receipt</name>
        <message>
            <source>本凭条仅供参考，以医保部门记录为准。</source>
            <translation>بۇ تالون پەقەت پايدىلىنىش ئۈچۈن، سۇغۇرتا ئورنىنىڭ خاتىرىسى ئاساس.</translation>
        </message>
        <message>
            <source>时间</source>
            <translation>ۋاقىت</translation>
        </message>
        <message>
            <source>凭条号</source>
            <translation>تالون نومۇرى</translation>
        </message>
        <message>
            <source>医保个人账户余额查询凭条</source>
            <translation>سۇغۇرتا ھېسابات قالدۇقى تالونى</translation>
        </message>
        <message>
            <source>姓名</source>
            <translation>ئىسمى</translation>
        </message>
        <message>
            <source>身份证号</source>
            <translation>كىملىك نومۇرى</translation>
        </message>
        <message>
            <source>参保类型</source>
            <translation>سۇغۇرتا تۈرى</translation>
        </message>
        <message>
            <source>参保地</source>
            <translation>سۇغۇرتىلانغان جاي</translation>
        </message>
        <message>
            <source>账户余额</source>
            <translation>ھېسابات قالدۇقى</translation>
        </message>
        <message>
            <source>余额时间</source>
            <translation>قالدۇق ۋاقتى</translation>
        </message>
        <message>
            <source>备案类型</source>
            <translation>تۈرى</translation>
        </message>
        <message>
            <source>门诊慢特病备案</source>
            <translation>سوزۇلما كېسەل تىزىملىتىش</translation>
        </message>
        <message>
            <source>病种</source>
            <translation>كېسەل</translation>
        </message>
        <message>
            <source>鉴定医院</source>
            <translation>باھالىغان دوختۇرخانا</translation>
        </message>
        <message>
            <source>就医地代码</source>
            <translation>داۋالىنىش جايى (كود)</translation>
        </message>
        <message>
            <source>开始日期</source>
            <translation>باشلىنىشى</translation>
        </message>
        <message>
            <source>结束日期</source>
            <translation>ئاخىرلىشىشى</translation>
        </message>
        <message>
            <source>代办人</source>
            <translation>ياردەمچى</translation>
        </message>
        <message>
            <source>状态</source>
            <translation>ھالىتى</translation>
        </message>
        <message>
            <source>门诊慢特病备案凭条</source>
            <translation>سوزۇلما كېسەل تىزىملىتىش تالونى</translation>
        </message>
        <message>
            <source>异地就医备案凭条</source>
            <translation>باشقا جايدا داۋالىنىش تىزىملىتىش تالونى</translation>
        </message>
        <message>
            <source>可凭凭条号在本机“我的备案”查看进度。</source>
            <translation>تالون نومۇرى بىلەن بۇ ماشىنىدىكى «تىزىملىتىشلىرىم» دا ئەھۋالنى كۆرەلەيسىز.</translation>
        </message>
        <message>
            <source>已受理</source>
            <translation>قوبۇل قىلىندى</translation>
        </message>
    </context>
    <context>
        <name>staff_queue</name>
        <message>
            <source>异地就医备案</source>
            <translation>باشقا جايدا داۋالىنىش</translation>
        </message>
        <message>
            <source>慢特病备案</source>
            <translation>سوزۇلما كېسەل</translation>
        </message>
        <message>
            <source>取消异地就医备案</source>
            <translation>باشقا جايدا داۋالىنىشنى بىكار قىلىش</translation>
        </message>
        <message>
            <source>取消慢特病备案</source>
            <translation>سوزۇلما كېسەلنى بىكار قىلىش</translation>
        </message>
        <message>
            <source>慢特病申请</source>
            <translation>سوزۇلما كېسەل ئىلتىماسى</translation>
        </message>
        <message>
            <source>撤回慢特病申请</source>
            <translation>سوزۇلما كېسەل ئىلتىماسىنى قايتۇرۇۋېلىش</translation>
        </message>
        <message>
            <source>变更异地就医备案</source>
            <translation>سىرتتا داۋالىنىش تىزىملىكىنى ئۆزگەرتىش</translation>
        </message>
        <message>
            <source>审计记录核对</source>
            <translation>مەشغۇلات خاتىرىسىنى تەكشۈرۈش</translation>
        </message>
        <message>
            <source>以前已备过案</source>
            <translation>ئىلگىرى تىزىملىتىلغان</translation>
        </message>
        <message>
            <source>查不到参保信息</source>
            <translation>سۇغۇرتا ئۇچۇرى يوق</translation>
        </message>
        <message>
            <source>填写有误</source>
            <translation>جاۋاب خاتا</translation>
        </message>
        <message>
            <source>查不到这个备案</source>
            <translation>بۇ تىزىملىتىش يوق</translation>
        </message>
        <message>
            <source>以前已取消</source>
            <translation>ئىلگىرى بىكار قىلىنغان</translation>
        </message>
        <message>
            <source>医保系统不受理</source>
            <translation>سىستېما قوبۇل قىلمىدى</translation>
        </message>
    </context>
</TS>
