/**
 * The built-in lexicon, hand-curated for customer service in zh-Hans, zh-Hant
 * (Taiwan and Hong Kong usage) and English. Format (docs/analyser.md has the long form):
 *
 *   @section [number]        starts a section; the section decides what its terms do
 *   term|term|term: tags      one line, any number of alternative spellings
 *
 * Sections: word sections (@keyword @emoji @sarcasm @complaint @escalation
 * @repetition @insult @threat @danger) add weight to emotions; @negator n,
 * @degree n, @contrast, @concession, @frame and @guard only modify or block.
 * Tags: a angry, x anxious, c confused, d disappointed, n neutral, s satisfied,
 * each followed by its weight (a1.2, d.5); C complaint, E escalation, H hostile,
 * S safety raise a flag; N makes a word also negate the praise after it in its
 * clause (原以为, I thought); >d says which emotion a negated positive turns into.
 * @count + @contact in one sentence (打了五次电话, third time calling) raise complaint;
 * @substance + @leak in one sentence (瓦斯好像外洩, gas … smell) raise safety; so do
 * @device + @hazard in one clause (插座…积水), @vital + @failure (刹车…失灵) and @child + @ingest
 * (宝宝…吞了). @platform + @publish (微博…宣传) raise complaint; @ask then @role in one clause
 * (请…负责人) raise escalation. @aimed + @target in one sentence raise hostile, and so do @aimed + @you
 * (a bare "you", u, 您) in one clause. @body + @swell in one clause (嘴唇…肿, lips swelled) raise safety.
 * @med + @medwrong (配错药, 药袋写三粒…会不会有事, expired … is he ok) and @allergen + @ate raise safety
 * anywhere in the message; @shard + @food (饭里…玻璃渣) and @frail + @fall (我奶奶…摔倒) in one sentence.
 * @mock is praise (佩服, 人才, well done everyone) that reads as hostile sarcasm next to any complaint.
 * Contempt without insult words (你是机器人吧, 听不懂中文, 今天才来上班, do you even read, anyone with a
 * brain) is @insult; asking whether the channel is a bot, or running oneself down, is not.
 * Swearing at the situation (我靠, wtf, 屌) is @aimed: it is abuse only with a target. Threats at "you"
 * (斩你, make you pay, 知道你们公司在哪) raise hostile as well as safety; threats at a third party only safety.
 * Terms are matched after folding (lower case, Traditional to Simplified,
 * full-width to half-width), so one spelling covers both scripts; English terms
 * need word boundaries unless they end in `*` (a stem: complain* matches complained).
 * `{a;b}` inside a term expands to each alternative: `{找;叫}{主管;经理}` is four terms.
 * `~` inside a term skips up to 8 units of the same clause: `两个~不一样` matches 两个页面写的价格竟然不一样.
 * Prefer it (or a pair section) to long `{a;b}` products: every expanded term costs compile time
 * on the first call (about 8 µs each), and a test keeps the built-in lexicon under 30,000 terms.
 * Shape sections (@query @claim @contrary @alt @meaning @hope @stake @deadline) carry no weight:
 * the analyser weighs them in their frame (a source or a contradiction in a question is
 * confusion, a hope and what came of it let-down, a stake with a deadline worry). @demand words
 * (退钱, I demand) are anger that let-down does not soften.
 *
 * Word families (described here rather than in the string, which ships in the bundle):
 *   - Anger words of Hong Kong Cantonese, as strong as 生气.
 *   - Rhetorical questions: "what are you doing?", 到底想怎样, "what kind of attitude is that?"
 *   - Resignation: the customer gives up (disappointed, not calm).
 *   - Nostalgia and expectations: 以前 (used to) turns the praise after it into a let-down, like 原以为.
 *   - Set phrases of mild praise (the negation inside is part of the word): 不差 ≠ 差.
 *   - Confusion: things that vanished, no notice, a question that cannot be answered from the page.
 *   - Wrong deliveries.
 *   - Words that insult only when aimed at someone (see @target): "you're useless", not "the app is useless".
 *   - Escalation: a role (主管, 经理, manager…) after a request verb or "your"/你们(的), or a role-free
 *     request (换个人, 做不了主, someone else, the person responsible). Guards keep the customer's own
 *     manager out ("my manager", "I'm the office manager"), and running oneself down ("dumb question",
 *     我真是个傻瓜) out of hostile.
 *   - Danger by family: fire and smoke, heat and melting, batteries, gas, shocks and wiring, injuries,
 *     swallowing and choking, allergies and food poisoning; threats; self-harm (also Cantonese).
 *   - Confusion: not following, contradictory answers (the other agent said…), which one / what
 *     difference; disappointment: hopes and trust let down, promises (不是说…), the past (以前不是这样).
 */
