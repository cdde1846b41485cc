<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="zh_CN">
    <context>
        <name>AskScreen</name>
        <message>
            <source>去外地看病
要先备案吗？</source>
            <translation>Register before going?</translation>
        </message>
        <message>
            <source>临时去外省
报销少多少？</source>
            <translation>Short trip: less paid?</translation>
        </message>
        <message>
            <source>备案能用多久？</source>
            <translation>How long is it valid?</translation>
        </message>
        <message>
            <source>自己先付了钱
还能报吗？</source>
            <translation>Paid myself: money back?</translation>
        </message>
        <message>
            <source>长住外省
回老家能报吗？</source>
            <translation>Living away: costs paid?</translation>
        </message>
        <message>
            <source>慢性病能开
几个月的药？</source>
            <translation>Medicine for how long?</translation>
        </message>
        <message>
            <source>癌症登记慢病
有快的办法吗？</source>
            <translation>Cancer: a faster way?</translation>
        </message>
        <message>
            <source>孩子能
替我办吗？</source>
            <translation>Can my children do it?</translation>
        </message>
        <message>
            <source>不会用智能手机
怎么办？</source>
            <translation>No smartphone: what now?</translation>
        </message>
        <message>
            <source>走不动了
能上门办吗？</source>
            <translation>Too frail: home visit?</translation>
        </message>
        <message>
            <source>外地看病</source>
            <translation>treatment elsewhere</translation>
        </message>
        <message>
            <source>备案</source>
            <translation>Registration</translation>
        </message>
        <message>
            <source>报销</source>
            <translation>reimbursement</translation>
        </message>
        <message>
            <source>多久</source>
            <translation>how long</translation>
        </message>
        <message>
            <source>慢性病</source>
            <translation>chronic illness</translation>
        </message>
        <message>
            <source>癌症</source>
            <translation>cancer</translation>
        </message>
        <message>
            <source>住院</source>
            <translation>hospital stay</translation>
        </message>
        <message>
            <source>急诊</source>
            <translation>emergency</translation>
        </message>
        <message>
            <source>转诊</source>
            <translation>referral</translation>
        </message>
        <message>
            <source>药店</source>
            <translation>pharmacy</translation>
        </message>
        <message>
            <source>孩子代办</source>
            <translation>children helping</translation>
        </message>
        <message>
            <source>上门</source>
            <translation>home visit</translation>
        </message>
        <message>
            <source>手机</source>
            <translation>phone</translation>
        </message>
        <message>
            <source>老年人</source>
            <translation>older people</translation>
        </message>
        <message>
            <source>材料</source>
            <translation>papers</translation>
        </message>
        <message>
            <source>问政策</source>
            <translation>Policy questions</translation>
        </message>
        <message>
            <source>点一个问题，我读答案给您听。</source>
            <translation>Tap a question and I will read the answer to you.</translation>
        </message>
        <message>
            <source>换一组问题</source>
            <translation>Other questions</translation>
        </message>
        <message>
            <source>没有我的问题
用词语来问</source>
            <translation>Ask with words</translation>
        </message>
        <message>
            <source>点几个词，再按“找答案”。</source>
            <translation>Tap a few words, then press “Find answer”.</translation>
        </message>
        <message>
            <source>换一组词</source>
            <translation>Other words</translation>
        </message>
        <message>
            <source>清空</source>
            <translation>Clear</translation>
        </message>
        <message>
            <source>找答案</source>
            <translation>Find answer</translation>
        </message>
        <message>
            <source>换好了，现在有：{items}。</source>
            <translation>Changed. Now on the screen: {items}.</translation>
        </message>
        <message>
            <source>您要问：</source>
            <translation>Your question: </translation>
        </message>
        <message>
            <source>清空了，请重新点词。</source>
            <translation>Cleared. Please tap the words again.</translation>
        </message>
        <message>
            <source>请先点一个词。</source>
            <translation>Please tap a word first.</translation>
        </message>
        <message>
            <source>正在查找，请稍等……</source>
            <translation>Looking it up, please wait…</translation>
        </message>
        <message>
            <source>您问：{q}</source>
            <translation>You asked: {q}</translation>
        </message>
        <message>
            <source>出处：《{title}》</source>
            <translation>Source: “{title}”</translation>
        </message>
        <message>
            <source>说得再
