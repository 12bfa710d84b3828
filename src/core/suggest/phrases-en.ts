import type { PhraseCatalogue } from './catalogue.js';

/** Rapport's own English phrases (domain.md §2–§4). */
export const en: PhraseCatalogue = {
  slots: {
    'ack.safety': [
      { text: '{to}your safety comes first. Please get somewhere safe right now, then tell me when you are.', tone: 'short' },
      '{to}thank you for telling me. Before anything else, please make sure you and anyone with you are safe.',
      { text: "{to}I'm taking this seriously. Please get to safety first; I'm staying right here with you.", tone: 'warm' },
    ],
    'ack.hostile': [
      '{to}I can hear how angry you are, and I want to get this fixed for you.',
      { text: "{to}you want this sorted, and so do I. I'm working on it now.", tone: 'short' },
      { text: "{to}I understand this has pushed you to the limit. Let's focus on solving it together.", tone: 'warm' },
    ],
    'ack.repeat': [
      "{to}you shouldn't have had to contact us again about this. I'm sorry it has taken so many tries.",
      { text: "{to}having to chase us again isn't right. I'll take it from here.", tone: 'short' },
      { text: "{to}I can see you've raised this before. Let me read through the history so you don't have to repeat it.", tone: 'precise' },
    ],
    'ack.sarcasm': [
      "{to}I can tell this has been really frustrating, and I'm sorry it's come to this.",
      { text: "{to}fair point. This isn't the service you should be getting.", tone: 'short' },
      { text: "{to}I hear you, and I understand why you're fed up. Let me look into it properly.", tone: 'warm' },
    ],
    'ack.angry': [
      "{to}that does sound frustrating, and I understand why you're upset.",
      { text: "{to}I'd feel the same in your position. Let's get this sorted.", tone: 'short' },
      { text: '{to}anyone would be upset after that. Thank you for telling me exactly what happened.', tone: 'precise' },
      { text: "{to}I'm sorry you've been put through this. I'm here to help sort it out.", tone: 'warm' },
    ],
    'ack.anxious': [
      "{to}I understand this is urgent for you, and I'm on it right now.",
      { text: "{to}understood, it's urgent. Checking now.", tone: 'short' },
      { text: "{to}I know waiting on this is stressful. I'll move as quickly as I can and keep you posted.", tone: 'warm' },
      { text: "{to}I can see the timing matters here. I'll check straight away and tell you exactly where things stand.", tone: 'precise' },
    ],
    'ack.confused': [
      "{to}no problem at all, this can be confusing. Let's go through it together.",
      { text: "{to}thanks for asking. Let's work out exactly what's needed.", tone: 'precise' },
      { text: "{to}it's fair to find this unclear. I'll walk you through it step by step.", tone: 'process' },
      { text: "{to}let's clear this up quickly.", tone: 'short' },
    ],
    'ack.disappointed': [
      "{to}I'm sorry we let you down. You expected better from us, and rightly so.",
      { text: "{to}that's not the experience we want you to have, and I'm sorry.", tone: 'short' },
      { text: "{to}I understand your disappointment, and I'm sorry this fell short.", tone: 'warm' },
    ],
    'ack.neutral': [
      '{to}thanks for getting in touch. Let me look into that for you.',
      { text: "{to}thanks for the details. I'll check this now.", tone: 'short' },
      { text: '{to}sure, I can help with that. Let me take a look.', tone: 'warm' },
      { text: "{to}thank you. I'll check this against our standard process and let you know.", tone: 'process' },
    ],
    'ack.satisfied': [
      "{to}I'm glad that's sorted, and thank you for letting me know.",
      { text: "{to}that's great to hear. Thanks for your patience along the way.", tone: 'warm' },
      { text: "{to}good to hear it's working now.", tone: 'short' },
    ],
    'ack.checkin': [
      "{to}are you still there? Take your time; I'm here when you're ready.",
      '{to}just checking in: is everything okay on your side?',
    ],
    'solve.safety': [
      "If anyone is in danger, please call your local emergency number now. I'm marking this as urgent and bringing in a colleague straight away.",
      "Please leave the area if you can and contact emergency services. I'm escalating this right now to the team that handles urgent safety cases.",
    ],
    'solve.escalation': [
      "I'll bring in my supervisor. I'll pass on everything you've told me, so you won't have to repeat yourself, and tell you when they'll be in touch.",
      { text: "I'm getting a senior colleague involved now, with the full details, so you won't need to explain it again.", tone: 'short' },
    ],
    'solve.complaint': [
      "I'm registering this as a formal complaint now, and I'll confirm the reference number and when you'll hear back.",
      { text: "I'll log this as a complaint so it is tracked, and tell you exactly what happens next and by when.", tone: 'precise' },
    ],
    'solve.fault': [
      "Let me put this right. I'm checking your case now, and I'll offer you a fix you can choose.",
      { text: 'This one is on us. I can offer you a couple of ways to put it right; you choose.', tone: 'short' },
      { text: "I'll find out what went wrong and come back to you with a concrete solution and the time it will be done.", tone: 'precise' },
    ],
    'solve.urgent': [
      "I'm checking this right now and I'll give you a clear answer within the next few minutes.",
      { text: "I'll prioritise this and give you a time you can count on.", tone: 'short' },
      { text: "Here's what happens next: I check the status now, tell you the result, and give you a time with some margin built in.", tone: 'process' },
    ],
    'solve.guide': [
      "I'll walk you through it one step at a time and check with you after each step.",
      { text: "Here's the short version: I'll sum up what needs to happen, then we'll do it together.", tone: 'short' },
      { text: 'I can also send you the steps in writing, so you can follow along at your own pace.', tone: 'precise' },
    ],
    'solve.neutral': [
      "I'll check that now and come back to you with the answer.",
      { text: 'Let me pull up your details and take care of it.', tone: 'short' },
    ],
    'solve.satisfied': [
      'Is there anything else I can help you with today?',
      "If anything else comes up, just reply here and we'll pick it up.",
    ],
    'solve.perfectionist': [
      "I'll go through it point by point and send you the exact details in writing, so you can check everything.",
      "You're right to expect precision. Here is exactly what happened, and exactly what we'll do about it.",
    ],
    'solve.powerful': [
      "Here's the quickest way to fix this. You choose the option, and I'll get it done.",
      "You decide: pick the option that suits you and I'll take care of the rest.",
    ],
    'solve.lively': [
      "Let's get this sorted quickly so you can get back to your day.",
      "Leave it with me. I'll make this as painless as I can.",
    ],
    'solve.peaceful': [
      "I'll handle this through our standard process and tell you at each step what's happening.",
      "Here's how this usually works, step by step, so you know what to expect.",
    ],
    'care.safety': [
      'Please message me once you are safe. Your safety matters more than anything else here.',
      "I'm staying on this with you. Let me know as soon as you're somewhere safe.",
    ],
    'care.angry': [
      "I'll follow this through personally until it's resolved.",
      { text: "{to}I'll stay on this and update you as soon as there's progress, even small progress.", tone: 'warm' },
      { text: "I'll pass this on so the team can stop it happening to others, and check back with you once it's done.", tone: 'precise' },
    ],
    'care.anxious': [
      "I'll keep you updated at every step, so you're not left waiting for news.",
      { text: "{to}if anything changes on your side, just message me here. I'm keeping an eye on it.", tone: 'warm' },
    ],
    'care.confused': [
      "If anything is still unclear, ask me at any time. I can go over it again.",
      { text: "{to}once you've tried it, tell me how it went and we'll take it from there.", tone: 'warm' },
    ],
    'care.disappointed': [
      "{to}I'd like to earn back your trust, and I'll follow this up myself until it's right.",
      'Thank you for giving us the chance to put it right. I will check in with you once it is done.',
    ],
    'care.neutral': [
      "{to}if there's anything else, I'm right here.",
      'Thanks for your patience while I look into it.',
    ],
    'care.satisfied': [
      '{to}thanks for being so understanding. Have a lovely day!',
      { text: 'It was a pleasure helping you. Take care!', tone: 'warm' },
    ],
    'ask.angry': [
      { text: 'So I can fix this quickly, could you give me {ref}?', tone: 'precise' },
      'Could you tell me when this first happened, and what you have been told so far?',
      'What is the most important thing for me to sort out first?',
    ],
    'ask.confused': [
      'Which step are you on right now, and what do you see on the screen?',
      'Could you tell me what you were trying to do when this came up?',
      "Is this one problem or a few different ones? Let's take them one at a time.",
    ],
    'ask.anxious': [
      "By when do you need this? I'll plan around that.",
      'Could you share {ref} so I can check it straight away?',
    ],
  },
  why: {
    safety: 'Someone may be in danger: safety comes before anything else.',
    hostile: 'The customer is lashing out. Stay calm, do not mirror it, and steer toward the fix.',
    repeat: 'The customer has had to ask more than once, so say so before anything else.',
    sarcasm: 'The praise is sarcastic: answer the frustration, not the words.',
    angry: 'The customer is angry: acknowledge it briefly, then fix the cause.',
    anxious: 'The customer is worried about time: be quick, short and commit to an action.',
    confused: 'The customer is unsure what is needed: help them name it, step by step.',
    disappointed: 'The customer feels let down: apologise, make it right, add care.',
    neutral: 'A calm, factual request: a friendly, efficient reply fits.',
    satisfied: 'The customer is pleased: thank them and close warmly.',
    checkin: 'The customer went quiet for a while: a moment to check in.',
    escalation: 'The customer asked for someone in charge: say who, why and when they will hear back.',
    complaint: 'This is a complaint: register it and say what happens next.',
    perfectionist: 'The customer holds high standards (precise, principled): be exact.',
    powerful: 'The customer wants results: be brief and let them decide.',
    lively: 'The customer is chatty and expressive: keep it light and pleasant.',
    peaceful: 'The customer is easy-going and follows the rules: follow the standard process and say so.',
    askAngry: 'Questions about facts help an angry customer move from venting to solving.',
    askConfused: 'A precise question helps a confused customer say what they need.',
    askAnxious: 'One quick question turns the worry into a plan.',
  },
  avoid: {
    angry: [
      { text: 'Calm down.', instead: 'I understand why you are upset.', why: 'Telling someone to calm down dismisses the feeling.' },
      { text: "It's company policy.", instead: 'Here is what I can do for you.', why: 'Hiding behind policy sounds like a refusal.' },
      { text: 'That never happens.', instead: "I'm sorry it happened to you.", why: 'Denying the problem is arguing with the customer.' },
      { text: 'What do you want me to do about it?', instead: 'What would help most right now?', why: 'It sounds like a challenge.' },
    ],
    sarcasm: [
      { text: "I'm glad you're happy!", instead: "I can tell this has been frustrating.", why: 'The praise is sarcastic; taking it literally makes it worse.' },
      { text: 'Thanks for the feedback!', instead: 'You are right to raise this.', why: 'A cheerful stock reply sounds like it was not read.' },
    ],
    hostile: [
      { text: "There's no need to be rude.", instead: 'I want to help sort this out.', why: 'Scolding the customer provokes more anger.' },
      { text: "What's your problem?", instead: 'Please tell me what happened.', why: 'It sounds like an attack.' },
    ],
    anxious: [
      { text: 'Please be patient.', instead: "I'm on it now and I'll update you by a set time.", why: 'Asking for patience ignores the urgency.' },
      { text: "It'll be done soon.", instead: 'It will be done by [time], and I will tell you if that changes.', why: 'A vague time feeds the worry; give one with margin.' },
      { text: 'There is nothing I can do.', instead: 'Here is what I can do right now.', why: 'Say what you can do, not what you cannot.' },
    ],
    confused: [
      { text: 'As I already said…', instead: 'Let me put it another way.', why: 'It blames the customer for not following.' },
      { text: "It's very simple.", instead: "Let's go through it together.", why: 'It makes the customer feel slow.' },
      { text: "You've got it wrong.", instead: 'I think there may be a misunderstanding.', why: 'Point out a mistake indirectly.' },
    ],
    disappointed: [
      { text: 'These things happen.', instead: "I'm sorry this happened, and here is how I'll put it right.", why: 'It shrugs off the letdown.' },
      { text: "It's not our fault.", instead: "Let me find out what went wrong.", why: 'Being defensive before checking sounds like an excuse.' },
    ],
    neutral: [
      { text: 'You must fill in the form first.', instead: 'Could you please fill in the form first?', why: 'Ask, don\u2019t order.' },
      { text: 'Sorry for the wait.', instead: 'Thanks for waiting.', why: 'Thank the customer rather than apologise for the wait.' },
    ],
    satisfied: [
      { text: 'Sorry for the wait.', instead: 'Thank you for your patience.', why: 'End on thanks, not on an apology.' },
      { text: 'It will never happen again.', instead: "We've passed this on so it's less likely to happen again.", why: 'Do not promise what you cannot guarantee.' },
    ],
    safety: [
      { text: 'Calm down.', instead: 'Please get to safety first.', why: 'Safety comes first; the feeling is justified.' },
      { text: "That's not our department.", instead: "I'm getting the right people on this now.", why: 'Hand over, never disown, when someone may be in danger.' },
    ],
  },
  options: {
    remedy: {
      intro: '{to}to put this right, I can offer you:',
      choices: ['a free replacement, sent within 3 working days', 'a full refund, processed within the hour', 'a repair, plus a voucher for your next order for the trouble'],
      closing: 'Which would you prefer?',
    },
    speed: {
      intro: "{to}here's what I can do right away:",
      choices: ['upgrade to express delivery at no extra cost', 'hold it for collection at your nearest pickup point today', 'call you back at a time you choose with a firm update'],
      closing: 'Which works best for you?',
    },
    guide: {
      intro: '{to}we can do this whichever way is easiest for you:',
      choices: ['I walk you through it here, step by step', 'I email you the steps with screenshots', 'a colleague calls you and does it with you'],
      closing: 'Which would you like?',
    },
    general: {
      intro: '{to}I can follow up in whichever way suits you:',
      choices: ['here in the chat', 'by email, with the details in writing', 'by phone, at a time you choose'],
      closing: 'What works best for you?',
    },
  },
  reference: 'your order number',
  sectors: {
    retail: {
      reference: 'your order number',
      options: {
        remedy: { choices: ['a replacement, sent within 3 working days', 'a full refund, with a free return label', 'keep the item, with a partial refund for the trouble'] },
        speed: { choices: ['express delivery at no extra cost', 'collection from your nearest pickup point as soon as it arrives there', 'I chase the courier now and send you the tracking update'] },
      },
    },
    travel: {
      reference: 'your booking reference',
      options: {
        remedy: { choices: ['rebooking to another date or route at no charge', 'a full refund for the unused part of your booking', 'a travel voucher for the full value, to use on a later trip'] },
        speed: { choices: ['a seat on the next available flight or train, at no extra charge', 'a hotel night and meal vouchers while you wait', 'a full refund to your original payment method'] },
      },
    },
    telecom: {
      reference: 'the phone number on your account',
      options: {
        remedy: { choices: ['a credit on your next bill for the days without service', 'a technician visit at a time that suits you', 'extra mobile data at no cost while we fix the fault'] },
        speed: { choices: ['the earliest technician appointment we have, booked now', 'a remote line test and reset while we talk', 'extra mobile data now, so you can stay online in the meantime'] },
      },
    },
    banking: {
      reference: 'the last four digits of the card or account concerned',
      options: {
        remedy: { choices: ['a review of the charge, refunded to your account if it was our error', 'a dispute opened on the transaction today, with an update at each step', 'a new card sent out, with the old one blocked straight away'] },
        speed: { choices: ['freezing the card right now, so no new payments can be made with it', 'a replacement card sent by express post', 'an urgent trace on the transfer, with an update by a time we agree'] },
      },
    },
    insurance: {
      reference: 'your policy number',
      options: {
        remedy: { choices: ['a fresh review of your claim by a senior claims handler', 'a written, point-by-point explanation of the decision', 'a call from the claims team to go through what is still needed'] },
        speed: { choices: ['priority handling of your claim, with one named contact', 'an interim payment for the part already agreed, where your policy allows it', 'the list of documents still needed, sent to you now'] },
      },
    },
    utilities: {
      reference: 'your meter number or the account number on your bill',
      options: {
        remedy: { choices: ['your bill recalculated from an actual meter reading', 'a payment plan that spreads the amount over several months', 'a credit on your account for the time without supply, where you are eligible'] },
        speed: { choices: ['the earliest engineer visit we have, booked now', 'text updates on the repair as soon as the network team posts them', 'a pause on payment collection while we check the bill'] },
      },
    },
    software: {
      reference: 'the e-mail address you registered with',
      options: {
        remedy: { choices: ['a refund of your last subscription payment', 'an extra month of your plan at no charge', 'a fix or workaround from our technical team, with an update by a time we agree'] },
        speed: { choices: ['a password reset link sent to your registered e-mail now', 'your case passed to our technical team as a priority', 'a workaround you can use right away while we fix the problem'] },
      },
    },
  },
  closingFor: {
    powerful: "Your call; I'll do the rest.",
    peaceful: 'Any of these follows our standard process; which would you like?',
  },
  escalation: {
    safety: 'Safety first: escalate now and get a colleague involved.',
    escalation: 'The customer asked for someone in charge: offer a supervisor.',
    hostile: 'The customer is abusive: you may hand this to a supervisor.',
    anger: 'Anger is very high: consider bringing in a supervisor.',
  },
  wrote: (quoted) => `The customer wrote ${quoted}.`,
  quote: (text) => `'${text}'`,
  list: (items) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`),
  vocative: (address) => `${address}, `,
  choice: (index, text) => `${index}. ${text.charAt(0).toUpperCase()}${text.slice(1)}`,
};