export const BUILTIN_LEXICON = `@keyword
{wrong;different} {address;house;door;flat;branch;day;time;date;size;colour;color;item;account}: a.4
{寄;送;发}错地址: a.8
{no one;nobody;no-one} {is picking up;picks up;is answering;is responding;responds;ever answers}|没人接|冇人听|没有人接|都没人听: x.8
嬲|好嬲|激嬲|火滚|扯火|好火|激死|谷气|忍唔住: a1.6
搞什么{;鬼;啊;呀;嘛;东西;飞机}|什么鬼{;啊}|到底在{干什么;干嘛;搞什么}|到底想怎样|到底想怎么样|你们想怎样|你想怎样|是在搞什么|干什么吃的|干嘛吃的|怎么做事的|怎么办事的|会不会做事|这叫什么|这算什么|算什么服务|什么破|做咩呀|搞乜嘢|点做嘢|what {kind;sort} of {attitude;service;company;business;support;answer;response;customer service}|half an answer|what gives you the right|who gave you the right|who do you think you are|how is that acceptable|how is this acceptable|how hard can it be|how hard is it|is this a joke|is that a joke|are you serious|you can't be serious|{what;why;how;where} on earth|is that how you treat|is this how you treat|听不懂吗|看不懂吗|听得懂吗|are you deaf|can't you read|can you not read: a1.6
就这样吧|那就这样吧|好吧就这样吧|就这样了|只能这样了|也只能这样|只好这样|只能认了|随便吧|随便你|爱咋咋地|无所谓了|不抱期待|不抱期望|不抱什么希望|懒得说了|不想再说了|算数啦|算啦|冇所谓|fine, whatever|never mind|nevermind|it is what it is|doesn't matter anymore|does not matter anymore|don't even care anymore|don't care anymore|{don't;don't even;do not} know what to say|i give up|i'm done|i am done: d1.2
以前|以往|从前|曾经: N
变成这样|变这样|变成这个样子|大不如从前|不像以前|今非昔比|结果还是|结果又: d1
不差|也不差|并不差|还不差|不算差|不坏|还不坏|不算坏|蛮不错|比想象的好|比想象中好|比我想象的好|比我想象中好|比预期好|比预期的好|超出预期|超预期|名不虚传|名副其实|可靠|not too bad|not half bad|can't complain|cannot complain|better than expected|better than i expected|exceeded my expectations|exceeded expectations: s.8
不见了|消失了|凭空消失|莫名|清零|归零|没有任何通知|没有通知|没通知|disappeared|vanished|went missing|gone missing|out of nowhere|for no reason|without notice|without any notice|no notice|{wasn't;was not;never} notified|didn't notify|mean?|or not?|{won't;doesn't;does not;didn't} apply|{not being;isn't;wasn't} applied|乜嘢意思|搞唔清|睇唔明: c.8
wrong {delivery;order;package;parcel;product;colour;color;one}: a.8
哈哈|嘻嘻|嘿嘿|lol|haha|hahaha|hehe|lmao|好der: s.5
非常好|特别好|超好|超级好|十分好|好极了|处理得好|做得好|做得很好|服务好|服务很好|态度好|态度很好|效率很高|效率高|很给力|大推|推推|推荐|满分|谢意|表扬|细心|用心|很认真|很负责|非常负责|认真负责|仔细|热心|辛苦|impressive|thoughtful|careful|attentive|thorough|above and beyond|reliable: s1 >d
耐心等候|耐心等待|请耐心|be patient|please be patient|bear with us: n.1
不想说什么|无话可说|不知道说什么|what to say|nothing more to say|no words|forget it|lesson learned|买个教训|当买个教训|就当|不想再|累|心很累|not what i paid for|not what i ordered|guess not|i guess not: d1
原以为|本以为|还以为|原本以为|本来以为|本来还以为|原来以为|满心以为|以为会|说好的|号称|明明说|不是{说;答应;承诺}|唔系话|i thought|i assumed|i was hoping|was hoping|was supposed to|were supposed to|is supposed to|was promised|were promised|you promised|you said it would|advertised|used to be|you used to|it used to: d.8 N
该找谁|找谁|该问谁|问谁|who am i supposed|what am i supposed|where am i supposed|how am i supposed|am i supposed to|supposed to mean|what is that supposed|which is it|can't tell|cannot tell|can't work out|怎么不能|怎么会|怎么变成|how come|嗯?|蛤|啊?|hm?|hmm?: c1
在吗|在不在|有人吗|有没有人|anyone there|anybody there|are you there|hello?: x.6
联络不到|联系不上|联系不到|找不到人|打不通|{can't;cannot;unable to} reach|can't get {hold of;through}|won't let me in|can't get in|last day|最后一天|截止|rent is due|due today|is due|due tomorrow|today is the last|help!|pls|plz: x1
生气|气死{;了;我了}|气炸{;了}|好气|火大|恼火|愤怒|发火|怒了|忍无可忍|岂有此理|欺人太甚: a1.6
无法接受|不能接受|接受不了|不可接受|受不了|过分|离谱|离晒谱|搞错没有|有没有搞错|有完没完|有冇搞错|凭什么|到底怎么回事: a1.4
无语|无言|傻眼|服了|我服了|醉了|呵呵哒: a1.1
不满: a1.3
太差|差劲|很差|真差|超差|烂: a1.2
垃圾服务|服务态度差|态度差|态度恶劣|什么态度|这什么态度|敷衍|应付我|推卸|推三阻四|打官腔|不负责任|没人负责|耍我|糊弄|忽悠|拖延|一拖再拖|拖着: a1.2
浪费时间|浪费我时间|白跑|太麻烦了|麻烦死了|烦死了|很烦|超烦|好烦|烦人|不耐烦|恶心|坑人|坑爹|太坑|被坑|扯|夸张|机车|不爽|荒唐|可笑|笑话|吃相: a1.1
有什么用|废话|睁眼说瞎话|说瞎话|乱扣|乱收费|多收|扣我钱|扣了我|偷偷扣|强制|无良|顶唔顺|头都大: a1.2
到底|究竟|还要等多久|要等到什么时候|等到什么时候|拖到什么时候|什么时候才|几时先|又是|又要|又来|又出问题|又坏了|又没了|再次|屡次|每次都: a.6
angry|furious|outraged|livid|mad at|pissed|infuriat*|enraged|fuming|seething|irate: a1.6
annoyed|annoying|irritat*|frustrat*|fed up|sick of|sick and tired|had enough|enough is enough|done with you: a1.3
unacceptable|ridiculous|absurd|outrageous|disgrace*|disgust*|insult*|appalling|atrocious|shocking service|shameful|shame on you|how dare: a1.5
terrible|horrible|horrendous|awful|worst|joke|unprofessional|rude|sloppy: a1.3
waste of time|wasting my time|wasted my time|waste of money|run around|excuse*|lied to|lies|lying|ignoring me|ignored|being ignored|fobbed off|brushed off|nonsense|bs|what the hell|what the heck|are you kidding|you kidding me|unbelievable|right now!|sort it out: a1.1
overcharg*|double charg*|charged twice|charged me twice|hidden fee*|rip off|ripoff|rip-off|ripped off|gouging: a1.3
还是没|还是不|仍然没|仍然不|依然没|依旧没|还是一样|still|yet again|once again|still {not;no;hasn't;haven't;isn't;doesn't;waiting;broken}|again|反复|又一次: a.5
机器人|是机器人吗|有意思吗|有意思吧|复制粘贴|同一句话|同样的话|一模一样的{话;回复;答案}|一样的回复|千篇一律|罐头{回复;讯息;信息}|broken record|same old|heard it all before|same excuses|a bot|this a bot|are you a bot|a robot|copy-paste|copy paste|copy and paste|same answer|same reply|same response|canned response|scripted|is anyone|anyone actually|does anyone even|会不会修|会不会做|会不会用|懂不懂|know what they're doing|know what you're doing|do your job|do you even|不想跟你说|不想跟你讲|不想再跟你|懒得跟你|done talking to you|拖了|拖太久|拖这么久|dragging on|dragged on|dragging this out|didn't show up|did not show up|never showed up|never turned up|no-show|no show|not even a call|not even an email|not even a text|说不来就不来|放鸽子|放我鸽子|爽约|连个电话|连通电话|连个解释|waited all day|waited at home all day|等了一整天|等了一天|等了整整|送错|发错|寄错|搞错|弄错|took forever|takes forever|taking forever|吃亏: a.8
poor|poorly|painfully slow|late|差|质量差|服务差|慢|龟速|很瞎|超瞎|好瞎|太瞎|瞎扯|打混|摆烂|气噗噗|激气|搞乜|been patient|been very patient|been more than patient|been extremely patient|run out of patience|running out of patience|losing patience|lost patience|耐心有限|没耐心了|耐心耗尽: a1
broken|damaged|squashed|压扁|压坏|defective|faulty|cracked|smashed|shattered|坏了|破损|碎了|摔坏|质量问题|次品|残次品|瑕疵: d.7
not working|{doesn't;does not;doesnt;won't;wont} work|stopped working|keeps {crashing;dropping;disconnecting}|down again|用不了|不能用|打不开|登不上|连不上|断网|掉线|闪退|没信号|没网|停电|停水|故障: a.5
失望|大失望|令人失望|心寒|寒心|心凉|心淡|灰心|伤心|难过|心累|好累|太累了|遗憾|可惜|后悔|白等|白花|白买|白高兴|唉|哎|算了|罢了|无奈|没办法|没辙|认了|认栽|不抱希望|不指望|指望不上|郁闷|沮丧|懊丧|委屈|受委屈|冤枉|以前{不是;不会}这样|没想到会|想不到会|万万没想到|{本来;原本}{;很;挺}期待|满心期待|满怀期待|白期待|期待落空|空欢喜|一场空|看错{你们;你;人}|信错|枉我|亏我: d1.2
辜负|期望落空|大跌眼镜|跟宣传不一样|与描述不符|not as described|not as advertised|货不对板|不如以前|大不如前|越来越差|再也不会|再也不买|不会再|再也不用|最后一次|拉黑|卸载|销户|取消订阅|退订|转网|换一家|换别家: d1
disappoint*|let down|letdown|let me down|expected better|expected more|expected {a bit;a little;a lot;much} more|better than this|not what i expected|sad|saddened|upset|heartbroken|unfortunately|sadly|shame|a pity|pity|regret*|sigh|oh well|whatever|meh|gave up|give up|giving up|lost faith|lost trust|never again|won't be back|wont be back|not coming back|last time i|used to love|cancel my|cancelling|canceling|switching to|moving to another|not impressed|underwhelm*|deflated|gutted|bummed|not what i {was promised;hoped for;signed up for}|looking forward to|high hopes|hoped for|had hoped|i trusted you|trusted you|loyal customer|this is how you treat|dishearten*|{didn't;did not;doesn't;does not} live up|for nothing|wanted this to work: d1.2
急|着急|急急急|十万火急|火烧眉毛|赶紧|赶快|快点|快啲|快些|尽快|马上|立刻|立即|等不及|来不及|赶时间|催|加急|紧急|救急|怎么办|咋办|点算|担心|担忧|害怕|怕|慌|心慌|焦虑|不安|睡不着|坐立不安|求求|求你|拜托|麻烦快|在线等|今天必须|今天就要|明天就要|明天要|要来不及了|惊: x1.1
还没|一直没|至今没|迟迟|都没到|没到|没收到|还没到|还没收到|未收到|未到账|没退|未退款|没动静|卡住|卡在|进度|多久|什么时候|几时|何时|等了{;好久;很久;半天}|等咗|等了一周|几天了|好几天|一个星期了|一周了|半个月: x.6
urgent|urgently|asap|a.s.a.p|emergency|hurry|quickly|immediately|right away|right now|as soon as possible|time-sensitive|time sensitive|deadline|running out of time|no time|need it today|need it by|need this today|need this by|before tomorrow|by tonight|tomorrow morning|worried|worry|worrying|anxious|nervous|scared|afraid|panic*|freaking out|stressed|stressful|desperate|desperately|please hurry|help me|please help|what do i do|what should i do|what can i do|stuck|stranded|locked out|can't access|cannot access|can't log in|cant log in|{haven't;have not;not} received|{not;hasn't;has not} arrived|where is my|where's my|when will|how long|any update|any news|still pending: x1
不懂|看不懂|搞不懂|弄不懂|听不懂|不明白|搞不明白|没搞懂|不清楚|搞不清|弄不清|什么意思|啥意思|咩意思|怎么回事|咋回事|什么情况|啥情况|找不到|不知道怎么|不知道该|不知道要|不知道为什么|为什么会|糊涂|搞糊涂|懵|一脸懵|一头雾水|云里雾里|晕了|看晕|矛盾|对不上|说法不一|说的不一样|不一致|到底是|到底要|到底哪|唔明|唔知|点样|咩事|雾煞煞|看嘸|虾米|有点乱|有啲乱|好乱|混乱|{不太;不是很;搞不太}{懂;明白;清楚}|没{看;听}{懂;明白}|唔系{好;几;咁}明|即系点|即系咩|乜意思|点解会|你的意思是|{该;要}选哪|哪一个|{什么;啥;咩;乜}{区别;分别}|在说什么|没找到|找了半天|该{干嘛;做什么}|下一步{该;要}怎么: c1.1
confused|confusing|confusion|{don't;do not;dont;didn't;not} understand|{doesn't;does not;doesnt} make sense|makes no sense|make sense of|what does {this;that;it} mean|what do you mean|unclear|not clear|not sure|unsure|no idea|{i'm;im;i am;totally;completely;a bit} lost|puzzled|baffled|perplexed|contradict*|inconsistent|which one|{can't;cannot;cant} find|{can't;cant} figure|huh|wait what|{don't;do not;didn't;dont} {get it;follow}|not following|you lost me|no clue|not a clue|{don't;do not} know {what;how;which;where}|says another|said another|different {things;answers}|conflicting|mixed messages|{other;last;another} agent said|but you said|difference between|or that one|explain {what;why;how;this}: c1
在哪|哪里找|怎么弄|怎么操作|怎么用|怎样操作|如何操作|how do i|how can i|how does|where do i|where can i find|为啥|为什么|点解|why|why {is;was;does;did;hasn't;haven't;isn't}: c.4
谢{谢;啦;了}|多谢|感谢|感激|感恩|唔该晒|满意|好评|五星好评|五星|点赞|赞|棒|太棒了|给力|专业|贴心|周到|耐心|热情|高效|及时|迅速|神速|靠谱|放心|安心|开心|高兴|喜欢|很好|挺好|太好了|真好|好用|好正|顺利|完美|解决了|搞定了|处理好了|收到了|已收到|没问题了|ok了|辛苦了|辛苦你了|好在: s1.1 >d
不错|还不错|不赖|还行|还可以|凑合|过得去|到了|可以了|好了|行了|勁|quick|fast|prompt|not bad: s.7
thanks|thank you|thankyou|thx|ty|tysm|cheers|appreciate*|grateful|great|excellent|awesome|amazing|wonderful|fantastic|brilliant|perfect|superb|outstanding|love it|love this|loved|lovely|happy|glad|pleased|satisfied|delighted|so helpful|efficient|friendly|patient|kind|well done|5 stars|five stars|resolved|sorted|fixed|works now|working now|all good|problem solved|that worked|it worked|relieved|lifesaver|life saver|you rock|legend|good|nice|no complaints: s1.1 >d
no problem|no worries|that's fine|it's fine|its fine|fine|ok|okay|sure|got it|understood|noted|k: n.15
请问|你好|sorry to bother|sorry for the trouble|您好|咨询|想问|想咨询|问一下|查一下|帮我查|查询|了解一下|麻烦你|麻烦您|麻烦帮|不好意思|打扰了|打扰一下|请帮|请协助|好的|好吧|收到|明白了|知道了|没事|没关系|不要紧|不客气|唔该|hi|hello|hey|good morning|good afternoon|quick question|i'd like to|i would like to|could you|can you|please: n.15
wrong|mix-up|mixed up|weeks|ages|forever: a.4
延误|延迟|误点|delayed|delay: a.7
怎么用不了|怎么不行|怎么没用|是要怎么|是要怎样|要我怎么|要我怎样: c1
closes in|closing in|leaves in|departs in|starts in|minutes left|hours left|马上就要|就要停止|快要|快关了|快截止: x.8
took three weeks|took two weeks|took a week|took a month|took weeks|took months|走了半个月|走了一个月|拖了半个月: a.6
幸好|还好: s.5
有区别|有差别|一回事|同一个东西|差在哪|same thing|the same as|why would|{doesn't;does not;don't;didn't} match|not matching: c1
难受|泄气|打脸|无力|唏嘘|被遗忘|早知|哭|跌到谷底|不再是|连你们也|ruined|never came|i get nothing|don't matter|kick in the teeth: d1
missed|错过|没赶上|泡汤: d.8
哭|cry|cried|crying|in tears: d.6
老用户|老客户|老顾客|老会员|旧会员|老主顾|第一批|多年|这么多年|{用;买;续;当;做;住;办;订}了{两;三;四;五;六;七;八;九;十;十几;二十;几;好几;很多}年|{两;三;四;五;六;七;八;九;十;十几;二十;好几}年的|customer since|member since|with you since|been with you|customer for|member for|flown with you|banked with you|so many years|years with you|loyalty|new customers|new sign-up*|new members|新用户|新客户|新会员|新办的: d.6
被偷|被盗|盗刷|stolen|hacked|got into my account: x1
麻烦: n.15
{doesn't;does not;don't} add up|not adding up|can't be right|how does {that;this} work|how is that possible|am i missing something|is {that;this} right?|the right place|zero idea|{bit;little;kind of;so} lost|lost here|explain like|{can someone;could you;please;can you} explain|{nobody;no one} {told;explained}|two different|which is {correct;right}|the difference|{dumb;stupid;silly} question*|feel {stupid;dumb;silly} asking|{i'm;probably;must be} being {an idiot;stupid;dumb;thick;silly}: c1
or {do i;should i;is it;just the;am i}: c.6
哪去了|去哪了|跑到哪|多出来的|多出的|哪来的|是什么{钱;费}|什么费用|以{哪个;什么}为准|哪个{才对;是对的}|边个先啱|听谁的|没人告诉|没有人告诉|冇人话我知|怎么{算;计算}|点计|{两;三;几}个{答案;说法}|翻了半天|{搵;睇}唔到|是怎样|转给谁|两种说法|{有;有什么;有乜}{不同;分别;唔同}|不一样吗|一会儿|又变成|能一起用吗: c1
会{不;唔}会{被;有事;出事;上不了;赶不上;来不及}|万一|赶不上|赶唔切|误机|紧张|急死|need to know|in bits|beside myself|worried sick|terrified|petrified|{might;going to;gonna} miss|will i {miss;lose}|lose my {job;flat;house;home;money}|leave the house|what do we do: x1.1
行吧|好吧好吧|…好吧|{说;讲;说了;问了;打了;催了;讲了;讲咗}{也;都}{没用;冇用}|说了也白说|白搭|不了了之|嘥气|破防|心碎|想哭|哭了|失落|心灰意冷|扫兴|冇癮|不是吧|也{坏了;是坏的}|一样的毛病|also {broken;faulty;damaged}|same {problem;issue} again|smh|as usual|typical|should{ have;'ve} known|what did i expect|not surprised|stopped expecting|last straw|累赘|不期待了|不抱任何希望|{钱;东西;退款}{我;}{也;都}不要了|白来|白折腾|白费|{压;逼}{得;到}{我;}喘不过气: d1.2
at least: d.5
so much for|{原本;本来}諗住|仲以为|本来想: d.8 N
圈粉|回购|还会再来|继续支持|良心|物超所值|超值|没毛病|无可挑剔|惊喜|诚意|给{换;退}了|换了新的|补发了|到账了|收到退款|no issues|zero issues|no problems at all|{went;going} smoothly|smooth|hassle{-; }free|painless|seamless|tidied up|spotless|your patience|my {thanks;gratitude}|heartfelt|made {it;things;this} easier|thank yo*|tyvm: s1.1 >d
延期|改期|推迟|弄丢|搞丢|丢件|lost my {parcel;package;order}|you lost: a.8
未经{我;本人}{;的}同意|没经{;过}我{;的}同意|谁{让;允许}你们|私自|擅自|without my {consent;permission}|{never;didn't} {authorise;authorize;agree to;sign up for}: a1.2 C
说到做到|i swear: a.6
{i'm;i am;im} done {talking;with you;with this company}: a1.2
{修;做;搞;弄}了个什么|{修;装;换}完{;之后;后;回来}|{after;since} your {service;repair;engineer;technician;visit;installation;driver}: a1
跑路|卷款|人去楼空|收{了;咗}钱就{不理;唔理;不管;失踪;消失}|{every;each} time i {call;ask;chat;contact;ring;email}|{问;说;讲}最后一{遍;次}: a1 C
@demand
{还在;仍在;一直在;继续;照样;仲喺度}{扣;收}{钱;款;费;我钱}|still {charging;billing;taking money from} me|{keep;keeps;kept} {charging;billing} me: a1.2
退钱|还钱|赔钱|赔偿|必须赔|给个说法|给我个说法|讨个说法|给我解释|给我一个解释|立刻处理|马上处理|要求退款: a.8
i demand|demand a|refund now|fix this now|give me my money back: a1.1
@emoji
😡|🤬|😠|👿|💢: a1.5
😤|😒|😑|🙄|-_-|-.-|😾: a1.1
😞|😔|😢|😥|💔|😿|😩|😫|☹|🥲|:(|:-(|:'(|t_t|t.t|qaq|orz: d1.2
😭: d.8 x.8
😰|😱|😨|😟|😧|😬|🥺|⏰|🆘|>_<: x1
🙏: x.4 s.3
🤔|😕|🫤|😵|❓|❔|🤷|:/|:-/|o_o|0_0|⊙_⊙: c1
😊|😀|😃|😄|😁|🙂|☺|😍|🥰|❤|💕|👏|🎉|✨|💯|🌟|⭐|😘|🤗|:)|:-)|:d|=)|^_^|^^|xd|233: s1.1
😂|🤣|😅|😆: s.5
👍|👌|🥹: s.6
@sarcasm
你们说什么都对|你说的都对|说什么都对|你们说的都对|you're always right|you are always right: a1
呵呵|好棒棒|真棒棒|真行|真有你的|真有你们的|可真行|厉害了|666|谢谢你们啊|谢谢你全家|好一个|真是谢谢|thanks for nothing|thanks a lot for nothing|yeah right|yeah, right|sure you will|what a joke|what a surprise|slow clap|oh great|oh wonderful|oh perfect|just great|just perfect|just what i needed|love how|love that you|love waiting|great job guys|bravo|🙃|🙂🙂: a1
@frame
真是|可真|真的是|还真是|实在是|简直|what a|such a|wow,|oh wow|real
@complaint
投诉|客诉|申诉|举报|检举|告你|起诉|打官司|律师|法院|维权|曝光|媒体|记者|上新闻|报社|电视台|发微博|发到网上|发网上|挂到网上|放上网|po文|po上网|爆料|黑猫|12315|工信部|消协|消费者协会|消保官|消保会|消基会|消委会|工商|市场监管|监管局|监管部门|银保监|银监会|金管会|民航局|上级部门|差评|负评|一星|一颗星|零分|欺骗|骗人|骗钱|被骗|诈骗|欺诈|虚假宣传|虚假广告|假货|挂羊头|坑钱|黑钱|吞钱|卷钱|霸王条款: a1 C
骗子|诈骗集团|诈骗犯|黑心|奸商|吸血鬼|{骗子;诈骗;黑心;无良}公司|scammers|crooks|liars|thieves|con artists: a1.4 C H
complain*|file a complaint|filing a complaint|fca|asic|ofwat|fos|report you|reporting you|report your company|reported you|bbb|better business bureau|ombudsman|regulator|fcc|ftc|cfpb|ofcom|ofgem|trading standards|consumer protection|consumer affairs|attorney general|small claims|sue you|suing|lawsuit|legal action|lawyer|solicitor|chargeback|dispute the charge|dispute with my bank|bad review|negative review|1-star|1 star|one star|one-star|zero stars|trustpilot|yelp|google review|post this online|post about this|tweet about|all over social media|go to the press|the media|news channel|scam|scammed|scamming|fraud|fraudulent|cheat*|conned|false advertising|misleading|lied|bait and switch|stole my money|steal*|theft: a1 C
{要;去;会}报{警;案}|to the police|police on you|local paper|newspaper|watchdog|偷{我;}{的;}钱|抢钱|明抢|打劫|a con|con job|robbery|robbing|robbed me: a1 C
投诉{了;咗;}{也;都}{没用;冇用}: d1.2 C
@escalation
{你们;你哋;你;贵公司;贵行;贵司;要}{;的;嘅}{主管;经理;领导;负责人;老板;上级;上司;店长;管理层;老细;高层;上层;院长;校长;站长;厂长;行长;主任;总监;老总;组长}|你们头|换个{能;懂;专业;有经验;有权限}|换一位|换{一个;位}{人;客服;专员;负责;能;懂}|能做主的|能{做;}决定的|能拍板|说了算的|说话算数的|有权限的|管事的|{做;作}不了主|话{;得;到}事|揸fit|更高级别的人|更高层|上面的人|换个人|换人|换个客服|{有没有;有冇}{主管;经理;领导;负责人}|{转;找;要;接;转接}人工|人工{客服;服务;坐席}|真人客服|{转;找;要}真人|搵真人|{主管;经理;领导;负责人;老板}{出来;来;呢;出嚟;嚟}|上级处理|升级处理|升级投诉|往上报|上报: a.8 E
manager|supervisor|someone in charge|person in charge|who's in charge|someone senior|senior staff|higher up|higher-up|your boss|your superior|team lead|team leader|escalat*|head of|ceo|management|speak to someone who can|talk to someone who can|someone with authority|your {team lead*;superiors;director}|more senior|someone {higher;above you;competent;who knows}|higher authority|higher-ups|above you|over your head|person responsible|whoever {is;'s} in charge|{speak;talk} {to;with} someone else|someone who can actually|someone who can make|someone who can decide|make a decision|can make decisions|{to;with;need;want;me} {a;an} {human;real person;actual person;real human;actual human;live agent;live person;human agent;human being}|a human please|someone real|not a bot|{talk;speak} to a person|{transfer;put} me {to;through to} {someone;somebody;anyone;whoever;them;him;her;a human;a real;a person}|pass me {up;on;to}|up the chain|{pass;send;kick;bump;take} {this;it} {up;higher;further}|above your {level;pay grade;head}|someone above|whoever runs|who runs this|head office|with the authority|with authority|senior {manager;member;person;agent;advisor;team}|get me someone: a.7 E
@repetition
{wrong;different} {address;house;door;flat} again: a.8 C
{说了;讲了;问了;打了;打咗}{几遍;多少遍;好几次;几次;无数;很多次;多少次}|一次又一次|三番五次|再三|一次都没|从来没有回|没有回过|没回过|没回电|不回电|一直没人|一直没有人|{没人;没有人}{回复;回应;回;理;管;处理}|不回复|不回消息|不回我|不理我|已读不回|石沉大海|杳无音信|音讯全无|冇人覆|不回覆|未回覆|没回覆|催了|催了好几次|催了很多次|再问一次|再说一遍|再说一次: a.8 C
how many times|times now|again and again|over and over|repeatedly|for the last time|never called back|never called me back|never happened|keep asking|kept asking|keep calling|kept calling|{no one;nobody} {replied;responded;got back;answers;answered;has;called;bothered;cares;rang;phoned;emailed;contacted;came;turned up;showed up}|no reply|no response|never {replied;responded;got back;heard back}|haven't heard back|not heard back|still haven't heard|still no reply|still no response|no answer|left on read|ignored my: a.8 C
{已经;这已经;这是;已经是;都}第{三;四;五;六;n;几;好几;无数}{次;遍;趟}|第{三;四;五;六;n;几;好几}{次;遍;趟}了|白跑{两;三;四;五;几;好几}{趟;次;回}|{third;fourth;fifth;sixth;nth;umpteenth;3rd;4th;5th;6th} {time;email;mail;message;call;letter;attempt;request;chat;complaint;lock;visit;delivery attempt}|{second;third;fourth;fifth;nth;umpteenth} time {now;today;this week;this month;this year;in a row;running}|for the {second;third;fourth;fifth;nth;umpteenth} time|耳朵{都;}{长茧;起茧;生茧}|听到{耳朵;烂}|{谁也没;谁都没;都没人;完全没人;冇人}{联系;联络;回复;回;理;打给;跟进;call}|{没人;没有人;冇人}{联系;联络;打电话给;回电;跟进;call}|every single {time;month;week;day}|not one reply|not a single reply|not one response: a.8 C
@count
{六;七;八;九;十}{次;遍}|{两;三;四;五;几;好几;多少}趟|{six;seven;eight;nine;ten;twenty;a dozen;dozens of;umpteen;numerous;a hundred;6;7;8;9;10;12;20} times: a.3
第{二;三;四;五;n;几}次|第三遍|{两;三;四;五;几;好几;多少}{次;遍}|{六;十;2;3;4;5;好多;很多;无数;几百;n;多}次|不下{五;三}次|{second;third;3rd;fourth;fifth;4th;5th} time|umpteenth|twice|{three;four;five;3;4;5;many;multiple;several;countless;so many;a dozen;at least five;at least three} times: a.3
@contact
约|约了|预约|reported|reporting|report it|flagged|问|讲|说|催|追|问咗|讲咗|话咗|催咗|追咗|搵咗|寄信|sent|send|sending|submitted|uploaded|phoned|rang|rung|chased up|followed up|following up|written|been in touch|on hold|hung up
打电话|打了|打过|打来|打咗|来电|致电|联系|联络|问了|问过|询问|反映|反馈|说了|讲了|说过|讲过|提了|找了|找过|发了|留言|写信|邮件|申请了|call|calling|called|ask|asking|asked|write|writing|wrote|email|emailing|emailed|contact|contacting|contacted|chase|chasing|chased|message|messaging|messaged|reach out|reached out|raise|raised|request|requested|explain|explaining|explained|told you|telling you|repeat myself|said|say|saying|told|tell|telling|mentioned|repeated|repeating
@substance
gas|natural gas|propane|lpg|煤气|燃气|瓦斯|天然气|石油气
@leak
leak|leaking|leaks|leaked|smell|smells|smelling|smelt|odour|odor|泄|漏|外泄|泄露|味|味道|气味|嘶嘶|hiss*
@insult
{垃圾;破;烂}{公司;客服;银行;平台;商家;店;机构;航空}|草台班子|来乱的|就你这{水平;种}|你这{水平;种人}|不配{坐;做;当}|{唔;冇人;没人}识做嘢|复读机|{你;你们}是机器人吗: a1.2 H
废物|白痴|傻逼|傻b|傻x|煞笔|sb|脑残|智障|蠢|笨蛋|混蛋|王八蛋|人渣|狗东西|去死|滚|闭嘴|他妈的|tmd|操|干你|干您|机掰|白目|猪头|吃屎|食屎|仆街|扑街|冚家铲|屌你|你老母|冚x铲|畜生|禽兽|狗日|戆居|有病吧|有病啊|神经病|强盗|流氓|无赖|不要脸|贱: a1.6 H
没脑子|废柴|弱智|猪脑|饭桶|窝囊废|狗屁|放屁|屁话|混账|傻子|傻瓜|去你的|尼玛|草泥马|cnm|nmsl|痴线|黐线|收皮|死开|粉肠|北七|三小|干什么吃|冇脑|{会不会;能不能;}{说;讲}人话|听{不;得;唔}{懂;明}人话|没长脑|有没有脑|有冇脑|有无脑|脑{子;袋}{有问题;进水;坏了;装屎}: a1.6 H
idiot*|stupid|moron*|dumb|dumbass|imbecile|clown|fool|fools|jerk|jerks|loser|losers|scumbag*|crook*|liar|thief|bastard*|asshole*|arsehole*|dick|prick|shitty|bullshit|crappy|fuck you|fuck off|fuck u|fck|fk|screw you|screw u|f you|f u|f off|eff you|eff off|🖕|go to hell|shut up|bitch*|piss off|sod off|get lost|brain dead|braindead|clueless|bunch of|, genius|{可真是;真是}{个;}天才{呢;啊}|stfu|incompetent|incompetence|clowns|circus|imbeciles|buffoons|amateurs|have a brain|no brains|brainless|half a brain|what is wrong with you|what's wrong with you|whats wrong with you|wrong with you people|get a brain|are you blind|{useless;pathetic;hopeless;worthless;incompetent;clueless;lazy} {bunch;lot;company;firm;outfit;shower;people;airline;bank;idiots;morons;clowns;muppets;cowboys}|{pathetic;sorry;poor;useless;lousy;miserable} excuse for|joke of {a;an} {company;business;service;airline;bank;shop}|f**|f*ck*|f*k|sh*t*|s**t|b*tch*|a**hole*|muppet*|sleaz*|glorified|script-reader|script reader|answering machine|some nerve|the nerve|brain-dead|plonker*|tosser*|wanker*|twat*|jokers|cowboy outfit|shower of|bloodsucker*|leeches|vultures|parasites|{scam;shady;dodgy;crooked} {outfit;operation;company}: a1.6 H
废到笑|{冇;没}一个{识做嘢;会做事}|蛀虫|寄生虫|土匪|一群{猪;狗;饭桶;小丑}: a1.6 H
@aimed
useless|pathetic|hopeless|a disgrace|a joke|waste of space|good for nothing|no use|garbage|trash|rubbish|suck|sucks|垃圾|没用|没有用|一点用都没有|冇用|一啲用都冇|一啲都冇用|是猪|猪一样|蠢猪|{是不是;系咪}傻|傻{吗;的吗;了吗;㗎}|眼瞎|瞎了|聋了|智商|有病|吃干饭的|狗屎|低能|屌|worthless|on9|🤡|clown show|a farce|shameless|spineless: a1.3
妈的|卧槽|我靠|靠北|靠杯|靠腰|wtf|shit|crap|fuck*|goddamn*: a1.3
@target
you're|youre|you are|you guys|you lot|you're all|you are all|u r|ur|your staff|your agents|your team|your company|your support|your people|your service|this company|you people|y'all|your lot|this place|你|你们|你哋|客服|你们公司|贵公司|贵司|你们家|这家公司|这间公司|呢间公司|成间公司
@you
you|u|ya|your|您|妳
@threat
杀了你|杀你|弄死你|打死你|捅你|斩死你|揍你|打你|扁你|砍你|要你命|你死定了|不会放过你|斩你|打到你|让你好看|kill you|kill u|hurt you|beat you|punch you|shoot you|i'll find you|i will find you|coming for you|make you pay|you'll pay for this|i'll be waiting outside|让你{;们}付出代价|劈{死;}你|黑店|知道你{;们;们公司}{在;住}哪|知{;道}{你;你们}{间;个;的}{铺;店;公司}{喺;在}{边;哪}|{搵;找}人{斩;砍;打;揍;收拾;搞}{你;你们}|把你们{;那儿;那里;那边;店;公司;门店;营业厅}{砸;烧;拆;掀}|i know where {you;your} {work;live;office;store;are;depot;shop;branch;warehouse}: a1.4 S H
砍死|砍人|捅死|炸了你们|放火|砸烂|同归于尽|一起死|报复|找上门|上门找你|堵你|等着瞧|你等着|拿刀|带刀|走着瞧|给我等着|血洗|炸掉|烧掉你们|找人弄你|去你们公司找你|上门算账|{你;你们}{会;}后悔|你{;们}给我小心|{收工;下班}等{住;着}|等住你|{搵;找}人{上门;上你}|给{我;你;你们}好看|闹事|{在;}{门口;外面;楼下}等{着;}{你;你们}|waiting {for you ;}outside|see you outside|meet me outside: a1.4 S
自杀|轻生|跳楼|割腕|不想活|活不下去|想死|寻死|了结自己|结束生命|活够了|不如死了|一了百了|跳河|吃安眠药|遗书|割脉|想不开|唔想{生存;活}|{我;不如;干脆}走{了;咗}算{了;}|我走{了;咗}{大家;家里人;你们}|活{着;得}{真;好;太}{累;攰}|不要醒来|一切都没{有;}意义|撑不下去|{跳;跳落}{下去;落去}|{留;活}{在;喺}{这个;呢个}世界|不想{再;}醒|唔想再醒|{nobody;no one} {will;would;'d;'ll} {miss;care}|won't be missed|{ending;end} things|not be here anymore|{don't;do not} want to be here anymore: d1.4 x.6 S
kill someone|kill somebody|hurt someone|smash your|burn down|burn your|bomb your|plant a bomb|bomb threat|shoot up|gun|stab|come down there|come down to your|show up at your|find where you live|watch your back|get hurt|coming down there|burn the place down|burn this place down|beat the crap|kick your ass|{you'll;you will;you're gonna} {regret;be sorry}|break {your;his} {agent's ;}{neck;legs}|teach {me;you;him;her} a lesson|follow{;ed} me home: a1.4 S
{kill;killing;hurt} myself|end my life|end it all|suicid*|want to die|wanna die|don't want to live|dont want to live|no reason to live|better off dead|self-harm|self harm|take my own life|end myself|not worth living|no point {;in }living|overdose|kms|jump{;ing} off {the;a} {bridge;roof;building}|not wake up|hurting myself|cut myself|cutting myself|wish i {was;were} dead|{don't;do not} want to {be alive;wake up}: d1.4 x.6 S
@danger
着火|起火|失火|火灾|火苗|冒火|冒烟|冒{黑;白}烟|火光|冒冷汗|slurr*|rotten egg*|臭鸡蛋味|喷{热水;开水;蒸汽}|{喊;叫;嗌}救命|screaming for help|不敢{下楼;出门;回家;开门}|knocked {me;her;him;my mum;my dad} {over;down}|can't get up|烟雾|烧焦|焦味|糊味|烧起来|燃起来|自燃|火花|打火|漏电|触电|被电|电了一下|麻手|漏气|一氧化碳|煤气味|燃气味|爆炸|炸开|鼓包|烫伤|烧伤|灼伤|受伤|伤到|流血|出血|割伤|划伤|摔伤|砸伤|骨折|晕倒|昏迷|窒息|喘不过气|呼吸困难|中毒|救护车|急救|送医|进医院|危险|被困|困在|困住|闻到煤气|闻到瓦斯|安全隐患|有隐患|水淹|糊了的味道|电线外露|电击|电梯困人|卡在电梯|有烟|电到|发麻|{外壳;手}{;有点}麻|麻麻的|误吞|误食|噎住|卡{在;}喉咙|呛到|上吐下泻|呕吐|拉肚子|腹泻|吃坏肚子|{送;进;进了;去了;跑了;人在;在}急诊|急诊室|急症室|送院|白车|过敏了|过敏反应|起疹子|裸露|露铜|电线{;都}露|烧化|熔化|烧熔|熔了|过热|烫手|鼓起来|燶味|烧燶|燶咗: x1.4 S
on fire|caught fire|catch fire|catching fire|flames|burning smell|smells burnt|burnt smell|smoke|smoking|smoked|sparks|sparking|electric shock|electrical shock|shocked me|got shocked|got a shock|electrocut*|live wire|exposed wire*|carbon monoxide|explod*|explosion|blew up|too hot to touch|scalded|{burned;burnt} my|burned {his;her}|injur*|hurt my|got hurt|bleeding|broken bone|unconscious|passed out|can't breathe|cannot breathe|choking|ambulance|emergency room|a&e|trapped|stuck in {the;a} lift|stuck in {the;an} elevator|stuck inside|dangerous|danger|unsafe|hazard|flood*|fumes|scorch*|burn mark|fire alarm|short circuit|electrified|live current|sparked|{smell;smells;smelled} {burning;of burning;like burning}|overheat*|melted plastic|swollen|swelling|bulging|tingl*|swallowed {a;an;the;part;one;some}|allergic reaction|anaphyla*|epipen|hives|a rash|food poisoning|poison*|vomit*|threw up|throwing up|diarrh*|sick after eating|got {burned;burnt;cut by;scalded;electrocuted}|cut {my;his;her} {finger;hand}: x1.4 S
@device
插座|插头|排插|插排|拖线板|电线|充电器|充电线|电源|电池|电箱|电表|电闸|总开关|开关|灯|电器|热水器|暖器|电热毯|微波炉|电磁炉|外壳|机身|壳|笔电|电动车|电瓶|充电宝|适配器|socket*|plug*|outlet*|power strip|extension {lead;cord}|wire*|wiring|cable*|charger|cord|adapter|power bank|batter*|fuse*|breaker|consumer unit|light fitting|ceiling light|light fixture|lamp|light switch|switch|appliance|heater|casing|e-bike|scooter
@hazard
漏水|滴水|进水|渗水|积水|浸水|湿了|流到|滋滋|吱吱|噼啪|啪啪|火星|融|熔掉|变形|麻麻|带电|电人|膨|鼓起|胀|翘起|露在外面|露出来|发黑|变黑|黑了|塑料味|胶味|漏液|漏到|leak*|{turned;gone;went} black|{plastic;rubber} smell|burn*|scorched|charred|blackened|singed|{black;scorch} marks|melt*|warped|puffed up|expanding|zap*|buzzing|crackling|fizzing|popping|drip*|wet|soaked|damp|water
@vital
刹车|煞车|制动|方向盘|油门|轮胎|车胎|气囊|高速|brake*|steering|accelerator|tyre*|tire*|airbag*|wheel nuts|motorway|highway|freeway|电梯|升降机|lift|elevator|栏杆|护栏|支架|窗框|玻璃|床板|婴儿床|railing*|balcony|跑步机|treadmill
@failure
松|晃|摇|塌|loose|wobbl*|collaps*|won't stop|停不下来|停唔到|压线|超速|speeding|drunk|酒驾|{卡;停;困}在半空|{层;楼}{之间;中间}|下坠|往下掉|急坠|between {floors;two floors}|dropped|plunged|jolted|shot up|失灵|不灵|失效|没反应|软绵绵|软了|踩不{;太}下|踩到底|锁死|爆胎|突然加速|脱落|熄火|抛锚|fail*|gave out|went soft|gone soft|spongy|grinding|locked up|seized|blew out|blowout|burst|came off|broke down|stalled|lost power|cut out
@child
孩子|小孩|宝宝|宝贝|儿子|女儿|个仔|个女|小朋友|婴儿|bb|狗|猫|狗狗|猫咪|my {son;daughter;kid;child;baby;toddler;dog;cat;puppy;kitten}|toddler|puppy
@ingest
吞|放进嘴|塞进嘴|放入口|放落口|塞落口|swallow*|choked on|in {his;her;its} mouth|ate {a;one;some;part;half}|bit into|干燥剂|洗衣{凝珠;球}|纽扣电池|漂白|bleach|laundry pod*|detergent|silica gel|desiccant|button batter*|magnet|magnets|chewed {a;one;through;on;up}
@body
嘴唇|嘴巴|嘴|舌头|喉咙|脸|眼皮|全身|成身|身上|皮肤|lips|lip|tongue|throat|face|eyes|mouth|skin|whole body
@swell
肿|红肿|出疹|疹子|起{红;}点|swelled|swells|puffy|rash|blotch*|closing|tight|发紧|好紧|有啲紧|有点紧|很紧
@ask
请|找|叫|安排|转|转给|转接|转网点|换|搵|要求|让|见|约|有没有{哪个;哪位;个}|有冇{边个;个}
@role
主管|经理|领导|负责人|负责的|老板|上级|上司|店长|管理层|老细|高层|上层|院长|校长|站长|厂长|行长|主任|总监|老总|组长
@platform
微博|小红书|抖音|朋友圈|脸书|facebook|ptt|dcard|连登|tiktok|reddit|twitter|instagram|youtube|google{ ;}review*|大众点评
@publish
发|po|放上|挂|晒|宣传|写清楚|posting|post {about;this;it}|posted|write about|tell everyone|warn {others;everyone}
@threat
{跟;和;同}{你;你们;佢;他}{没完;冇完;拼了;拼}|拼了|鱼死网破|横着出去|{出了事;出事;发生什么事}{;都}别怪我|别怪我{不客气;翻脸}|后果自负|做出什么事|别逼我|{教训;收拾;废了}{你;你们;他;佢}|{打死;打爆;揍;扁;砍;捅;劈;斩}{他;佢}|打爆你|因住你|找你算账|付出代价|给我记住|泼{汽油;硫酸}|{砸;掀;烧;拆}了你们|把{前台;柜台;店;门市;展厅;办公室;车}{砸;掀;烧}|{店;店里;公司;门市;前台;柜台}{砸了;砸烂;都砸了}|{我就;就去;我去}砸|砸进|带人去|{punch;smack;slap;deck;strangle;batter;beat up;knock out;stab;shoot;hit} {him;her;them;someone;your}|knock {him;her;you;them} {out;down}|knock {his;your} {teeth;block;head}|slash {his;her;your} {tyres;tires}|deal with {him;her}|won't be responsible for|can't be held responsible|{it;things} {will;'ll} get ugly|there{'ll; will} be trouble|you've been warned|last warning|i'm warning you: a1.4 S
活着{真;好;都;也;}{没意思;有什么意思;冇意思}|活{着;著}好累|没有活下去的|不想再活|{我死了;死了}{就;算了;大家}|一死了之|想解脱|离开这个世界|结束这一切|{不如;我}去死|烧炭|从楼上跳|不想醒来|{不如;我}死{咗;左}{算;去}|唔想再活|活唔落去|我不在了|我就不在|{干脆;想}消失|带{孩子;小孩}一起走|can't go on|cannot go on|{don't;do not} see the point|{what's;what is} the point of {being here;living;going on}|no point {going on;in going on}|no way out|better off without me|{nobody;no one} would notice|won't be around|{end;ending} it|tired of {living;life}|done with life|nothing to live for|{want;wanna} to disappear|disappear for good|never wake up|can't keep doing this: d1.4 x.6 S
@danger
{烧;熏;焦}黑|爆燃|{滋滋;噼啪;嘶嘶}响|{被;}关在{里面;电梯}|锁在{车里;里面}|出唔到|困{咗;了;住}人|里面有{人;小朋友;小孩;孩子;老人}|电梯{下坠;坠落;往下掉}|{扎;刺;咬;撞;夹}伤|被{夹;烫}|{烫;砸}到{手;头}|{摔;跌;滑;绊}倒|摔下|头破血流|流{了;}{很多;好多}血|缝{针;了}|骨裂|扭伤|起水泡|{跌;整;辣;烫;电;撞;夹;割;刮;咬}亲|受咗伤|起{红疹;疹}|肿了|呼吸{急;急促;很喘;好喘}|咳不出|一直{;在}{吐;呕}|头{撞;磕}{到;伤;破}|撞到头|肚{子;}{痛;疼}|吃出{玻璃;铁丝;刀片;钉子}|差点{追尾;撞;出车祸;出事;没命}|追尾|车祸|撞车|{报警器;烟感}{响;叫}|{nearly;almost} {crashed;killed}|could{ have;'ve} {crashed;killed;been killed}|car accident|in an accident|lot of blood|{nasty;deep;bad} cut|sharp edge|stitches|hospitali*|fell down|slipped on|tripped over|broke {his;her;my} {arm;leg;wrist;ankle}|sprained|concussion|{had;severe;a} reaction|broke out in|went into shock|piece of {glass;metal}|shard*|made {me;us} ill|been sick since|stomach cramps|{co;smoke;fire} alarm {going off;is going off;went off;keeps going off;has been going off}|carbon monoxide alarm|zapped|{gave;gives} me a shock|bare wire*|wires {hanging;sticking} out|exposed cable*|locked in {the;a;my} {car;room;lift}|{can't;cannot} get out: x1.4 S
@query
要不要|好不好|行不行|能不能|可不可以|是不是|有没有|有冇|有无|对不对|会不会|是否|哪|谁|係咪|使唔使|要唔要|得唔得|算唔算|会唔会|係唔係|whether
@why
怎么|为何|咋
@claim
显示|写着|写住|写咗|写的是|写明|标明|提示|写|话|叫我|让我|又说|又话|一个说|的是|says|shows|showing|states|reads
@already
已经|刚刚|already
@contrary
所以|那我|咁我|即係|即是|so {i;we;it;the;do i;is it;does;should i}|明明|根本|反而|竟然|居然|结果|点知|谁知|才说|才发现|才知道|actually
@meaning
mean|means|meaning|指的是|是指|什么叫|什么是|是什么?|是乜?|是咩?|係乜|what is this|what's this|what is that|what's that
@alt
还是|定係|抑或|或者|or
@hope
生日|纪念日|告别式|葬礼|婚礼|毕业|假期|旅行|演唱会|birthday|anniversary|funeral|wedding|graduation|holiday|concert|期待|盼|专门|特意|特地|满心欢喜|一直觉得|当初|looking forward
@stake
考试|开考|面试|面签|签证|护照|准考证|房租|交租|租金|押金|房贷|月供|工资|手术|航班|登机|学费|学籍|征信|exam|interview|visa|passport|rent|deposit|bond|mortgage|salary|payday|wages|direct debit*|surgery|operation|flight|fly|hospital|tuition
@deadline
快{用;吃}完|只剩|剩下最后|running out|run out|only {one;two;a few} left|bounce*|overdraft|late fee|逾期|违约金|滞纳金|罚款|上征信|今天|今日|今晚|今早|明天|明早|明晚|后天|听日|下周|下礼拜|下星期|下个礼拜|下个星期|天内|days|下个月|这周|周{一;二;三;四;五;六;日}|星期{一;二;三;四;五;六;日;天}|礼拜{一;二;三;四;五;六;日}|分钟|小时|还有{一;两;三}天|today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|minutes|hours|in time|来得及|赶得上|赶得及|赶上
@negator 1
不|没|没有|并没有|并不|从没|从来没|从来没有|从未|未|无|别|非|不是|并非|毫无|毫不|绝不|冇|唔|未曾|not|no|never|don't|do not|dont|doesn't|doesnt|didn't|didnt|isn't|isnt|wasn't|wasnt|aren't|arent|weren't|won't|wont|can't|cant|cannot|couldn't|couldnt|shouldn't|wouldn't|haven't|havent|hasn't|hasnt|hadn't|nothing|neither|nor|without|hardly|barely
@negator 0.5
不太|不怎么|不是很|不算|不大|不够|没那么|没那么样|not very|not really|not that|not so|not too|not quite|not entirely|not exactly
@degree 0.75
有点|有点儿|有些|稍微|稍稍|略|略微|一点|一点点|些许|少少|a bit|a little|a little bit|slightly|somewhat|kind of|kinda|sort of|sorta|a tad|mildly|rather
@degree 0.85
比较|挺|还|蛮|几|fairly|pretty|quite|reasonably
@degree 1.3
真系|很|真|真的|好|超|好生|几咁|相当|颇|very|really|so|too|truly|super|quite frankly|genuinely|deeply|highly|seriously|honestly|100%
@degree 1.6
彻底|有够|好鬼|非常之|非常|特别|十分|实在|万分|超级|巨|贼|超级无敌|极度|extremely|incredibly|absolutely|totally|completely|utterly|terribly|awfully|insanely|unbelievably|exceptionally|thoroughly|beyond|hugely|massively|majorly|bloody|freaking|fricking|damn|so so|very very
@degree 1.8
太|极其|极|最|太太|超级超级|the most|beyond belief|ridiculously|way too
@contrast
但是|但|可是|不过|然而|却|只是|偏偏|没想到|but|however|though|yet|except|still,|although,|nevertheless|that said
@concession
虽然|尽管|虽说|即使|哪怕|although|even though|despite|in spite of|apart from|besides|aside from
@guard
比以前|比之前|跟以前一样|和以前一样|像以前一样|以前一样|you keep calling|keep calling me|keeps calling|they keep calling|you guys keep calling|i mean|忙不过来|不但|不仅|不只|不管|不用|不用了|不必|不得不|不得了|不了|不会吧|不要|不然|要不|不久|没多久|要不然|不如|无论|无所谓|好多|好几|好像|好久|好了没|还好吗|还有|还要|还在|但愿|不知|不同|不止|不少|非要|非得|无关|未来|未必|别人|别的|别处|别家|没准|不准|最近|最后|最好|最新|最快|最迟|最晚|最早|太阳|真相|真实|真人|真名|我妈的|妈妈的|老妈的|累计|累积|连累|积累|操{作;心;控;场}|体操|节操|贱卖|滚{动;筒;轮}|垃圾{桶;分类;袋;短信;邮件;箱;清运;费}|工商银行|差不多|差在|差多少|差几|差{价;额;点;一点;旅;距;异;别;错}|{出;时;相;误;落;偏}差|打火机|火星{时间;人}|拉扯|扯平|://|excuse me|kind regards|smoke alarm|{my;our}{; line; team; store} {manager;supervisor;boss;team leader;team lead}|{supervisor;manager;boss} {called;rang;sorted;fixed;resolved;said;told;promised;approved;already}|{你们;贵公司}{主管;经理;领导;负责人}{有;还;已经;刚才;之前;上次}|{我;我的;我们;我哋}{主管;经理;领导;老板;上司;老细}|{之前;上次}{的;}{投诉;客诉}|{当成;当作}{诈骗犯;骗子}|搞砸|弄砸|考砸|办砸|慢慢|慢用|慢走|{蠢;笨;傻}问题|{i'm;i am;as} {the;a;an}{; office; store; account; team} {manager;supervisor;team leader}|好人|好友|好处|好评价|极速|非常规|超{过;市;时;出;额}|还款|还钱了|no matter|not only|no longer|no one else|no later than|still {on;valid;available;open;happening;possible;ok;active}|not sure if|not yet|{cant;can't;cannot} wait|no doubt|so {far;that;much;many}|very much|too much|too many|pretty much|much appreciated|smoke {test;detector}|i smoke|non-smoking|gas {bill;account;meter;supply;station}|慢性|工商户|旅行社|电话|话费|说话|对话|通话|话题|填写|flood insurance|smoking fast|bomb-proof|good evening|good day|for good|good to know|as good as|fine print|manager's|ceo's|{account;password;download;file} manager|manager app|general manager of|quickly check|in a hurry|cheat sheet|steal deal|great deal|great price|stuck in traffic|no, thanks|no thanks|{get;got;getting;be} used to|used to it|{i'm;i am;feel} {stupid;dumb;an idiot;such an idiot;like an idiot;clueless}|我{真是个;是个;真是;真;太;好;真系;死;真的很;很}{傻瓜;傻子;笨蛋;蠢;白痴;智障;脑残;低能}|{i'm;i am;i feel} so {stupid;dumb}|silly me|stupid me|{话;说}我on9|{到;得}想死|到爆炸|当{我;消费者}{是;}{傻;傻子}|我{快;要;快要}爆炸
@insult
{你;你们;你哋;妳}{;是;系;就是;不是;是不是;咪;系咪;唔系;系唔系}{机器人;机械人;ai;人机;复读机;bot;robot}|人工智障|{跟;同;和}{;个}{机器人;机械人;复读机;牆;木头}{说话;讲嘢;讲话;沟通}{一样;咁;似的}|对牛弹琴: a1.3 H
{是;系}~{新来的;刚来的;新嚟;新人;实习生;临时工;第一天上班;第一日返工}{吧;吗;啊;呀;㗎;咩;?;嚟㗎;嘅}|{今天;今日;昨天;琴日;第一天;头一天;第一日}{才;先}{来;嚟;开始;入职}~{班;返工;做嘢}|{有没有;有冇;没有;冇;未;没;有无}{受过;经过;接受过;上过;做过}培训|{没;冇;未}培训{过;好}|培训{过;咗}{吗;没有;未;冇}|{谁;边个;怎么;点样}{;给你;帮你}培训{的;嘅;你}|培训{是不是;係咪;就;都}只|上班{;就;是;係}{;来}混日子|{来;嚟}混{日子;饭吃;工资;钱}|混日子|{招人;请人;请你}~{不看;唔睇;不用;唔使;不考}{脑;智商;能力;考试;试}|{读;讀}过书{未;没;吗}|识{不识;唔识}字|{你;你们;你哋}{;是不是;係咪}{不;唔}识字|{配;加;注;标}{;上}拼音|{一个字一个字;逐个字}{;地}{念;读;讲;解释}{给;俾}你|要我{畫图;畫个图;畫给你}|{三岁;3岁;五岁;5岁;小学生;幼儿园}~{都;也}{会;懂;知道;明白;识;听得懂;看得懂;听得明;做得到;识讲;识做}|{讲;话;讲咗;话咗}极都{唔明;唔识;唔知;听唔明;唔听}|{讲;说;话}~{你都;你也;你还;你仲;你还是;你都系}{唔明;不明白;不懂;听不懂;唔识;没懂;冇懂;听唔明;听不明白}|{你;你们;你哋}~{耳朵;耳仔;眼睛}~{有问题;是摆设;聋;瞎;坏了;有冇问题;有没有问题;不好使;唔好使}|{是不是;係咪;是}{聋;盲;瞎}{的;}{吗;吧;㗎;咩;?}|{你;你们;你哋}{懂什么;懂个;知道个;识条}|{要我;还要我;仲要我}教{你;你们}|{不想;唔想}{干;做;做嘢}就{别;唔好;不要}{干;做}|{干不了;做不了;做唔到;不会做}就{别;唔好;不要}{干;做}|{干不了;做不了;做唔到;不会做}就{别;唔好;不要}{干;做;佔着}|你{还;仲}没出生|吃的鹽比你|{有在;有冇}用脑|{动动;用用;带点;长点;过过;带下;用下;动下}{脑;脑子;脑袋;脑筋;脑根}|只有收钱的|收钱{倒是;就;的时候;嗰阵}{挺;很;好;最;特别;就}{快;积极;准时;勤快;醒目;利落}|扣钱{倒是;就}{挺;很;好;最;特别;就}{快;积极;准时;勤快;醒目}|{唔好;不要;别;咪}~{识;会;知道}{复制;念;读;copy;贴;重复;复读;叫人等;推卸;说抱歉;讲sorry;照读}|{满意;开心;高兴;得意;爽}了{吧;未}|{满意;开心;高兴}未|你{;们;哋}赢了|菜鳥客服|{你;你们}是来搞笑的: a1.2 H
do you even {read;listen;understand;know;care;work here;speak english;check;look;bother}|did you even {read;look;listen;check;bother}|can you even read|{can;do} you {read;understand} english|learn to read|reading comprehension|read {my;the} message properly|{did;do} they {just ;}{hire;train} you|{hired;trained} you yesterday|{is;was} {this;it;today} your first day|first day on the job|{are;r} you new{; here}|you must be new|who {trained;hired} you|did anyone {train;teach} you|what do they {train;teach} you|{anyone;anybody;someone;somebody;people} with {a brain;half a brain;brains;a clue;common sense;an ounce of sense;a working brain;a functioning brain;any sense;basic sense}|how {are;do} you still {employed;have a job;work here}|how do you {still have;keep} {a;your} job|{are;r} you {a bot;a robot;even human;actually human;human;an ai;a machine;reading a script;deaf;blind;stupid}|are you even {listening;reading;there}|talking to a {wall;brick wall;robot;parrot;machine}|{like;as if} talking to a|{a;even a} {child;monkey;toddler;trained monkey;five-year-old;5-year-old;five year old;5 year old;ten-year-old;chimp} could {do;figure;understand;work out;fix;answer;manage;sort}|even {a bot;a robot;my kid;my son;my daughter;my grandma;my nan;a child;a toddler} ~{do;give;understand;figure;work out;fix;answer;manage;sort}|wow, genius|oh, genius|{well;ok;okay;good one;nice one;cheers;thanks}, {genius;einstein;sherlock}|genius {solution;idea;advice;suggestion;move;answer;plan}|einstein|sherlock|captain obvious|rocket scientist|bright spark|sweetie|sweetheart|sweetie pie|{listen;look} {pal;buddy;mate;lady;sweetie;sweetheart;honey;here}|before you were born|twice your age|older than you|people like you are|it's people like you|{happy;satisfied;pleased} now?|are you {happy;satisfied;pleased} now|proud of {yourself;yourselves}|hope you're proud|you win|{a trainee;an intern;some trainee;some intern;another trainee;a newbie;some kid} {who;that}|{should;ought to} be {fired;sacked}|{get;find} another job|{in;the} wrong job|not fit for {the;your} job|if you can't do your job|do us all a favour: a1.2 H
@aimed
脑子|脑袋|脑筋|用脑|冇脑子|智力|文盲|阅读理解|{像;好似;似;跟}{;个}{机器人;机械人;复读机}{一样;咁;似的}|{像;好似;似;跟}{;个}{机器人;机械人;复读机;鸚鵡}{一样;咁;似的}|{只;淨;就;淨係;只係}{会;识}{复制;念;读;copy;贴;重复;复读;叫人等;推卸}|{只;淨;淨;就;淨系;淨係;只係}{会;识}{复制;念;读;copy;贴;重复;复读;叫人等;推卸}|摸鱼|划水|屍位素餐|佔着茅坑|菜鳥|actually read|bother reading|use your {brain;head}|reading skills|basic english|rocket science|a script|the script|trainee|intern: a.5
@mock
佩服|真佩服|好佩服|人才|真是人才|高手|真有本事|好本事|天才|好厉害|真厉害|神操作|佩服佩服|你们永远是对的|你永远是对的|永远是对的|你们永远都是对的|world class|world-class|well done {everyone;guys;team;all;you lot;folks}|good job {everyone;guys;team;all;folks}|bravo {everyone;guys;team}|highlight of my {day;week;month;year}|top notch|stellar|masterclass|genius|what a service|five stars for|gold star|give yourselves a|pat yourselves|pat on the back: s1
@keyword
{这么;如此;那么;咁}简单的{事;事情;问题;嘢}|{搞;弄;办;做;整}{得;成}{这么;如此;咁;这样;这个样子}{复雜;麻烦;烂;差;难}|{such;this} a simple {thing;request;task;question;job}|a simple {request;task}|how hard is it to|{怎么;到底是怎么;究竟是怎么;到底怎么;点样}{修;装;做;弄;搞;送;包装;检查;审核;管理;教;培训;维修;保養;修理}的|每次都{说;话;讲}|{every time;each time} {you;they} say|{keep;kept} promising|{keep;keeps;kept} {sending;giving;pasting;repeating;copying} {me;the same}|the same {faq;link;script;template}|{没;冇}{任何;}{提前;事先;}通知{就;便;直接}: a1.2
seriously?: a1.1
很机车|好机车|超机车|真机车|太机车|有够机车|机车耶|机车欸|机车喔|机车捏: a1.1
{很;真的;太;挺;比较;有点;有啲;真系;好}一般|一般般|{讲;做;教;服务;质量;味道;效果}得{很;好;}一般|不怎么样|不咋地|不咋样|mediocre|average at best|so-so|nothing special: d1
一直{很;都;挺;好;}{喜欢;支持;信任;相信;信赖;用}|{always;have always;i've always} {loved;liked;trusted;recommended;supported}: d.6
{是;係;系}{不是;咪;唔係}我{理解;看;搞;弄;记;算;读;睇}错|{还是;定係;或者}我{理解;看;搞;弄;记;算;读;睇}错|我{是不是;係咪}{理解;看;搞;弄;记;算;读;睇}错|am i {reading;understanding;doing} {this;it;something} wrong|did i {misunderstand;miss something;misread;get something wrong}|is it me or|or am i {missing;misreading;misunderstanding}|or did i {misunderstand;miss;misread}: c1.1
{两;2;三}{张;个;份;种;处;边;个地方;个页面;个人}~{不一样;唔一样;唔同;不同}: c1.1
好有心|有心|搞掂|搞掂咗|即刻搞掂|好快手|好细心|好贴心: s1.1 >d
just letting you know|just a heads{-; }up|heads{-; }up|fyi|for your information|thought you should know|thought you'd want to know|might want to|顺便说一下|提醒一下|顺便提醒: n.8
或者是诈骗|是诈骗吗|是不是诈骗|诈骗{短信;电话;邮件;链接;信息}|釣鱼{短信;网站;邮件;链接;信息}|phishing|{or;is this;is it;is that;this} a scam|scam {text;call;email;message;link;sms}|is this real|is this legit|is this genuine: x1
@contrary
都还可以|都还好好的|都还能用|都还行|都正常|都没问题|都可以用|一直都可以|一直都正常|used to work|worked fine|was working fine|was fine {until;last;yesterday}|不一样|唔一样
@complaint
呃人|呃钱|呃我钱|呃秤|老屈|报馆|传媒|评评理|让大家评评理|consumer {forum;court;tribunal;council;helpline;rights}|{filming;making;posting;recording;doing;shooting;uploading} a {video;post;thread;story;reel;tiktok;review} about: a1 C
@platform
followers|subscribers|my channel|my audience|my blog|粉丝|网友|油管
@publish
video|a post|a thread|filming|share this|sharing this|视频|影片|帖子|发帖|发贴
@escalation
{want;need;get} the owner|{owner;owners} of {the;this;your} company|company owner|{speak;talk} to the owner|owner to {call;contact;ring;get in touch}|{the;your} owner {call;contact;ring}: a.7 E
@negator 1
{was;were} {honestly;literally;seriously;really;so;fully;genuinely;totally;actually} {ready;going;about;set;tempted} to|本来要|原本要|本来打算|原本打算|本打算|本想|本来准备|原本准备|本来都准备|was {ready;going;about;gonna;planning;tempted;all set;this close;so close} to|i was going to|was about to|had planned to|{almost;nearly} {left;gave;wrote;posted;filed;cancelled;canceled}
@threat
{你;你们}{自己;}小心{点;啲;些;一点}|小心{点;啲}你|出门小心|走夜路小心|你{最好;最好就}小心|{知道;知}{你;你们;你哋}{几点;幾點}{收工;下班;放工}|{收工;下班;放工}{小心;小心啲;小心点}|{楼下;门口;外面;公司门口;店门口;停车场;公司楼下}等{着;住;你;你们}|看{你;你们}{还敢不敢;仲敢唔敢;还敢;仲敢}|i know {which branch;which office;which store;which shop;what time} {you;your}|i know what time {you;your}|{don't;dont} be surprised if {someone;somebody;people;i;we}|{turn;turns;turned;show;shows;showed} up at your {office;house;home;shop;store;branch;door;work}|{you;you'd;you had;you'd better;you better} watch {out;yourself}|people snap|what time you {finish;get off;leave;clock off}: a1.4 S H
@threat
{活着;我}{也是;就是;只是;都是;就系;都系}{个;}{拖累;负担;累赘;多余}|拖累{大家;家人;家里;所有人;屋企人}|我是{个;}{累赘;负担;多余的人;多余}|{消失;不在;走了;死了;走咗;死咗;唔喺度}~{也;都}~{在意;在乎;发现;理;知;注意;记得}|{不知道;唔知;不曉得}{还;仲}{能;可以}{撑;堅持;活;顶}{多久;幾耐;几耐;多长时间;几多日}|{撑;顶}{不了;唔到}{多久;幾耐;几耐}|{可能;或者;说不定;也许}{明天;听日;过几天;很快}{就;}{不用;唔使}{再;}{烦;麻烦;追}|burden to {everyone;my family;my kids;them all;everybody}|{i'm;i am;im;i feel like;i'm just;i am just} a burden|how much longer i can {keep going;go on;hold on;cope;do this;take this}|{can't;cannot} keep going|{won't;will not} {have to;need to} {deal with;worry about} me {much longer;for long;anymore}|won't be {a problem;your problem;around} {much longer;for long}|no one would care if|nobody would care if|nobody would notice if: d1.4 x.6 S
@danger
steering {is;was;went;felt;feels;got} {heavy;stiff}|heavy steering|{吃;服;喝;用;打;注射;食}错{药;了药;针}|{吃;服;喝;用;打;注射;食;飲}错{药;了药;针}|{拿;发;配;给;开;寄}错{了;}药|剂量{不对;错了;写错;标错;翻倍;过量;超了}|{多吃;多服;多喝;重复吃;重复服用}了|过量服用|吃了过期|喝了过期|食咗过期|过期{的;}{药;奶粉;疫苗;药品}|{吃;喝;食}{了;咗}{一半;几口;一口}才发现|{里;里面;入面;里头}{有;发现;吃到;咬到;混了;混入;夹着}~{玻璃;铁丝;铁线;金属;钉子;针;刀片;螺丝;铁片;钢丝;玻璃渣;碎玻璃;钢丝球;铁钉}|{咬到;吃到;嚼到;吞了;吃出}~{玻璃;铁丝;金属;钉子;针;刀片;螺丝;铁片;钢丝;硬物;异物;碎玻璃;玻璃渣}|异物|玻璃渣|碎玻璃|{found;there was;there were} {a;some;a piece of;a bit of;bits of;pieces of;a shard of;shards of;a sliver of} {glass;metal;wire;broken glass}|{glass;metal;wire;a blade;a staple;a screw;a nail;a needle} in ~{food;meal;pasta;pizza;salad;burger;sandwich;soup;drink;coffee;baby food;cereal;yoghurt;yogurt;bread;rice;curry;order;cake;smoothie}|cracked {a;my;his;her} tooth|broke {a;my} tooth|摔了一跤|跌了一跤|滑了一跤|跌咗一跤|仆亲|跣亲|踩空|{从;喺}楼梯{摔;跌;滚}|滚下楼梯|摔下来|跌落{床;楼梯;地}|坠床|{地板;地面;地;楼梯;浴室;廁所;走廊}{很;好;太;超;}{滑;湿滑}|湿滑|slippery {floor;floors;stairs;step;steps;surface;tiles}|floor was {wet;slippery}|fractur*|broke {his;her;my} hip|broken hip|{孩子;小孩;儿子;女儿;宝宝;小朋友;个仔;个女;细路}{不见了;走丢了;走丢;走失;失踪;被人接走;被接走;被带走;被陌生人}|{my;our} {son;daughter;child;kid;toddler} {is missing;went missing;is lost;has gone missing;was picked up by;was taken by}|{picked up;taken} by {a stranger;someone we don't know;someone else}|{发烫;烫得;热得;烫到}{不能;没法;无法;唔可以;冇得;不敢}{碰;摸;拿;揸}|frayed|fraying: x1.4 S
@hazard
发烫|烫得|很烫|好烫|太烫|超烫|滚烫|frayed|fraying|snap|snapped|hot to the touch|too hot|very hot|scorching
@vital
机车|軚盘|軚|呔盘|摩托|电单车|motorbike|motorcycle
@failure
打不动|转不动|转唔到|转唔郁|好重|很重|变重|发硬|没力|冇力|踩唔落|失控|跑偏|打滑|刹不住|刹唔住|突然停|no power|stiff|won't turn|wouldn't turn|pulls to|pulling to|shudder*|juddering|wouldn't stop|didn't stop|doors {opened;open} between|doors won't open|stopped between|stuck between
@ingest
磁珠|磁力珠|巴克球|磁铁|小零件|螺丝|硬幣|coin|a coin|small part|small parts|magnetic ball*
@med
药|药物|药丸|药片|药水|药袋|药瓶|药盒|药房|处方|处方药|剂量|毫升|毫克|疫苗|针剂|胰島素|抗生素|降压药|退烧药|止痛药|感冒药|布洛芬|阿莫西林|头孢|medicine|medication|medications|meds|pills|pill|tablets|tablet|dose|doses|dosage|prescription|prescriptions|insulin|vaccine|antibiotic*|inhaler|syrup|amoxicillin|paracetamol|ibuprofen|penicillin|aspirin|warfarin|metformin|pharmacy|pharmacist|chemist
@medwrong
会不会有事|会不会出事|会唔会有事|会唔会出事|有没有事|有冇事|要不要紧|会不会中毒|有危险吗|有没有危险|要不要去医院|要唔要去医院|要不要洗胃|is it safe|is this safe|is that safe|is it dangerous: x1.1
错|不对|不符|对不上|过期|过咗期|雙倍|两倍|三倍|十倍|翻倍|别人的|不是我的|wrong|mixed up|mix-up|mixup|different|double|twice the|triple|too many|extra dose|someone else's|not my|instead of|expired|out of date|past its {expiry;use-by;use by}|{is;will} {he;she;it;my baby;my son;my daughter;my mum;my dad;they} {going to be;gonna be;be} {ok;okay;alright;all right;fine}|should i {take him;take her;go} to {a&e;hospital;the er;a doctor}
@food
吃|食|饭|菜|汤|餅干|面包|奶粉|零食|外卖|披薩|咬|嚼|嘴里|飲品|奶茶|沙拉|漢堡|三明治|便当|蛋糕|粥|food|meal|pasta|pizza|salad|burger|sandwich|soup|bread|cereal|yoghurt|yogurt|bite|chewing|mouth|ate|eating|takeaway|dish|chips|fries|rice|curry|cake
@shard
glass|metal|shard*|fragment*|wire|blade|staple|needle|bolt|铁丝|金屬|刀片|钉子|针|铁片|鋼丝|铁屑|图钉|订书钉|碎片|硬物
@allergen
没熟|未熟|冇熟|半生熟|血丝|发霉|长毛|变质|馊|蟑螂|虫子|苍蝇|蛆|{对;对于}~{敏感;过敏}|undercooked|raw inside|mouldy|moldy|cockroach|maggot*
过敏|敏感体质|花生|堅果|芝麻|麩质|海鮮过敏|乳糖不耐|allergic|allergy|allergies|peanut*|tree nut*|nut-free|nut free|shellfish|sesame|gluten|coeliac|celiac|dairy-free|dairy free|lactose
@ate
吃了|吃咗|食咗|食了|喝了|飲咗|吃下|吃完|咬了一口|ate|eaten|had some|had a bite|took a bite|drank|reaction|reacted|itchy|wheez*|癢|喘|呼吸
@frail
老人|老人家|我妈|我爸|我母亲|我父亲|奶奶|爺爺|外婆|外公|婆婆|公公|伯伯|阿婆|阿伯|阿嬤|阿公|老豆|老母|老妈|老爸|长者|长輩|老太太|老先生|mum|mom|dad|mother|father|grandma|grandad|granddad|grandpa|grandmother|grandfather|gran|nan|nana|elderly|pensioner|old man|old lady|disabled|wheelchair|pregnant|孕婦
@fall
slipped|tripped|fell|fallen|had a fall|took a fall|took a tumble|滑倒|绊倒|摔倒|跌倒|跌咗|跌亲|仆倒
@guard
{我;我自己;是我;是我自己}{自己;就是;真系好;太过;咁;好;真系}{蠢;笨;傻;大意;唔小心;不小心}|自己{蠢;笨;傻}|怪我自己|是我自己{蠢;笨;傻;不小心;搞错;弄错;看错;按错;点错;拣错}|{电脑;科技;技术;手机}{白痴;小白;苦手;盲}|{hopeless;useless;rubbish;terrible;awful;bad;clueless;not good;a dinosaur} {with;at} {tech;technology;computers;phones;apps;this stuff;these things;numbers;forms;anything technical}|do you{; people; guys; lot} even read {these;my;the;our} {messages;emails;mails;tickets;chats}|{and;or;of;the;a} bot|the bot|this bot|机器人客服|机械人客服|{prescription;prescriptions} {has;have;had;is;are;was;were;} {expired;run out}|{prescription;prescriptions} expired|{很;好;太;超;非常;最}重要|笑死|dying to|to die for|killing it|killed it|drop dead gorgeous|{drive;drives;driving;driven;going;gone;go;went} {me;us;} nuts|screen time|{you;your} {manager;supervisor;boss;team leader;store manager} {personally;herself;himself;kindly;apologi*;phoned;helped;came;stepped;took;dealt;was}|{你们;你哋;贵公司;贵司;你们的}{主管;经理;领导;负责人;店长;老板;上司}~{刚刚;已经;昨天;今天;打电话来;打了电话来;打来;来电;回电了;回了电话;道歉;上门;帮我;处理好;解决了;致电}|fell for|fell asleep|i know where {you're;you are} coming from|我{;的}{脑子;脑袋}|fell apart|fell through|fell off the|price fell|prices fell|fell behind|fell short|feel {stupid;dumb}|a bit of an idiot
@insult
{听不懂;看不懂;听唔明;睇唔明;唔识听;唔识睇}{中文;国语;普通话;广东话;英文;人话;字}|{还是;定係;定系;係咪;是不是;还是你;定你}{识字;认字;看字;读字;睇字}{;有困难;有问题;困难}|{还是;定係;定系}{;你}{;觉得}字太多|{看;读;睇}{完;清楚}{再;先}{回;覆;答;好覆;回复}|从头到尾{读;看;睇}{一遍;一次;清楚}|{在;是不是在;係咪喺度;喺度}{睡觉;瞓觉}|{在;是不是在;係咪喺度;喺度}{睡觉;瞓觉;夢游}|上班{睡觉;瞓觉}|{explain;say;type;spell} {this;it;that} {slowly;out slowly}|{let me;i'll;i will} {explain;type;say;spell it out} {slowly;in small words}|in small words|{are;were} you {people;guys;all;lot} {sleeping;asleep}|sleeping there|asleep at the wheel: a1.2 H
{he;she;you;they;your driver} won't be walking|{won't;will not} be walking {back;away;out}|{唔保证;不保证;不敢保证;唔敢保证}{他;佢;你;你们;你哋}{;能;可以}{行;走}|{行;走}唔行得{返;}出去|{走;行}不走得出去|{知;知道}{你;你们;你哋}~{在;喺;住}{哪;边;哪里;边度}|看{你;你们;他;佢}{;当面;当住面}{还敢不敢;仲敢唔敢;敢不敢再;仲敢唔敢再}: a1.4 S H
@mock
没谁了|长脸|令人佩服|佩服晒|真系佩服|令人感动|服务一流: s1
@keyword
{修;处理;搞;弄;转;拖;跑}{了;咗}~{天;日;礼拜;星期;周;月;部门;小时}|一个简单{的;嘅;}{问题;事;嘢}: a.8
{会谢;真的会谢;我真的会谢;我是真的会谢}: a1.1
{係咪;是不是;是否;会不会}{计;算;搞;弄;收;扣;打;读;抄}错|what even is|what is even: c1
盗用|被盗用|冒用|俾人用咗|被人用了: x1
{找;问;跟;同;打给}{你们;你;你哋}{也;都}{没用;冇用}|{没有;冇}力气{了;再}: d1.2
存证信函|律师信|律师函|法务|legal department|letter before action|accc|acma|afca|citizens advice|consumer council|ncc|trai: a1 C
正式投诉|正式客诉|正式提出|formal complaint|lodge a complaint|lodge a formal complaint|complaints {manager;team;department;procedure;process}: a.4 C
breathing {funny;strangely;weird;weirdly;heavily;badly;fast}|struggling to breathe|short of breath|chest pain*|heart attack|唔够气|透唔到气|透不过气|心口痛|胸口痛|胸痛|心臟病发|起不来|起唔到身|爬不起来|站不起来|{差;差点;差啲;差一点}{烧;着火;起火;爆炸;烧咗;烧了}|{could have;could've;nearly;almost} {started;caused} a fire|burn {my;the;our} house down|崩{埋;咗;了}{隻;只;颗;粒}牙|崩牙|牙{崩;裂}{了;咗}: x1.4 S
@demand
{出了事;出事;着火;起火;爆炸;受伤;出了意外;要是爆炸;要是着火;万一出事;万一着火}{了;}谁{来;}负{责;得起}|who {would;will;'d;is going to} be responsible|who's going to pay|{keep;keeps;kept;still} charging {for;us}: a1.4
@escalation
{换;找;叫;搵;要;来;派}{个;一个;位;一位}{懂的;正常;靠谱}{的;嘅}|{换;找;叫;搵;要;来;派}~{懂行;懂事;识嘢;有脑;有脑子;会做事;识做嘢;明白事理;识字}{的;嘅}|someone competent|someone who knows what {they're;they are} doing: a.7 E H
@threat
{活着;活著}{也;都;}{没什么意思;冇乜意思;没啥意思;没意义}|等我{走;不在}{了;咗}|我{走;不在}{了;咗}{以后;之后;后}|{唔喺度;不在了;消失了;不在}{可能;会;或者}{仲好;更好;好啲;比较好;好过}|would be better {off;} without me: d1.4 x.6 S
@failure
shaking|shakes|shook|困人
@fall
摔了
@shard
铁线
@negator 1
{本来;原本;本}{想;要;打算;准备}{给;打;写;留;畀;发}
@guard
{差点;差啲;差一点;快}{;要}心臟病{;发;发作}|{nearly;almost;practically} {had;gave me} a heart attack|gave me a heart attack|心臟|差啲|like mad|kill for|转告|转达|笑死
@escalation
{同;跟;和;俾我;畀我;给我;帮我接;帮我转;让我跟;我要同;我要跟;我想同;我想跟;接;搵个;找个}{;个;一个;位;一位}真人|真人{讲;说;倾;回;答;处理;跟进;接听;对话;聊;覆}|{有没有;有冇;有无}{真人;人工}|{不要;唔要;唔好;不想;唔想;唔好再;不要再;别再}~{机器人;bot;机械人;自动回复;ai;智能客服;chatbot}|{更;比较}{资深;有经验;熟;懂;了解}~{人;同事;专员;客服;员工}|级别{高;更高}~{同事;人;客服}|{高级;senior}{啲;一点;d;些}~{同事;人;客服}|{你;你们;你哋}上面{还有;有;仲有}{人;冇人;没有人}|有权{批;批准;决定;审批;拍板}{的;嘅}|{店长;经理;主管;负责人;老板}{今天;现在;而家;}{在吗;在不在;喺唔喺度;喺度吗}|资深{的;嘅;}{人;同事;客服;专员;工程师;技术员;顾问}|有经验{的;嘅}{人;同事;客服;专员}|{往上;向上}{报;呈;呈报;反映;转;提}|呈报|上呈|{报;转;交;递;反映}上去|话事人|话事嘅|管事嘅|主事{人;的}|{你们;你哋;贵公司}{;的;嘅}{总部;上头;大老板}: a.8 E
{talk;speak;chat} {to;with} {real;actual;live} {person;human;people;agent;humans}|{real;actual;live} {person;human} {please;pls;plz;lah;leh;or not;now}|{get;give;connect;transfer;put} me ~{human;real person;actual person;live agent;real human;representative;operator;live person}|{is there;are there} {a;any} ~{human;real person;actual person;real people}|{speak;talk} {to;with} ~{representative;operator;rep;agent;advisor;expert;specialist}|{no;not;stop;no more;don't want;do not want;enough of} ~{bot;bots;chatbot;robot;automated replies;canned replies}|{someone;somebody;anyone;someone else} {more;with more} {experienced;knowledgeable;qualified;experience;knowledge;technical}|{your;ur} {senior;seniors}|{to;with} {a;the;your;ur} senior|senior {officer;official;executive;staff;colleague}|concerned {person;authority;authorities;official;officer;department}|higher {authority;authorities;official;officials;management;level}|{nodal;grievance;appellate} {officer;cell;authority}|{who's;whoever's;who is;whoever is} {actually;really;properly} in charge|actually in charge|oga|your oga|human please|human pls|{someone;somebody;anyone} {there;here;else} who {actually;really} knows|{someone;somebody;anyone} who {actually;really} knows|{escalate;forward;pass;refer;send;raise;flag} {this;it} {up;upstairs;higher}: a.7 E
@keyword
{如果;若;要是;假如;如果你;若你}~{做不了主;没有权限;没权限;无权限;处理不了;搞唔掂;做唔到主;话唔到事;做唔到}: n.15 E
if you {can't;cannot;are unable to;aren't able to;don't have the authority to} ~{help;sort;fix;do;authorise;authorize;approve;decide;resolve}|i'd rather|i would rather|i'd prefer|i would prefer|no offence|no offense|kindly|do the needful: n.15
{按;撳;揿}{哪个;边个;咩;什么}{键;掣;号;数字}|which {button;number;option;key} {do i;to;should i} {press;choose;pick}|how do i {get;reach;speak to;talk to;contact} {a human;a person;someone;a real person;an agent;a manager;a supervisor}|{怎么;怎样;如何;点样}{才能;先可以;可以;能}~{人工;真人;主管;经理}: c1.1 E
那我{到底;究竟}{该;要;应该}~{怎么办;点算;怎么做;点做}|{到底;究竟}{该;要;应该}{听谁的;信谁;信边个;听边个}|{不知道;唔知}{;该;应该}{信;听}{谁;边个}: c1.2
{不是;唔係;不怪;唔怪}{你;你们;你哋}{的错;嘅错}|not your fault|{i know;i know it's;i know it is;it's;it is;this is} not {your;you guys';the agent's} fault|{i'm not;i am not;not;no} blaming you: d1.2
{唔;不;没;冇}{期望;期待;指望}{咩;什么;啥;乜嘢;乜}|唔期望|唔指望|冇期望|{don't;do not} expect {anything;much} {anymore;from you;at this point}|not expecting {anything;much} {anymore;from you}|{i;i've} stopped hoping: d1.2
{keep;keeps;kept} looping|looping me|{in;stuck in} a loop|{going;go;goes;went} {round;around} in circles|round and round|绕来绕去|兜{来;嚟}兜去|兜圈|又绕回|绕回{主菜单;主选单;原点}|死循环|鬼打墙: a1.1
die liao|{block;freeze;suspend;lock} my {card;bank card;credit card;debit card;atm card;account;cards}|挂失|冻结{我的;}{卡;账户;帐户;银行卡;信用卡}|锁卡|identity theft|stolen identity|identity fraud|someone {opened;took out;applied for;signed up for;used my;has used my;is using my}|冒名|冒用我的{身份;名义;名字;资料}: x1.1
正式{提出;提交;作出}~{投诉;申诉;客诉}|{提出;提交;作出}正式{的;}{投诉;申诉;客诉}: a.4 C
就~一事|特此|敬请|烦请|谨此|此致|{请于;请在;并于;务请}~{日内;工作日内;天内;个工作日;小时内}|书面{答复;回复;回应}|{订单号;单号;凭证;截图;发票}{已附;附上;见附件}|i am writing to|i'm writing to|please find attached|kindly acknowledge|{within;in} {7;10;14;28;30;seven;ten;fourteen;thirty} {days;working days;business days}|yours {sincerely;faithfully}: n.4
@aimed
{照着;照住;对着}{稿;稿子;剧本;脚本;模板}~{念;读;答}|照本宣科|照稿{念;读}|{念;读;背}{稿;台词;剧本;脚本}{的;嘅;机器;机}|{read;reading;recite;reciting} {off;from} ~{script;template;cue card}|stop reading ~{script;template}: a1
@keyword
{losing;lose;lost} my mind|going insane|{driving;drives;drove} me {mad;insane;crazy;up the wall}|at my wits' end|at my wit's end|逼疯|{搞;整;逼;烦}到{我;}{发疯;痴线;癫}|快{疯;癫}了: a1.4
@demand
{给;俾;畀;要}~{交代;交待}|{讨;要;还我;给我;俾我}{个;一个;}公道: a1.2
@complaint
踢皮球|推来推去|踢{来;嚟}踢去|推{来;嚟}推去|互相推{卸;搪;诿}|你推我我推你|{转;踢;推}{了;咗}~{轮;个部门}|转{了;咗}{我;}{几;三;四;五;好几;n}个部门|{都说;都话;都讲}{不归;唔关;不关;唔归}|{pass;passed;passing;bounce;bounced;bouncing;shunted;sent;pushed} ~{back and forth;from pillar to post;between departments;from department to department;between teams}|pillar to post|runaround|the run-around|run-around|{transferred;passed;bounced;put on hold} {3;4;5;6;three;four;five;six;seven;multiple;several;countless;so many;a dozen} times: a1.2
{冇人;没人;没有人;都冇人;都没人}~{打嚟;打来;打过来;打返;打回来;覆;回覆;回复;回电;理;睬;跟进;联络;联系;call}|{没有;冇;没}一个人~{跟进;联系;回复;理;覆;打;回}|{到现在;至今;到而家;到今天}~{没;冇;未}{回复;消息;下文;回音;跟进}|最后{说;讲;问;讲多;再说;再讲;再问}{一遍;一次;多一次}|12345|市长热线|市民热线|政府热线|1823|{教育局;卫生局;劳工处;食环署;市监局;质监局;住建局;街道办;居委会;有关部门;相关部门;议员}{反映;投诉;举报;检举}|联名~{投诉;反映;举报;上书;信}|敲诈|勒索|讹诈|宰客|宰人|坑蒙拐骗|{nobody;no one} {has;ever} {followed up;got back;called back}|{heard;hear} nothing {back;since;from}|still heard nothing|no follow{-; }up|radio silence|{that's;it's;this is;what;is;such;a total;a complete;running} a racket|extortion|extort*|daylight robbery|highway robbery|legali{s;z}ed theft|shakedown|money grab|cash grab|swindl*|fleecing|fleeced|fair trading|ncat|vcat|tribunal|{my;local;my local} {mp;councillor;congressman;congresswoman;senator;assemblyman}|rbi|banking ombudsman|irdai|sebi|imda|dti|通讯事务管理局|通讯局|ofca|金管局|保监局|证监会|私隐专员|平机会|申诉专员: a1 C
@repetition
ilang beses|paulit-ulit|kitni baar|kitne baar|how many times must: a.8 C
@insult
{建议;劝;劝你;拜托;求你;求下你;不如;你不如;你还是;你仲系}~{辞职;转行;改行;换个工;换份工;换个工作;换份工作;换工作;另谋高就;回家种地;回家种田;别干了;唔好做;唔好再做;别做了;不要做了}|{辞职;转行;改行;换份工;换个工作;换工作;另谋高就}{吧;啦;算了;好了;好唔好;好吗;喇}|{这行;这份工;呢份工;呢行;这份工作;这个岗位;客服}~{不适合;唔适合;唔啱;不合适}你|不适合{做;干;当}{这行;客服;这份工;呢份工;这份工作}|{早啲;早点;趁早;尽早;快啲;快点}{转行;辞职;改行;走人;执包袱}|放过{啲客;客户;顾客;我们;我哋;消费者}|{祸害;荼毒}~{客户;顾客;消费者;啲客}|{只狗;狗;猴子;猪;鹦鹉;阿猫阿狗;小学生;路人;机器人;ai;chatgpt;siri}~{都好过;都比你;也比你;都强过;都好过你;都叻过;都醒过;都做得比;做得比你;都比你哋;都比你们}|谁不会{啊;呀;啦;嘛;吧;?}|按字数{拿;收;计}{工资;钱;人工}|{你;你们}~{真人还是机器人;真人定机械人;真人定机器人;真人还是ai}|{你;你们;你哋}{;是;系;是不是;系咪}{看不懂;睇唔明;唔识睇}{图;相;照片;截图}|{你;你们;你哋}{;是不是;系咪;还}{识;认}字{吗;嘛;咩;未;?}|{返工;上班}{定;还是}~{瞓觉;睡觉}|87分|也敢拿出来|都敢拿出来: a1.2 H
{you;u} {bot;robot} or|paid by the word|brain cell|brain cells|functioning brain|{type;talk;speak;write;explain} {slower;more slowly} so you|so you can keep up|cowboys|more useful conversations with|had more luck talking to: a1.2 H
@insult
边个唔识{啊;呀;啦;咩;?}: a1.2 H
{not;never} cut out for {this;the job;customer service;this job;this work;this line of work}|wrong {line of work;profession;career}|{go;get;send him;send her;send them;send you} back to training|{dog;cat;parrot;goldfish;monkey;chimp;hamster;potato;toaster;toddler} ~{could do better;would do better;could do a better job;would do a better job;would be more useful;is more useful;would be more helpful;could do your job}|{smarter;more useful;more helpful;more competent} than {you;your}|bodoh|bobo|tanga|gago|ulol|tarantado|inutil|walang kwenta|walang kuwenta|walang silbi|bewakoof|bevakoof|nalayak|chutiya|kamina|kaminey|goondu|knn|cibai|chibai|lanjiao: a1.2 H
@aimed
blur like sotong|damn blur|so blur|very blur|blur sotong|jialat|damn jialat: a1.1
{should;need to;ought to;better;might want to} {quit;resign;find another job;change jobs;change careers;look for another job;get another job;find a new job;get a new job}: a1.1
@target
your {agent;rep;reps;representative;representatives;driver;drivers;technician;technicians;engineer;engineers;chat agent;chat agents;chat support;customer service;customer care;call centre;call center;staff member;employee;employees;guy;guys;colleague;colleagues;courier;delivery guy;rider;riders;advisor;advisors;operator;operators}|nyo|niyo|ninyo|你们的{员工;师傅;司机;骑手;技术员;工程师}|你哋{啲;嘅}{客服;职员;员工;师傅;司机}
@mock
厉害厉害|好叻|好叻呀|好叻喎|真係叻|叻仔|叻女|吉尼斯|申报吉尼斯|教科书{级;式;般}|颁{个;一个}奖|应该{颁;发}奖|{deserve;deserves;deserved} {an award;a medal;an oscar;a trophy;a prize;a nobel}|give {him;her;them;yourselves;yourself;that man;that woman;the agent} a medal|award-winning|oscar-worthy|nobel prize|hall of fame|world record|guinness|inspirational: s1
@sarcasm
😏|why didn't i think of that|never would{ have;'ve} thought of that|wow, never thought of that|{点解;点解我;我点解}{谂;想}唔到|{你;你们}开心就好|你{高兴;满意}就好|whatever makes you happy|if you say so: a1
@threat
{wring;snap;slit;choke;strangle} {your;his;her} {neck;throat}|{smash;bash;punch;kick;rearrange;cave} your {face;head;teeth;skull}|{we'll;we will;let's;then we'll;then we will} see who{'s; is} laughing|see who's laughing now|who{'ll; will} be laughing {then;now;last}|{bring;bringing;pour;douse} ~{petrol;gasoline;lighter fluid;acid;a knife;a machete;a gun}|{提;拎;扛;揸;淋;泼;攞;倒}~{汽油;火油;电油;天拿水;镪水;硫酸;煤油}|看{谁;边个}笑到最后|{睇下;睇吓;看看}{谁;边个}笑到最后|有你{好睇;好看;哋好睇;们好看}|{我;}记住你{了;啦;喇;的名字;嘅名;工号}|{下班;放工;收工}~小心{点;啲;些}|i know your name|know your name now|keep it up and see|再{不;唔}~{上嚟;上来;过嚟;过来;上门;杀上;冲上}~{搵你;找你;收拾你}|{唔好;不要;咪;到时唔好;到时别}怪我{唔客气;不客气;翻脸;无情;冇情讲;唔留情;不留情}: a1.4 S H
@danger
{ran;running;jumped;jumping;went through;run} ~{red light;red lights}|{clipped;knocked down;knocked over;ran over;nearly hit;almost hit} ~{cyclist;pedestrian;biker;motorcyclist;child}|hit {a;the} {cyclist;pedestrian;biker;motorcyclist}|hit and run|kept going with me|{won't;wouldn't;refused to;would not;will not;didn't} let me {out;off;leave;get out}|{let me;want;get me} out of {this;the;his} {car;cab;taxi;vehicle;van}|{driver;rider;cabbie} ~{drunk;high;asleep}|drunk driv*|drink{-; }driv*|{smelled;smelt;smells;stank;stinks} of {alcohol;booze;beer;weed}|{texting;on his phone;on the phone;watching videos;scrolling} while driving|fell asleep {at the wheel;while driving}|{touched;groped} me|{inappropriate;sexual;unwanted} {comments;remarks;advances;touching;messages;photos}|sexually harass*|me to his {place;house;home;flat}|locked {me;us} in|on the ledge|{standing;sitting} on the {ledge;edge;roof;bridge;railing}|闯红灯|逆行|撞{倒;到;伤;了;咗}{人;行人;路人;骑车的;小孩;老人}|肇事逃逸|撞完就走|撞{了;咗}就走|{不让;唔俾;唔畀;不给;不准}我下车|{反锁;锁死}车门|载我{去;返}{他;佢}|{他;佢}{家;屋企}坐坐|{越开越;越揸越;愈开愈}{偏;远;荒}|性骚扰|非礼|动手动脚|毛手毛脚|摸我|掂我|跟踪我|偷拍|醉驾|饮咗酒揸车|喝了酒开车|喝酒开车|酒后驾驶|疲劳驾驶|{边开车边;开车;揸车}{玩;看;睇}手机|肿{得;起;起来;咗}|瘀青|淤青|乌青|{头晕;头昏}{想吐;呕吐;作呕}|冲红灯|{一路;边}{揸;开}{一路;边}{睇;看;玩}手机|{俾我落;让我下车;停车}~{唔停;不停}|{开;揸;飙}到{一百;一百二;一百三;一百四;一百五;一百六;120;130;140;150;160}|飙车|{doing;going;driving at;drove at} {120;130;140;150;160;100 mph;90 mph}|差{一点;点;啲;一啲}{就;}{砸到;撞到;压到;夹到;打到}|{come;fall;collapse;coming;falling} down on {someone;somebody;us;me;people}|stooling|purging: x1.4 S
@threat
{唔想;不想;冇力;没力气;冇办法}再{撑;顶;捱;坚持}{落去;下去}|{不打算;唔打算;冇打算}活|{撑;顶;捱}唔落去|捱不下去|{我而家;我现在;我宜家}{喺;在;站在}{天台;楼顶;屋顶;桥上;栏杆外}: d1.4 x.6 S
@impact
砸到|砸中|砸在|被砸|夹到|夹住|压到|压伤|压住|撞到|弹到|弹中|割到|划到|扎到|戳到|刺到|fell on|landed on|crushed|struck|sliced|hit {me;my;his;our}
@limb
手上|手指|脚上|脚趾|头上|头部|腿上|眼睛|脸上|额头|膝盖|手臂|后背|腰部|胸口|手掌|脚掌|手腕|脚踝|{的;嘅}{手;脚;头;腿;眼}|hand|hands|foot|feet|head|leg|legs|finger|fingers|toe|toes|arm|arms|knee|knees|wrist|ankle
@failure
{跌;掉;坠;落}{咗;了;落}~{层;楼}|突然{跌;掉;往下;下降;下坠;急降;跌落}|{dropped;fell;plunged;plummeted} ~{floor;floors;storeys;stories;levels}|free{ ;-}fall*|plummet*
@med
点滴|吊针|吊瓶|输液|针水|打针|iv bag|iv drip|iv line|the iv|an iv|infusion|injection|jab
@medwrong
{处方;药单;医嘱;标签}~{不一样;唔一样;唔同;不符}|头晕|头昏|想吐|作呕|心跳{好快;很快;加快;加速}|心悸|发抖|抽搐|嗜睡|昏昏沉沉|{different;another;other;wrong} patient|dizzy|dizziness|nausea|nauseous|drowsy|palpitations|seizure*
@guard
投诉建议|投诉与建议|投诉和建议|投诉及建议|意见箱|{我个;我嘅;我的;我哋;我们}~{manager;supervisor;boss;team lead}|{supervisor;manager;boss;team leader;team lead} ~{called;rang;sorted;fixed;resolved;phoned;helped;came;has already;already;kindly;personally}|我{真的是;真系;真的;就是;根本是;简直是;真是个;就系}~{北七;白痴;笨蛋;傻瓜;傻子;智障;脑残;白目;低能;猪头;猪脑;猪脑子;蠢材;蠢蛋}|{i;i'm;i am} {so;very;bit;a bit;quite} {stupid;dumb}|{dumb;stupid;hopeless;slow} with {these;this;tech;apps;phones}|stupid {phone;app;machine;thing;website;printer;laptop;device;router;computer;game}|the patient|a patient|patients|patient's
@insult
{你这种;你这;就你这;这种}水平~{上岗;当客服;做客服;领工资}|招人{不看;唔睇;不用看}门槛|{招;请;聘}你~{做慈善;扶贫;凑数;充数;做善事}|{谁;边个}{招;请;聘}你{进来;返嚟}的|哪家{公司;店}{要你;请你}|{工读生;实习生;临时工;菜鸟}{喔;嚟㗎;嚟嘅;来的吧;来的吗;咩}|{还好意思;仲好意思;还有脸;仲有面}~{薪水;工资;人工}|{领;拿;攞}{那点;呢啲}~{薪水;工资;人工}|{也就配;只配;就配;也只配;也就值;只值}~{服务;水平;态度;待遇}|{语文;国文;中文;数学;英文}老师~{没教;冇教;没有教;白教;没教过}|{你;你的}{语文;国文;中文}~{重修;回炉;补习;是体育老师}|{体育老师;幼儿园老师;体育课老师}教的|{係咪;是不是;系咪;是否}{屋企;家里}{没人;冇人}教|{你爸妈;你父母;你屋企人}{没;冇}教|{没;冇;毫无}家教|{跟;同}{墙;墙壁}~{说话;讲话;讲嘢}|{照着;照住;对着}~{小抄;手册;范本}~{念;读;唸}|{求其;随便}~{范本;模板}{覆;回;答}|{换个;多问一个}问题就{当机;死机;答不出}|你{聋;盲}{㗎;咗;了吗;啊;咩;定系}|{你知唔知;你知不知道}自己~{乜;什么;咩}|逻辑~{体育老师;幼儿园老师}|{你;你的;你嘅}逻辑~{有问题;不通;感人}|{干脆;索性;倒不如}~{辞职;转行;改行;别干了;别做了;不要做了;唔好做}|{去做别的;做别的;转行;去卖菜;回家}~{比较适合你;更适合你;适合你}|{返去;回去}~{先出嚟;再出来;先出来}|练多{排;阵;几年}|{让;叫;要;令}你~{干不下去;做不下去;做唔落去;冇得撈;丢饭碗;被炒;被开除;冇工开}|等住{畀人炒;俾人炒;被炒;收皮;执包袱}|{你;你就}{等着;等住}~{被炒;被开除;丢饭碗;收皮;执包袱}|{记低;记下;抄低;记住}~{员工编号;工号;工牌;你个名;你的名字}|{连埋;连同;连带;加埋}{你个名;你的名字;你嘅名;你名;你的工号}|{投诉;告}你本人|{不要;别;唔好}~{装;扮}{专业;懂;傻;糊涂}|{还知道;仲识得;还晓得}{回;覆;回复;出现;出声}|{以为;还以为}{你们;你哋}~{放假;死光;倒闭;跑路;睡着;冬眠}|上班{都在;淨係;只会}~{滑手机;玩手机;打机;摸鱼}|培训{係咪;是不是;就;都}{淨係;只係;只会}|{都;也}比你{;们}{懂;专业;识做;会做}|{三岁;小学生;细路;我阿嫲}~{好过你;强过你;叻过你;比你懂}|{慢过;差过;蠢过}{我阿嫲;我阿妈;我阿婆;我阿爷;细路;我个仔;我奶奶;我妈}|老作友|老屈友|{「;“;"}{专业;贴心;用心}{」;”;"}|{绕;扯}出~{种说法;个说法;个版本;种版本}: a1.2 H
who gave you {this;the;that;your} job|how did you {get;land} {this;that;your} job|how did you {get;even get} hired|who {employed;recruited} you|{intern;trainee;newbie;new staff} is it|{they;they're;they are;your company;your boss;your employer} ~{pay;pays;paying} you|minimum effort|minimum wage {buys;gets;means}|pay peanuts|{learn;go learn;first learn} {basic english;to type;some manners;your job}|go back to {school;kindergarten}|did your {teacher;teachers;school;mother;mum;mom;parents} {not;never} teach you|{son;daughter;kid;kids;child;grandma;granny;ah ma;toddler;nephew;niece;p3;primary 3;primary three;primary one;primary 1} also can|{could;can;would} ~{better;faster} than {you;u}|talking to ~{door;doorknob;lamppost;potato;toaster;fence}|{get;got;gets} me further|{would;could} {give;make} ~more {coherent;sensible;intelligent}|{a robot;a bot;a machine;robot;bot} with a name|{robot;machine;bot} {they;someone;somebody} programmed|are you even a {human;person;human being;real person}|{are;r} you {actually;really} {reading;listening}|{or;or you} just {hitting;pressing;mashing;copy-pasting;copying;pasting;guessing}|random {keys;buttons}|dey press|what i{'m; am} {typing;writing;saying} at all|{read;reading} my {message;messages;msg;email;chat} {or not;at all}|{you;u} {deaf;blind;blur} {is it;issit}|know how to use {computer;a computer;the computer;the system;your system;keyboard;a keyboard;a phone} or not|{too complicated;too hard;too difficult} for {you;u}|{did;have} you even {open;see;try;think;glance}|copy-pasting|copy pasting|{your;ur;una} brain ~{correct;working;slow;functioning}|your head {is not;isn't;not;no dey} correct|zero {sense;common sense;brains;iq}|{you;una} {have;got} {zero;no} {clue;brains}|{donkey;monkey;kindergarten;twisted;backward;upside-down;upside down} logic|does it come naturally|better {you;u} {quit;resign}|{find;go find} {other;some other} {job;career}|sell vegetables|better {don't;dont;do not;not} work here|{lose;lost} your job|your name ~{trends;trending;goes viral;go viral;is everywhere;in the papers;in the paper;on the news}|{name;naming} you {personally;publicly;online}|{una;una company} na {fraud;thief;thieves;ole}|{you are;you're;your company is} {fraudsters;thieves;crooks}|rotten {from head to toe;to the core;company;bunch;lot}|{a;total;complete;absolute} rort|{shambles;farce;circus} of {a;an}|{piss-up;piss up;booze-up;party} in a brewery|{couldn't;could not;can't} {organise;organize} a {piss-up;piss up;booze-up}|{backside;backsides;arse} with {a map;both hands}|{couldn't;could not;can't} run a bath|could run {this;your} {company;place;show} better|cannot make it one|{you;u} {all;guys;people} cannot make it|siao one|{read;reading;just read} {from;off} the script only|{you've;you have;una} managed to ~{stuff;mess;screw;botch;lose}|the {slowest;laziest;rudest;dumbest} {agent;staff}: a1.2 H
@aimed
烂透|烂到爆|烂到无得救|冇鬼用|没鬼用|一个二个都冇用|无耻|卑鄙|下作|职训局|职训中心|职业训练局|回炉重造|{国小;小学;小学生;幼儿园}{作文;程度;水平;水准}|装傻|装蒜|装糊涂|扮懵|装专业|扮专业: a1.3
numpty|numpties|lousy|drongo|drongos|galah|galahs|jobsworth|jobsworths|{deliberately;being;so;bloody;that;really;pretty;plain} thick|{gets;getting} {sacked;fired}|like a {recorded message;recording;robot;parrot;machine;bot;tape recorder;answering machine}|{reading;read} {off;from} ~card|siao: a1.3
@target
una company|your company's
@you
you all|una
@mock
{给;俾}{你;你们;你哋}{鼓掌;拍手}|clap for you|clapping for you|slow clap|good on ya|good on you|bless your heart|such a genius|congratulations, you|you have won the award|won the award for: s1
@keyword
{一个月;一星期;一周;几天;半个月;一个礼拜}才{回;覆;回复}|{big;whole;such a} drama: a.5
@escalation
{真正;真的}{能;可以;有权}~{的人;嘅人}: a.8 E
{决定权;拍板;做决定;话事;揸主;审批权}~{的人;嘅人;的长官;的同事;的主管}|{揸得主;揸到主;话得事;做得主;拍得板;说了算;有权批}{嘅人;的人}|你~{请示;问问;问下;问一下;汇报}~{上头;上级;上司;领导}|请示{一下;下;}{上头;上级}|上头{的人;嘅人}|你上面{是谁;系边个;有谁;有冇人;还有人;边个管;谁在管}|{要;想}{听;见;找;同;跟}{管理层;高层}|{你们;你哋;你们的;贵公司}{总经理;总裁;董事长;店经理;分店经理;门市经理}|{请;叫;让}{他;佢}{听电话;接电话}|比你{更;还;}{资深;高级;有经验;有权;高级别}|{将;把}~{case;个案;客诉;投诉;工单}~升级|升级{客诉;投诉;个案;层级;处理层级}: a.8 E
{whoever;the person who;someone who;the one who} ~{signs off;approves;can sign;can approve;can authorise;can authorize;makes the decisions;can decide}|actually {has;have;got} the {power;authority}|with the power to|someone {got;with;has;who has;who got} authority|{flick;pass;put;transfer;send;get;connect} me ~whoever|get me whoever|{who is;whos} in charge|{kick;kicked;bump;bumped;send} ~{upstairs;up the chain}|senior {case handler;handler;case officer;officer;staff member;colleague;rep;representative;case manager}: a.7 E
@threat
带{了;咗;着;住}{家伙;刀;枪;武器;铁通;斧头}|{汽油;火水;铁通;刀;家伙}~{去;落}~{你们;你哋;门市}|嗌打嗌杀|喊打喊杀|{拎住;拿着;揸住;提着}~{铁通;刀;铁棍;棍;斧头;菜刀}: a1.2 x.6 S
活着~{添麻烦;拖累;多余;没意思;冇意思;受罪;累赘}|{我消失了;我走了;我死了;我不在了;我死咗}~{都轻松;会轻松;更好}|{我已经;我依家;我正}~{天台;楼顶;屋顶;桥上;栏杆外}|{食晒;吞了;吞咗;吃光;吞下}~{安眠药;瞓觉药;成排药;整瓶药}|{记住;记得}{是;系}~逼死|{如果;要是;万一}我~{出咗咩事;出了什么事;有咩三长两短;有什么三长两短;有乜事}: d1.4 x.6 S
{让;叫;令}你{走不出;行唔出;走唔出}: a1.4 S H
{office;branch;there;down;place} with ~{parang;machete;cutlass;knife;gun;boys}|{bring;bringing;come with;coming with} {my boys;the boys}|scatter everything|break {his;your} ~{jaw;legs;neck;face;teeth}|{beat;punch} {that;your} {agent;staff}|run {someone;somebody;him;her;them;you} over|glass {someone;somebody;him;her;you}|{threatening;threatened} to {glass;stab;kill;beat;shoot;hurt}|shoving staff|{won't;will not;wouldn't} like what happens|when i {find;catch} you: a1.2 x.6 S
{rope;pills;tablets} ready|{pills;tablets} lined up|just wanted to tell {somebody;someone}: d1.4 x.6 S
@device
电芯
@danger
{的头;嘅头;头;脖子;颈}{卡在;卡住;被卡;夹住;卡咗}|{差点;差啲;险些}~{飞出去;掉下去;跌落去;摔下去;甩出去}|{砸;撞}{到;伤}{路人;行人;途人;小孩}|{棚架;天花板;招牌;外墙;铁窗;冷气机}~{冧;塌;松脱;摇摇欲坠}|{就嚟;就快;快要;随时会;好似要}{冧;塌;倒塌}|{电芯;电池;充电器;手机}~{喷火;爆炸;着火;起火}|{woman;child;kid;passenger} {almost;nearly} fell out|{nearly;almost} hit ~{kid;kids;children;people;pedestrians;baby}|armed {robber;robbers;robbery;men;man;gang}|gunman|gunmen|asthma attack|{a;the} snake {in;inside;under;on}|{redback;funnel-web;funnel web;scorpion;venomous}|{door;doors} flew open: x1.2 S
@guard
想死{你们家;你哋嘅;你哋间;你家;你们的}|{笑到;笑得;笑到我;笑到我个}肚{痛;子痛;都痛}|snake plant
@insult
都{能;}比你{利索;快;早点;强;醒目}|都快过你|more sense than {you;una;u}|{talking;talk} to {you;u} ~like|{对住;对着}~{录音机;墙}|{你的名字;你个名;你的工号;你的员编}~{挂;贴;发;放}|{put;post;plaster} your name|see your name|kena {sacked;fired}|{绩效;考绩}~{零分;扣光}|{你个脑;你嘅脑}~{生锈;有问题}|{冇;没}带脑|brain got problem|{fail;failed;sleep through;slept through} the training|your training must|training or not|pass the interview|{请人;招人}{唔使;不用}面试|teach you anything|{sharpest tool;brightest bulb} in the|anyone home up there|reaching the top floor|about as useful as|acting smart|know your own product|no sabi|mumu|na wa for you|{you;u} bot issit|like robot lah|kelong|joke company|刚学{注音;拼音;打字}|{没;冇}教你做人|找不到人了{喔;吗}|当我{傻仔;傻子;白痴;傻的}|{听唔听得明;听不听得懂}{广东话;中文}|{拿钱;收钱}{不干活;唔做嘢}|照住张纸|must be so proud: a1.2 H
@aimed
录音机|传话筒|米虫|养闲人|阅读障碍|当装饰|当摆设|just for decoration: a1.3
@mock
好棒棒|棒棒哒|真是太优秀了|so clever ah: s1
@keyword
{saying;tell me;told me} nothing: a.5
@escalation
谁{定得了;说了算;做得了主}|{你们;你哋}~{老大;头头;督导;区域经理}|管理{阶层;层}{的;嘅}{联络方式;联系方式;email}|{更高一级;更高级别}|{find;give;get} me someone who can|to someone who can|{having;get} {power;authority}|regional head|the in-charge|who's the boss|real person instead|head of customer service: a.7 E
@threat
{把药;啲药}~{吞下去;食晒;吃光}|{去找;去陪}~{过世的;死去的;去世的}|{企咗;站了;坐咗;坐在}~{天台;楼顶}|took {a lot of;all the;too many} {pills;tablets}|{feel like;thinking of} jumping|jump* in front of|better off {gone;dead}|engine running in the garage: d1.4 x.6 S
{waving;wielding;brandishing;fighting with;threatening} ~{knife;cutlass;machete;gun;parang}|{球棒;棍;刀}~追人|横着出来|{一把火;放火}{烧;烧咗}|{喺街;在街上}~见到你|{带;叫}~兄弟~{搵你;上嚟;上来}|whack him|让你们~后悔: a1.2 x.6 S
@danger
{差点;差啲}{被;俾}车撞|{升降机;电梯}~{急堕;急坠}|{冷气机;空调外机}~{甩咗;摇摇晃晃}|burns on {her;his;my}|pressure cooker ~{burst;exploded}|collapsed after taking|{buckle;seatbelt} ~{snapped;came undone}|{driving;drove} drunk|hit a child|leaking {fuel;petrol;diesel}|drank ~{bleach;cleaning;detergent}|got into the pool: x1.2 S
@guard
{supervisor;oga;manager} at {my;work}|ops manager|{i am;i'm} such a {fool;idiot}`;
