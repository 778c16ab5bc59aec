import type { Lexicon } from './lexicon.ts';

/**
 * English anger lexicon, written for this project (see LEXICONS.md). Weights were set by hand,
 * tuned on the development data only (see scripts/eval-tone.ts), and then lowered wherever an
 * ordinary support sentence would use the same words: "the error should go away", "you are
 * entitled to a refund", "in case it got lost, here is the label again", "AF mode", "POS terminal".
 * With the default threshold of 0.5, a weight of 0.5 or more blocks a send on its own, 0.35 to
 * 0.5 warns, and less only adds to other cues.
 */
export const ENGLISH: Lexicon = {
  groups: [
    {
      kind: 'insult',
      weight: 0.9,
      terms: [
        'idiot*', 'moron*', 'imbecile*', 'cretin*', 'retard*', 'dumbass*', 'dumb ass', 'jackass*', 'dipshit*',
        'asshole*', 'arsehole*', 'dickhead*', 'douche*', 'scumbag*', 'shithead*', 'bastard*', 'bitch*',
        'son of a bitch', 'cunt*', 'twat*', 'wanker*', 'tosser*', 'prick', 'pricks', 'cocksucker*', 'motherfuck*',
        'whore*', 'slut*', 'skank*', 'halfwit*', 'half-wit*', 'dimwit*', 'nitwit*', 'numpty', 'nincompoop*',
        'piece of shit', 'piece of crap', 'waste of space', 'waste of oxygen', 'stupidity', 'idiocy',
      ],
    },
    {
      kind: 'insult',
      weight: 0.65,
      terms: [
        'stupid', 'stupidly', 'dumb', 'brainless', 'braindead', 'brain-dead', 'clueless', 'incompetent*', 'loser',
        'losers', 'jerk', 'jerks', 'buffoon*', 'clown', 'clowns', 'ignoramus', 'scum', 'lowlife', 'low-life',
        'degenerate*', 'bigot*', 'fascist*', 'nazi', 'nazis', 'creep', 'creeps', 'psycho', 'psychopath*', 'sociopath*',
        'lunatic*', 'maniac*', 'freak', 'freaks', 'weirdo*', 'hypocrite*', 'liar', 'liars', 'coward', 'cowards',
        'snowflake*', 'troll', 'trolls', 'smartass', 'smart-ass', 'smart ass', 'wiseass', 'insufferable', 'worthless',
        'pathetic', 'despicable', 'fools', 'nutter*', 'brat', 'brats', 'ignorant', 'too lazy', 'fuckboi', 'cuck',
      ],
    },
    {
      kind: 'profanity',
      weight: 0.85,
      terms: [
        'fuck*', 'fck*', 'fuk*', 'f*ck*', 'f**k*', 'f*k*', 'f***', "f***'s", 'f***ing', 'effing', 'wtf', 'stfu', 'gtfo',
        'ffs', 'shut tf up', 'acab', 'bullshit*', 'horseshit', 'goddamn*', 'goddam*', 'god damn*', "for god's sake",
        "for christ's sake", "for pete's sake", 'what the hell', 'the hell', 'go to hell', 'bloody hell', 'hell no',
        'screw you', 'screw this', 'screw that', 'kiss my ass', 'up your ass', 'shut up', 'shut the hell up',
        'piss off', 'pissed off', 'bugger off', 'sod off', 'get lost', 'get the hell out', 'jesus christ', 'holy crap',
      ],
    },
    {
      kind: 'profanity',
      weight: 0.65,
      terms: [
        'shit*', 'sh*t*', 'shite', 'damn', 'damned', 'dammit', 'damnit', 'damn it', 'crap', 'crappy', 'crapping',
        'bloody', 'bollocks', 'arse', 'ass', 'asses', 'pain in the ass', 'kick ass', 'frigging', 'friggin', 'freaking',
        'freakin', 'wth', 'omfg', 'sodding', 'piss', 'pissed', 'pissing',
      ],
    },
    { kind: 'profanity', weight: 0.3, terms: ['hell'] },
    {
      kind: 'hostile',
      weight: 0.85,
      terms: [
        "what part of…don't you understand", "what part of…do you not understand", 'how many times do i have to',
        'how many times must i', 'how many times do i need to', 'how many times have i told you', "i'm done repeating myself",
        "i'm not going to repeat myself", "i won't repeat myself", 'stop wasting my time', "you're wasting my time",
        "don't waste my time", 'are you even reading', 'can you even read', "can't you read", 'can you not read',
        'learn to read', 'learn how to read', 'rtfm', 'read the manual for once', 'use your brain', 'use your head',
        "what's wrong with you", 'what is wrong with you', "what's your problem", 'what is your problem',
        'who do you think you are', 'how dare you', 'get a life', 'only an idiot', 'any idiot', 'even an idiot',
        'a child could', 'a five-year-old could', 'a five year old could', 'even a child', 'someone like you',
        'people like you', 'you people', 'not my problem', "i couldn't care less", 'i could care less',
        "don't give a", 'leave me alone', 'go bother someone else', 'stop whining', 'quit whining', 'quit your whining',
        'stop complaining', 'stop bothering', 'stop harassing', 'stop spamming', 'stupid question', 'dumb question',
        'neither do you', 'spell it out for you', 'spell this out for you', 'figure it out yourself',
        'look it up yourself', 'google it', "it's not rocket science", 'not rocket science', 'get over it',
        'suck it up', 'just deal with it', "don't tell me what to do", 'out of your mind', 'grow some balls',
        "what's so hard", "what's hard to understand", 'what is so hard',
        // Telling the reader how to feel: "You need to calm down."
        'you need to calm down', 'you need to relax', 'calm down and',
        // Talking down to the reader as to a slow child: "your lawyers can explain it to you slowly".
        'explain it to you slowly', 'explain it slowly', 'explain this slowly', 'explain it more slowly', 'in small words',
        'use small words', 'using small words', 'in smaller words',
      ],
    },
    {
      kind: 'hostile',
      weight: 0.6,
      terms: [
        'what part of', 'how many times', 'for the last time', 'for the umpteenth time', 'did you even', 'do you even',
        'have you even', 'are you even', 'did you not read', "didn't you read", 'did you bother', "didn't bother",
        "couldn't be bothered", 'if you had bothered', "if you'd bothered", 'bothered to read', 'bother to read',
        'try reading', 'for once', 'so hard to grasp', 'hard to grasp', 'so hard to understand', 'is it really that hard',
        "it's not that hard", 'not that difficult', "why can't you", 'what did you expect', 'what do you expect',
        'what were you thinking', 'are you kidding me', "you've got to be kidding", 'you must be joking',
        'give me a break', 'are you serious', 'seriously?', 'as i told you', 'i already told you', 'as you were told',
        "as you've been told", 'look for it yourself', 'you seem unable', 'you never read', 'you failed to read',
        'whatever.', 'end of story', 'end of discussion', 'too bad for you', 'tough luck', 'not my job', 'whining',
        'complaining again', 'nothing left to complain about', 'please calm down',
        // Doubting that the reader reads at all: "perfectly clear if one takes a moment to actually read it", "a proper read this time".
        'actually read', 'a proper read this time', 'seems to be news to you', 'is news to you',
        // The reader told they take too much: "We are not a charity and our clinic's time is not free."
        'not a charity',
      ],
    },
    {
      kind: 'hostile',
      weight: 0.4,
      terms: [
        'i told you', 'like i said', 'like i already said', "i've already explained", 'i already explained',
        'i have already explained', 'spell this out', 'spell it out', 'check your own', 'read my email', "i don't care",
        "don't care", 'who cares', 'so what', 'stop trying', 'grow up', 'get out of here', "why don't you just",
        'get out now', 'acting surprised',
      ],
    },
    {
      kind: 'hostile',
      weight: 0.3,
      terms: [
        'read the email', "you're clearly", 'you clearly', 'you obviously', 'obviously you', 'apparently you',
        'you apparently', 'makes no sense', 'stop emailing', 'stop sending', 'stop opening', 'stop calling',
        'stop writing', 'stop asking', 'again and again', 'yet again', 'for the third time', 'for the fourth time',
        'for the fifth time', 'maybe try', 'maybe check',
        // The reader told to wait their turn, or that pushing changes nothing: "pay for it like everyone else", "won't make it any faster".
        'like everyone else has to', 'like everyone else does', 'on time like everyone else', 'in line like everyone else',
        'queue like everyone else', 'turn like everyone else', 'for it like everyone else', 'pay like everyone else', 'any faster',
        // A refusal slammed shut, a lawyer brought in: "…before the due date, full stop.", "the photos go straight to our solicitors".
        'full stop', 'straight to our solicitors', 'straight to our lawyers', 'straight to our legal',
      ],
    },
    {
      kind: 'blame',
      weight: 0.75,
      terms: [
        'entirely your fault', 'all your fault', 'completely your fault', 'your own fault', 'your own doing',
        'your own mess', 'you caused this', 'you brought this on yourself', 'only yourself to blame',
        'nobody to blame but', 'no one to blame but', 'blame yourself', "that's on you", 'that is on you',
        'your own stupidity', 'your own mistake', 'user error', "you're doing it wrong", 'you did it wrong',
        'stop trying to claim', 'stop pretending',
      ],
    },
    {
      kind: 'blame',
      weight: 0.5,
      terms: [
        'your fault', 'your mistake', 'your mess', 'you caused', 'you did this', 'because you dropped', 'you ignored',
        "you're typing it wrong", 'you typed it wrong', 'you messed up', 'you screwed up', 'you broke it', 'on you, not',
      ],
    },
    {
      kind: 'sarcasm',
      weight: 0.8,
      terms: [
        'wow, great job', 'wow great job', 'great job reading', 'oh, brilliant', 'oh brilliant', 'oh, wonderful',
        'oh wonderful', 'oh, great', 'oh great', 'oh, perfect', 'yeah right', 'yeah, right', 'sure, let me just',
        'let me just drop everything', 'thanks for nothing', 'gee, thanks', 'gee thanks', 'shocking, i know',
        'surprise, surprise', 'what a surprise', 'big surprise', 'let me know how that works out',
        'good luck with that', 'knock yourself out', 'slow clap', 'no shit', 'truly impressive',
        'congratulations, you', 'congratulations on managing', 'who knew', 'knows better than the',
        'it really makes my day', 'really made my day',
        // Rhetorical questions that call the reader slow: "Surely … isn't too much to ask?"
        "isn't too much to ask", 'is not too much to ask', 'is it too much to ask', 'how much more obvious',
        'how much clearer', 'how much more clearly',
        // The agent's trouble thrown back: "…and this is the thanks I get?"
        'this is the thanks', 'thanks for finally', 'thank you for finally',
      ],
    },
    {
      kind: 'sarcasm',
      weight: 0.4,
      terms: [
        'how impressive', 'actually does what it says', 'another customer who', 'oh sure', 'believe it or not', 'bravo',
        'drop everything', 'makes my day', 'nice try', 'duh', 'funny how',
      ],
    },
    { kind: 'sarcasm', weight: 0.25, terms: ['by all means', 'if you actually'] },
    // Mock interest, mock thanks, the eye roll: "somehow this is OUR fault? Interesting theory.", "Cheers for the laugh tho 🙄".
    { kind: 'sarcasm', weight: 0.45, terms: ['interesting theory', 'somehow this is our fault', "somehow it's our fault", 'cheers for the laugh', 'thanks for the laugh', '🙄'] },
    {
      kind: 'passive',
      weight: 0.7,
      terms: [
        'per my last email', 'per my previous email', 'per my last message', 'per my last', 'as per my last email',
        'which you seem to have ignored', 'you seem to have ignored', 'apparently went unread', 'so it sinks in',
        'sinks in', 'reading it this time', 'read it this time', 'as i already said', 'as i already told you',
      ],
    },
    {
      kind: 'passive',
      weight: 0.45,
      terms: [
        'as previously stated', 'as stated in my', 'as i have said', 'as i said before', "as i've said",
        "i've said it before", 'save us both some time',
      ],
    },
    {
      kind: 'passive',
      weight: 0.4,
      terms: [
        'as i said', 'as i explained', 'as explained before', 'went unread', "hasn't changed since", 'same as it did',
        'the previous three times', 'the previous two times', 'instead of sending a new', 'and the day before',
        "i'm sure you're very busy",
        // Counting the reader's messages of the day: "Thank you so much for your fourth email today."
        'third email today', 'fourth email today', 'fifth email today', 'sixth email today', 'third message today',
        'fourth message today', 'fifth message today', 'third call today', 'fourth call today', 'fifth call today',
      ],
    },
    {
      kind: 'passive',
      weight: 0.3,
      terms: [
        'in case you missed it', 'in case it got lost', "in case you didn't see", 'not sure how else to',
        'not sure why this is so', 'as previously mentioned', 'as mentioned in my previous',
      ],
    },
    {
      kind: 'passive',
      weight: 0.25,
      terms: [
        'as i mentioned', 'as mentioned before', "hasn't changed", 'has not changed', 'kindly suggest',
        'it would be lovely if', 'before replying', 'read the whole', 'just circling back',
      ],
    },
    {
      kind: 'threat',
      weight: 0.8,
      terms: [
        "i'll close your account", 'i will close your account', 'take your business elsewhere', 'go buy from them',
        "don't push it", "don't push me", "you'll regret", 'you will regret', 'keep this up and', 'one more abusive',
        "i'm done with you", 'bottom of the pile', 'bottom of the queue', 'never see your name', "don't email me again",
        "don't contact us again", "don't email us again", "don't bother emailing", 'watch your tone', 'watch your mouth',
        'watch yourself', "i'll kill you", 'i will kill you', "i'll kill", 'kick your ass', 'beat the crap',
      ],
    },
    {
      kind: 'threat',
      weight: 0.45,
      terms: [
        'ban you', 'block you', 'shop elsewhere', 'go somewhere else', 'one more time and', 'we are done here',
        'back of the queue', 'never hear from you',
        // Refusing to answer again: "Further emails on this will not be answered."
        'will no longer respond', 'will no longer reply', 'will no longer be answered', 'will not respond to further',
        "won't respond to further", 'will not reply to further', "won't reply to further", 'no further replies will',
        'further emails…will not be', 'further emails…will be ignored', 'further messages…will not be',
        'further messages…will be ignored', 'further correspondence…will not be', 'kill you', 'kill him', 'kill her', 'kill them', 'smack her',
        'smack him', 'smack you', 'punch him', 'punch her', 'punch you', 'slap you', 'beat up', 'beating up', 'in the balls',
      ],
    },
    {
      kind: 'threat',
      weight: 0.25,
      terms: [
        'cancel your service', 'close your account', 'terminate your account', 'flag the account', 'flag your account',
        'blacklist*', "we're done", "don't bother", 'keep this up',
        // Closing the ticket on the reader: "…or I'm closing this ticket without a resolution". Not "closing this ticket as resolved".
        'closing this ticket without', 'close this ticket without',
      ],
    },
    {
      kind: 'negative',
      weight: 0.55,
      terms: [
        'disgusting', 'disgrace', 'disgraceful', 'vile', 'atrocious', 'abysmal', 'appalling', 'ridiculous',
        'ridiculously', 'nonsense', 'garbage', 'shameful', 'shame on you', 'outrageous', 'absurd',
      ],
    },
    {
      kind: 'negative',
      weight: 0.35,
      terms: [
        'terrible', 'horrible', 'horrendous', 'awful', 'lousy', 'stinks', 'sucks', 'annoying', 'irritating',
        'obnoxious', 'arrogant', 'arrogance', 'rude', 'lazy', 'lying', 'creepy', 'cruel', 'hateful', 'idiotic',
        'unbelievable', 'trash', 'worst', 'the worst', 'insane', 'evil', 'rubbish', 'useless', 'ugly', 'unacceptable',
        'inexcusable',
      ],
    },
    { kind: 'negative', weight: 0.2, terms: ['scam', 'scammers', 'fraud', 'cheat', 'cheats', 'cheating'] },
    {
      kind: 'emotion',
      weight: 0.55,
      terms: [
        'furious', 'livid', 'enraged', 'infuriating', 'infuriated', 'infuriates', 'outraged', 'irate',
        'fed up', 'sick of', 'sick and tired', "i've had enough", 'i have had enough', "i've had it", 'i hate',
        'loathe*', 'despise*', 'detest*', 'rage', 'fuming', 'seething', 'disgusted', 'how dare', 'hate you',
        'blood boil*', 'blood boiling',
        // The writer's patience, spent: "Frankly I'm running out of patience with this."
        'running out of patience', 'run out of patience', 'losing my patience', 'lost my patience',
      ],
    },
    { kind: 'emotion', weight: 0.4, terms: ['hate', 'hated', 'hates', 'hating'] },
    {
      kind: 'emotion',
      weight: 0.35,
      terms: [
        'angry', 'angrier', 'anger', 'mad', 'maddening', 'annoyed', 'irritated', 'frustrating', 'frustrated',
        'tired of', 'resent*', 'screaming', "can't stand",
      ],
    },
    { kind: 'emotion', weight: 0.25, terms: ['upset', 'offended', 'offensive', 'frustration', 'bitter'] },
  ],
  vetoes: [
    // "I've had it" said of a task, not of the reader: "I've had it re-routed", "I have had it replaced".
    ...['re-routed', 'rerouted', 'redirected', 'fixed', 'replaced', 'repaired', 'sent', 'resent', 'shipped', 'delivered', 'checked', 'looked at', 'escalated', 'refunded',
      'cancelled', 'canceled', 'updated', 'reset', 'reviewed', 'moved', 'processed', 'approved', 'extended', 'upgraded', 'removed',
      'added', 'corrected', 'changed', 'tested', 'flagged', 'expedited', 'investigated', 'logged', 'booked', 'reissued', 'for', 'since',
    ].flatMap((next) => [`i've had it ${next}`, `i have had it ${next}`]),
    // "Resent" as sent again: "link resent to your address", "I've resent the invoice".
    ...['have', "'ve", 'has', 'had', 'been', 'was', 'were', 'just', 'already', 'be', 'link', 'email', 'e-mail', 'code', 'invoice', 'mail', 'message', 'file', 'form'].map((before) => `${before} resent`),
    'resent to', 'resent it', 'resent them', 'resent you the', 'resent your',
    // Congratulations on what the reader achieved, not on what they did wrong again.
    ...['are', "'re", 'have been', "'ve been", 'have won', "'ve won", 'have passed', "'ve passed", 'have qualified', "'ve qualified", 'have earned', "'ve earned",
      'have unlocked', "'ve unlocked", 'have completed', "'ve completed", 'have reached', "'ve reached", 'have successfully', "'ve successfully",
      'now have', 'are now', 'won', 'passed', 'qualify', 'qualified', 'earned',
    ].flatMap((next) => (next.startsWith("'") ? [`congratulations, you${next}`, `congratulations you${next}`] : [`congratulations, you ${next}`, `congratulations you ${next}`])),
    "hell's kitchen", 'hell of a', 'kill the process', 'kill process', 'kill switch', 'kills it', 'killer deal',
    'dead on arrival', 'hate to bother', 'hate to say', 'hate to ask', 'hate to be', 'hate to see', "i'd hate",
    'i would hate', 'trash can', 'trash bin', 'trash folder', 'rubbish bin', 'rubbish collection',
    'garbage collection', 'garbage collector', 'garbage can', 'garbage bag', 'garbage disposal', 'garbage disposer',
    'garbage truck', 'cheat sheet', 'bloody mary', 'kick-ass', 'badass', 'mad max', 'damn good', 'pain in the neck',
    'the worst case', 'worst case', 'worst-case', 'the worst part', 'sick leave', 'sick day', 'sick days',
    'angry birds', 'how dare i', 'get out of the way', 'so what do', 'so what is', 'so what are', 'so what time',
    'for once you', 'at once', 'stop sending you', 'stop calling you', 'shut up shop', 'beat up on',
    'freak accident', 'freak weather', 'scope creep', 'feature creep', 'dumb phone', 'dumbphone', 'dumb terminal',
    'sucks up', 'upset stomach', 'bitter taste', 'bitter cold', 'offensive content', 'mad cow',
    // "Mad" as hectic: "it's been a mad week", "the mad rush before launch".
    ...['week', 'day', 'days', 'morning', 'afternoon', 'month', 'year', 'season', 'rush', 'dash', 'scramble', 'busy', 'few'].map((time) => `mad ${time}`),
  ],
  negators: [
    'not', 'no', 'never', 'nothing', 'hardly', 'neither', 'nor', 'without', "isn't", "wasn't", "aren't", "weren't",
    "don't", "doesn't", "didn't", "won't", "wouldn't", "can't", 'cannot', "couldn't", "shouldn't", "haven't",
    "hasn't", 'no need to', 'not at all',
  ],
  intensifiers: [
    'so', 'very', 'really', 'absolutely', 'totally', 'completely', 'utterly', 'extremely', 'incredibly', 'truly',
    'such a', 'such an', 'too', 'bloody', 'downright', 'seriously', 'insanely', 'beyond', 'most', 'fucking', 'damn',
  ],
  addressee: ['you', 'your', "you're", 'yours', 'yourself', 'yourselves', 'u', 'ur', "ya'll", "y'all"],
  empathy: [
    'sorry', 'apologize', 'apologise', 'apologies', 'apology', 'apologizing', 'apologising', 'i understand',
    // "I understand" with the word that stresses it: "I completely understand why you're so angry".
    ...['completely', 'fully', 'totally', 'really', 'truly', 'absolutely', 'can', 'do'].flatMap((stress) => [`i ${stress} understand`, `we ${stress} understand`]),
    'we understand',
    'understandably', 'understandable', 'i hear you', 'i can tell', 'it sounds like', 'sounds like you',
    'must have been', 'i know how', 'i can imagine', 'i completely get', 'i get it', 'totally get', 'you mentioned',
    'you said', 'every right to be', 'i would be too', "i'd be too", 'feel the same', 'we regret', 'being told',
    'by a previous agent', 'not how we want', 'you should not have had to', "you shouldn't have had to",
    'our mistake', 'our fault', 'on our side', 'on our end', 'my apologies',
    // The fault named as the company's own ("this one is on us, a shameful lapse in our checks").
    'on us', 'our error', 'my mistake', 'my fault', 'we messed up',
    // What the reader complained of, reported, as 'you said' reports their words.
    'you reported',
  ],
  cheer: [
    'thanks', 'thank you', 'great', 'awesome', 'amazing', 'yay', 'hooray', 'wonderful', 'fantastic', 'enjoy',
    'good news', 'excited', 'love', 'happy', 'glad', 'welcome', 'perfect', 'cheers', 'congrats', 'woohoo', 'well done',
    'it works', 'on its way', 'kind review',
  ],
};