简单点</source>
            <translation>Simpler</translation>
        </message>
        <message>
            <source>再说一遍</source>
            <translation>Say again</translation>
        </message>
        <message>
            <source>看文件原文</source>
            <translation>Original text</translation>
        </message>
        <message>
            <source>这个问题我这里没有文件能回答。请按“呼叫工作人员”，请工作人员帮您。</source>
            <translation>None of my documents answers this question. Please press “Call staff” and a member of staff will help you.</translation>
        </message>
        <message>
            <source>呼叫工作人员</source>
            <translation>Call staff</translation>
        </message>
        <message>
            <source>问别的问题</source>
            <translation>Other question</translation>
        </message>
        <message>
            <source>文件原文：“{quote}”</source>
            <translation>Original text: “{quote}”</translation>
        </message>
        <message>
            <source>还有不明白的，请按呼叫工作人员。</source>
            <translation>If anything is still unclear, press Call staff.</translation>
        </message>
        <message>
            <source>政策文件只有中文，答案用中文显示在屏幕上。需要的话，请按呼叫工作人员，请他读给您听。</source>
            <translation>The policy documents are only in Chinese, so the answer on the screen is in Chinese. If you need it, press Call staff and someone will read it to you.</translation>
        </message>
        <message>
            <source>{answer}文件里是这样说的：{quote}这是《{title}》里说的。想听更简单的，请按说得再简单点。</source>
            <translation>{answer} The document says: {quote} This comes from “{title}”. For a simpler version, press Simpler.</translation>
        </message>
        <message>
            <source>用词语来问。点几个词，比如外地看病、报销，再按找答案。</source>
            <translation>Ask with words. Tap a few words, for example treatment elsewhere and reimbursement, then press Find answer.</translation>
        </message>
        <message>
            <source>问政策。屏幕上有常见的问题，点一个，我读答案给您听。没有您的问题，可以按用词语来问。</source>
            <translation>Policy questions. The screen shows common questions. Tap one and I will read the answer to you. If your question is not there, press Ask with words.</translation>
        </message>
    </context>
    <context>
        <name>BalanceScreen</name>
        <message>
            <source>医保个人账户余额</source>
            <translation>Your account balance</translation>
        </message>
        <message>
            <source>账户里还有</source>
            <translation>Balance in your account</translation>
        </message>
        <message>
            <source>看明细</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>家人账户</source>
            <translation>Family</translation>
        </message>
        <message>
            <source>打印凭条</source>
            <translation>Print receipt</translation>
        </message>
        <message>
            <source>看好了，回首页</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>现在连不上医保系统。下面是这台机器上次查到的余额，可能不是最新的。</source>
            <translation>The insurance system cannot be reached now. Below is the balance this machine saw last time. It may be out of date.</translation>
        </message>
        <message>
            <source>{amount} 元</source>
            <translation>{amount} yuan</translation>
        </message>
        <message>
            <source>上次查询：{time}</source>
            <translation>Last checked: {time}</translation>
        </message>
        <message>
            <source>{name}，您好</source>
            <translation>Hello, {name}</translation>
        </message>
        <message>
            <source>查询时间：{time}</source>
            <translation>Checked at: {time}</translation>
        </message>
        <message>
            <source>参保类型：{v}</source>
            <translation>Insurance type: {v}</translation>
        </message>
        <message>
            <source>参保状态：{v}</source>
            <translation>Insurance status: {v}</translation>
        </message>
        <message>
            <source>参保地：{v}</source>
            <translation>Insured in: {v}</translation>
        </message>
        <message>
            <source>请注意：现在连不上医保系统，这可能不是最新的余额。这台机器{date}查到的余额是{amount}。要看最新的，请稍后再查，或者到窗口问工作人员。</source>
            <translation>Please note: the insurance system cannot be reached now, so this may not be the latest balance. On {date} this machine saw a balance of {amount}. For the latest balance, please try again later or ask at the counter.</translation>
        </message>
        <message>
            <source>这是最后一步。您的医保个人账户里还有{amount}。这是{date}{time}查到的。您是{kind}，{status}。要看明细、家人账户或者打印凭条，请按下面的按钮。看好了请按回首页。</source>
            <translation>This is the last step. Your medical insurance account holds {amount}. This was checked on {date} at {time}. You have {kind}, {status}. To see the details, family accounts or to print a receipt, press the buttons below. When you are done, press Back to start.</translation>
        </message>
    </context>
    <context>
        <name>CardPickup</name>
        <message>
            <source>读到卡了。正在查询，请稍等。</source>
            <translation>Card read. Checking, please wait.</translation>
        </message>
    </context>
    <context>
        <name>CardPinScreen</name>
        <message>
            <source>请输入社保卡密码</source>
            <translation>Social security card PIN</translation>
        </message>
        <message>
            <source>输入6位密码，密码不会读出来。卡请先不要拿走。</source>
            <translation>Enter the 6-digit PIN. It is not read aloud. Please leave the card in.</translation>
        </message>
        <message>
            <source>已输入的密码位数</source>
            <translation>PIN digits entered</translation>
        </message>
        <message>
            <source>确定</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>请输入社保卡的6位密码，密码不会读出来。输完请按确定。</source>
            <translation>Please enter the 6-digit PIN of your social security card. It is not read aloud. Then press OK.</translation>
        </message>
        <message>
            <source>已输入{n}位</source>
            <translation>{n} digits entered</translation>
        </message>
        <message>
            <source>正在核对，请稍等。</source>
            <translation>Checking, please wait.</translation>
        </message>
    </context>
    <context>
        <name>FaceConsentScreen</name>
        <message>
            <source>刷脸确认是您本人</source>
            <translation>Check your face to confirm it is you</translation>
        </message>
        <message>
            <source>为了不让别人冒用您的医保，请让机器看一下您的脸，和医保系统里的照片比一比。照片只在这一次用，不会保存。</source>
            <translation>So that nobody else can use your insurance, please let the machine look at your face and compare it with the photo in the insurance system. The picture is used only this once and is not kept.</translation>
        </message>
        <message>
            <source>好的，开始刷脸</source>
            <translation>Start face check</translation>
        </message>
        <message>
            <source>不刷脸，请工作人员确认</source>
            <translation>Staff confirm instead</translation>
        </message>
        <message>
            <source>刷脸确认是您本人。为了不让别人冒用您的医保，请让机器看一下您的脸。照片只用这一次，不会保存。可以按好的开始刷脸，也可以按不刷脸，请工作人员确认。</source>
            <translation>Check your face to confirm it is you. So that nobody else can use your insurance, please let the machine look at your face. The picture is used only this once and is not kept. Press Start face check, or press Staff confirm instead.</translation>
        </message>
    </context>
    <context>
        <name>FaceScreen</name>
        <message>
            <source>请看着屏幕</source>
            <translation>Please look at the screen</translation>
        </message>
        <message>
            <source>摄像头画面</source>
            <translation>Camera picture</translation>
        </message>
        <message>
            <source>换一种方式：请工作人员确认</source>
            <translation>Another way</translation>
        </message>
        <message>
            <source>正在比对，请稍等……</source>
            <translation>Comparing, please wait…</translation>
        </message>
        <message>
            <source>请看着屏幕，把脸放到圆圈里。不方便的话，可以按换一种方式。</source>
            <translation>Please look at the screen and put your face in the circle. If that is hard for you, press Another way.</translation>
        </message>
    </context>
    <context>
        <name>FamilyScreen</name>
        <message>
            <source>家人账户（家庭共济）</source>
            <translation>Family accounts (shared family use)</translation>
        </message>
        <message>
            <source>正在查询，请稍等……</source>
            <translation>Checking, please wait…</translation>
        </message>
        <message>
            <source>余额 {amount} 元</source>
            <translation>Balance {amount} yuan</translation>
        </message>
        <message>
            <source>余额不公开</source>
            <translation>Balance not shared</translation>
        </message>
        <message>
            <source>绑定了 {n} 位家人。点一位可以听。</source>
            <translation>{n} family members are linked. Tap one to hear it.</translation>
        </message>
        <message>
            <source>还没有绑定家人。要绑定，请到窗口办理。</source>
            <translation>No family members are linked yet. To link one, please go to the counter.</translation>
        </message>
        <message>
            <source>现在查不到家人账户。请稍后再试，或者请工作人员帮忙。</source>
            <translation>Family accounts cannot be checked now. Please try again later, or ask staff for help.</translation>
        </message>
        <message>
            <source>余额{amount}</source>
            <translation>Balance {amount}</translation>
        </message>
        <message>
            <source>家人账户。正在查询，请稍等。</source>
            <translation>Family accounts. Checking, please wait.</translation>
        </message>
        <message>
            <source>您绑定了{n}位家人。点一位可以听他的情况。</source>
            <translation>You have {n} linked family members. Tap one to hear about them.</translation>
        </message>
    </context>
    <context>
        <name>FilingDoneScreen</name>
        <message>
            <source>备案已提交</source>
            <translation>Registration sent</translation>
        </message>
        <message>
            <source>打印凭条</source>
            <translation>Print receipt</translation>
        </message>
        <message>
            <source>刚才办错了，撤销</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>办好了，回首页</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>已受理，正在上传到医保系统……</source>
            <translation>Accepted. Sending it to the insurance system…</translation>
        </message>
        <message>
            <source>已受理，网络恢复后自动上传，不用再来办。</source>
            <translation>Accepted. It will be sent when the network is back. You do not need to come again.</translation>
        </message>
        <message>
            <source>受理号：{ref}</source>
            <translation>Reference number: {ref}</translation>
        </message>
        <message>
            <source>医保系统已经受理了。</source>
            <translation>The insurance system has accepted it.</translation>
        </message>
        <message>
            <source>已经撤销了。</source>
            <translation>It has been undone.</translation>
        </message>
        <message>
            <source>备案号：{sn}</source>
            <translation>Registration number: {sn}</translation>
        </message>
        <message>
            <source>已经撤销了。这次备案不算数。</source>
            <translation>It has been undone. This registration does not count.</translation>
        </message>
        <message>
            <source>要撤销请按撤销。</source>
            <translation>To undo it, press Undo.</translation>
        </message>
    </context>
    <context>
        <name>FilingScreen</name>
        <message>
            <source>备案</source>
            <translation>Registration</translation>
        </message>
        <message>
            <source>异地就医备案</source>
            <translation>Treatment elsewhere</translation>
        </message>
        <message>
            <source>慢特病备案</source>
            <translation>Chronic illness</translation>
        </message>
        <message>
            <source>{service} · 第 {n} 步，共 {total} 步</source>
            <translation>{service} · step {n} of {total}</translation>
        </message>
        <message>
            <source>前一天</source>
            <translation>Day before</translation>
        </message>
        <message>
            <source>后一天</source>
            <translation>Day after</translation>
        </message>
        <message>
            <source>前一个月</source>
            <translation>Month before</translation>
        </message>
        <message>
            <source>后一个月</source>
            <translation>Month after</translation>
        </message>
        <message>
            <source>就是这一天</source>
            <translation>This day</translation>
        </message>
        <message>
            <source>yyyy年M月d日</source>
            <translation>d MMMM yyyy</translation>
        </message>
        <message>
            <source>输好了</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>知道了，下一步</source>
            <translation>OK, next</translation>
        </message>
        <message>
            <source>修改</source>
            <translation>Change</translation>
        </message>
        <message>
            <source>修改{what}</source>
            <translation>Change {what}</translation>
        </message>
        <message>
            <source>取消，不办了</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>提交</source>
            <translation>Send</translation>
        </message>
        <message>
            <source>没有委托书不能代办。请按呼叫工作人员，我们来帮您。</source>
            <translation>Without a signed authorisation you cannot do this for someone else. Please press Call staff and we will help you.</translation>
        </message>
        <message>
            <source>已经取消了，什么都没有提交。</source>
            <translation>Cancelled. Nothing was sent.</translation>
        </message>
        <message>
            <source>第{n}步，共{total}步。</source>
            <translation>Step {n} of {total}.</translation>
        </message>
        <message>
            <source>可以选：</source>
            <translation>You can choose: </translation>
        </message>
        <message>
            <source>没问题请按提交，要改请按修改。</source>
            <translation>If all is right, press Send. To change something, press Change.</translation>
        </message>
        <message>
            <source>现在选的是{date}。</source>
            <translation>The date chosen is {date}.</translation>
        </message>
    </context>
    <context>
        <name>HomeScreen</name>
        <message>
            <source>您好！请选择要办的事</source>
            <translation>Hello! What would you like to do?</translation>
        </message>
        <message>
            <source>查余额</source>
            <translation>Check balance</translation>
        </message>
        <message>
            <source>看医保个人账户里还有多少钱</source>
            <translation>See how much is in your insurance account</translation>
        </message>
        <message>
            <source>异地就医备案</source>
            <translation>Treatment elsewhere</translation>
        </message>
        <message>
            <source>去外地看病前先登记</source>
            <translation>Register before treatment in another city</translation>
        </message>
        <message>
            <source>慢特病备案</source>
            <translation>Chronic illness</translation>
        </message>
        <message>
            <source>高血压、糖尿病等长期看病登记</source>
            <translation>Register long-term illness such as high blood pressure</translation>
        </message>
        <message>
            <source>问政策</source>
            <translation>Policy questions</translation>
        </message>
        <message>
            <source>点一个问题，机器读答案给您听</source>
            <translation>Tap a question, hear the answer</translation>
        </message>
        <message>
            <source>家人/工作人员代办</source>
            <translation>Family or staff help</translation>
        </message>
        <message>
            <source>帮家里老人办事</source>
            <translation>Do it for an elderly relative</translation>
        </message>
        <message>
            <source>语言和字号</source>
            <translation>Language and text size</translation>
        </message>
        <message>
            <source>Language · 字大一点 · 颜色</source>
            <translation>语言 · Larger text · Colours</translation>
        </message>
        <message>
            <source>用手指点一下大方块就可以。不会用也没关系，可以按下面红色的“呼叫工作人员”。</source>
            <translation>Just tap a big square with your finger. If you are not sure, press the red “Call staff” button below.</translation>
        </message>
        <message>
            <source>您好，这里是医保自助服务。屏幕上有六个大方块：{names}。请点一下您要办的事。需要帮忙，请按屏幕最下面右边的呼叫工作人员。</source>
            <translation>Hello, this is the medical insurance self-service machine. There are six big squares on the screen: {names}. Please tap what you would like to do. For help, press Call staff at the bottom right of the screen.</translation>
        </message>
    </context>
    <context>
        <name>IdEntryScreen</name>
        <message>
            <source>请输入身份证号码</source>
            <translation>Your ID card number</translation>
        </message>
        <message>
            <source>对照身份证，一个一个点下面的数字。</source>
            <translation>Look at your ID card and tap the digits below one by one.</translation>
        </message>
        <message>
            <source>已输入的号码</source>
            <translation>The number entered</translation>
        </message>
        <message>
            <source>清空重输</source>
            <translation>Clear all</translation>
        </message>
        <message>
            <source>确定，查询</source>
            <translation>OK, look up</translation>
        </message>
        <message>
            <source>第一步，确认是您本人：请输入身份证号码。对照身份证，一个一个点数字，一共十八位。输错了可以按删除，或者按清空重输。输完请按确定。</source>
            <translation>Step one, confirming it is you: please type your ID card number. Look at your ID card and press the digits one by one, 18 in all. For a mistake press Delete, or Clear all. Then press OK.</translation>
        </message>
        <message>
            <source>已经清空了，请从第一位重新输入。</source>
            <translation>Cleared. Please start again from the first digit.</translation>
        </message>
        <message>
            <source>删掉了一位，还有{n}位</source>
            <translation>One digit deleted, {n} left</translation>
        </message>
        <message>
            <source>正在查询，请稍等……</source>
            <translation>Checking, please wait…</translation>
        </message>
        <message>
            <source>您输入的是：{number}。正在查询，请稍等。</source>
            <translation>You entered: {number}. Checking, please wait.</translation>
        </message>
        <message>
            <source>一共18位，已经输了 {n} 位</source>
            <translation>{n} of 18 digits entered</translation>
        </message>
    </context>
    <context>
        <name>IdentifyScreen</name>
        <message>
            <source>请选一种方式，确认是您本人</source>
            <translation>Show who you are, one way</translation>
        </message>
        <message>
            <source>刷身份证</source>
            <translation>ID card</translation>
        </message>
        <message>
            <source>把身份证放在读卡区上</source>
            <translation>Lay it on the reader</translation>
        </message>
        <message>
            <source>插社保卡</source>
            <translation>Social security card</translation>
        </message>
        <message>
            <source>芯片朝上插进读卡口</source>
            <translation>Chip up, into the slot</translation>
        </message>
        <message>
            <source>扫医保码</source>
            <translation>Insurance QR code</translation>
        </message>
        <message>
            <source>打开手机上的医保电子凭证</source>
            <translation>Open it on your phone</translation>
        </message>
        <message>
            <source>输入身份证号</source>
            <translation>Type my ID number</translation>
        </message>
        <message>
            <source>没有卡，也没有手机</source>
            <translation>No card and no phone</translation>
        </message>
        <message>
            <source>有卡的话直接放上去就行，不用按。</source>
            <translation>With a card, just put it on the reader. No need to press.</translation>
        </message>
        <message>
            <source>第一步，确认是您本人。可以{ways}。有身份证或社保卡的话，直接放到读卡器上就行，不用按。</source>
            <translation>Step one, confirming it is you. You can use: {ways}. With an ID card or a social security card, just put it on the reader, no need to press.</translation>
        </message>
        <message>
            <source>请把身份证平放在读卡区上，不用按别的。</source>
            <translation>Please lay your ID card flat on the reader. Nothing else to press.</translation>
        </message>
        <message>
            <source>请把社保卡芯片朝上，插进读卡口。</source>
            <translation>Please put your social security card into the slot, chip up.</translation>
        </message>
        <message>
            <source>正在查询，请稍等……</source>
            <translation>Checking, please wait…</translation>
        </message>
    </context>
    <context>
        <name>IdleWatch</name>
        <message>
            <source>没有操作的话，{n} 秒后会回到首页，刚才的信息会清除。</source>
            <translation>If nothing is touched, the machine goes back to the start in {n} seconds and clears what you entered.</translation>
        </message>
        <message>
            <source>您还在用吗？</source>
            <translation>Are you still there?</translation>
        </message>
        <message>
            <source>我还在用，继续</source>
            <translation>Continue</translation>
        </message>
        <message>
            <source>您还在用吗？还要用的话，请按屏幕中间的继续。</source>
            <translation>Are you still there? To carry on, press Continue in the middle of the screen.</translation>
        </message>
        <message>
            <source>好的，请继续。</source>
            <translation>OK, please carry on.</translation>
        </message>
    </context>
    <context>
        <name>Keypad</name>
        <message>
            <source>删除</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>删除一位</source>
            <translation>Delete one digit</translation>
        </message>
    </context>
    <context>
        <name>KioskWindow</name>
        <message>
            <source>医保自助服务</source>
            <translation>Medical insurance self-service</translation>
        </message>
        <message>
            <source>字幕</source>
            <translation>Captions</translation>
        </message>
        <message>
            <source>返回</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>回首页</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>重听</source>
            <translation>Repeat</translation>
        </message>
        <message>
            <source>正常
