import { expectFlag } from './helpers.js';

// Round 8: families written from the variety corpus (six groups of writers: mainland, Taiwan, Hong Kong,
// US/UK, India/Nigeria, Singapore/Australia), each a structure with synonyms, with its near misses.

describe('hostile: contempt by structure, in every variety', () => {
  it('reads questions about the agent being hired, trained or paid', () => {
    expectFlag('hostile', true, [
      '你这种水平也能上岗？',
      '你們領導招你進來是做慈善嗎？',
      '這麼簡單的事都搞不定，你還好意思領薪水？',
      '乜你哋請人唔使面試㗎？',
      'Who gave you this job? Your recommendation must have been very strong.',
      'Bet they pay you in Freddo Frogs for this level of work.',
      'How you even pass the interview one?',
      'Seriously, did you fail the training or just sleep through it?',
    ]);
  });

  it('reads schooling, brains and comparisons with a child or a wall', () => {
    expectFlag('hostile', true, [
      '拜託你國文重修一下再來回信好嗎？',
      '你的邏輯是體育老師教的嗎？',
      '你個態度咁差，係咪屋企冇人教？',
      '三歲細路都做得好過你啦。',
      '跟你講話好累，像在跟牆壁講話。',
      'Your brain dey slow like your network.',
      'You deaf is it? I say cancel.',
      'Mate, are you actually reading this or just hitting random keys?',
      'Talking to you is like talking to a vending machine.',
      "Your lot couldn't organise a piss-up in a brewery.",
    ]);
  });

  it('reads threats to the agent\'s job and telling them to quit', () => {
    expectFlag('hostile', true, [
      '我記低咗你個員工編號，等住畀人炒啦。',
      '你叫咩名？我要你喺呢行冇得撈。',
      '你乾脆不要做了啦，去做別的比較適合你。',
      'Better don\'t work here lah, go find other job.',
      "I'll make sure your name trends online by evening, watch and see.",
    ]);
  });

  it('leaves running oneself down, product insults and the customer\'s own pay alone', () => {
    expectFlag('hostile', false, [
      'I feel like an absolute numpty, I forgot to click confirm.',
      'This kettle quite lousy leh, handle already loose.',
      '我中文没学好，看不懂这个说明。',
      '我不知道自己说什么好，谢谢你们。',
      '我干脆回家等快递吧。',
      "I'm on minimum wage, can I get a payment plan?",
      'The form was too complicated for me.',
      'I live on the top floor, please deliver upstairs.',
    ]);
  });
});

describe('escalation: someone with the authority, upstairs', () => {
  it('reads requests for whoever can decide', () => {
    expectFlag('escalation', true, [
      '我需要跟一个有决定权的人对话。',
      '你请示一下上头，让上头的人直接跟我说。',
      '呢單嘢你揸唔到主，就交畀揸得主嘅人啦。',
      '我要求將個case升級。',
      'Get me whoever signs off on refunds.',
      "I'd like this kicked upstairs, please.",
      'If you no authority, then pass to someone got authority.',
    ]);
  });

  it('leaves the customer\'s own manager and an upgraded ticket alone', () => {
    expectFlag('escalation', false, [
      '你们的会员级别什么时候升级？',
      '我问一下我老板再回复你。',
      '你说的“工单已升级”是什么意思？',
      'Our ops manager reckons we need twenty more units, is that doable?',
      'My oga at work asked me to collect the receipt for the office.',
    ]);
  });
});

describe('safety: weapons, despair and falling things', () => {
  it('reads weapons, despair and physical danger', () => {
    expectFlag('safety', true, [
      '再唔退錢，我就揸刀落你哋門市。',
      '我已經在橋上了，不用再跟我講什麼流程了。',
      '我覺得活著就是給家裡添麻煩，也許我消失了大家都輕鬆。',
      'I have the rope ready, I just wanted to tell somebody.',
      "I reckon I'm better off gone, to be honest.",
      "There's a man in your store waving a knife at the cashier right now.",
      '婴儿床的栏杆断了，宝宝的头卡在缝里了。',
      '兒童汽座的扣環自己鬆開，小孩差點飛出去。',
      'The window grille you fixed fell off, almost hit the kids downstairs.',
    ]);
  });

  it('leaves figures of speech and ordinary knives and pills alone', () => {
    expectFlag('safety', false, [
      '我想死你们家的奶茶了，什么时候恢复配送？',
      '笑到我肚痛，你哋個自動回覆答我天氣晴朗。',
      'I almost fell off my chair when I saw the bill.',
      'I opened the box with a knife and scratched the table.',
      '我吃了安眠药也睡不着，你们的床垫太硬。',
      'The tent collapsed after one day.',
    ]);
  });
});