语速</source>
            <translation>Normal
speed</translation>
        </message>
        <message>
            <source>慢一点</source>
            <translation>Slower</translation>
        </message>
        <message>
            <source>呼叫
工作人员</source>
            <translation>Call
staff</translation>
        </message>
        <message>
            <source>医保自助服务 · 长辈版</source>
            <translation>Medical insurance self-service · large print</translation>
        </message>
        <message>
            <source>好的，我说慢一点。</source>
            <translation>OK, I will speak more slowly.</translation>
        </message>
        <message>
            <source>好的，恢复正常语速。</source>
            <translation>OK, back to normal speed.</translation>
        </message>
        <message>
            <source>待上传 {n} 件</source>
            <translation>{n} waiting to upload</translation>
        </message>
        <message>
            <source>审计记录异常，请联系管理员</source>
            <translation>Audit record problem: contact the administrator</translation>
        </message>
        <message>
            <source>没有找到声音设备，现在只显示字幕</source>
            <translation>No sound device: captions only</translation>
        </message>
        <message>
            <source>语音引擎没有启动，现在只显示字幕</source>
            <translation>Speech did not start: captions only</translation>
        </message>
    </context>
    <context>
        <name>LedgerScreen</name>
        <message>
            <source>最近一年的账户明细</source>
            <translation>Account details for the last year</translation>
        </message>
        <message>
            <source>上一页</source>
            <translation>Previous page</translation>
        </message>
        <message>
            <source>下一页</source>
            <translation>Next page</translation>
        </message>
        <message>
            <source>正在查询，请稍等……</source>
            <translation>Checking, please wait…</translation>
        </message>
        <message>
            <source>现在查不到明细。请稍后再试，或者请工作人员帮忙。</source>
            <translation>The details cannot be checked now. Please try again later, or ask staff for help.</translation>
        </message>
        <message>
            <source>{date}  {summary}
{sign}{amount}元</source>
            <translation>{date}  {summary}
{sign}{amount} yuan</translation>
        </message>
        <message>
            <source>M月d日</source>
            <translation>d MMM</translation>
        </message>
        <message>
            <source>第 {page} 页，共 {pages} 页。点一行可以听。</source>
            <translation>Page {page} of {pages}. Tap a line to hear it.</translation>
        </message>
        <message>
            <source>存入</source>
            <translation>paid in</translation>
        </message>
        <message>
            <source>花了</source>
            <translation>spent</translation>
        </message>
        <message>
            <source>{date}，{summary}，{direction}{amount}，之后余额{after}。</source>
            <translation>{date}, {summary}, {direction} {amount}, balance after: {after}.</translation>
        </message>
        <message>
            <source>最近一年的账户明细。正在查询，请稍等。</source>
            <translation>Account details for the last year. Checking, please wait.</translation>
        </message>
        <message>
            <source>账户明细，第{page}页，共{pages}页。点一行可以听这一笔。要看更多请按下一页。</source>
            <translation>Account details, page {page} of {pages}. Tap a line to hear it. To see more, press Next page.</translation>
        </message>
    </context>
    <context>
        <name>MyFilingsScreen</name>
        <message>
            <source>我的备案</source>
            <translation>My registrations</translation>
        </message>
        <message>
            <source>改选中的备案</source>
            <translation>Change it</translation>
        </message>
        <message>
            <source>取消选中的备案</source>
            <translation>Cancel it</translation>
        </message>
        <message>
            <source>新办一个备案</source>
            <translation>New registration</translation>
        </message>
        <message>
            <source>正在查询，请稍等……</source>
            <translation>Checking, please wait…</translation>
        </message>
        <message>
            <source>您有 {n} 个备案。点一个可以听，也可以改或取消。</source>
            <translation>You have {n} registrations. Tap one to hear it, change it or cancel it.</translation>
        </message>
        <message>
            <source>您还没有这类备案。请按新办一个备案。</source>
            <translation>You have no registration of this kind yet. Press New registration.</translation>
        </message>
        <message>
            <source>现在连不上医保系统，只能看到在这台机器上办的。</source>
            <translation>The insurance system cannot be reached now. Only what was done on this machine is shown.</translation>
        </message>
        <message>
            <source>现在查不到以前的备案。可以直接新办。</source>
            <translation>Earlier registrations cannot be checked now. You can make a new one.</translation>
        </message>
        <message>
            <source>至{end}</source>
            <translation> to {end}</translation>
        </message>
        <message>
            <source>起，长期</source>
            <translation> onwards</translation>
        </message>
        <message>
            <source>（回执号{ref}）</source>
            <translation> (receipt {ref})</translation>
        </message>
        <message>
            <source>{what}，从{begin}开始，{status}。</source>
            <translation>{what}, from {begin}, {status}.</translation>
        </message>
        <message>
            <source>回执号{ref}。</source>
            <translation>Receipt number {ref}.</translation>
        </message>
        <message>
            <source>已提交取消。医保系统处理后，这个备案就不再有效。</source>
            <translation>The cancellation has been sent. Once the insurance system has processed it, this registration is no longer valid.</translation>
        </message>
        <message>
            <source>我的备案。正在查询，请稍等。</source>
            <translation>My registrations. Checking, please wait.</translation>
        </message>
        <message>
            <source>您有{n}个这类备案。点一个可以听，听完可以改，也可以取消。要新办，请按新办一个备案。</source>
            <translation>You have {n} registrations of this kind. Tap one to hear it; then you can change or cancel it. For a new one, press New registration.</translation>
        </message>
    </context>
    <context>
        <name>ProxyScreen</name>
        <message>
            <source>配偶</source>
            <translation>Spouse</translation>
        </message>
        <message>
            <source>子女</source>
            <translation>Child</translation>
        </message>
        <message>
            <source>父母</source>
            <translation>Parent</translation>
        </message>
        <message>
            <source>其他亲属</source>
            <translation>Other relative</translation>
        </message>
        <message>
            <source>家人/工作人员代办</source>
            <translation>Family or staff help</translation>
        </message>
        <message>
            <source>确定</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>您是谁？</source>
            <translation>Who are you?</translation>
        </message>
        <message>
            <source>我是老人的家人</source>
            <translation>Family member</translation>
        </message>
        <message>
            <source>我是大厅工作人员</source>
            <translation>Hall staff</translation>
        </message>
        <message>
            <source>请刷您自己的身份证，或者输入您自己的身份证号码（代办人）</source>
            <translation>Lay your own ID card on the reader, or type your own ID number (the helper)</translation>
        </message>
        <message>
            <source>您是老人的什么人？</source>
            <translation>How are you related to them?</translation>
        </message>
        <message>
            <source>请工作人员输入工号，确认身份</source>
            <translation>Staff: enter your staff number to confirm who this is</translation>
        </message>
        <message>
            <source>请工作人员看过老人签字的委托书，再输入工号确认</source>
            <translation>Staff: look at the signed authorisation, then enter your staff number</translation>
        </message>
        <message>
            <source>请输入工号</source>
            <translation>Please enter your staff number</translation>
        </message>
        <message>
            <source>请输入密码（不会读出来）</source>
            <translation>Please enter your PIN (it is not read aloud)</translation>
        </message>
        <message>
            <source>要帮忙办哪一件事？</source>
            <translation>What would you like to do for them?</translation>
        </message>
        <message>
            <source>异地就医备案</source>
            <translation>Treatment elsewhere</translation>
        </message>
        <message>
            <source>慢特病备案</source>
            <translation>Chronic illness</translation>
        </message>
        <message>
            <source>查看待上传的备案</source>
            <translation>Waiting uploads</translation>
        </message>
        <message>
            <source>退出自助模式（维护）</source>
            <translation>Exit kiosk mode</translation>
        </message>
        <message>
            <source>已输入{n}位</source>
            <translation>{n} digits entered</translation>
        </message>
        <message>
            <source>家人或工作人员代办。请选：我是老人的家人，或者我是大厅工作人员。</source>
            <translation>Help from family or staff. Please choose: Family member, or Hall staff.</translation>
        </message>
        <message>
            <source>请把您自己的身份证放到读卡器上，或者输入您自己的身份证号码。</source>
            <translation>Please lay your own ID card on the reader, or type your own ID number.</translation>
        </message>
        <message>
            <source>要帮忙办哪一件事？异地就医备案，还是慢特病备案？下一步请老人刷身份证、插社保卡、出示医保码，或者输入老人的身份证号码。</source>
            <translation>What shall we help with? Treatment elsewhere, or a long-term illness? Next, the older person shows their ID card, social security card or insurance QR code, or you type their ID number.</translation>
        </message>
        <message>
            <source>您是老人的什么人？可以选配偶、子女、父母、其他亲属。</source>
            <translation>How are you related to them? You can choose spouse, child, parent or other relative.</translation>
        </message>
        <message>
            <source>请工作人员过来，输入工号，确认您的身份。</source>
            <translation>Please ask a member of staff to come, enter their staff number and confirm who you are.</translation>
        </message>
        <message>
            <source>请工作人员过来，看过委托书后输入工号确认。</source>
            <translation>Please ask a member of staff to come, look at the authorisation and enter their staff number.</translation>
        </message>
        <message>
            <source>请输入工号。</source>
            <translation>Please enter your staff number.</translation>
        </message>
        <message>
            <source>请输入密码，密码不会读出来。</source>
            <translation>Please enter your PIN. It is not read aloud.</translation>
        </message>
    </context>
    <context>
        <name>ReceiptScreen</name>
        <message>
            <source>凭条</source>
            <translation>Receipt</translation>
        </message>
        <message>
            <source>凭条二维码</source>
            <translation>Receipt QR code</translation>
        </message>
        <message>
            <source>家人扫码可看凭条号</source>
            <translation>Family can scan it for the receipt number</translation>
        </message>
        <message>
            <source>这台机器没有打印机。凭条显示在下面，也可以用手机拍下来。</source>
            <translation>This machine has no printer. The receipt is shown below; you can take a photo of it with a phone.</translation>
        </message>
        <message>
            <source>正在打印，请稍等……</source>
            <translation>Printing, please wait…</translation>
        </message>
        <message>
            <source>凭条打印好了，请在出纸口取走。</source>
            <translation>The receipt is printed. Please take it from the slot.</translation>
        </message>
        <message>
            <source>打印机现在用不了。凭条显示在下面，也可以用手机拍下来。</source>
            <translation>The printer cannot be used now. The receipt is shown below; you can take a photo of it with a phone.</translation>
        </message>
        <message>
            <source>账户余额{amount}。</source>
            <translation>Account balance {amount}.</translation>
        </message>
        <message>
            <source>这是您的凭条。{title}。{rows}。{amount}凭条号是{reference}。</source>
            <translation>This is your receipt. {title}. {rows}. {amount} The receipt number is {reference}.</translation>
        </message>
    </context>
    <context>
        <name>ScanScreen</name>
        <message>
            <source>请出示医保码</source>
            <translation>Please show your insurance QR code</translation>
        </message>
        <message>
            <source>请把手机上的医保码对准屏幕下面的摄像头</source>
            <translation>Hold the insurance code on your phone up to the camera below the screen</translation>
        </message>
        <message>
            <source>再近一点，让医保码在方框里</source>
            <translation>A little closer, so the code is inside the frame</translation>
        </message>
        <message>
            <source>屏幕太暗，请把手机调亮一点</source>
            <translation>Your phone screen is too dark. Please make it brighter</translation>
        </message>
        <message>
            <source>打开手机上的医保电子凭证，对准摄像头，或者放到扫码口。</source>
            <translation>Open the medical insurance e-card on your phone and hold it to the camera or the scanner.</translation>
        </message>
        <message>
            <source>摄像头画面</source>
            <translation>Camera picture</translation>
        </message>
        <message>
            <source>没有手机？输入身份证号码</source>
            <translation>Type my ID number</translation>
        </message>
        <message>
            <source>第一步，确认是您本人：请打开手机上的医保电子凭证，把二维码对准屏幕下面的摄像头。没有手机的话，请按屏幕上的输入身份证号码。</source>
            <translation>First step, to confirm it is you: please open the medical insurance e-card on your phone and hold the QR code up to the camera below the screen. If you have no phone, press Type my ID number.</translation>
        </message>
        <message>
            <source>正在查询，请稍等……</source>
            <translation>Checking, please wait…</translation>
        </message>
        <message>
            <source>扫到了。正在查询，请稍等。</source>
            <translation>Got it. Checking, please wait.</translation>
        </message>
    </context>
    <context>
        <name>SettingsScreen</name>
        <message>
            <source>语言和字号</source>
            <translation>Language and text size</translation>
        </message>
        <message>
            <source>语言 Language</source>
            <translation>Language 语言</translation>
        </message>
        <message>
            <source>字的大小</source>
            <translation>Text size</translation>
        </message>
        <message>
            <source>大</source>
            <translation>Large</translation>
        </message>
        <message>
            <source>更大</source>
            <translation>Larger</translation>
        </message>
        <message>
            <source>特大</source>
            <translation>Largest</translation>
        </message>
        <message>
            <source>颜色</source>
            <translation>Colours</translation>
        </message>
        <message>
            <source>白底黑字</source>
            <translation>Black on white</translation>
        </message>
        <message>
            <source>黑底黄字</source>
            <translation>Yellow on black</translation>
        </message>
        <message>
            <source>样式</source>
            <translation>Style</translation>
        </message>
        <message>
            <source>长辈版</source>
            <translation>Large print</translation>
        </message>
        <message>
            <source>标准版</source>
            <translation>Standard</translation>
        </message>
        <message>
            <source>这里可以换语言、把字变大、换颜色。点一下就换好了。换好了请按回首页。</source>
            <translation>Here you can change the language, make the text bigger or change the colours. One tap changes it. When you are done, press Start.</translation>
        </message>
    </context>
    <context>
        <name>StaffCall</name>
        <message>
            <source>工作人员已经收到，正在过来</source>
            <translation>Staff got your call and are on the way</translation>
        </message>
        <message>
            <source>来的是：{who}。请在这里稍等。</source>
            <translation>Coming to you: {who}. Please wait here.</translation>
        </message>
        <message>
            <source>来的是：工号 {number}。请在这里稍等。</source>
            <translation>Coming to you: staff number {number}. Please wait here.</translation>
        </message>
        <message>
            <source>不用了，取消呼叫</source>
            <translation>Cancel the call</translation>
        </message>
        <message>
            <source>请到服务台找工作人员</source>
            <translation>Please go to the service desk for help</translation>
        </message>
        <message>
            <source>现在联系不上工作人员，请到服务台找工作人员。</source>
            <translation>We cannot reach the staff right now. Please go to the service desk.</translation>
        </message>
        <message>
            <source>知道了</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>已经通知工作人员</source>
            <translation>Staff have been told</translation>
        </message>
        <message>
            <source>请在这里稍等，工作人员看到后会过来。</source>
            <translation>Please wait here. Someone will come as soon as they see your call.</translation>
        </message>
        <message>
            <source>正在呼叫工作人员</source>
            <translation>Calling staff</translation>
        </message>
        <message>
            <source>请稍等。</source>
            <translation>Please wait.</translation>
        </message>
        <message>
            <source>{title}。{message}</source>
            <translation>{title}. {message}</translation>
        </message>
        <message>
            <source>好的，已取消呼叫。</source>
            <translation>OK, the call is cancelled.</translation>
        </message>
    </context>
    <context>
        <name>StaffQueueScreen</name>
        <message>
            <source>待上传的备案</source>
            <translation>Registrations waiting to upload</translation>
        </message>
        <message>
            <source>全部马上重新上传</source>
            <translation>Send all again</translation>
        </message>
        <message>
            <source>请工作人员先登录。</source>
            <translation>Staff, please sign in first.</translation>
        </message>
        <message>
            <source>正在查询，请稍等……</source>
            <translation>Checking, please wait…</translation>
        </message>
        <message>
            <source>还有 {n} 件没上传，其中 {dead} 件被退回。</source>
            <translation>{n} not uploaded yet, {dead} of them sent back.</translation>
        </message>
        <message>
            <source>全部都上传好了。</source>
            <translation>Everything has been uploaded.</translation>
        </message>
        <message>
            <source>被退回：{why}</source>
            <translation>Sent back: {why}</translation>
        </message>
        <message>
            <source>等网络，已试{n}次</source>
            <translation>Waiting for the network, tried {n} times</translation>
        </message>
        <message>
            <source>{what} 回执号{ref}</source>
            <translation>{what}, receipt {ref}</translation>
        </message>
        <message>
            <source>{what}，回执号{ref}。</source>
            <translation>{what}, receipt number {ref}.</translation>
        </message>
        <message>
            <source>在等网络，网络好了会自动上传。</source>
            <translation>Waiting for the network. It will upload by itself when the network is back.</translation>
        </message>
        <message>
            <source>好了，{n} 件会马上重新上传。</source>
            <translation>Done. {n} will be sent again now.</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>身份证号码应该是18位。请再核对一遍。</source>
            <translation>An ID card number has 18 characters. Please check it again.</translation>
        </message>
        <message>
            <source>身份证号码只有数字，最后一位可能是X。请再核对一遍。</source>
            <translation>An ID card number has only digits; the last one may be X. Please check it again.</translation>
        </message>
        <message>
            <source>前面6位（地区）不对。请对照身份证看一下前6位。</source>
            <translation>The first 6 digits (the area) are wrong. Please check the first 6 on your ID card.</translation>
        </message>
        <message>
            <source>中间8位（出生日期）不对。请对照身份证看一下中间8位。</source>
            <translation>The middle 8 digits (the birth date) are wrong. Please check the middle 8 on your ID card.</translation>
        </message>
        <message>
            <source>这个号码有一位不对，和最后4位对不上。请先看最后4位，再看前面。</source>
            <translation>One digit is wrong: it does not fit the last 4. Check those first.</translation>
        </message>
        <message>
            <source>没有查到这个号码的参保信息。请到窗口问工作人员。</source>
            <translation>No insurance record was found for this number. Please ask at the counter.</translation>
        </message>
        <message>
            <source>现在连不上医保系统。请稍后再试，或者请工作人员帮忙。</source>
            <translation>The insurance system cannot be reached now. Please try again later, or ask staff for help.</translation>
        </message>
        <message>
            <source>医保系统正忙。请稍等一会儿再试。</source>
            <translation>The insurance system is busy. Please wait a moment and try again.</translation>
        </message>
        <message>
            <source>医保系统没有办成这件事。请找工作人员帮忙。</source>
            <translation>The insurance system could not do this. Please ask staff for help.</translation>
        </message>
        <message>
            <source>这种备案这里办不了。请找工作人员帮忙。</source>
            <translation>This kind of registration cannot be done here. Please ask staff for help.</translation>
        </message>
        <message>
            <source>请先选一下您属于哪一种情况。</source>
            <translation>Please first choose which case fits you.</translation>
        </message>
        <message>
            <source>请选一下要去看病的城市。</source>
            <translation>Please choose the city where you will be treated.</translation>
        </message>
        <message>
            <source>日期不对。请重新选一下日期。</source>
            <translation>The date is wrong. Please choose the date again.</translation>
        </message>
        <message>
            <source>还有一项没有填。请把它填上。</source>
            <translation>One item is still empty. Please fill it in.</translation>
        </message>
        <message>
            <source>结束日期比开始日期还早。请重新选一下。</source>
            <translation>The end date is before the start date. Please choose again.</translation>
        </message>
        <message>
            <source>临时外出就医备案至少要半年。请把结束日期往后选。</source>
            <translation>A temporary registration lasts at least six months. Please choose a later end date.</translation>
        </message>
        <message>
            <source>这个码读不出来。请打开手机上的医保电子凭证，再对准摄像头。</source>
            <translation>This code cannot be read. Please open the insurance e-card on your phone and hold it to the camera again.</translation>
        </message>
        <message>
            <source>这是付款码或别的码，不是医保码。请打开医保电子凭证。</source>
            <translation>This is a payment code or another code, not the insurance code. Please open the insurance e-card.</translation>
        </message>
        <message>
            <source>医保码已经过期了。请在手机上刷新一下，再扫一次。</source>
            <translation>The insurance code has expired. Please refresh it on your phone and scan again.</translation>
        </message>
        <message>
            <source>这个医保码已经用过了。请在手机上刷新一下，再扫一次。</source>
            <translation>This insurance code has already been used. Please refresh it on your phone and scan again.</translation>
        </message>
        <message>
            <source>医保系统不认识这个码。请刷新医保码再试，或者输入身份证号码。</source>
            <translation>The insurance system does not know this code. Please refresh the code and try again, or enter your ID number.</translation>
        </message>
        <message>
            <source>摄像头现在用不了。请按“输入身份证号码”，或请工作人员帮忙。</source>
            <translation>The camera cannot be used now. Please press “Type my ID number”, or ask staff for help.</translation>
        </message>
        <message>
            <source>电话号码应该是1开头的11位数字。请再核对一遍。</source>
            <translation>A phone number has 11 digits and starts with 1. Please check it again.</translation>
        </message>
        <message>
            <source>长期居住备案办好以后，有一段时间不能变更或取消。请到时再来，或者请工作人员帮忙。</source>
            <translation>A long-term residence filing cannot be changed or cancelled for a while after it is made. Please come back then, or ask a staff member for help.</translation>
        </message>
        <message>
            <source>工号或密码不对。请再输一次。</source>
            <translation>The staff number or PIN is wrong. Please enter it again.</translation>
        </message>
        <message>
            <source>密码错了五次，这个工号要等十五分钟才能再用。</source>
            <translation>The PIN was wrong five times. This staff number can be used again in fifteen minutes.</translation>
        </message>
        <message>
            <source>没办成：这个病以前已经备过案了，不用再办。</source>
            <translation>Not done: this illness is already registered. There is no need to do it again.</translation>
        </message>
        <message>
            <source>没办成：医保系统查不到参保信息。请到窗口问工作人员。</source>
            <translation>Not done: the insurance system has no record for this person. Please ask at the counter.</translation>
        </message>
        <message>
            <source>没办成：填的内容有一项不对。请重新办一次，或者请工作人员帮忙。</source>
            <translation>Not done: one of the answers was not right. Please do it again, or ask staff for help.</translation>
        </message>
        <message>
            <source>没办成：医保系统里没有这个备案。请到窗口问工作人员。</source>
            <translation>Not done: the insurance system has no such registration. Please ask at the counter.</translation>
        </message>
        <message>
            <source>这个备案以前已经取消了。</source>
            <translation>This registration was already cancelled.</translation>
        </message>
        <message>
            <source>卡没有读出来。请把卡拿开，再放一次。</source>
            <translation>The card could not be read. Please take it off and put it on again.</translation>
        </message>
        <message>
            <source>卡被拿走了。请把卡重新放好。</source>
            <translation>The card was taken out. Please put it back.</translation>
        </message>
        <message>
            <source>读卡器现在用不了。请用别的方式，或者请工作人员帮忙。</source>
            <translation>The card reader cannot be used now. Please use another way, or ask staff for help.</translation>
        </message>
        <message>
            <source>这张身份证已经过期了，不能用来办事。请换一种方式，或者请工作人员帮您。</source>
            <translation>This ID card has expired and cannot be used. Please use another way, or ask staff to help you.</translation>
        </message>
        <message>
            <source>医保系统里没有这张卡的参保信息。请到窗口问工作人员。</source>
            <translation>The insurance system has no record for this card. Please ask staff at the counter.</translation>
        </message>
        <message>
            <source>这张卡不是社保卡。请插社保卡，或者换一种方式。</source>
            <translation>This is not a social security card. Please insert your social security card, or use another way.</translation>
        </message>
        <message>
            <source>社保卡密码是6位数字。请再输一次。</source>
            <translation>The social security card PIN has 6 digits. Please enter it again.</translation>
        </message>
        <message>
            <source>社保卡密码不对，还可以试{n}次。</source>
            <translation>Wrong PIN. You can try {n} more times.</translation>
        </message>
        <message>
            <source>读卡器上没有卡。请把卡放好。</source>
            <translation>There is no card on the reader. Please put the card on it.</translation>
        </message>
        <message>
            <source>这张社保卡的密码已经锁住了。请到窗口找工作人员解锁，或者换一种方式。</source>
            <translation>This social security card's PIN is locked. Please ask staff at the counter to unlock it, or use another way.</translation>
        </message>
        <message>
            <source>委托书要请工作人员看过，并在这里登录确认。请按“呼叫工作人员”。</source>
            <translation>A member of staff must see the authorisation and sign in here to confirm it. Please press “Call staff”.</translation>
        </message>
        <message>
            <source>这个病已经在申请了。请等医院鉴定和医保审核。</source>
            <translation>An application for this condition is already under way. Please wait for the hospital's assessment and the insurance review.</translation>
        </message>
        <message>
            <source>医院已经登记了，这里不能撤回。请到医院或窗口办理。</source>
            <translation>The hospital has already registered it, so it cannot be withdrawn here. Please go to the hospital or a service window.</translation>
        </message>
        <message>
            <source>没办成：跨省备案要选外省的城市。请重新选就医地。</source>
            <translation>Not done: a cross-province filing needs a city in another province. Please choose the place of treatment again.</translation>
        </message>
        <message>
            <source>没办成：您已经有一个长期异地备案。要换地方，请办变更。</source>
            <translation>Not done: you already have a long-term filing for another place. To move it, please make a change instead.</translation>
        </message>
        <message>
            <source>没办成：长期备案办好以后，有一段时间不能改或取消。请到窗口问工作人员。</source>
            <translation>Not done: a long-term filing cannot be changed or cancelled for a while after it is made. Please ask at a service window.</translation>
        </message>
        <message>
            <source>没办成：上传编号和别的记录重了，医保系统没有收。请工作人员处理。</source>
            <translation>Not done: the upload number clashed with another record, so the insurance system did not take it. Please ask a staff member to deal with it.</translation>
        </message>
        <message>
            <source>医保系统的回复不对，这一笔还没办成。请工作人员处理。</source>
            <translation>The insurance system's reply was not right, so this one is not done yet. Please ask a staff member to deal with it.</translation>
        </message>
        <message>
            <source>医保系统发现这台机器的操作记录少了一段。请工作人员检查。</source>
            <translation>The insurance system found that part of this machine's activity record is missing. Please ask a staff member to check.</translation>
        </message>
        <message>
            <source>医保系统发现这台机器的操作记录接不上。请工作人员检查。</source>
            <translation>The insurance system found that this machine's activity record does not follow on. Please ask a staff member to check.</translation>
        </message>
        <message>
            <source>机器出了点问题。请按“呼叫工作人员”，我们马上来帮您。</source>
            <translation>Something went wrong with the machine. Please press “Call staff” and we will come to help you.</translation>
        </message>
    </context>
    <context>
        <name>face</name>
        <message>
            <source>请把脸放到屏幕上的圆圈里。</source>
            <translation>Please put your face inside the circle on the screen.</translation>
        </message>
        <message>
            <source>镜头里有两个人。请只让办事的人对着屏幕。</source>
            <translation>There are two people in the picture. Only the person being served should face the screen.</translation>
        </message>
        <message>
            <source>请往前一点。</source>
            <translation>Please come a little closer.</translation>
        </message>
        <message>
            <source>请往后一点。</source>
            <translation>Please move back a little.</translation>
        </message>
        <message>
            <source>请把脸移到圆圈中间。</source>
            <translation>Please move your face to the middle of the circle.</translation>
        </message>
        <message>
            <source>光线太暗。请往亮一点的地方站。</source>
            <translation>It is too dark. Please stand somewhere brighter.</translation>
        </message>
        <message>
            <source>请先别动，稍等一下。</source>
            <translation>Please keep still for a moment.</translation>
        </message>
        <message>
            <source>请抬头，正对着屏幕。</source>
            <translation>Please lift your head and face the screen.</translation>
        </message>
        <message>
            <source>请看着屏幕，把脸放到圆圈里。</source>
            <translation>Please look at the screen and put your face in the circle.</translation>
        </message>
        <message>
            <source>很好。请把头慢慢向旁边转一点点，再转回来。</source>
            <translation>Good. Please turn your head slowly a little to the side, then back.</translation>
        </message>
        <message>
            <source>没看清转头。没关系，我们再来一次。</source>
            <translation>I did not see the turn clearly. That is fine, let us try again.</translation>
        </message>
        <message>
            <source>这次没有比对上。没关系，我们再来一次。</source>
            <translation>It did not match this time. That is fine, let us try again.</translation>
        </message>
        <message>
            <source>医保系统里没有您的照片。请用另一种方式：工作人员帮您确认。</source>
            <translation>The insurance system has no photo of you. Let us use another way: a member of staff will confirm who you are.</translation>
        </message>
        <message>
            <source>我们换一种方式：请工作人员过来帮您确认身份。</source>
            <translation>Let us use another way: a member of staff will come and confirm who you are.</translation>
        </message>
        <message>
            <source>确认是您本人，谢谢。</source>
            <translation>Confirmed that it is you. Thank you.</translation>
        </message>
    </context>
    <context>
        <name>filing</name>
        <message>
            <source>异地安置退休人员</source>
            <translation>Retired elsewhere</translation>
        </message>
        <message>
            <source>异地长期居住人员</source>
            <translation>Living elsewhere</translation>
        </message>
        <message>
            <source>常驻异地工作人员</source>
            <translation>Working elsewhere</translation>
        </message>
        <message>
            <source>异地转诊就医人员</source>
            <translation>Referred elsewhere</translation>
        </message>
        <message>
            <source>异地急诊抢救人员</source>
            <translation>Emergency elsewhere</translation>
        </message>
        <message>
            <source>其他临时外出就医人员</source>
            <translation>Other short trip</translation>
        </message>
        <message>
            <source>高血压</source>
            <translation>High blood pressure</translation>
        </message>
        <message>
            <source>糖尿病</source>
            <translation>Diabetes</translation>
        </message>
        <message>
            <source>恶性肿瘤门诊放化疗</source>
            <translation>Cancer outpatient radio/chemotherapy</translation>
        </message>
        <message>
            <source>尿毒症透析</source>
            <translation>Kidney failure dialysis</translation>
        </message>
        <message>
            <source>器官移植术后抗排异治疗</source>
            <translation>Anti-rejection care after a transplant</translation>
        </message>
        <message>
            <source>冠心病</source>
            <translation>Coronary heart disease</translation>
        </message>
        <message>
            <source>慢性阻塞性肺疾病</source>
            <translation>COPD (chronic lung disease)</translation>
        </message>
        <message>
            <source>脑卒中后遗症</source>
            <translation>After-effects of a stroke</translation>
        </message>
        <message>
            <source>还没去看病</source>
            <translation>Not treated yet</translation>
        </message>
        <message>
            <source>已经在看病，还没出院结算</source>
            <translation>In treatment now, not yet discharged</translation>
        </message>
        <message>
            <source>已经出院，自己先付了钱</source>
            <translation>Already discharged, paid myself</translation>
        </message>
        <message>
            <source>帮家人办理，请出示老人签字的委托书。工作人员看过了吗？</source>
            <translation>When doing this for a relative, an authorisation signed by them is needed. Has a member of staff seen it?</translation>
        </message>
        <message>
            <source>工作人员已经看过委托书</source>
            <translation>Staff saw it</translation>
        </message>
        <message>
            <source>没有委托书</source>
            <translation>No authorisation</translation>
        </message>
        <message>
            <source>您是要长期住在外地，还是临时去外地看病？</source>
            <translation>Will you live in another place for a long time, or go there for treatment for a while?</translation>
        </message>
        <message>
            <source>长期住在外地</source>
            <translation>Living elsewhere long-term</translation>
        </message>
        <message>
            <source>退休、长住或在外地工作</source>
            <translation>Retired there, living or working there</translation>
        </message>
        <message>
            <source>临时去外地看病</source>
            <translation>Treatment elsewhere for a while</translation>
        </message>
        <message>
            <source>转诊、急诊、其他临时外出</source>
            <translation>Referral, emergency or other short trip</translation>
        </message>
        <message>
            <source>请选最符合您的一项</source>
            <translation>Please choose the one that fits you best</translation>
        </message>
        <message>
            <source>要去哪个省看病？</source>
            <translation>Which province will you be treated in?</translation>
        </message>
        <message>
            <source>要去哪个城市看病？</source>
            <translation>Which city will you be treated in?</translation>
        </message>
        <message>
            <source>从哪一天开始？</source>
            <translation>From which day?</translation>
        </message>
        <message>
            <source>到哪一天结束？至少半年。</source>
            <translation>Until which day? At least six months.</translation>
        </message>
        <message>
            <source>个人承诺：我保证在外地长期居住的情况属实，以后按要求补交材料。您愿意这样承诺，不用现在交证明材料吗？</source>
            <translation>Personal promise: I promise that I really live in the other place long-term, and I will hand in the papers later when asked. Do you want to make this promise instead of showing proof now?</translation>
        </message>
        <message>
            <source>我承诺，不交材料</source>
            <translation>I promise</translation>
        </message>
        <message>
            <source>我有证明材料</source>
            <translation>I have proof</translation>
        </message>
        <message>
            <source>您已经在外地看过病了吗？</source>
            <translation>Have you already been treated in the other place?</translation>
        </message>
        <message>
            <source>要登记哪一种病？</source>
            <translation>Which illness do you want to register?</translation>
        </message>
        <message>
            <source>请选给您做鉴定的医院</source>
            <translation>Please choose the hospital that will assess you</translation>
        </message>
        <message>
            <source>到医院鉴定时带上近期病历和检查报告</source>
            <translation>Bring your recent medical records and test reports to the hospital assessment</translation>
        </message>
        <message>
            <source>这个病走绿色通道，医院登记当天就能享受待遇</source>
            <translation>This condition has a fast track: the benefit starts the day the hospital registers it</translation>
        </message>
        <message>
            <source>申请已提交。请到{hospital}做鉴定。这个病走绿色通道，医院登记当天就能按慢特病待遇报销。病情稳定的，一次最多可以开三个月的药。</source>
            <translation>Application sent. Please go to {hospital} for the assessment. This condition has a fast track: outpatient costs are reimbursed as a chronic condition from the day the hospital registers it. If your condition is stable, you can get up to three months of medicine at a time.</translation>
        </message>
        <message>
            <source>申请已提交。请到{hospital}做鉴定，医院在网上登记后，医保在{days}个工作日内审核。审核通过后，看这个病的门诊费用按慢特病待遇报销。</source>
            <translation>Application sent. Please go to {hospital} for the assessment. After the hospital registers it online, the insurance office reviews it within {days} working days. Once approved, outpatient costs for this condition are reimbursed as a chronic condition.</translation>
        </message>
        <message>
            <source>备案长期有效。在外地看病按参保地本地的标准报销。您选了个人承诺：补齐证明材料以后，回参保地看病也能报销，报销水平不低于跨省转诊。</source>
            <translation>The filing stays valid. Treatment in the other place is reimbursed by your home area's local rules. You chose a personal promise: once you hand in the proof, treatment back home is reimbursed too, at no less than the level for a cross-province referral.</translation>
        </message>
        <message>
            <source>备案长期有效。在外地看病按参保地本地的标准报销；确实需要回参保地看病的，报销水平不低于跨省转诊。</source>
            <translation>The filing stays valid. Treatment in the other place is reimbursed by your home area's local rules; if you need treatment back home, it is reimbursed at no less than the level for a cross-province referral.</translation>
        </message>
        <message>
            <source>请输入联系电话，有事好通知您</source>
            <translation>Please enter a phone number so we can reach you</translation>
        </message>
        <message>
            <source>办这件事需要的材料，一次告诉您</source>
            <translation>Everything you need for this, all at once</translation>
        </message>
        <message>
            <source>请核对，没问题就按提交</source>
            <translation>Please check. If all is right, press Send</translation>
        </message>
        <message>
            <source>身份证或医保电子凭证</source>
            <translation>ID card or insurance e-card</translation>
        </message>
        <message>
            <source>现在不用交证明，以后按要求补交</source>
            <translation>No proof needed now; hand it in later when asked</translation>
        </message>
        <message>
            <source>在外地居住或工作的证明（居住证、户口本或工作证明之一）</source>
            <translation>Proof of living or working there (residence permit, household register or work certificate)</translation>
        </message>
        <message>
            <source>医院开的转诊单</source>
            <translation>The referral letter from the hospital</translation>
        </message>
        <message>
            <source>急诊抢救的病历</source>
            <translation>The emergency medical record</translation>
        </message>
        <message>
            <source>出院结算前办好备案，出院时就能直接结算</source>
            <translation>File before the hospital bill is settled, and it can be settled directly when you leave</translation>
        </message>
        <message>
            <source>发票、费用清单和出院小结，回参保地手工报销</source>
            <translation>Invoices, the list of costs and the discharge summary, to claim back at home</translation>
        </message>
        <message>
            <source>代办人的身份证</source>
            <translation>The helper's ID card</translation>
        </message>
        <message>
            <source>临时外出看病，报销比例可能比在家低，最多低{points}个百分点。有效期内可以多次看病。</source>
            <translation>For treatment on a short trip, the reimbursement rate may be up to {points} percentage points lower than at home. You can be treated several times while it is valid.</translation>
        </message>
        <message>
            <source>备案类型</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>就医地</source>
            <translation>Place of treatment</translation>
        </message>
        <message>
            <source>病种</source>
            <translation>Illness</translation>
        </message>
        <message>
            <source>鉴定医院</source>
            <translation>Assessing hospital</translation>
        </message>
        <message>
            <source>开始日期</source>
            <translation>Start date</translation>
        </message>
        <message>
            <source>结束日期</source>
            <translation>End date</translation>
        </message>
        <message>
            <source>看病情况</source>
            <translation>Treatment so far</translation>
        </message>
        <message>
            <source>联系电话</source>
            <translation>Phone number</translation>
        </message>
    </context>
    <context>
        <name>my_filings</name>
        <message>
            <source>有效</source>
            <translation>valid</translation>
        </message>
        <message>
            <source>已取消</source>
            <translation>cancelled</translation>
        </message>
        <message>
            <source>已受理，等网络恢复上传</source>
            <translation>accepted, will upload when the network is back</translation>
        </message>
        <message>
            <source>没办成</source>
            <translation>not done</translation>
        </message>
        <message>
            <source>已申请，等医院鉴定</source>
            <translation>Applied, waiting for the hospital's assessment</translation>
        </message>
        <message>
            <source>医保审核中</source>
            <translation>Under insurance review</translation>
        </message>
        <message>
            <source>审核没通过</source>
            <translation>Not approved</translation>
        </message>
        <message>
            <source>请带上病历到{hospital}做鉴定，医院会在网上登记。</source>
            <translation>Please take your medical records to {hospital} for the assessment; the hospital registers it online.</translation>
        </message>
        <message>
            <source>请带上病历到{hospital}做鉴定。这个病走绿色通道，医院登记当天就能享受待遇。</source>
            <translation>Please take your medical records to {hospital} for the assessment. This condition has a fast track: the benefit starts the day the hospital registers it.</translation>
        </message>
        <message>
            <source>医院已经登记，医保正在审核，{deadline}前审核完。</source>
            <translation>The hospital has registered it; the insurance review finishes by {deadline}.</translation>
        </message>
        <message>
            <source>医保审核没有通过。请到窗口问工作人员。</source>
            <translation>The insurance review did not approve it. Please ask at a service window.</translation>
        </message>
    </context>
    <context>
        <name>person</name>
        <message>
            <source>职工医保</source>
            <translation>employee insurance</translation>
        </message>
        <message>
            <source>居民医保</source>
            <translation>resident insurance</translation>
        </message>
        <message>
            <source>正常参保</source>
            <translation>insured</translation>
        </message>
        <message>
            <source>暂停参保</source>
            <translation>insurance paused</translation>
        </message>
        <message>
            <source>终止参保</source>
            <translation>insurance ended</translation>
        </message>
    </context>
    <context>
        <name>punctuation</name>
        <message>
            <source>，</source>
            <translation>, </translation>
        </message>
        <message>
            <source>；</source>
            <translation>; </translation>
        </message>
        <message>
            <source>、</source>
            <translation>, </translation>
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
            <translation>For reference only; the insurance office's records apply.</translation>
        </message>
        <message>
            <source>时间</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>凭条号</source>
            <translation>Receipt number</translation>
        </message>
        <message>
            <source>医保个人账户余额查询凭条</source>
            <translation>Insurance account balance receipt</translation>
        </message>
        <message>
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>身份证号</source>
            <translation>ID number</translation>
        </message>
        <message>
            <source>参保类型</source>
            <translation>Insurance type</translation>
        </message>
        <message>
            <source>参保地</source>
            <translation>Insured in</translation>
        </message>
        <message>
            <source>账户余额</source>
            <translation>Account balance</translation>
        </message>
        <message>
            <source>余额时间</source>
            <translation>Balance as of</translation>
        </message>
        <message>
            <source>备案类型</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>门诊慢特病备案</source>
            <translation>Chronic illness registration</translation>
        </message>
        <message>
            <source>病种</source>
            <translation>Illness</translation>
        </message>
        <message>
            <source>鉴定医院</source>
            <translation>Assessing hospital</translation>
        </message>
        <message>
            <source>就医地代码</source>
            <translation>Place of treatment (code)</translation>
        </message>
        <message>
            <source>开始日期</source>
            <translation>Start date</translation>
        </message>
        <message>
            <source>结束日期</source>
            <translation>End date</translation>
        </message>
        <message>
            <source>代办人</source>
            <translation>Done by</translation>
        </message>
        <message>
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>门诊慢特病备案凭条</source>
            <translation>Chronic illness registration receipt</translation>
        </message>
        <message>
            <source>异地就医备案凭条</source>
            <translation>Treatment elsewhere registration receipt</translation>
        </message>
        <message>
            <source>可凭凭条号在本机“我的备案”查看进度。</source>
            <translation>Use the receipt number under “My registrations” on this machine to follow its progress.</translation>
        </message>
        <message>
            <source>已受理</source>
            <translation>Accepted</translation>
        </message>
    </context>
    <context>
        <name>staff_queue</name>
        <message>
            <source>异地就医备案</source>
            <translation>Treatment elsewhere</translation>
        </message>
        <message>
            <source>慢特病备案</source>
            <translation>Chronic illness</translation>
        </message>
        <message>
            <source>取消异地就医备案</source>
            <translation>Cancel treatment elsewhere</translation>
        </message>
        <message>
            <source>取消慢特病备案</source>
            <translation>Cancel chronic illness</translation>
        </message>
        <message>
            <source>慢特病申请</source>
            <translation>Chronic condition application</translation>
        </message>
        <message>
            <source>撤回慢特病申请</source>
            <translation>Withdraw a chronic condition application</translation>
        </message>
        <message>
            <source>变更异地就医备案</source>
            <translation>Change of out-of-area treatment filing</translation>
        </message>
        <message>
            <source>审计记录核对</source>
            <translation>Activity record check</translation>
        </message>
        <message>
            <source>以前已备过案</source>
            <translation>already registered</translation>
        </message>
        <message>
            <source>查不到参保信息</source>
            <translation>no insurance record</translation>
        </message>
        <message>
            <source>填写有误</source>
            <translation>an answer was wrong</translation>
        </message>
        <message>
            <source>查不到这个备案</source>
            <translation>no such registration</translation>
        </message>
        <message>
            <source>以前已取消</source>
            <translation>already cancelled</translation>
        </message>
        <message>
            <source>医保系统不受理</source>
            <translation>not accepted by the insurance system</translation>
        </message>
    </context>
</TS>
